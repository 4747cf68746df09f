import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Mention } from '../../../src/core/index.js';
import { recognizeMentions } from '../../../src/nlp/ner/index.js';
import { tokenize } from '../../../src/nlp/wink.js';

// Invented states, rulers and places; real countries only as places.
const mentionsOf = (text: string): Mention[] => recognizeMentions({ docId: 'd', text, ...tokenize(text) });
const typeOf = (text: string, name: string): Mention['type'] | undefined => mentionsOf(text).find((m) => m.text === name)?.type;

const CASES: ReadonlyArray<[name: string, text: string, mention: string, type: Mention['type']]> = [
  ['the government of a country is a body', 'Talks between the Government of Iraq and the rebels resumed.', 'Government of Iraq', 'organization'],
  ['a qualified government', 'The Federal Government of Iraq rejected the plan.', 'Federal Government of Iraq', 'organization'],
  ['a ruler\'s regime is a body', 'Shelling by the Tesvar regime continued overnight.', 'Tesvar regime', 'organization'],
  ['a mountain', 'Thousands fled to Mount Orvel in the summer.', 'Mount Orvel', 'location'],
  ['a lake', 'Fighters crossed Lake Vessar at night.', 'Lake Vessar', 'location'],
  ['a forest is a place, whatever the tagger guessed', 'The rebels withdrew into the Vessar Forest after the raid.', 'Vessar Forest', 'location'],
  ['a gorge is a place', 'Troops were ambushed in the Orvel Gorge on Friday.', 'Orvel Gorge', 'location'],
  ['a plural feature is a place', 'Smugglers cross the Tesvar Hills every winter.', 'Tesvar Hills', 'location'],
  ['a bank is a body, not a riverbank', 'The Osk Commercial Bank froze the accounts.', 'Osk Commercial Bank', 'organization'],
  ['a surname that is a feature\'s plural stays a person', 'Police chief Ramiro Lagunas said two men were held.', 'Ramiro Lagunas', 'person'],
  ['a dam is a place', 'The militants seized the Orvel Barrage on Monday.', 'Orvel Barrage', 'location'],
  ['a hospital is a place', 'Shells hit the Kessa General Hospital at dawn.', 'Kessa General Hospital', 'location'],
  ['a federal state named after a place', 'Troops in Sokwa State and the capital were put on alert.', 'Sokwa State', 'location'],
  ['a -stan name is a country or province', 'Troops in Sokwa State and Tarvistan crossed the border.', 'Tarvistan', 'location'],
  ['"Islamic State" is built on a common word and stays a group', 'A statement from Islamic State said its fighters attacked Osk.', 'Islamic State', 'organization'],
];
for (const [name, text, mention, type] of CASES) test(`body or place: ${name}`, () => assert.equal(typeOf(text, mention), type, JSON.stringify(mentionsOf(text).map((m) => `${m.text}/${m.type}`))));

test('body names, none: a deity is no person', () => {
  assert.ok(!mentionsOf('"God willing, we will return," said Ilsa Varn.').some((m) => m.text === 'God'));
});
test('body names, none: a national adjective before "regime" names no body', () => {
  assert.ok(!mentionsOf('The Syrian regime denied the report.').some((m) => m.text === 'Syrian regime'));
});

test('a Spanish title opens a person\'s name, not a body', () => {
  const m = mentionsOf('The governor, Ingeniero Tomás Berro Alcázar, spoke on Monday.').find((x) => x.text === 'Tomás Berro Alcázar');
  assert.equal(m?.type, 'person');
});
test('an outline label is no initial', () => {
  const text = 'The panel met.\nC. Kessa Self-Defence Units\n46. The Kessa Self-Defence Units hold the region.';
  assert.ok(!mentionsOf(text).some((m) => m.text.startsWith('C. ')), JSON.stringify(mentionsOf(text).map((m) => m.text)));
});

const NOT_NAMES: ReadonlyArray<[name: string, text: string, word: string]> = [
  ['a faith word in the plural', 'Sunnis and Yazidis fled the town of Osk.', 'Yazidis'],
  ['a capitalised plural of a dictionary word is no person', 'The Marines landed near Osk on Monday.', 'Marines'],
];
for (const [name, text, word] of NOT_NAMES) test(`no person: ${name}`, () => assert.ok(!mentionsOf(text).some((m) => m.text === word && m.type === 'person' || (m.text === word && word === 'Yazidis')), JSON.stringify(mentionsOf(text).map((m) => `${m.text}/${m.type}`))));

test('a listed name runs on through a connector', () => {
  assert.ok(mentionsOf('Fighters of al-Qaeda in Iraq attacked Osk.').some((m) => m.text === 'al-Qaeda in Iraq' && m.type === 'organization'));
});
