import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Mention, Token } from '../../../src/core/index.js';
import { typeActingSubjects } from '../../../src/nlp/ner/subject-cues.js';
import { tokenize } from '../../../src/nlp/wink.js';

// Invented names typed as places by hand, to test what the rule reads, with and without a parse.
function placeMention(text: string, name: string): Mention {
  const start = text.indexOf(name);
  return { id: `d:${start}`, docId: 'd', start, end: start + name.length, text: name, type: 'location', sentenceIndex: 0, rule: 'model/ner' };
}
const typeAfter = (text: string, name: string, tokens: readonly Token[] = tokenize(text).tokens): Mention['type'] => typeActingSubjects(tokens, [placeMention(text, name)])[0]!.type;

const CASES: ReadonlyArray<[name: string, text: string, mention: string, type: Mention['type']]> = [
  ['the subject of an attack verb is an actor', 'Korsak ambushed the convoy on Monday.', 'Korsak', 'organization'],
  ['an adverb between name and verb', 'Korsak reportedly attacked the post.', 'Korsak', 'organization'],
  ['a noun, not a verb, names an event at a place', 'The Korsak attack killed nine.', 'Korsak', 'location'],
  ['a listed country acting stays a place', 'Pakistan attacked the camps.', 'Pakistan', 'location'],
];
for (const [name, text, mention, type] of CASES) test(`acting subject: ${name}`, () => assert.equal(typeAfter(text, mention), type, text));

test('acting subject: a place the article also puts something in stays a place', () => {
  const text = 'Korsak attacked the post. Fighting in Korsak went on.';
  const tokens = tokenize(text).tokens;
  const second = text.lastIndexOf('Korsak');
  const mentions: Mention[] = [placeMention(text, 'Korsak'), { ...placeMention(text, 'Korsak'), id: 'd:2', start: second, end: second + 6 }];
  assert.ok(typeActingSubjects(tokens, mentions).every((m) => m.type === 'location'));
});

test('acting subject: with a parse, the nominal subject of an action verb is read from it', () => {
  const text = 'Yesterday, in a statement, Korsak said its men ambushed the convoy.';
  const tokens = tokenize(text).tokens.map((t) => ({ ...t, deprel: 'dep', head: 0 }));
  const k = tokens.findIndex((t) => t.text === 'Korsak');
  const verb = tokens.findIndex((t) => t.text === 'ambushed');
  const parsed = tokens.map((t, i) => (i === k ? { ...t, deprel: 'nsubj', head: verb } : t));
  assert.equal(typeAfter(text, 'Korsak', parsed), 'organization');
});
