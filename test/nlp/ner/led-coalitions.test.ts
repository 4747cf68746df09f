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
    assert.ok(!mentionsOf(text).some((m) => m.type === 'location' && name.startsWith(m.text)), `${text} ${shown(text)}`);
  }
});

test('"-led" before a noun that is no collective, or after no state, makes no coalition', () => {
  for (const text of ['Saudi-led talks resumed in Geneva.', 'The army-led operation ended in May.']) {
    assert.ok(!mentionsOf(text).some((m) => m.rule === 'pattern/led-coalition'), `${text} ${shown(text)}`);
  }
});
