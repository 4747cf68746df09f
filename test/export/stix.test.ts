import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildCaseView } from '../../src/export/case-view.js';
import { toStixBundle, stixTimestamp } from '../../src/export/stix.js';
import { CONFIDENCE_OF_GRADE } from '../../src/export/stix-mapping.js';
import { CLAIMS_EXTENSION_ID, readClaimsExtension, WORK_EXTENSION_ID } from '../../src/export/stix-extension.js';
import { ANALYSIS, DOC_A, SNAPSHOT } from './fixture-case.js';
import { loadAjv, stixProblems, type StixObject } from './stix-validator.js';

const bundle = JSON.parse(toStixBundle(buildCaseView(SNAPSHOT, ANALYSIS))) as { type: string; id: string; objects: StixObject[] };
/** dossier's properties on an object, from its claims extension. */
const ext = (o: StixObject): Record<string, unknown> => readClaimsExtension(o) ?? {};
const byEntity = (id: string): StixObject => bundle.objects.find((o) => ext(o).entity_id === id)!;
const relationship = (predicate: string, negated: boolean): StixObject =>
  bundle.objects.find((o) => o.type === 'relationship' && ext(o).predicate === predicate && ext(o).negated === negated)!;
const reportOf = (name: string): StixObject => bundle.objects.find((o) => o.type === 'report' && ext(o).document === name)!;

test('stix: the bundle and each object validate against the OASIS STIX 2.1 schemas', () => {
  assert.deepEqual(stixProblems(loadAjv(), bundle), []);
});

test('stix: dossier data travels in an extension defined in the bundle, never as bare x_ properties or x- objects', () => {
  const definitions = bundle.objects.filter((o) => o.type === 'extension-definition').map((o) => o.id).sort();
  assert.deepEqual(definitions, [CLAIMS_EXTENSION_ID, WORK_EXTENSION_ID].sort());
  for (const o of bundle.objects) assert.ok(!Object.keys(o).some((k) => k.startsWith('x_')) && !o.type.startsWith('x-'), o.id);
  assert.equal(relationship('leader_of', false).type, 'relationship');
  assert.equal(ext(relationship('leader_of', false)).grade, 'corroborated');
});

const EXTENSION_BREAKS: ReadonlyArray<[what: string, edit: (b: typeof bundle) => void, problem: RegExp]> = [
  ['a bare custom property', (b) => { b.objects[2]!.x_dossier_note = 'n'; }, /bare custom property x_dossier_note/],
  ['a bare custom object', (b) => { b.objects.push({ ...b.objects[0]!, type: 'x-dossier-work', id: 'x-dossier-work--6f1d2b0c-5a3e-5c8e-9b7a-2d4f8e1c3a90' }); }, /bare custom object/],
  ['an extension whose definition is missing', (b) => { b.objects = b.objects.filter((o) => o.id !== CLAIMS_EXTENSION_ID); }, /has no definition in the bundle/],
  ['a type of our own without new-sdo', (b) => { b.objects.push({ ...b.objects[0]!, type: 'dossier-work', id: 'dossier-work--6f1d2b0c-5a3e-5c8e-9b7a-2d4f8e1c3a90' }); }, /names no new-sdo extension/],
];
for (const [what, edit, problem] of EXTENSION_BREAKS) {
  test(`stix: the validation finds ${what}`, () => {
    const broken = structuredClone(bundle);
    edit(broken);
    const problems = stixProblems(loadAjv(), broken);
    assert.ok(problems.some((p) => problem.test(p)), problems.join('\n') || 'no problem found');
  });
}

test('stix: a named work is dossier\'s own SDO, declared by the work extension, and validates', () => {
  const view = buildCaseView({ ...SNAPSHOT, resolution: { ...SNAPSHOT.resolution, entities: [...SNAPSHOT.resolution.entities,
    { id: 'accord', name: 'Harbour Accord', type: 'work', aliases: ['Harbour Accord'], mentionIds: [], merges: [] }] } }, ANALYSIS);
  const withWork = JSON.parse(toStixBundle(view)) as typeof bundle;
  const work = withWork.objects.find((o) => o.type === 'dossier-work')!;
  assert.equal(work.name, 'Harbour Accord');
  assert.deepEqual((work.extensions as Record<string, unknown>)[WORK_EXTENSION_ID], { extension_type: 'new-sdo' });
  assert.deepEqual(stixProblems(loadAjv(), withWork), []);
});

test('stix: a report is named by the headline, not a stored dateline or breadcrumb', () => {
  const text = 'Home > News > Front claims raid\n\nFront claims Sallow Ford raid\n\nResidents said the RVF attacked Sallow Ford.';
  const furniture = { ...SNAPSHOT.documents[1]!, document: { ...SNAPSHOT.documents[1]!.document, title: 'Published: 03:49 PM, 27 February 2026', text } };
  const view = buildCaseView({ ...SNAPSHOT, documents: [SNAPSHOT.documents[0]!, furniture] }, ANALYSIS);
  const reports = (JSON.parse(toStixBundle(view)) as typeof bundle).objects.filter((o) => o.type === 'report').map((o) => o.name);
  assert.deepEqual(reports.sort(), ['Front claims Sallow Ford raid', 'RVF chief tours Kestrel Hill']);
});

