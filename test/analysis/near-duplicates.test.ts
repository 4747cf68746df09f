import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findNearDuplicates, splitPassages } from '../../src/analysis/near-duplicates.js';
import { DEFAULT_ANALYSIS_OPTIONS } from '../../src/analysis/index.js';
import type { SourceDocument } from '../../src/core/index.js';

// Invented paragraphs about a fictional valley; long enough to be compared (25+ words each).
const PARAGRAPHS = [
  'The ferry from Port Alder to the island stopped running in the autumn, after two boats were seized by men who said they were collecting a toll for the Red Valley Front.',
  'Fishermen in the bay now sell their catch at the northern pier, which the Front does not control, although they say its fighters still visit at night to ask for food.',
  'Teachers at the valley school report that half of the older boys have left, some for the cities on the coast and some, their families fear, for the camps in the hills.',
];

function doc(id: string, text: string, published: string | null): SourceDocument {
  return { id, name: `${id}.txt`, origin: `${id}.txt`, format: 'txt', title: null, text, published, publishedFrom: published ? 'manifest' : null, outlet: null, url: null };
}

test('a republication with its own header and footer points back to the older original', () => {
  const original = doc('orig', PARAGRAPHS.join('\n\n'), '2024-01-01');
  const copy = doc('copy', `Lantern | Region\n${PARAGRAPHS.join('\n')}\nShare this story with your friends and family today.`, '2024-01-03');
  const index = findNearDuplicates([copy, original], DEFAULT_ANALYSIS_OPTIONS);
  assert.equal(index.republishedFrom('copy')?.docId, 'orig');
  assert.equal(index.republishedFrom('orig'), null);
  const offset = copy.text.indexOf('Teachers');
  assert.equal(index.passageSource('copy', offset)?.docId, 'orig');
  assert.ok(index.passageSource('copy', offset)!.similarity > 0.8);
  assert.ok(index.links.some((l) => l.docId === 'copy' && l.otherDocId === 'orig' && l.sharedShare >= 0.5));
});

test('one copied paragraph links the passage but does not make the whole piece a republication', () => {
  const original = doc('orig', PARAGRAPHS.join('\n'), '2024-01-01');
  const own = 'Our correspondent walked the length of the river road for three days and met nobody who would speak about the camps, although many pointed towards the hills when asked.';
  const other = 'Prices in the market have doubled since the summer, and traders blame the tolls that armed men now collect on every bridge between the valley and the coast road.';
  const quoting = doc('quote', `${own}\n${PARAGRAPHS[1]}\n${other}\n${own.replace('three', 'four')}`, '2024-02-01');
  const index = findNearDuplicates([original, quoting], DEFAULT_ANALYSIS_OPTIONS);
  assert.equal(index.republishedFrom('quote'), null);
  assert.equal(index.passageSource('quote', quoting.text.indexOf('Fishermen'))?.docId, 'orig');
  assert.equal(index.passageSource('quote', 0), null);
});

test('independent pieces about the same people share names but are not near-duplicates', () => {
  const a = doc('a', 'The Red Valley Front chief Ilsa Varn and her deputy Tomas Reker travelled to Port Alder in June, where they met elders and promised to reopen the ferry within a month.', '2024-06-10');
  const b = doc('b', 'In June, the Red Valley Front chief Ilsa Varn and her deputy Tomas Reker held a rally in the hills, telling a crowd of several hundred that the war would end by winter.', '2024-06-12');
  const index = findNearDuplicates([a, b], DEFAULT_ANALYSIS_OPTIONS);
  assert.equal(index.links.length, 0);
});

test('passages: short lines are merged into the next until they reach the minimum length', () => {
  const text = 'Headline\nByline here\n' + PARAGRAPHS[0];
  const spans = splitPassages(text, 25);
  assert.equal(spans.length, 1);
  assert.equal(spans[0]!.start, 0);
  assert.equal(spans[0]!.end, text.length);
});
