import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findAcronymWindow } from '../../../src/nlp/ner/acronym-window.js';
import type { TaggerToken } from '../../../src/nlp/ner/tagger-tokens.js';

const tokensOf = (text: string): TaggerToken[] => text.split(' ').map((t, i) => ({ text: t, start: i, end: i + 1, sentenceIndex: 0, pos: 'X' }));

// Fictional names. [sentence before the bracket, acronym, expected name or null]
const CASES: ReadonlyArray<[string, string, string | null]> = [
  ['members of the Red Valley Front', 'RVF', 'Red Valley Front'],
  ['fighters of the Army of the Northern Hills', 'ANH', 'Army of the Northern Hills'],
  ['a cell of Jamaat-e-Zarkand', 'JeZ', 'Jamaat-e-Zarkand'],
  ['the Inter-Ridge Directorate', 'IRD', 'Inter-Ridge Directorate'],
  ['officials of Milli İstihbarat Kurumu', 'MIK', 'Milli İstihbarat Kurumu'],
  ['the Grey Harbour Brigade', 'XYZ', null],
  ['the talks in the north', 'TN', null],
];
for (const [before, acronym, expected] of CASES) {
  test(`acronym window: "${before} (${acronym})" → ${expected ?? 'none'}`, () => {
    const tokens = tokensOf(before);
    const window = findAcronymWindow(tokens, tokens.length - 1, acronym);
    assert.equal(window && tokens.slice(window.first, window.last).map((t) => t.text).join(' '), expected);
  });
}

test('a dash with no space either side joins one name; a spaced dash ends it', () => {
  const glued = tokensOf('the Valley State – Osk Province');
  const window = findAcronymWindow(glued, glued.length - 1, 'VSOP');
  assert.equal(window && glued.slice(window.first, window.last).map((t) => t.text).join(' '), 'Valley State – Osk Province');
  // The same words with spaces around the dash, as in "the Valley State – and Osk Province …".
  const spaced = glued.map((t, i) => ({ ...t, start: i * 2, end: i * 2 + 1 }));
  assert.equal(findAcronymWindow(spaced, spaced.length - 1, 'VSOP'), null);
});
