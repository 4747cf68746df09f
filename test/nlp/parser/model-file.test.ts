import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeParserModel, encodeParserModel } from '../../../src/nlp/parser/model-file.js';
import { FeatureWeights } from '../../../src/nlp/parser/weights.js';

// Weights with a known argmax per feature set; the file must give the same decisions back.
function weightsWith(classes: number, rows: ReadonlyArray<[key: number, values: number[]]>): FeatureWeights {
  const w = new FeatureWeights(classes, 4, false);
  for (const [key, values] of rows) {
    const at = w.findOrAdd(key);
    values.forEach((v, c) => { w.rows[at + c] = v; });
  }
  return w;
}

const argmax = (scores: Float32Array): number => scores.indexOf(Math.max(...scores));

test('a model written and read back scores features as the trained weights did', () => {
  const parser = weightsWith(3, [[11, [0.5, -1, 2]], [0, [3, 0, 0]], [-7, [0, 0.25, 0]]]);
  const labeler = weightsWith(40, [[5, Array.from({ length: 40 }, (_, c) => (c === 33 ? 4 : c === 2 ? -1 : 0))]]);
  const tagger = weightsWith(4, [[9, [0, 0, 1, 0]]]);
  const file = encodeParserModel({
    info: { format: 'dossier-parser/2', trainedOn: [], seed: 1, epochs: {}, figures: {} },
    tagger, tags: ['NOUN|NN', 'VERB|VB', 'DET|DT', 'PUNCT|.'], tagDictionary: new Map([['the', 2]]), parser, labeler, labels: Array.from({ length: 40 }, (_, i) => `rel${i}`),
  });
  const model = decodeParserModel(file);
  const cases: ReadonlyArray<[name: string, features: number[], dense: FeatureWeights, scorer: typeof model.parser]> = [
    ['parser, one feature', [11], parser, model.parser],
    ['parser, a key of 0 is still found', [0], parser, model.parser],
    ['parser, three features summed', [11, 0, -7], parser, model.parser],
    ['labeler, sparse row', [5], labeler, model.labeler],
    ['tagger, unknown feature ignored', [9, 12345], tagger, model.tagger.weights],
  ];
  for (const [name, features, dense, scorer] of cases) {
    const expected = new Float32Array(dense.classes);
    const got = new Float32Array(dense.classes);
    dense.score(Int32Array.from(features), features.length, expected);
    scorer.score(Int32Array.from(features), features.length, got);
    assert.equal(argmax(got), argmax(expected), name);
  }
  assert.deepEqual(model.uposOfTag, ['NOUN', 'VERB', 'DET', 'PUNCT']);
  assert.equal(model.tagger.tagDictionary.get('the'), 2);
  assert.throws(() => decodeParserModel(file.subarray(0, file.length - 9)), 'a truncated file is refused');
});
