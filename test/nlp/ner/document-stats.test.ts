import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildDocumentStats, DOC_CUE } from '../../../src/nlp/ner/document-stats.js';

const sentences = [
  ['Rebels', 'said', 'Mr', 'Varn', 'led', 'the', 'Front', '.'],
  ['Varn', 'said', 'the', 'front', 'held', 'in', 'Osk', '.'],
  ['THE', 'FRONT', 'ADVANCES', 'ON', 'OSK'],   // an all-caps headline says nothing about case
  ['Fighters', 'of', 'the', 'Front', '\u2019s', 'wing', 'arrived', '.'],
];

test('document stats count how each word is written away from sentence starts, and its cues', () => {
  const stats = buildDocumentStats(sentences);
  assert.equal(stats.hasCapitals, true);
  assert.deepEqual(stats.words.get('front'), { lower: 1, capitalised: 2, cues: 0 });
  assert.equal(stats.words.get('varn')!.capitalised, 1, 'once mid-sentence; the sentence-initial one is not counted');
  assert.ok(stats.words.get('varn')!.cues & DOC_CUE.afterTitle, '"Mr Varn"');
  assert.ok(stats.words.get('osk')!.cues & DOC_CUE.afterPlacePreposition, '"in Osk"');
  assert.equal(stats.words.get('advances'), undefined, 'the headline is skipped');
  assert.ok(stats.words.has("'s"), 'a curly apostrophe is read as a straight one');
});

test('words read again (kept per word across documents) give the same stats as the first time', () => {
  const first = buildDocumentStats(sentences);
  const again = buildDocumentStats(sentences);
  assert.deepEqual([...again.words], [...first.words]);
  assert.equal(again.hasCapitals, first.hasCapitals);
  assert.equal(buildDocumentStats([['rebels', 'held', 'osk']]).hasCapitals, false);
});
