import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isProjective, projectivize } from '../../../src/nlp/parser/projectivize.js';

test('a projective tree is left as it is', () => {
  const heads = Int32Array.from([1, 4, 1, 2]);
  assert.deepEqual([...projectivize(heads)], [...heads]);
  assert.ok(isProjective(heads));
});

test('a crossing arc is lifted to its head\'s head until nothing crosses', () => {
  // 3 → 1 spans word 2, which hangs from word 0, not from 3: the arc crosses 0 → 2 (n = 4 is the root).
  const heads = Int32Array.from([4, 3, 0, 0]);
  assert.equal(isProjective(heads), false);
  const lifted = projectivize(heads);
  assert.ok(isProjective(lifted), `lifted: ${[...lifted]}`);
  assert.equal(lifted.filter((h) => h === 4).length, 1, 'still one root');
});
