import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Mention } from '../../../src/core/index.js';
import { recognizeMentions } from '../../../src/nlp/ner/index.js';
import { tokenize } from '../../../src/nlp/wink.js';

// A national adjective standing for its state acting names the country (GUIDELINES, "States and
// adjectives"); one describing people names nothing. Invented groups, real national adjectives.
const mentionsOf = (text: string): Mention[] => recognizeMentions({ docId: 'd', text, ...tokenize(text) });

test('an adjective before "-backed" or after "under … patronage" names the state acting', () => {
  for (const [text, word] of [['The Velmor Front, an Iranian-backed militia, denied the charge.', 'Iranian'], ['The Velmor Front grew under Pakistani patronage in the 1990s.', 'Pakistani'], ['A Turkish-funded group of Velmor fighters crossed the river.', 'Turkish']] as const) {
    const found = mentionsOf(text).find((m) => m.text === word);
    assert.equal(found?.type, 'location', `${text} ${JSON.stringify(mentionsOf(text).map((m) => `${m.text}/${m.type}`))}`);
    assert.equal(found?.rule, 'pattern/acting-state');
  }
});

test('an adjective that only describes people or goods names nothing', () => {
  for (const text of ['Iranian troops crossed the border at dawn.', 'The Velmor Front fired Russian-made rockets at the base.']) {
    assert.ok(!mentionsOf(text).some((m) => m.rule === 'pattern/acting-state'), text);
  }
});
