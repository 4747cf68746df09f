import assert from 'node:assert/strict';
import { test } from 'node:test';
import { recognizeMentions } from '../../../src/nlp/ner/index.js';
import { tokenize } from '../../../src/nlp/wink.js';

// Numbered military units: the ordinal opens the name; invented units and places.
const names = (text: string): string[] => recognizeMentions({ docId: 'd', text, ...tokenize(text) }).map((m) => `${m.text}/${m.type}`);

test('numbered unit: the ordinal and the unit word make one organisation', () => {
  const found = names('Soldiers of the 22nd Infantry Battalion and the 4th Mechanised Division entered Osk.');
  assert.ok(found.includes('22nd Infantry Battalion/organization'), found.join());
  assert.ok(found.includes('4th Mechanised Division/organization'), found.join());
});

test('numbered unit: a nationality before the ordinal belongs to the name', () => {
  const found = names('He was captured by the Norwegian 14th Mountain Battalion in May.');
  assert.ok(found.includes('Norwegian 14th Mountain Battalion/organization'), found.join());
});

test('numbered unit: an ordinal before words that end in no unit word names nothing new', () => {
  const found = names('The 3rd Annual Osk Book Fair opened on Monday.');
  assert.ok(!found.some((n) => n.startsWith('3rd')), found.join());
});
