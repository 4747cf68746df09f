import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Mention } from '../../../src/core/index.js';
import { recognizeMentions } from '../../../src/nlp/ner/index.js';
import { tokenize } from '../../../src/nlp/wink.js';

// "the Ostrani-led coalition" is one body, not the place Ostrani (issue 14). Real states, invented events.
const mentionsOf = (text: string): Mention[] => recognizeMentions({ docId: 'd', text, ...tokenize(text) });
const shown = (text: string): string => JSON.stringify(mentionsOf(text).map((m) => `${m.text}/${m.type}`));

test('a state, national adjective or acronym joined by "-led" to a collective noun names the collective', () => {
  for (const [text, name] of [
    ['The Saudi-led coalition struck a bridge near the port on Monday.', 'Saudi-led coalition'],
    ['Aircraft of the US-led coalition bombed the depot.', 'US-led coalition'],
    ['A French-led multinational force arrived in the capital.', 'French-led multinational force'],
  ] as const) {
    const found = mentionsOf(text).find((m) => m.text === name);
    assert.equal(found?.type, 'organization', `${text} ${shown(text)}`);
    // The leader is a mention of its own (coalition-leaders.ts), never the coalition's place.
    assert.ok(!mentionsOf(text).some((m) => m.type === 'location' && m.rule !== 'pattern/acting-state' && name.startsWith(m.text)), `${text} ${shown(text)}`);
  }
});

test('"-led" before a noun that is no collective, or after no state, makes no coalition', () => {
  for (const text of ['Saudi-led talks resumed in Geneva.', 'The army-led operation ended in May.']) {
    assert.ok(!mentionsOf(text).some((m) => m.rule === 'pattern/led-coalition'), `${text} ${shown(text)}`);
  }
});

test('an unknown state or a person glued to "-led" names a coalition, and the leader stays a mention of its own', () => {
  for (const [text, name, leader, type] of [
    ['The Ostrani-led coalition struck a bridge near the port on Monday.', 'Ostrani-led coalition', 'Ostrani', 'location'],
    ['Aircraft of the Varkesh-led alliance bombed the depot.', 'Varkesh-led alliance', 'Varkesh', 'location'],
    ['Officials said the Brell-backed coalition shelled the town.', 'Brell-backed coalition', 'Brell', 'location'],
    ['The Ilsa Varn-led coalition seized the town.', 'Ilsa Varn-led coalition', 'Ilsa Varn', 'person'],
    ['The Saudi-led coalition struck a bridge.', 'Saudi-led coalition', 'Saudi', 'location'],
    ['A TKB-led alliance claimed the attack.', 'TKB-led alliance', 'TKB', 'organization'],
  ] as const) {
    const found = mentionsOf(text);
    assert.equal(found.find((m) => m.text === name)?.type, 'organization', `${text} ${shown(text)}`);
    assert.equal(found.find((m) => m.text === leader)?.type, type, `${text} ${shown(text)}`);
  }
});

test('a dictionary word before "-led", or "-backed" before a body no sponsor names, makes no coalition', () => {
  for (const text of ['Army-led forces entered the town.', 'The Alder-backed forces entered the town.', 'Rebel-led talks resumed.']) {
    assert.ok(!mentionsOf(text).some((m) => m.rule === 'pattern/led-coalition'), `${text} ${shown(text)}`);
  }
});
