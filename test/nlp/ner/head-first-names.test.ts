import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Mention } from '../../../src/core/index.js';
import { recognizeMentions } from '../../../src/nlp/ner/index.js';
import { tokenize } from '../../../src/nlp/wink.js';

// Invented names built the way head-first languages build them; the tagger, trained on English,
// cuts or mistypes them, and the head-first rules read their shape.
const mentionsOf = (text: string): Mention[] => recognizeMentions({ docId: 'd', text, ...tokenize(text) });

const CASES: ReadonlyArray<[name: string, text: string, mention: string, type: Mention['type']]> = [
  ['French name with a lower-case word between particles', 'Officers of the Forces de sécurité du Val-Orvan crossed the river.', 'Forces de sécurité du Val-Orvan', 'organization'],
  ['Spanish group with a date inside', 'The Movimiento Campesino 9 de Julio blocked the road to Osk.', 'Movimiento Campesino 9 de Julio', 'organization'],
  ['Portuguese place joined across "da"', 'He was captured in Passo da Vereda on Sunday.', 'Passo da Vereda', 'location'],
  ['Portuguese group opened by its head noun', 'A leader of the Irmandade do Morro was arrested.', 'Irmandade do Morro', 'organization'],
  ['Arabic group opened by a word for movement', 'Harakat Nasr al-Kessa claimed the attack in a statement.', 'Harakat Nasr al-Kessa', 'organization'],
  ['Arabic media arm opened by the word for voice', 'Its media arm, Sawt al-Orvan, published the video.', 'Sawt al-Orvan', 'organization'],
  ['Arabic name with an apostrophe in its head', 'Fighters of Kata\'ib Suyuf al-Tarsk ambushed the convoy.', 'Kata\'ib Suyuf al-Tarsk', 'organization'],
  ['a plural article opens a group, not a person', 'Gunmen from Los Garzones killed two traders in Osk.', 'Los Garzones', 'organization'],
  ['a direction opens a place, not a person', 'The government accused Upper Tarsk of arming the militia.', 'Upper Tarsk', 'location'],
  ['a person keeps a particle inside the name', 'The envoy, Ignacio de la Fuenmayor, met Kessa officials.', 'Ignacio de la Fuenmayor', 'person'],
];
for (const [name, text, surface, type] of CASES) {
  test(`head-first name: ${name}`, () => {
    const mentions = mentionsOf(text);
    const mention = mentions.find((m) => m.text === surface);
    assert.ok(mention, `"${surface}" in ${JSON.stringify(mentions.map((m) => `${m.text}/${m.type}`))}`);
    assert.equal(mention.type, type, surface);
  });
}

const NONE: ReadonlyArray<[name: string, text: string, notMention: string]> = [
  ['a lower-case article opens no name', 'The court heard la defensa del pueblo on Monday in Osk.', 'la defensa'],
  ['no dangling particle at the end of a name', 'Officers of the Forces de sécurité du Val-Orvan crossed the river.', 'Forces de'],
];
for (const [name, text, surface] of NONE) {
  test(`head-first name, none: ${name}`, () => {
    assert.ok(!mentionsOf(text).some((m) => m.text === surface), surface);
  });
}
