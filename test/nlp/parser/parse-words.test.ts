import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadParserModel } from '../../../src/nlp/parser/load-model.js';
import { parseWords } from '../../../src/nlp/parser/parse-words.js';

// Invented sentences, and inputs no treebank holds, through the shipped model.
const model = loadParserModel();

function assertTree(heads: readonly number[], name: string): void {
  const n = heads.length;
  assert.equal(heads.filter((h) => h === 0).length, n === 0 ? 0 : 1, `${name}: exactly one root`);
  heads.forEach((h, i) => {
    assert.ok(Number.isInteger(h) && h >= 0 && h <= n && h !== i + 1, `${name}: head of word ${i + 1} is ${h}`);
    let a = i + 1;
    for (let steps = 0; a !== 0; steps++) { assert.ok(steps <= n, `${name}: no cycle through word ${i + 1}`); a = heads[a - 1]!; }
  });
}

const ODD_INPUTS: ReadonlyArray<[name: string, words: string[]]> = [
  ['one word', ['Ceasefire']],
  ['punctuation only', ['.', ',', '!', '"']],
  ['empty strings and spaces', ['', ' ', 'x']],
  ['symbols and numbers', ['#', '@@', '3.5', '%', '€', '2026-01-02']],
  ['non-Latin script', ['Фронт', 'атаковал', 'город']],
  ['a long run-on line', Array.from({ length: 400 }, (_, i) => (i % 7 === 6 ? ',' : `word${i % 13}`))],
];

for (const [name, words] of ODD_INPUTS) {
  test(`any input gives a valid tree: ${name}`, () => {
    const parse = parseWords(model, words);
    assert.equal(parse.heads.length, words.length, name);
    assert.equal(parse.upos.length, words.length, name);
    assertTree(parse.heads, name);
    parse.deprels.forEach((rel, i) => assert.equal(rel === 'root', parse.heads[i] === 0, `${name}: only the root is labelled root`));
  });
}

test('no words, no parse', () => assert.deepEqual(parseWords(model, []), { upos: [], heads: [], deprels: [] }));

// Plain sentences the parser must get right; if one of these fails, the model is broken, not unlucky.
const CASES: ReadonlyArray<[sentence: string, word: string, head: string, deprel: string]> = [
  ['The rebels attacked the town .', 'rebels', 'attacked', 'nsubj'],
  ['The rebels attacked the town .', 'town', 'attacked', 'obj'],
  ['The town was attacked by the rebels .', 'rebels', 'attacked', 'obl'],
  ['Militants seized two villages near the border .', 'villages', 'seized', 'obj'],
  ['The commander did not sign the deal .', 'not', 'sign', 'advmod'],
];

for (const [sentence, word, head, deprel] of CASES) {
  test(`${word} ← ${head} (${deprel}): ${sentence}`, () => {
    const words = sentence.split(' ');
    const parse = parseWords(model, words);
    const i = words.indexOf(word);
    assert.equal(words[parse.heads[i]! - 1], head, `${sentence}: head of ${word}`);
    assert.equal(parse.deprels[i]!.split(':')[0], deprel, `${sentence}: relation of ${word}`);
  });
}
