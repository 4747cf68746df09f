import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Mention } from '../../../src/core/index.js';
import { recognizeMentions } from '../../../src/nlp/ner/index.js';
import { tokenize } from '../../../src/nlp/wink.js';

// Invented one-word names in sentences where the tagger may see no name; the rest of the sentence
// or the article says what they are.
const mentionsOf = (text: string): Mention[] => recognizeMentions({ docId: 'd', text, ...tokenize(text) });

test('untagged: a word after a preposition of place is a place', () => {
  const m = mentionsOf('But a diplomat in Vardekent who has read the file told me it was real.').find((x) => x.text === 'Vardekent');
  assert.equal(m?.type, 'location');
});

test('untagged: a word named elsewhere in the article keeps that type', () => {
  const text = 'The Ostravan Liberation Front attacked Vardekent on Monday. Officials said Vardekent was calm by night.';
  const types = mentionsOf(text).filter((x) => x.text === 'Vardekent').map((x) => x.type);
  assert.equal(types.length, 2, JSON.stringify(types));
  assert.ok(types.every((t) => t === types[0]), JSON.stringify(types));
});

const NONE: ReadonlyArray<[name: string, text: string, word: string]> = [
  ['a month after "in"', 'The council met in November to discuss the truce.', 'November'],
  ['a capitalised common word', 'The talks ended in Disagreement, a local paper said.', 'Disagreement'],
];
for (const [name, text, word] of NONE) test(`untagged, none: ${name}`, () => assert.ok(!mentionsOf(text).some((m) => m.text === word), word));

test('untagged: a hyphenated name after "across the" is a place', async () => {
  const { recallUntaggedNames } = await import('../../../src/nlp/ner/untagged-names.js');
  const { toTaggerTokens } = await import('../../../src/nlp/ner/tagger-tokens.js');
  const text = 'Smugglers moved opium across the Dolan-Varvan, and rifles north.';
  const added = recallUntaggedNames(text, toTaggerTokens(text, tokenize(text).tokens), []);
  assert.deepEqual(added.map((p) => `${p.text}/${p.candidate.type}`), ['Dolan-Varvan/location']);
});

test('untagged: a parent group the UN list names only through its branches ("Daesh Tunisia") is a group', () => {
  // The one real name here: the derived list entry is what is under test (scripts/parent-groups.ts).
  const m = mentionsOf('Ministers discussed how to achieve a decisive defeat of Daesh before the winter.').find((x) => x.text === 'Daesh');
  assert.equal(m?.type, 'organization');
});
