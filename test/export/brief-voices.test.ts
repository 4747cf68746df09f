import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeVoice, describeVoices, type Voice } from '../../src/export/brief-voices.js';

const voice = (over: Partial<Voice>): Voice => ({
  kind: 'publisher', label: 'Northgate Wire', carriers: [], republishers: [], citing: [], hedged: false, party: null, affiliation: null, reliability: null, mentions: [], ...over,
});

const CASES: ReadonlyArray<[name: string, voice: Voice, markHedged: boolean, expected: string]> = [
  ['a publisher in its own voice', voice({}), true, 'Northgate Wire'],
  ['a publisher citing unnamed officials, copied by another', voice({ citing: ['officials'], carriers: ['Brenholt Daily'], republishers: ['Brenholt Daily'] }), true, 'Northgate Wire (citing officials; republished by Brenholt Daily)'],
  ['a publisher cited by another outlet', voice({ label: 'The Harbour Ledger', carriers: ['The Meridian Review'] }), true, 'The Harbour Ledger (cited by The Meridian Review)'],
  ['a named person quoted by one outlet, hedged', voice({ kind: 'quoted', label: 'Mira Estaven', carriers: ['The Harbour Ledger'], hedged: true }), true, 'Mira Estaven (quoted by The Harbour Ledger; hedged)'],
  ['the hedge left to the verb when every source hedges', voice({ kind: 'quoted', label: 'Mira Estaven', carriers: ['The Harbour Ledger'], hedged: true }), false, 'Mira Estaven (quoted by The Harbour Ledger)'],
  ['a described source reported by many outlets, counted', voice({ kind: 'described', label: 'a police dossier', carriers: ['A', 'B', 'C', 'D'] }), true, 'a police dossier (reported by four outlets)'],
  ['a spokesman named as a member of the party', voice({ kind: 'quoted', label: 'Lucan Varro', carriers: ['The Cassarian Post'], affiliation: 'named as a member of Directorate of Special Inquiries' }), true,
    'Lucan Varro (named as a member of Directorate of Special Inquiries; quoted by The Cassarian Post)'],
  ['a source the analyst graded', voice({ kind: 'quoted', label: 'Mira Estaven', carriers: ['The Harbour Ledger'], reliability: 'C' }), true, 'Mira Estaven (graded C; quoted by The Harbour Ledger)'],
];
for (const [name, v, markHedged, expected] of CASES) test(`brief voices: ${name}`, () => assert.equal(describeVoice(v, markHedged), expected));

test('brief voices: publishers that each cite unnamed officials are said once, as officials quoted by those outlets', () => {
  const voices = [voice({ citing: ['officials'] }), voice({ label: 'The Harbour Ledger', citing: ['officials'] }), voice({ kind: 'quoted', label: 'Mira Estaven', carriers: ['The Harbour Ledger'] })];
  assert.deepEqual(describeVoices(voices, true), ['officials quoted by Northgate Wire and The Harbour Ledger', 'Mira Estaven (quoted by The Harbour Ledger)']);
});

test('brief voices: a hedged and an unhedged publisher citing the same kind of source stay apart, so the hedge stays with its source', () => {
  const voices = [voice({ citing: ['officials'], hedged: true }), voice({ label: 'The Harbour Ledger', citing: ['officials'] })];
  assert.deepEqual(describeVoices(voices, true), ['Northgate Wire (citing officials; hedged)', 'The Harbour Ledger (citing officials)']);
});
