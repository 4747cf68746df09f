import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildPhraseIndex } from '../../../src/nlp/ner/gazetteer-index.js';
import { extractFeatures, FEATURES_PER_TOKEN } from '../../../src/nlp/ner/features.js';
import { labelIndex, LABELS } from '../../../src/nlp/ner/labels.js';
import { decodeModel, encodeModel, type NerModel } from '../../../src/nlp/ner/model.js';
import { trainOnFeatures } from '../../../src/nlp/ner/perceptron.js';
import { allowedLabels, collectVotes, SECOND_STAGE_FEATURES_PER_TOKEN } from '../../../src/nlp/ner/second-stage.js';
import { jackknifeLabels, secondStageFeatures, type StackingSentence } from '../../../src/nlp/ner/second-stage-training.js';
import { tagDocumentIndices, tagWith } from '../../../src/nlp/ner/tagger.js';

const tables = { caseProfile: new Map<string, number>(), phrases: buildPhraseIndex(), bucketBits: 14 };
const labelsOf = (tags: string): Int32Array => Int32Array.from(tags.split(' '), labelIndex);
const bit = (label: string): number => 1 << labelIndex(label);

// An invented article in which the first stage typed "Vell" PER twice and ORG once.
const article = [
  ['Ilsa', 'Vell', 'spoke', 'in', 'Kessa', '.'],
  ['Vell', 'said', 'the', 'talks', 'failed', '.'],
  ['Later', 'Vell', 'left', 'Kessa', '.'],
];
const firstStage = [labelsOf('B-PER I-PER O O B-LOC O'), labelsOf('B-PER O O O O O'), labelsOf('O B-ORG O B-LOC O')];

test('votes count each word\'s first-stage types and the longer names it appears in', () => {
  const votes = collectVotes(article, firstStage, tables, true);
  const vell = votes.words.get('vell')!;
  assert.deepEqual([...vell.types], [0, 2, 1, 0, 0], 'PER twice, ORG once');
  assert.equal(vell.longer.reduce((a, b) => a + b, 0), 1, 'once at the end of "Ilsa Vell"');
  assert.deepEqual([...votes.offsets], [0, 6, 12]);
  assert.equal(votes.words.get('the'), undefined, 'lower-case words of a cased article do not vote');
});

test('only a contested word may change, and only towards the document\'s majority or the longer name', () => {
  const votes = collectVotes(article, firstStage, tables, true);
  const allowed = new Int32Array(5);
  const choices = allowedLabels(article[2]!, firstStage[2]!, votes, tables, allowed);
  assert.equal(choices, 1, 'only "Vell" has a choice');
  assert.equal(allowed[1], bit('B-ORG') | bit('I-ORG') | bit('B-PER') | bit('I-PER'), 'its own type or PER');
  assert.equal(allowed[3], bit('B-LOC'), '"Kessa" is LOC everywhere and stays so');
  const majority = new Int32Array(2);
  allowedLabels(article[1]!, firstStage[1]!, votes, tables, majority);
  assert.equal(majority[0]! & (bit('B-ORG') | bit('I-ORG')), 0, 'a PER that agrees with the majority is not opened to ORG');
});

test('a one-vote majority does not relabel a word, a two-vote majority does', () => {
  const mentions = [['Tolvar', 'said', '.'], ['in', 'Tolvar', '.'], ['near', 'Tolvar', '.'], ['to', 'Tolvar', '.']];
  const tags = [labelsOf('B-PER O O'), labelsOf('O B-LOC O'), labelsOf('O B-LOC O'), labelsOf('O B-LOC O')];
  const allowed = new Int32Array(3);
  allowedLabels(mentions[0]!, tags[0]!, collectVotes(mentions.slice(0, 3), tags.slice(0, 3), tables, true), tables, allowed);
  assert.equal(allowed[0], bit('B-PER') | bit('I-PER'), 'LOC 2 against PER 1: the PER stays');
  allowedLabels(mentions[0]!, tags[0]!, collectVotes(mentions, tags, tables, true), tables, allowed);
  assert.equal(allowed[0], bit('B-PER') | bit('I-PER') | bit('B-LOC') | bit('I-LOC'), 'LOC 3 against PER 1: it may become LOC');
});

