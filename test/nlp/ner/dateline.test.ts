import assert from 'node:assert/strict';
import { test } from 'node:test';
import { datelinePlaces } from '../../../src/nlp/ner/dateline.js';
import { tokenize } from '../../../src/nlp/index.js';

// Datelines of invented wire copy: the capitals at the head of a paragraph are the place it was filed
// from, and a capitalised word after the comma is its region; a date or an agency there is neither.
const CASES: ReadonlyArray<readonly [text: string, places: readonly string[]]> = [
  ['PORT ALDER, Brell, May 3 (Wire) - Rebels attacked a post.', ['PORT ALDER', 'Brell']],
  ['OSK, May 3 (Wire) - Rebels attacked a post.', ['OSK']],
  ['SAN ODILO, Costa Verde.— Police detained two men.', ['SAN ODILO', 'Costa Verde']],
  ['TASH-KORUM, Alderia — Every war ends somewhere.', ['TASH-KORUM', 'Alderia']],
  ['OSK (Wire) — Rebels attacked a post.', ['OSK']],
  ['NEW OSK: Rebels attacked a post.', ['NEW OSK']],
  ['PHOTO: Residents look at a market in Osk.', []],
  ['Kelvara, 13 March 2027 (KANA) – The General Command denied the reports.', ['Kelvara']],
  ['Port Alder, May 3, 2026 — Rebels attacked a post.', ['Port Alder']],
  ['Kelvara, the capital, fell in 2027 (officials said).', []],
  ['The Front attacked Osk, the army said.', []],
  ['REBELS SEIZE THE TOWN OF OSK AFTER A WEEK OF FIGHTING', []],
  ['OSKF, known locally as the Lions, is led by Tam Varn.', []],
  ['NATO, the alliance, said it would help.', []],
  ['OSK, 20 May (Wire).— The minister spoke.', ['OSK']],
  ['By Tam Orlan, Brell', ['Brell']],
  ['By Ilsa Varn and Tam Hale, Port Alder', ['Port Alder']],
  ['By noon, Brell was quiet.', []],
  ['By Tuesday the Front had left Osk, Brell said.', []],
];

for (const [text, places] of CASES) {
  test(`dateline: ${text}`, () => {
    const { sentences } = tokenize(text);
    assert.deepEqual(datelinePlaces('t', text, sentences).map((m) => `${m.text}/${m.type}`), places.map((p) => `${p}/location`));
  });
}
