import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isAllowedTransition, labelIndex, spansOf, toIob2 } from '../../../src/nlp/ner/labels.js';

const IOB2_CASES: ReadonlyArray<[name: string, input: string[], iob2: string[]]> = [
  ['IOB1 run becomes B- then I-', ['I-ORG', 'I-ORG', 'O'], ['B-ORG', 'I-ORG', 'O']],
  ['IOB1 B- splits two touching names of one type', ['I-PER', 'B-PER', 'I-PER'], ['B-PER', 'B-PER', 'I-PER']],
  ['IO (WikiGold) run is one name', ['O', 'I-LOC', 'I-LOC'], ['O', 'B-LOC', 'I-LOC']],
  ['type change opens a new span', ['I-ORG', 'I-LOC'], ['B-ORG', 'B-LOC']],
  ['IOB2 stays as it is', ['B-MISC', 'I-MISC', 'O', 'B-PER'], ['B-MISC', 'I-MISC', 'O', 'B-PER']],
];
for (const [name, input, iob2] of IOB2_CASES) test(`toIob2: ${name}`, () => assert.deepEqual(toIob2(input), iob2, name));

test('spansOf gives token ranges with types, end exclusive', () => {
  assert.deepEqual(spansOf(['B-PER', 'I-PER', 'O', 'B-LOC']), [{ type: 'PER', start: 0, end: 2 }, { type: 'LOC', start: 3, end: 4 }]);
});

const TRANSITIONS: ReadonlyArray<[from: string, to: string, allowed: boolean]> = [
  ['start', 'I-PER', false], ['start', 'B-PER', true], ['O', 'I-ORG', false], ['B-ORG', 'I-ORG', true],
  ['I-ORG', 'I-ORG', true], ['B-ORG', 'I-LOC', false], ['I-PER', 'B-PER', true], ['I-MISC', 'O', true],
];
for (const [from, to, allowed] of TRANSITIONS) {
  test(`IOB2 transition ${from} → ${to} is ${allowed ? 'allowed' : 'forbidden'}`, () =>
    assert.equal(isAllowedTransition(from === 'start' ? -1 : labelIndex(from), labelIndex(to)), allowed));
}

test('labelIndex rejects an unknown label', () => assert.throws(() => labelIndex('B-GPE'), RangeError));