test('a document that agrees with itself leaves the second stage nothing to do', () => {
  const consistent = [labelsOf('B-PER I-PER O O B-LOC O'), labelsOf('B-PER O O O O O'), labelsOf('O B-PER O B-LOC O')];
  const votes = collectVotes(article, consistent, tables, true);
  for (let s = 0; s < article.length; s++) assert.equal(allowedLabels(article[s]!, consistent[s]!, votes, tables, new Int32Array(6)), 0);
});

// A toy corpus of invented two-sentence documents: the first sentence says who the name is, the
// second ("X left .") does not, so only the document can type it.
const PEOPLE = ['Varn', 'Brell', 'Osk', 'Tamar', 'Quill', 'Dorn', 'Pell', 'Sarn'];
const PLACES = ['Kessa', 'Lowmarsh', 'Ebbington', 'Tolvar', 'Mirrow', 'Gantry', 'Hollin', 'Ashby'];
function corpus(): { words: string[]; labels: number[]; document: number }[] {
  const out: { words: string[]; labels: number[]; document: number }[] = [];
  PEOPLE.forEach((person, d) => {
    out.push({ words: ['Mr', person, 'said', 'so', '.'], labels: ['O', 'B-PER', 'O', 'O', 'O'].map(labelIndex), document: 2 * d });
    out.push({ words: [person, 'left', '.'], labels: ['B-PER', 'O', 'O'].map(labelIndex), document: 2 * d });
  });
  PLACES.forEach((place, d) => {
    out.push({ words: ['He', 'lives', 'in', place, '.'], labels: ['O', 'O', 'O', 'B-LOC', 'O'].map(labelIndex), document: 2 * d + 1 });
    out.push({ words: [place, 'left', '.'], labels: ['B-LOC', 'O', 'O'].map(labelIndex), document: 2 * d + 1 });
  });
  return out;
}

test('a two-stage model trains on jack-knifed labels, survives encoding, and tags as it trained', () => {
  const sentences = corpus();
  const stacking: StackingSentence[] = sentences.map((s) => ({
    words: s.words, labels: s.labels, features: extractFeatures(s.words, tables).slice(0, s.words.length * FEATURES_PER_TOKEN),
    fold: s.document % 4, document: String(s.document), partOfDocument: true, documentHasCapitals: true,
  }));
  const options = { epochs: 5, seed: 7 };
  const first = trainOnFeatures(stacking.map((s) => s.features), stacking.map((s) => s.labels), FEATURES_PER_TOKEN, tables.bucketBits, options);
  const jackknifed = jackknifeLabels(stacking, 4, tables.bucketBits, options);
  assert.equal(jackknifed.length, sentences.length);
  const secondFeatures = secondStageFeatures(stacking, jackknifed, tables);
  assert.equal(secondFeatures[0]!.length, sentences[0]!.words.length * SECOND_STAGE_FEATURES_PER_TOKEN);
  const second = trainOnFeatures(secondFeatures, stacking.map((s) => s.labels), SECOND_STAGE_FEATURES_PER_TOKEN, tables.bucketBits, options);
  const info = { format: 'dossier-ner/1', labels: [...LABELS], bucketBits: tables.bucketBits, trainedOn: [], epochs: 5, seed: 7, figures: {} } as const;
  const model: NerModel = { info, ...first, scale: 1, tables, secondStage: { ...second, scale: 1 } };
  const reloaded = decodeModel(encodeModel(model), tables.phrases);
  assert.equal(reloaded.info.format, 'dossier-ner/2');
  assert.ok(reloaded.secondStage, 'the second stage is read back');
  const doc = [['Mr', 'Zelby', 'said', 'so', '.'], ['Zelby', 'left', '.']];
  assert.deepEqual(tagWith(reloaded, doc), tagWith(model, doc), 'int16 quantisation does not change the tags');
  assert.deepEqual(tagWith(reloaded, doc)[0], ['O', 'B-PER', 'O', 'O', 'O']);
  const single = decodeModel(encodeModel({ info, ...first, scale: 1, tables }), tables.phrases);
  assert.equal(single.info.format, 'dossier-ner/1');
  assert.equal(single.secondStage, undefined);
  assert.equal(tagDocumentIndices(single, doc).length, 2, 'a one-stage file still tags');
});
