import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MOVES, ParserState } from '../../../src/nlp/parser/arc-hybrid.js';
import { seededRandom } from '../../../src/nlp/parser/feature-hash.js';

// Heads are 0-based with n for the root, as the transition system keeps them.
const TREES: ReadonlyArray<[name: string, heads: number[]]> = [
  ['one word', [1]],
  ['chain to the right', [4, 0, 1, 2]],
  ['verb in the middle with both sides', [1, 5, 3, 1, 1]],
  ['left-branching', [1, 2, 3, 4]],
  ['two dependents of the first word', [3, 0, 0]],
];

function followOracle(gold: Int32Array): Int32Array {
  const state = new ParserState(gold.length);
  while (!state.isTerminal) {
    let move = -1;
    for (let m = 0; m < MOVES; m++) if (state.isLegal(m) && state.cost(m, gold) === 0) { move = m; break; }
    assert.ok(move >= 0, 'a projective tree always leaves a zero-cost move');
    state.apply(move);
  }
  return state.heads;
}

for (const [name, heads] of TREES) {
  test(`following zero-cost moves rebuilds the gold tree: ${name}`, () => {
    const gold = Int32Array.from(heads);
    assert.deepEqual([...followOracle(gold)], heads, name);
  });
}

test('any sequence of legal moves ends in one tree with a single root', () => {
  const random = seededRandom(7);
  for (let trial = 0; trial < 200; trial++) {
    const n = 1 + Math.floor(random() * 12);
    const state = new ParserState(n);
    while (!state.isTerminal) {
      const legal = [0, 1, 2].filter((m) => state.isLegal(m));
      assert.ok(legal.length > 0, `trial ${trial}: a non-terminal state has a legal move`);
      state.apply(legal[Math.floor(random() * legal.length)]!);
    }
    const heads = [...state.heads];
    assert.equal(heads.filter((h) => h === n).length, 1, `trial ${trial}: exactly one root`);
    for (let d = 0; d < n; d++) {
      let a = d;
      for (let steps = 0; a !== n; steps++) { assert.ok(steps <= n, `trial ${trial}: no cycle through ${d}`); a = heads[a]!; }
    }
  }
});

test('a wrong attachment costs the arcs it makes unreachable', () => {
  const gold = Int32Array.from([1, 2, 3]);   // 0 ← 1 ← 2, 2 is the root (n = 3)
  const state = new ParserState(3);
  state.apply(0);   // SHIFT word 0
  assert.equal(state.cost(1, gold), 0, 'LEFT attaches word 0 to its gold head, word 1');
  state.apply(0);   // SHIFT word 1 instead: now 0 and 1 are on the stack
  assert.equal(state.cost(2, gold), 1, 'RIGHT would attach word 1 under word 0 and lose 1 ← 2');
});
