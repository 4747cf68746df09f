import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildCaseView } from '../../src/export/case-view.js';
import { toFtmEntities, toFtmLines } from '../../src/export/ftm.js';
import { ANALYSIS, SNAPSHOT } from './fixture-case.js';
import { ftmProblems, lineage, propertyRange, propertyType, readFtmSchemas, requiredProperties } from './ftm-schema-reader.js';

const SCHEMA_DIR = new URL('../../../../shared/data/schemas/followthemoney/schema/', import.meta.url);
const schemas = readFtmSchemas(SCHEMA_DIR);
const entities = toFtmEntities(buildCaseView(SNAPSHOT, ANALYSIS));
const byId = new Map(entities.map((e) => [e.id, e]));

test('ftm: the schema reader sees inherited properties (guards the check below against reading nothing)', () => {
  assert.ok(schemas.size > 50, `read ${schemas.size} schemas`);
  assert.deepEqual(lineage(schemas, 'Membership').slice(0, 3), ['Membership', 'Interest', 'Interval']);
  assert.equal(propertyRange(schemas, 'Membership', 'member'), 'LegalEntity');
  assert.equal(propertyRange(schemas, 'Person', 'name'), null);
  assert.equal(propertyRange(schemas, 'Person', 'noSuchProperty'), undefined);
});

test('ftm: schema names, property names and entity references agree with the FollowTheMoney schema files', () => {
  assert.deepEqual(ftmProblems(schemas, entities), []);
});

test('ftm: the schema reader sees required properties, inherited ones included (Document needs fileName, and name from Thing)', () => {
  assert.deepEqual(requiredProperties(schemas, 'Document').sort(), ['fileName', 'name']);
  assert.deepEqual(requiredProperties(schemas, 'Directorship').sort(), ['director', 'organization']);
  assert.equal(propertyType(schemas, 'Article', 'publishedAt'), 'date');
  assert.equal(schemas.get('Interval')?.abstract, true);
});

const BROKEN: ReadonlyArray<[what: string, entity: { id: string; schema: string; properties: Record<string, string[]> }, problem: RegExp]> = [
  ['an unknown property', { id: 'x', schema: 'Person', properties: { name: ['A'], colour: ['red'] } }, /Person\.colour is not a property/],
  ['a Document without fileName', { id: 'x', schema: 'Document', properties: { name: ['A'], title: ['A'] } }, /required fileName/],
  ['a Person without name', { id: 'x', schema: 'Person', properties: { alias: ['A'] } }, /required name/],
  ['an abstract schema', { id: 'x', schema: 'Interval', properties: {} }, /abstract/],
  ['a date that is not one', { id: 'x', schema: 'Event', properties: { name: ['A'], date: ['14 March'] } }, /not a valid date/],
  ['a country in upper case', { id: 'x', schema: 'Person', properties: { name: ['A'], country: ['DE'] } }, /not a valid country/],
  ['a Membership whose member is an Address', { id: 'x', schema: 'Membership', properties: { member: ['addr'], organization: ['missing'] } }, /member → Address|missing/],
];
for (const [what, entity, problem] of BROKEN) {
  test(`ftm: the check finds ${what}`, () => {
    const address = { id: 'addr', schema: 'Address', properties: { name: ['Kestrel Hill'], full: ['Kestrel Hill'] } };
    const problems = ftmProblems(schemas, [address, entity]);
    assert.ok(problems.some((p) => problem.test(p)), problems.join('\n') || 'no problem found');
  });
}

test('ftm: a named work is a Document with the fileName FtM requires', () => {
  const view = buildCaseView({ ...SNAPSHOT, resolution: { ...SNAPSHOT.resolution, entities: [...SNAPSHOT.resolution.entities,
    { id: 'accord', name: 'Harbour Accord', type: 'work', aliases: ['Harbour Accord'], mentionIds: [], merges: [] }] } }, ANALYSIS);
  const withWork = toFtmEntities(view);
  const work = withWork.find((e) => e.schema === 'Document');
  assert.deepEqual(work?.properties.fileName, ['Harbour Accord']);
  assert.deepEqual(ftmProblems(schemas, withWork), []);
});

const LINK_CASES: ReadonlyArray<[name: string, schema: string, role: string | undefined, status: string]> = [
  ['leader_of becomes a Directorship with the title', 'Directorship', 'chief', 'corroborated'],
  ['part_of has no FtM schema of its own', 'UnknownLink', 'part of', 'unsourced'],
  ['a denial is an UnknownLink marked negated', 'UnknownLink', 'NOT supplied', 'negated'],
  ['a contested allegation says so', 'UnknownLink', 'supplied', 'contested'],
];
for (const [name, schema, role, status] of LINK_CASES) {
  test(`ftm: ${name}`, () => {
    const link = entities.find((e) => e.schema === schema && e.properties.status?.[0] === status && e.properties.role?.[0] === role);
    assert.ok(link, `no ${schema} with role ${role} and status ${status}`);
  });
}

test('ftm: every link carries its evidence sentences; documents are Articles with their outlet', () => {
  const links = entities.filter((e) => ['Directorship', 'Membership', 'Family', 'Associate', 'UnknownLink'].includes(e.schema));
  assert.equal(links.length, ANALYSIS.assertions.length);
  for (const l of links) assert.ok(l.properties.description?.every((d) => d.startsWith('"')), l.id);
  const article = entities.find((e) => e.schema === 'Article' && e.properties.publisher?.[0] === 'The Harbour Ledger');
  assert.equal(article?.properties.publishedAt?.[0], '2026-03-18');
});

test('ftm: Mention rows resolve only to people and organizations', () => {
  const mentions = entities.filter((e) => e.schema === 'Mention');
  assert.ok(mentions.length > 0);
  for (const m of mentions) assert.ok(['Person', 'Organization'].includes(byId.get(m.properties.resolved![0]!)!.schema));
});

test('ftm: JSON lines, one entity per line, deterministic', () => {
  const lines = toFtmLines(buildCaseView(SNAPSHOT, ANALYSIS));
  assert.equal(lines, toFtmLines(buildCaseView(SNAPSHOT, ANALYSIS)));
  assert.equal(lines.trimEnd().split('\n').length, entities.length);
  assert.equal(new Set(entities.map((e) => e.id)).size, entities.length, 'ids are unique');
});
