import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildPhraseIndex } from '../../../src/nlp/ner/gazetteer-index.js';
import { labelIndex, LABELS } from '../../../src/nlp/ner/labels.js';
import { decodeModel, encodeModel, type NerModel } from '../../../src/nlp/ner/model.js';
import { trainPerceptron } from '../../../src/nlp/ner/perceptron.js';
import { tagWith } from '../../../src/nlp/ner/tagger.js';

// A fictional toy corpus: "Mr X said" names people, "in X" names places, "the X Front" names groups.
const PEOPLE = ['Varn', 'Brell', 'Osk', 'Tamar', 'Quill', 'Dorn'];
const PLACES = ['Port Alder', 'Kessa', 'Lowmarsh', 'Ebbington'];
const GROUPS = ['Red Valley', 'Grey Harbour', 'North Ridge'];
function corpus(): { words: string[]; labels: number[] }[] {
  const out: { words: string[]; labels: number[] }[] = [];
  const tag = (words: string[], labels: string[]) => out.push({ words, labels: labels.map(labelIndex) });
  for (const person of PEOPLE) for (const place of PLACES) {
    const placeWords = place.split(' ');
    tag(['Mr', person, 'said', 'in', ...placeWords, '.'], ['O', 'B-PER', 'O', 'O', ...placeWords.map((_, i) => (i === 0 ? 'B-LOC' : 'I-LOC')), 'O']);
  }
  for (const group of GROUPS) for (const person of PEOPLE) {
    const g = group.split(' ');
    tag(['the', ...g, 'Front', 'met', 'Mr', person, '.'], ['O', ...g.map((_, i) => (i === 0 ? 'B-ORG' : 'I-ORG')), 'I-ORG', 'O', 'O', 'B-PER', 'O']);
  }
  return out;
}
const tables = { caseProfile: new Map<string, number>(), phrases: buildPhraseIndex(), bucketBits: 16 };

test('the perceptron learns the toy corpus and generalises to an unseen name in a seen context', () => {
  const trained = trainPerceptron(corpus(), tables, { epochs: 5, seed: 3 });
  const model: NerModel = { info: { format: 'dossier-ner/1', labels: [...LABELS], bucketBits: 16, trainedOn: [], epochs: 5, seed: 3, figures: {} }, ...trained, scale: 1, tables };
  const [tags] = tagWith(model, [['Mr', 'Zelby', 'said', 'in', 'Kessa', '.']]);
  assert.deepEqual(tags, ['O', 'B-PER', 'O', 'O', 'B-LOC', 'O']);
});

test('training is deterministic for a seed, and the encoded model tags as the trained one', () => {
  const a = trainPerceptron(corpus(), tables, { epochs: 3, seed: 11 });
  const b = trainPerceptron(corpus(), tables, { epochs: 3, seed: 11 });
  assert.deepEqual(Buffer.from(a.weights.buffer), Buffer.from(b.weights.buffer), 'same seed, same weights');
  const model: NerModel = { info: { format: 'dossier-ner/1', labels: [...LABELS], bucketBits: 16, trainedOn: [], epochs: 3, seed: 11, figures: {} }, ...a, scale: 1, tables };
  const reloaded = decodeModel(encodeModel(model), tables.phrases);
  const sentences = corpus().map((s) => s.words);
  assert.deepEqual(tagWith(reloaded, sentences), tagWith(model, sentences), 'int16 quantisation does not change the tags');
});

test('decodeModel refuses a file with the wrong number of weights', () => {
  const small: NerModel = { info: { format: 'dossier-ner/1', labels: [...LABELS], bucketBits: 4, trainedOn: [], epochs: 0, seed: 0, figures: {} }, weights: new Float32Array(16 * 9), transitions: new Float32Array(90), scale: 1, tables };
  const encoded = encodeModel(small);
  assert.doesNotThrow(() => decodeModel(encoded, tables.phrases));
  const lying = encodeModel({ ...small, info: { ...small.info, bucketBits: 5 } });
  assert.throws(() => decodeModel(lying, tables.phrases), RangeError);
});
