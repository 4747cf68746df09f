import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseConll, tagConllLines } from '../../../src/nlp/ner/conll-format.js';

// Fictional tokens in CoNLL-2003 column layout.
const SAMPLE = ['-DOCSTART- -X- O O', '', 'Ilsa NNP I-NP I-PER', 'Varn NNP I-NP I-PER', 'spoke VBD I-VP O', '', 'Port NNP I-NP I-LOC', 'Alder NNP I-NP I-LOC', '', '-DOCSTART- -X- O O', '', 'Calm JJ I-NP O', ''];

test('parseConll reads tokens and last-column tags as IOB2, documents counted by -DOCSTART-', () => {
  const sentences = parseConll(SAMPLE.join('\n'), undefined, 'sample');
  assert.equal(sentences.length, 3);
  assert.deepEqual(sentences[0]!.words, ['Ilsa', 'Varn', 'spoke']);
  assert.deepEqual(sentences[0]!.tags, ['B-PER', 'I-PER', 'O']);
  assert.deepEqual(sentences.map((s) => s.document), [1, 1, 2]);
  assert.equal(sentences[2]!.source, 'sample');
});

test('tagConllLines keeps line alignment: blank lines stay, -DOCSTART- comes back tagged O', () => {
  const seen: string[][][] = [];
  const out = tagConllLines(SAMPLE, (sentences) => { seen.push(sentences.map((s) => [...s])); return sentences.map((s) => s.map(() => 'O')); });
  assert.equal(out.length, SAMPLE.length, 'one output line per input line');
  assert.equal(out[0], '-DOCSTART-\tO');
  assert.equal(out[1], '');
  assert.equal(out[2], 'Ilsa\tO');
  assert.equal(out[9], '-DOCSTART-\tO');
  assert.deepEqual(seen.map((doc) => doc.length), [2, 1], 'each -DOCSTART- segment is tagged as one document');
});

test('tagConllLines reads the first column whatever follows it', () => {
  const out = tagConllLines(['Ilsa\tX', 'Varn'], (sentences) => sentences.map((s) => s.map((w) => (w === 'Ilsa' ? 'B-PER' : 'I-PER'))));
  assert.deepEqual(out, ['Ilsa\tB-PER', 'Varn\tI-PER']);
});
