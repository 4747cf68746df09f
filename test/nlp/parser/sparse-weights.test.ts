import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SparseWeights } from '../../../src/nlp/parser/sparse-weights.js';

// A packed table of five classes: key 7 has a run of five entries (the unrolled loop and its tail),
// key 0 (read as 1) a run of one, key -3 a run of two.
function table(): SparseWeights {
  const keys = Int32Array.from([7, 0, -3]);
  const start = Int32Array.from([0, 5, 6, 8]);
  const classes = Uint8Array.from([0, 1, 2, 3, 4, 2, 0, 4]);
  const values = Int16Array.from([5, -2, 9, 1, 300, -7, 12, 4]);
  return new SparseWeights(5, keys, start, classes, values);
}

test('addTo adds the same integer sums that score() gives, on top of what the sums held', () => {
  const weights = table();
  const features = Int32Array.from([7, 0, 99, -3, 7]);   // 99 is absent; 7 counts twice
  const scores = new Float32Array(5);
  weights.score(features, features.length, scores);
  assert.deepEqual([...scores], [5 + 12 + 5, -2 - 2, 9 - 7 + 9, 1 + 1, 300 + 4 + 300]);
  const sums = Int32Array.from([1, 1, 1, 1, 1]);
  weights.addTo(features, 3, sums);
  weights.addTo(features.subarray(3), 2, sums);
  assert.deepEqual([...sums], [...scores].map((s) => s + 1), 'summed in two parts, plus the 1 each class started with');
});
