import assert from 'node:assert/strict';
import { test } from 'node:test';
import { recognizeMentions } from '../../../src/nlp/ner/index.js';
import { tokenize } from '../../../src/nlp/wink.js';

test('document vote: an acronym that spells a listed place\'s letters is not voted a place ("UN" is no town "Un")', () => {
  const text = 'The UN said the talks in Osk had failed. A UN convoy reached the camp.';
  const un = recognizeMentions({ docId: 'd', text, ...tokenize(text) }).filter((m) => m.text === 'UN');
  assert.ok(un.length > 0 && un.every((m) => m.type === 'organization'), JSON.stringify(un.map((m) => m.type)));
});
