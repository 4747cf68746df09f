// Analyst overrides over fictional documents: every name here is invented.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ResolutionOverride, ResolveResult } from '../../src/core/index.js';
import { checkOverride, resolveEntities } from '../../src/resolve/index.js';
import { makeDocument } from './make-document.js';

const DOCS = [
  makeDocument('d0', 'The [Red Valley Front|organization] ([RVF|organization]) met the [Grey Ford Movement|organization]. [Corvin Maddoc|person] spoke; [Maddoc|person] left.'),
  makeDocument('d1', 'The [RVF|organization] and [Sorkh Vadi Mahaz|organization] were seen near [Olmvik|location].'),
];
const idOf = (result: ResolveResult, form: string): string | undefined => result.entities.find((e) => e.aliases.includes(form))?.id;

test('a merge override joins two entities and says so', () => {
  const override: ResolutionOverride = { kind: 'merge', names: ['RVF', 'Sorkh Vadi Mahaz'] };
  const before = resolveEntities(DOCS);
  assert.notEqual(idOf(before, 'RVF'), idOf(before, 'Sorkh Vadi Mahaz'), 'apart before the override');
  const after = resolveEntities(DOCS, [override]);
  assert.equal(idOf(after, 'RVF'), idOf(after, 'Sorkh Vadi Mahaz'));
  const entity = after.entities.find((e) => e.id === idOf(after, 'RVF'))!;
  assert.ok(entity.merges.some((m) => m.rule === 'override/merge'));
});

test('a split override moves the alias mentions to their own entity', () => {
  const after = resolveEntities(DOCS, [{ kind: 'split', entityName: 'Corvin Maddoc', alias: 'Maddoc' }]);
  assert.notEqual(idOf(after, 'Maddoc'), idOf(after, 'Corvin Maddoc'));
  const maddoc = after.entities.find((e) => e.id === idOf(after, 'Maddoc'))!;
  assert.deepEqual(maddoc.aliases, ['Maddoc']);
  assert.ok(maddoc.merges.some((m) => m.rule === 'override/split'));
});

test('overrides are re-applied when documents are added, in the order they were made', () => {
  const overrides: ResolutionOverride[] = [
    { kind: 'merge', names: ['RVF', 'Sorkh Vadi Mahaz'] },
    { kind: 'split', entityName: 'Red Valley Front', alias: 'Sorkh Vadi Mahaz' },
  ];
  const more = [...DOCS, makeDocument('d2', 'Later the [Sorkh Vadi Mahaz|organization] and [RVF|organization] were at [Olmvik|location].')];
  const after = resolveEntities(more, overrides);
  assert.notEqual(idOf(after, 'RVF'), idOf(after, 'Sorkh Vadi Mahaz'), 'the later split wins over the earlier merge');
  const again = resolveEntities(more, overrides.slice(0, 1));
  assert.equal(idOf(again, 'RVF'), idOf(again, 'Sorkh Vadi Mahaz'), 'the merge reaches mentions of a new document too');
});

test('an override naming nothing in the case is skipped, not an error', () => {
  const result = resolveEntities(DOCS, [{ kind: 'merge', names: ['Nobody Here', 'RVF'] }]);
  assert.equal(result.entities.length, resolveEntities(DOCS).entities.length);
});

const CHECKS: ReadonlyArray<[name: string, override: ResolutionOverride, status: string]> = [
  ['two entities', { kind: 'merge', names: ['RVF', 'Grey Ford Movement'] }, 'ok'],
  ['already one', { kind: 'merge', names: ['RVF', 'Red Valley Front'] }, 'unchanged'],
  ['unknown name', { kind: 'merge', names: ['RVF', 'Nobody Here'] }, 'not-found'],
  ['split an alias', { kind: 'split', entityName: 'Corvin Maddoc', alias: 'maddoc' }, 'ok'],
  ['split a name it lacks', { kind: 'split', entityName: 'Corvin Maddoc', alias: 'RVF' }, 'invalid'],
  ['split the only name', { kind: 'split', entityName: 'Olmvik', alias: 'Olmvik' }, 'unchanged'],
];
for (const [name, override, status] of CHECKS) {
  test(`checkOverride: ${name} → ${status}`, () => assert.equal(checkOverride(resolveEntities(DOCS).entities, override).status, status));
}

test('a retype override sets the type whatever the mentions say, and says so', () => {
  const after = resolveEntities(DOCS, [{ kind: 'retype', entityName: 'Olmvik', type: 'organization' }]);
  const olmvik = after.entities.find((e) => e.aliases.includes('Olmvik'))!;
  assert.equal(olmvik.type, 'organization');
  assert.ok(olmvik.merges.some((m) => m.rule === 'override/retype'));
});

test('a retype is checked before it is stored: unknown types are refused, the same type changes nothing', () => {
  const { entities } = resolveEntities(DOCS);
  assert.equal(checkOverride(entities, { kind: 'retype', entityName: 'Olmvik', type: 'faction' as never }).status, 'invalid');
  assert.equal(checkOverride(entities, { kind: 'retype', entityName: 'Olmvik', type: 'location' }).status, 'unchanged');
  assert.equal(checkOverride(entities, { kind: 'retype', entityName: 'Olmvik', type: 'organization' }).status, 'ok');
});

test('a type corrected from context keeps its reason among the entity\'s reasons', () => {
  const docs = [makeDocument('d2', 'Fighters gathered near [Kestrel Fen|person] on Monday.')];
  const fen = resolveEntities(docs).entities.find((e) => e.aliases.includes('Kestrel Fen'))!;
  assert.equal(fen.type, 'location');
  assert.ok(fen.merges.some((m) => m.rule === 'type/context' && /places stand/.test(m.detail)), JSON.stringify(fen.merges));
});
