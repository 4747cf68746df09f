import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeWordClusters, encodeWordClusters } from '../../../src/nlp/clusters/word-clusters.js';
import { extractFeatures, FEATURES_PER_TOKEN, SILENT_BUCKET } from '../../../src/nlp/ner/features.js';
import { trainOnFeatures } from '../../../src/nlp/ner/perceptron.js';
import { buildPhraseIndex } from '../../../src/nlp/ner/gazetteer-index.js';
import { LABELS } from '../../../src/nlp/ner/labels.js';
import { decodeModel, encodeModel, type NerModel } from '../../../src/nlp/ner/model.js';

// Invented clusters: two place-like names share a leaf, a person-like name has another.
const WORDS = ['kessa', 'lowmarsh', 'varn'];
const clusters = decodeWordClusters(encodeWordClusters(
  { format: 'dossier-word-clusters/1', source: 'invented@0', words: 3, maxDepth: 3, minSize: 1, seed: 1 }, WORDS, Uint32Array.from([0b1000, 0b1000, 0b1101])));
const phrases = buildPhraseIndex();
const tables = { caseProfile: new Map<string, number>(), phrases, bucketBits: 20, clusters };

// The features of the middle word of "in X ." as a set of buckets.
const featuresOf = (word: string, t: typeof tables | Omit<typeof tables, 'clusters'> = tables): Set<number> =>
  new Set(extractFeatures(['in', word, '.'], t).slice(FEATURES_PER_TOKEN, 2 * FEATURES_PER_TOKEN));
const shared = (a: Set<number>, b: Set<number>): number => [...a].filter((x) => b.has(x)).length;

test('two names of one cluster share the cluster features that a name of another cluster lacks', () => {
  const kessa = featuresOf('Kessa');
  assert.ok(shared(kessa, featuresOf('Lowmarsh')) > shared(kessa, featuresOf('Varn')), 'Lowmarsh is nearer to Kessa than Varn is');
  const without = { caseProfile: tables.caseProfile, phrases, bucketBits: 20 };
  assert.equal(shared(featuresOf('Kessa', without), featuresOf('Lowmarsh', without)), shared(featuresOf('Kessa', without), featuresOf('Varn', without)),
    'without clusters nothing sets the two pairs apart (same shape, no shared affixes)');
});

test('a word the clusters do not know has silent cluster features, and training never gives the silent bucket a weight', () => {
  const silent = (word: string): number => [...extractFeatures(['Varn', word, 'Lowmarsh'], tables).slice(FEATURES_PER_TOKEN, 2 * FEATURES_PER_TOKEN)].filter((b) => b === SILENT_BUCKET).length;
  assert.equal(silent('Kessa'), 0, 'a known word between known words');
  assert.ok(silent('Zzyzx') >= 8, 'an unknown word: its own cluster features and the pairs with it');
  const feats = extractFeatures(['Zzyzx', 'said'], tables);
  const { weights } = trainOnFeatures([feats.slice(0, 2 * FEATURES_PER_TOKEN)], [[1, 0]], FEATURES_PER_TOKEN, 20, { epochs: 2, seed: 1 });
  assert.ok(weights.some((w) => w !== 0), 'the other features learnt');
  for (let l = 0; l < LABELS.length; l++) assert.equal(weights[SILENT_BUCKET * LABELS.length + l], 0);
});

test('an NER model trained with clusters names them in its file and refuses a different cluster file', () => {
  const model: NerModel = {
    info: { format: 'dossier-ner/1', labels: [...LABELS], bucketBits: 4, trainedOn: [], epochs: 0, seed: 0, figures: {}, clusters: clusters.id },
    weights: new Float32Array(16 * 9), transitions: new Float32Array(90), scale: 1, tables: { ...tables, bucketBits: 4 },
  };
  const file = encodeModel(model);
  assert.equal(decodeModel(file, phrases, clusters).tables.clusters, clusters);
  const other = decodeWordClusters(encodeWordClusters({ format: 'dossier-word-clusters/1', source: 'other@1', words: 1, maxDepth: 1, minSize: 1, seed: 1 }, ['x'], Uint32Array.of(1)));
  assert.throws(() => decodeModel(file, phrases, other), /word clusters/);
});
