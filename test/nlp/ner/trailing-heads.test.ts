import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Mention } from '../../../src/core/index.js';
import { recognizeMentions } from '../../../src/nlp/ner/index.js';
import { extendToTrailingHead } from '../../../src/nlp/ner/trailing-heads.js';
import { toTaggerTokens } from '../../../src/nlp/ner/tagger-tokens.js';
import { tokenize } from '../../../src/nlp/wink.js';

// Outlets and bodies whose names the tagger cuts before their head word; invented names.
const tokensOf = (text: string) => toTaggerTokens(text, tokenize(text).tokens)[0]!;
const names = (text: string): string[] => recognizeMentions({ docId: 'd', text, ...tokenize(text) }).map((m: Mention) => `${m.text}/${m.type}`);

test('trailing head: untagged capitalised words ending in an outlet head join the name before them', () => {
  const text = 'Data from the Osprey Conflict Monitor showed a rise.';
  const tokens = tokensOf(text);
  const tags = tokens.map((t) => (t.text === 'Osprey' ? 'B-LOC' : 'O'));
  const start = tokens.findIndex((t) => t.text === 'Osprey');
  assert.deepEqual(extendToTrailingHead(tokens, tags, { type: 'LOC', start, end: start + 1 }), { type: 'ORG', start, end: start + 3 });
});

test('trailing head: words that do not end in a head are left outside', () => {
  const text = 'Data from the Osprey Conflict Monitor Board showed a rise.';
  const tokens = tokensOf(text);
  const tags = tokens.map((t) => (t.text === 'Osprey' ? 'B-ORG' : 'O'));
  const start = tokens.findIndex((t) => t.text === 'Osprey');
  assert.deepEqual(extendToTrailingHead(tokens, tags, { type: 'ORG', start, end: start + 1 }), { type: 'ORG', start, end: start + 1 });
});

test('trailing head: "The … Review" in a byline is an outlet, not a headline phrase', () => {
  assert.ok(names('Ilsa Varn is a contributing editor of The Long Ridge Review.').some((n) => /Long Ridge Review\/organization$/.test(n)), names('Ilsa Varn is a contributing editor of The Long Ridge Review.').join());
});

test('trailing head: a lone capitalised function word names nothing', () => {
  assert.ok(!names('THE EMIR OF THE NORTH\n\nBy Ilsa Varn').some((n) => /^(THE|OF)\//.test(n)));
});

test('trailing head: "Centre" + "for" + untagged capitalised words is one organisation', () => {
  const text = 'The Bayrin Centre for Documentation said 40 died.';
  const tokens = tokensOf(text);
  const start = tokens.findIndex((t) => t.text === 'Bayrin');
  const tags = tokens.map((_, i) => (i === start ? 'B-LOC' : i === start + 1 ? 'I-LOC' : 'O'));
  assert.deepEqual(extendToTrailingHead(tokens, tags, { type: 'LOC', start, end: start + 2 }), { type: 'ORG', start, end: start + 4 });
});

test('untagged body: capitalised words ending in a body head in running text are an organisation', async () => {
  const { untaggedBodies } = await import('../../../src/nlp/ner/trailing-heads.js');
  const text = 'He was arrested by Ostrava’s Internal Vigilance Directorate at a checkpoint.';
  const tokens = tokensOf(text);
  const spans = untaggedBodies(tokens, tokens.map(() => 'O')).map((s) => tokens.slice(s.start, s.end).map((t) => t.text).join(' '));
  assert.deepEqual(spans, ['Internal Vigilance Directorate']);
  const headline = tokensOf('Rebels Storm Party Council Offices In Osk');
  assert.deepEqual(untaggedBodies(headline, headline.map(() => 'O')), []);
});
