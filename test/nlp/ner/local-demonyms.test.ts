import assert from 'node:assert/strict';
import { test } from 'node:test';
import { recognizeMentions } from '../../../src/nlp/ner/index.js';
import { isDemonymOf } from '../../../src/nlp/ner/local-demonyms.js';
import { tokenize } from '../../../src/nlp/wink.js';

// Invented places and their adjectives; no list knows them, the article does.
const PAIRS: ReadonlyArray<[word: string, place: string, demonym: boolean]> = [
  ['Orvanian', 'Orvania', true],
  ['Belmaran', 'Belmara', true],
  ['Haldavi', 'Haldaviya', true],
  ['Zamouan', 'Zamou', true],
  ['Orvania', 'Orvania', false],        // the place itself
  ['Hassan', 'Hassakeh', false],        // a person's name shares only a short stem
];
for (const [word, place, demonym] of PAIRS) test(`isDemonymOf(${word}, ${place}) is ${demonym}`, () => assert.equal(isDemonymOf(word, place), demonym));

test('a nationality adjective of a place the article names is no entity', () => {
  const text = 'Rifles were ferried from the Belmaran border town of Osk. Officials in Belmara denied it.';
  const mentions = recognizeMentions({ docId: 'd', text, ...tokenize(text) });
  assert.ok(!mentions.some((m) => m.text === 'Belmaran'), JSON.stringify(mentions.map((m) => m.text)));
  assert.ok(mentions.some((m) => m.text === 'Belmara'));
});

test('"the X army" with a nationality adjective of a named state is that state\'s body', () => {
  const text = 'Officials in Belmara accused Osk of arming the militia. Troops of the Belmaran army crossed the river.';
  const body = recognizeMentions({ docId: 'd', text, ...tokenize(text) }).find((m) => m.text === 'Belmaran army');
  assert.equal(body?.type, 'organization');
});

test('"the X army" with an adjective of no named place is no body', () => {
  const text = 'Troops of the Velmoran army crossed the river near Osk.';
  assert.ok(!recognizeMentions({ docId: 'd', text, ...tokenize(text) }).some((m) => m.text === 'Velmoran army'));
});

test('a ministry named by a place the article names is a body: "the Varesk foreign ministry"', () => {
  const text = 'Fighting continued in Varesk on Monday. The spokeswoman of the Varesk foreign ministry denied it.';
  const mentions = recognizeMentions({ docId: 'd', text, ...tokenize(text) });
  assert.ok(mentions.some((m) => m.text === 'Varesk foreign ministry' && m.type === 'organization'), JSON.stringify(mentions.map((m) => m.text)));
});

test('a place the article names does not make a body of "the Varesk police"', () => {
  const text = 'Fighting continued in Varesk on Monday. Residents said the Varesk police fled.';
  const mentions = recognizeMentions({ docId: 'd', text, ...tokenize(text) });
  assert.ok(!mentions.some((m) => m.text === 'Varesk police'), JSON.stringify(mentions.map((m) => m.text)));
});

test('the bare stem of a -stan name is its adjective, and names the state\'s ministry', () => {
  assert.equal(isDemonymOf('Jalvar', 'Jalvarstan'), true);
  assert.equal(isDemonymOf('Jalvar', 'Jalvaria'), false);
  const text = 'For a decade Jalvarstan has asked for help. Officials of the Jalvar foreign ministry denied it.';
  const mentions = recognizeMentions({ docId: 'd', text, ...tokenize(text) });
  assert.ok(mentions.some((m) => m.text === 'Jalvar foreign ministry' && m.type === 'organization'), JSON.stringify(mentions.map((m) => m.text)));
});
