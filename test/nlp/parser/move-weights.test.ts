import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MoveWeights } from '../../../src/nlp/parser/move-weights.js';
import { SparseWeights } from '../../../src/nlp/parser/sparse-weights.js';

// Rows as the model file stores them: per key, the non-zero (class, int16 value) entries in class order.
function rows(count: number, seed: number): { keys: Int32Array; start: Int32Array; classes: Uint8Array; values: Int16Array } {
  let state = seed;
  const next = (): number => (state = (Math.imul(state, 1664525) + 1013904223) | 0);
  const keys = new Int32Array(count);
  const start = new Int32Array(count + 1);
  const classes: number[] = [];
  const values: number[] = [];
  const used = new Set<number>();
  for (let r = 0; r < count; r++) {
    let key = next();
    while (used.has(key) || key === 0 || key === 1) key = next();
    used.add(key);
    keys[r] = key;
    for (let c = 0; c < 3; c++) {
      const v = (next() >> 16) % 32768;   // the full int16 range, both signs
      if (v !== 0 && (next() & 3) !== 0) { classes.push(c); values.push(v); }
    }
    start[r + 1] = classes.length;
  }
  // Keys 0 and 1 are one feature in both tables: the first in file order counts.
  keys[5] = 1; keys[9] = 0;
  return { keys, start, classes: Uint8Array.from(classes), values: Int16Array.from(values) };
}

test('MoveWeights scores every feature list as SparseWeights does, present, absent and repeated keys alike', () => {
  const { keys, start, classes, values } = rows(600_000, 7);
  const moves = MoveWeights.build(keys, start, classes, values);
  assert.ok(moves, 'a table of 600,000 rows is large enough for the tagged layout');
  const sparse = new SparseWeights(3, keys, start, classes, values);
  let state = 99;
  const next = (): number => (state = (Math.imul(state, 22695477) + 1) | 0);
  const features = new Int32Array(100);
  const a = new Float32Array(3), b = new Float32Array(3);
  let hits = 0;
  for (let call = 0; call < 5_000; call++) {
    const count = 1 + (Math.abs(next()) % 100);
    for (let f = 0; f < count; f++) {
      const pick = next() & 7;
      // Half present keys, the rest absent ones, 0 and 1, and a key one off a present one (same home, other tag).
      features[f] = pick < 4 ? keys[Math.abs(next()) % keys.length]! : pick === 4 ? next() : pick === 5 ? (next() & 1) : keys[Math.abs(next()) % keys.length]! ^ (1 << 31);
      if (pick < 4) hits++;
    }
    moves.score(features, count, a);
    sparse.score(features, count, b);
    assert.deepEqual([...a], [...b], `call ${call}`);
  }
  assert.ok(hits > 50_000);
});

test('a table too small for the tag to hold a distance is left to SparseWeights', () => {
  const { keys, start, classes, values } = rows(1_000, 3);
  assert.equal(MoveWeights.build(keys, start, classes, values), null);
});
