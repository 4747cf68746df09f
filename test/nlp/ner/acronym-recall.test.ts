import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Mention } from '../../../src/core/index.js';
import { tokenize } from '../../../src/nlp/index.js';
import { recallAcronyms } from '../../../src/nlp/ner/acronym-recall.js';

// Invented names throughout.
function mention(text: string, needle: string, type: Mention['type'], from = 0): Mention {
  const start = text.indexOf(needle, from);
  return { id: `d:${start}-${start + needle.length}`, docId: 'd', start, end: start + needle.length, text: needle, type, sentenceIndex: 0, rule: 'model/ner' };
}
const recalled = (text: string, mentions: Mention[]): string[] =>
  recallAcronyms('d', tokenize(text).tokens, mentions).map((m) => `${m.text}:${m.type}:${m.rule}`);

test('a short form before a role noun names a group, even in mixed case', () => {
  const text = 'GoM chief Ilsa Varn met envoys.';
  assert.deepEqual(recalled(text, [mention(text, 'Ilsa Varn', 'person')]), ['GoM:organization:pattern/short-form-before-role', 'Ilsa Varn:person:model/ner']);
});

test('a short form the document names as a group is that group wherever it stands, and points back to it', () => {
  const text = 'The RVF struck at dawn. Later the RVF withdrew.';
  const first = mention(text, 'RVF', 'organization');
  const out = recallAcronyms('d', tokenize(text).tokens, [first]);
  assert.equal(out.length, 2);
  assert.equal(out[1]!.antecedentId, first.id);
});

const NONE: ReadonlyArray<[name: string, text: string]> = [
  ['ordinary capitalised word before a role noun', 'Tuesday leader talks ended.'],
  ['a title-case name', 'Varn chief of staff resigned.'],
  ['a lower-case word', 'the chief said so.'],
  ['an acronym with no frame and no earlier mention', 'The RVF struck at dawn.'],
];
for (const [name, text] of NONE) test(`no short form: ${name}`, () => assert.deepEqual(recalled(text, []), [], text));

test('an all-caps headline is no short form before a role: "THE EMIR OF …"', () => {
  const text = 'THE EMIR OF THE NORTH\n\nIlsa Varn wrote this.';
  assert.deepEqual(recalled(text, [mention(text, 'Ilsa Varn', 'person')]), ['Ilsa Varn:person:model/ner']);
});