test('stix: the validation can fail (a relationship without source_ref, a date-only timestamp)', () => {
  const broken = structuredClone(bundle);
  const rel = broken.objects.find((o) => o.type === 'relationship')!;
  delete rel.source_ref;
  rel.created = '2026-03-18';
  const problems = stixProblems(loadAjv(), broken);
  assert.ok(problems.some((p) => p.startsWith(`${rel.id}:`) && /source_ref/.test(p) && /created/.test(p)), problems.join('\n'));
});

test('stix: every id is a UUIDv5 and the same case exports byte-identical output', () => {
  for (const o of [bundle, ...bundle.objects]) assert.match(o.id, /^[a-z][a-z0-9-]+--[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/, o.id);
  assert.equal(new Set(bundle.objects.map((o) => o.id)).size, bundle.objects.length, 'ids are unique');
  assert.equal(toStixBundle(buildCaseView(SNAPSHOT, ANALYSIS)), toStixBundle(buildCaseView(SNAPSHOT, ANALYSIS)));
});

const TYPE_CASES: ReadonlyArray<[entity: string, stixType: string, why: string]> = [
  ['rvf', 'threat-actor', 'it receives supplies and attacks'],
  ['brigade', 'threat-actor', 'a part of an armed group is one too'],
  ['dsi', 'identity', 'a supplier is a body, not an armed group'],
  ['maddoc', 'identity', 'people are individual identities'],
  ['kestrel-hill', 'location', 'places are locations'],
];
for (const [entity, stixType, why] of TYPE_CASES) {
  test(`stix: ${entity} → ${stixType} (${why})`, () => assert.equal(byEntity(entity).type, stixType));
}

test('stix: people are identity_class individual; unplaced locations say region "unknown" rather than guess', () => {
  assert.equal(byEntity('maddoc').identity_class, 'individual');
  assert.equal(byEntity('ashfen').region, 'unknown');
  assert.equal(byEntity('ashfen').country, undefined);
});

test('stix: a negated assertion is never a plain relationship', () => {
  const denied = relationship('supplied', true);
  assert.equal(denied.relationship_type, 'not-supplied');
  assert.equal(ext(denied).negated, true);
  const alleged = relationship('supplied', false);
  assert.equal(alleged.relationship_type, 'supplied');
  for (const o of bundle.objects.filter((x) => x.type === 'relationship')) {
    assert.equal(String(o.relationship_type).startsWith('not-'), ext(o).negated === true, `${String(o.id)} marks negation consistently`);
  }
});

test('stix: confidence follows the documented grade mapping; contested overrides the grade; unsourced has none', () => {
  assert.equal(relationship('leader_of', false).confidence, CONFIDENCE_OF_GRADE.corroborated);
  assert.equal(relationship('located_in', false).confidence, CONFIDENCE_OF_GRADE['single-origin']);
  assert.equal(relationship('supplied', false).confidence, CONFIDENCE_OF_GRADE.contested);
  assert.equal(relationship('part_of', false).confidence, undefined);
});

test('stix: a relationship carries its evidence, source, hedging and the report of each document', () => {
  const alleged = relationship('supplied', false);
  const mentions = ext(alleged).mentions as Record<string, unknown>[];
  assert.equal(mentions.length, 1);
  assert.equal(mentions[0]!.source, '~leaked police dossier');
  assert.equal(mentions[0]!.hedged, true);
  assert.equal(mentions[0]!.source_kind, 'described');
  assert.equal(mentions[0]!.source_text, 'leaked police dossier');
  assert.equal(mentions[0]!.subject_text, 'Directorate of Special Inquiries');
  assert.match(String(alleged.description), /reportedly supplied the RVF/);
  const report = reportOf(DOC_A.name);
  assert.equal(mentions[0]!.report_ref, report.id);
  assert.ok((report.object_refs as string[]).includes(alleged.id), 'the report lists the relationships its document supports');
  assert.equal(report.published, stixTimestamp('2026-03-18'));
});

test('stix: a document without a known date keeps a valid timestamp and says its date is unknown', () => {
  const report = reportOf('b-undated.html');
  assert.equal(ext(report).published, undefined);
  assert.match(String(report.published), /^\d{4}-\d{2}-\d{2}T00:00:00\.000Z$/);
});

const TIMESTAMP_CASES: ReadonlyArray<[string, string]> = [['2026', '2026-01-01T00:00:00.000Z'], ['2026-03', '2026-03-01T00:00:00.000Z'], ['2026-03-18', '2026-03-18T00:00:00.000Z']];
for (const [partial, expected] of TIMESTAMP_CASES) test(`stix: timestamp of ${partial}`, () => assert.equal(stixTimestamp(partial), expected));
