import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeParserModel, encodeParserModel } from '../../../src/nlp/parser/model-file.js';
import { buildAmbiguityClasses, buildTagDictionary, tagWords, trainTagger } from '../../../src/nlp/parser/tagger.js';
import { FeatureWeights } from '../../../src/nlp/parser/weights.js';

// A toy language of invented sentences: names before verbs, the verb's object after it.
const TAGS = ['PROPN|NNP', 'VERB|VBD', 'NOUN|NN', 'DET|DT', 'PUNCT|.'];
const [PROPN, VERB, NOUN, DET, PUNCT] = [0, 1, 2, 3, 4];
const NAMES = ['Osk', 'Brell', 'Alder', 'Varn', 'Hale'];
const VERBS = ['shelled', 'raided', 'seized', 'held'];
const NOUNS = ['post', 'town', 'bridge', 'convoy'];
const sentences = NAMES.flatMap((name) => VERBS.flatMap((verb) => NOUNS.map((noun) => ({
  words: [name, verb, 'the', noun, '.'], tags: Int32Array.from([PROPN, VERB, DET, NOUN, PUNCT]),
}))));

test('the tagger learns the toy language and tags an unseen combination', () => {
  const model = trainTagger(sentences, TAGS, 3, 1);
  assert.deepEqual([...tagWords(model, ['Varn', 'seized', 'the', 'bridge', '.'])], [PROPN, VERB, DET, NOUN, PUNCT]);
});

test('training twice with the same seed gives the same weights', () => {
  const a = trainTagger(sentences, TAGS, 2, 7).weights.entries();
  const b = trainTagger(sentences, TAGS, 2, 7).weights.entries();
  assert.deepEqual([...a.keys], [...b.keys]);
  assert.deepEqual([...a.rows], [...b.rows]);
});

test('the tag dictionary keeps frequent unambiguous words only', () => {
  const dictionary = buildTagDictionary(sentences, TAGS.length);
  assert.equal(dictionary.get('the'), DET, '"the" is seen 80 times, always DET');
  assert.equal(dictionary.has('Osk'), false, 'a name seen 16 times is below the 20 needed');
  const ambiguous = [...sentences, ...Array.from({ length: 5 }, () => ({ words: ['the'], tags: Int32Array.from([NOUN]) }))];
  assert.equal(buildTagDictionary(ambiguous, TAGS.length).has('the'), false, '80 of 85 is below 97%: the tagger decides');
});

test('a loaded tagger, which keeps each word\'s own sums, tags as scoring every feature does', () => {
  const trained = trainTagger(sentences, TAGS, 2, 3);
  const empty = new FeatureWeights(3, 4, false);
  const file = encodeParserModel({
    info: { format: 'dossier-parser/2', trainedOn: [], seed: 1, epochs: {}, figures: {} },
    tagger: trained.weights, tags: TAGS, tagDictionary: new Map(), ambiguity: trained.ambiguity, parser: empty, labeler: empty, labels: ['dep'],
  });
  const loaded = decodeParserModel(file).tagger;
  assert.deepEqual([...loaded.ambiguity!], [...trained.ambiguity!], 'the file keeps the ambiguity classes');
  // The same table behind a plain Scorer: tagWords then scores all twenty-eight features of every word.
  const plain = { ...loaded, weights: { classes: loaded.weights.classes, score: loaded.weights.score.bind(loaded.weights) } };
  // Words repeat within and across calls, so the second occurrence reads the kept sums.
  const inputs = [['Varn', 'seized', 'the', 'bridge', '.'], ['Hale', 'held', 'Varn', '.'], ['the', 'town', 'seized', 'Varn', 'Osk', '.'], ['Varn', 'seized', 'the', 'bridge', '.']];
  for (const words of inputs) assert.deepEqual([...tagWords(loaded, words)], [...tagWords(plain, words)], words.join(' '));
});

test('ambiguity classes: words with the same tag set share one, rare words have none', () => {
  const mixed = [
    ...sentences,
    ...Array.from({ length: 4 }, () => ({ words: ['Shelled', 'post'], tags: Int32Array.from([VERB, VERB]) })),
  ];
  const classes = buildAmbiguityClasses(mixed, TAGS.length);
  assert.equal(classes.get('osk'), classes.get('brell'), 'two names, always PROPN');
  assert.notEqual(classes.get('osk'), classes.get('the'), 'PROPN and DET differ');
  assert.notEqual(classes.get('post'), classes.get('town'), '"post" was also a verb (4 of 24, above 5%)');
  assert.equal(classes.get('shelled'), classes.get('seized'), 'looked up lower-cased: "Shelled" is counted with "shelled"');
  const once = [...sentences, { words: ['Karst'], tags: Int32Array.from([NOUN]) }];
  assert.equal(buildAmbiguityClasses(once, TAGS.length).has('karst'), false, 'a word seen once has no class');
});
