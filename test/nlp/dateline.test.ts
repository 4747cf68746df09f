import assert from 'node:assert/strict';
import { test } from 'node:test';
import { datelineEnd } from '../../src/nlp/dateline.js';
import { parseSentences, tokenize } from '../../src/nlp/index.js';

const tokensOf = (text: string) => tokenize(text).tokens;

test('a wire dateline ends at the spaced dash after the capitalised place', () => {
  const tokens = tokensOf('OSK, Alder, March 3 (Agency) — Fighters stormed Brell.');
  assert.equal(tokens[datelineEnd(tokens)]!.text, '—');
  assert.equal(datelineEnd(tokensOf('BRELL (Alder) - Fighters stormed Osk.')), 4);
});

test('no dateline: a hyphen inside a word, or a sentence that opens in lower or mixed case', () => {
  assert.equal(datelineEnd(tokensOf('UN-backed talks failed in Osk on Sunday.')), -1);
  assert.equal(datelineEnd(tokensOf('Fighters of the Front — some of them boys — stormed Brell.')), -1);
});

test('the first sentence keeps its own root and subject when a dateline opens it', () => {
  const parsed = parseSentences(tokensOf('OSK, Alder — The Cope Brigade stormed Brell on Sunday.'));
  const root = parsed.find((t) => t.head === -1)!;
  assert.equal(root.text, 'stormed');
  const subject = parsed.find((t) => t.deprel === 'nsubj');
  assert.equal(subject?.text, 'Brigade');
  // The dateline hangs on the sentence's root, so the tree stays one tree.
  assert.equal(parsed[parsed.findIndex((t) => t.text === 'OSK')]!.head !== -1, true);
});
