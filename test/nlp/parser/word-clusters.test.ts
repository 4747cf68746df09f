import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeWordClusters, encodeWordClusters, type WordClusters } from '../../../src/nlp/clusters/word-clusters.js';
import { decodeParserModel, encodeParserModel } from '../../../src/nlp/parser/model-file.js';
import { parseWords } from '../../../src/nlp/parser/parse-words.js';
import { tagWords, trainTagger } from '../../../src/nlp/parser/tagger.js';
import { FeatureWeights } from '../../../src/nlp/parser/weights.js';
import { wordAtoms } from '../../../src/nlp/parser/word-atoms.js';

// Invented clusters: two-word sentences of a toy language, nouns on one branch, verbs on the other,
// with an unseen noun ("camp") and an unseen verb ("hit") that only their clusters tell apart.
// Four tags, though the toy uses three: a loaded table of three classes or fewer is the parser's inline layout, which the tagger never has.
const TAGS = ['NOUN|NN', 'VERB|VBD', 'PUNCT|.', 'ADJ|JJ'];
const [NOUN, VERB, PUNCT] = [0, 1, 2];
const NOUNS = ['post', 'town', 'bridge', 'convoy', 'camp'];
const VERBS = ['shelled', 'raided', 'seized', 'held', 'hit'];
function inventedClusters(source = 'invented@0'): WordClusters {
  const words = [...NOUNS, ...VERBS, '.'];
  // Heap-numbered paths: 0b100x nouns, 0b101x verbs, 0b11 punctuation.
  const paths = Uint32Array.from(words, (w) => (NOUNS.includes(w) ? 0b1000 | (NOUNS.indexOf(w) & 1) : VERBS.includes(w) ? 0b1010 | (VERBS.indexOf(w) & 1) : 0b11));
  return decodeWordClusters(encodeWordClusters({ format: 'dossier-word-clusters/1', source, words: words.length, maxDepth: 3, minSize: 1, seed: 1 }, words, paths));
}
const training = [...NOUNS.slice(0, 4).map((w) => [w, NOUN] as const), ...VERBS.slice(0, 4).map((w) => [w, VERB] as const)]
  .flatMap(([w, t]) => Array.from({ length: 3 }, () => ({ words: [w, '.'], tags: Int32Array.from([t, PUNCT]) })));

test('word atoms carry cluster prefixes only when clusters are given; case is ignored and unknown words read 0', () => {
  const clusters = inventedClusters();
  assert.equal(wordAtoms(['Camp', '.']).cluster.length, 0);
  const atoms = wordAtoms(['Camp', 'CAMP', 'zzyzx'], clusters);
  assert.ok(atoms.cluster.length > 0);
  for (const granularity of atoms.cluster) {
    assert.equal(granularity[0], granularity[1], 'Camp and CAMP');
    assert.equal(granularity[2], 0, 'a word the clusters do not know');
  }
});

test('a tagger trained with clusters tags unseen words by their cluster', () => {
  const model = trainTagger(training, TAGS, 5, 1, undefined, inventedClusters());
  assert.deepEqual([...tagWords(model, ['camp', '.'])], [NOUN, PUNCT]);
  assert.deepEqual([...tagWords(model, ['hit', '.'])], [VERB, PUNCT]);
});

test('a model file trained with clusters loads with them, and refuses a cluster file built otherwise', () => {
  const clusters = inventedClusters();
  const trained = trainTagger(training, TAGS, 5, 1, undefined, clusters);
  const empty = new FeatureWeights(3, 4, false);
  const file = encodeParserModel({
    info: { format: 'dossier-parser/2', trainedOn: [], seed: 1, epochs: {}, figures: {}, clusters: clusters.id },
    tagger: trained.weights, tags: TAGS, tagDictionary: trained.tagDictionary, parser: empty, labeler: new FeatureWeights(2, 4, false), labels: ['dep'],
  });
  const model = decodeParserModel(file, clusters);
  assert.equal(model.tagger.clusters, clusters);
  assert.deepEqual(parseWords(model, ['hit', '.']).upos, ['VERB', 'PUNCT'], 'parseWords reads the clusters the model loaded');
  assert.throws(() => decodeParserModel(file, inventedClusters('other@1')), /word clusters/);
});
