// Outlets typed from the manifest and from what wire copy says of its outlet; all names invented.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AnalyzedDocument } from '../../src/core/index.js';
import { resolveEntities } from '../../src/resolve/index.js';
import { outletNames } from '../../src/resolve/outlet-types.js';
import { makeDocument } from './make-document.js';

const withOutlet = (doc: AnalyzedDocument, outlet: string): AnalyzedDocument => ({ ...doc, document: { ...doc.document, outlet } });
const typeOf = (docs: readonly AnalyzedDocument[], form: string): string | undefined => resolveEntities(docs).entities.find((e) => e.aliases.includes(form))?.type;

const CASES: ReadonlyArray<[name: string, docs: readonly AnalyzedDocument[], form: string, type: string]> = [
  ['a one-word outlet named in the manifest, read as a person', [withOutlet(makeDocument('a', 'Officials told [Brannock|person] the road was closed.'), 'Brannock')], 'Brannock', 'organization'],
  ['the outlet of another document of the case', [withOutlet(makeDocument('a', 'Fighting in [Osk|location].'), 'Brannock'), makeDocument('b', 'A source told [Brannock|location] of the raid.')], 'Brannock', 'organization'],
  ['a dateline credit', [makeDocument('a', 'OSK, Oct 3 ([Marrowgate|location]) - Gunmen killed nine traders.')], 'Marrowgate', 'organization'],
  ['what the reporters could not verify', [makeDocument('a', 'The report, which [Marrowgate|person] could not independently verify, names him.')], 'Marrowgate', 'organization'],
];
for (const [name, docs, form, type] of CASES) test(`outlet: ${name}`, () => assert.equal(typeOf(docs, form), type, form));

test('outlet, none: a person who could not be reached is still a person', () => {
  assert.equal(typeOf([makeDocument('a', 'Officials said [Tomas Vell|person] could not be reached for comment.')], 'Tomas Vell'), 'person');
});

test('an outlet written with its acronym gives both names', () => {
  assert.deepEqual([...outletNames(['The Harbour Ledger (THL)', null])], ['harbour ledger', 'thl']);
});

test('a one-word group reading of a name the case reads as a place is the place', () => {
  const docs = [makeDocument('a', 'A diplomat in [Tengrivar|location] said so.'), makeDocument('b', '[Tengrivar|organization] denies the report.')];
  assert.equal(typeOf(docs, 'Tengrivar'), 'location');
  const reason = resolveEntities(docs).entities.find((e) => e.aliases.includes('Tengrivar'))!.merges.find((m) => m.rule === 'type/context');
  assert.match(reason?.detail ?? '', /a place acting stays a place/);
});
