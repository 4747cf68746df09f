import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Mention } from '../../../src/core/index.js';
import { recognizeMentions } from '../../../src/nlp/ner/index.js';
import { tokenize } from '../../../src/nlp/wink.js';

// Invented names: what the sentence says a name has or is makes it a group, whatever its words suggest.
const typeOf = (text: string, name: string): Mention['type'] | undefined => recognizeMentions({ docId: 'd', text, ...tokenize(text) }).find((m) => m.text === name)?.type;

const GROUPS: ReadonlyArray<[name: string, text: string, mention: string]> = [
  ['a group\'s officer after "the X\'s"', 'The Velmor\'s emir was killed in a strike near Osk.', 'Velmor'],
  ['members named right after the name', 'Dravik Tarn fighters ambushed the convoy near Osk.', 'Dravik Tarn'],
  ['one member named right after the name', 'A former Dravik Tarn fighter told the panel about the camps.', 'Dravik Tarn'],
  ['an appositive calling it a militia', 'Clashes broke out with Dravik Tarn, an ethnic militia active along the river.', 'Dravik Tarn'],
  ['a group noun restated by the name', 'Officials blamed the smuggling network, Dravik Tarn, for the shipments.', 'Dravik Tarn'],
  ['an appositive calling it a force', 'The Velmor Mission, a regional peacekeeping force, reached Osk in May.', 'Velmor Mission'],
  ['a group noun capitalised as a name after "the"', 'Since May the gunmen and the Brotherhood have attacked Osk twice.', 'Brotherhood'],
];
for (const [name, text, mention] of GROUPS) test(`actor context: ${name}`, () => assert.equal(typeOf(text, mention), 'organization', text));

const PEOPLE: ReadonlyArray<[name: string, text: string, mention: string, type: Mention['type']]> = [
  ['a person\'s gunmen leave the person a person', 'Since May, Orlan Tesvar\'s gunmen have attacked the market twice.', 'Orlan Tesvar', 'person'],
  ['a post the group has, in apposition, leaves the name a person', 'Orlan Tesvar, the group\'s founder, was killed in a strike in 2020.', 'Orlan Tesvar', 'person'],
  ['a post named after a group noun is a person\'s', '"We push on," said Col. Ivo Marrek, the Coalition spokesman.', 'Ivo Marrek', 'person'],
];
for (const [name, text, mention, type] of PEOPLE) test(`actor context, none: ${name}`, () => assert.equal(typeOf(text, mention), type, text));

const PERSONS: ReadonlyArray<[name: string, text: string, mention: string]> = [
  ['a post in apposition outweighs a list of places', 'Arms came from the border town of Orvelé, Nkara Umadi, director-general of the Federal Directorate, said.', 'Nkara Umadi'],
  ['someone\'s kin', 'In 2017 his daughter Gulmira Tesvar married a trader.', 'Gulmira Tesvar'],
];
for (const [name, text, mention] of PERSONS) test(`person context: ${name}`, () => assert.equal(typeOf(text, mention), 'person', text));

test('actor context: a one-word name the tagger reads as a group stays one before "fighters", and in every mention', () => {
  const text = 'Kessavar fighters attacked the town. Later, Kessavar claimed the attack.';
  const mentions = recognizeMentions({ docId: 'd', text, ...tokenize(text) }).filter((m) => m.text === 'Kessavar');
  assert.deepEqual(mentions.map((m) => m.type), ['organization', 'organization'], text);
});

test('actor context: a listed nationality before "fighters" is still no entity', () => {
  assert.equal(typeOf('Afghan fighters attacked the town near Osk.', 'Afghan'), undefined);
});

test('actor context: a group cue on a mention the tagger typed a group outvotes a person reading elsewhere', () => {
  const text = 'Officials said Vorkan funded the smugglers. Vorkan, a militia based in the hills, denied it.';
  const mentions = recognizeMentions({ docId: 'd', text, ...tokenize(text) }).filter((m) => m.text === 'Vorkan');
  assert.deepEqual(mentions.map((m) => m.type), ['organization', 'organization'], text);
});
