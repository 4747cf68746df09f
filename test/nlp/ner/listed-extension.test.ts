import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Mention } from '../../../src/core/index.js';
import { tokenize } from '../../../src/nlp/index.js';
import { extendListedGroups } from '../../../src/nlp/ner/listed-extension.js';

// Designated names come from the UN list; the sentences around them are invented.
function mention(text: string, needle: string, type: Mention['type']): Mention {
  const start = text.indexOf(needle);
  return { id: `d:${start}-${start + needle.length}`, docId: 'd', start, end: start + needle.length, text: needle, type, sentenceIndex: 0, rule: 'model/ner' };
}

test('a listed group cut short before a country word takes its whole name, and the place inside goes', () => {
  const text = 'Tehreek-e-Taliban Pakistan fighters raided a post near Osk.';
  const group = mention(text, 'Tehreek-e-Taliban', 'organization');
  const country = mention(text, 'Pakistan', 'location');
  const later = { ...mention(text, 'Osk', 'location'), antecedentId: group.id };
  const out = extendListedGroups(text, tokenize(text).tokens, [group, country, later]);
  assert.deepEqual(out.map((m) => `${m.text}:${m.type}`), ['Tehreek-e-Taliban Pakistan:organization', 'Osk:location']);
  assert.equal(out[1]!.antecedentId, out[0]!.id, 'a link to the widened mention follows it');
});

test('an unlisted group followed by a place keeps its own span', () => {
  const text = 'The Red Valley Front Kessa cell met envoys.';
  const group = mention(text, 'Red Valley Front', 'organization');
  const place = mention(text, 'Kessa', 'location');
  assert.deepEqual(extendListedGroups(text, tokenize(text).tokens, [group, place]).map((m) => m.text), ['Red Valley Front', 'Kessa']);
});
