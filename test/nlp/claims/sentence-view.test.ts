import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Mention } from '../../../src/core/index.js';
import { collapseMentions } from '../../../src/nlp/claims/sentence-view.js';
import { tokenize } from '../../../src/nlp/index.js';

const mention = (text: string, needle: string, type: Mention['type']): Mention => {
  const start = text.indexOf(needle);
  return { id: `d:${start}-${start + needle.length}`, docId: 'd', start, end: start + needle.length, text: needle, type, sentenceIndex: 0, rule: 'gazetteer/test' };
};

test('a named event built on a place is read as the place and the event noun', () => {
  const text = 'The Gardes du Lac denied the Osk attack.';
  const units = collapseMentions(tokenize(text).tokens, [mention(text, 'Gardes du Lac', 'organization'), mention(text, 'Osk', 'location'), mention(text, 'Osk attack', 'event')]);
  assert.deepEqual(units.map((u) => u.text), ['The', 'Gardes du Lac', 'denied', 'the', 'Osk', 'attack', '.']);
  assert.equal(units[4]!.mention?.type, 'location');
});

test('a named event with no place inside stays one unit', () => {
  const text = 'The Gardes du Lac denied the Spring Offensive.';
  const units = collapseMentions(tokenize(text).tokens, [mention(text, 'Gardes du Lac', 'organization'), mention(text, 'Spring Offensive', 'event')]);
  assert.equal(units.find((u) => u.text === 'Spring Offensive')?.mention?.type, 'event');
});
