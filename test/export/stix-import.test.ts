import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AnalyzedDocument, CaseSnapshot } from '../../src/core/index.js';
import { ExportError } from '../../src/core/index.js';
import { analyzeCase } from '../../src/analysis/index.js';
import { buildCaseView } from '../../src/export/case-view.js';
import { readClaimsExtension } from '../../src/export/stix-extension.js';
import { importStixBundle } from '../../src/export/stix-import.js';
import { toStixBundle } from '../../src/export/stix.js';
import { ANALYSIS, SNAPSHOT } from './fixture-case.js';
import { loadAjv, stixProblems, type StixObject } from './stix-validator.js';

type Bundle = { type: string; id: string; objects: StixObject[] };
// Both sides analysed the same way, so what differs can only be what the import lost.
const exported = toStixBundle(buildCaseView(SNAPSHOT, analyzeCase(SNAPSHOT)));
const imported = importStixBundle(exported, 'fixture.stix.json');
const snapshot: CaseSnapshot = { documents: imported.documents, resolution: imported.resolution, overrides: [], sourceGrades: [] };
const reexported = JSON.parse(toStixBundle(buildCaseView(snapshot, analyzeCase(snapshot)))) as Bundle;
const original = JSON.parse(exported) as Bundle;

/** Every claim mention a bundle carries, as comparable text, with the relationship it belongs to. */
export function claimsOf(bundle: Bundle): string[] {
  return bundle.objects.filter((o) => o.type === 'relationship')
    .flatMap((r) => ((readClaimsExtension(r)?.mentions ?? []) as Record<string, unknown>[]).map((m) => `${r.id} ${JSON.stringify(Object.entries(m).sort())}`))
    .sort();
}

test('stix import: an exported bundle comes back with the same entities (ids, names, types, aliases)', () => {
  const entities = (c: { resolution: CaseSnapshot['resolution'] }): string[] =>
    c.resolution.entities.map((e) => `${e.id}|${e.type}|${e.name}|${[...e.aliases].sort().join(';')}`).sort();
  assert.deepEqual(entities(imported), entities(SNAPSHOT));
});

test('stix import: the re-exported bundle has the same objects and every claim mention unchanged', () => {
  assert.deepEqual(reexported.objects.map((o) => o.id).sort(), original.objects.map((o) => o.id).sort());
  assert.deepEqual(claimsOf(reexported), claimsOf(original));
  assert.ok(claimsOf(original).length >= ANALYSIS.assertions.length, `the comparison covers the case's claims (${claimsOf(original).length})`);
  assert.deepEqual(stixProblems(loadAjv(), reexported), []);
});

test('stix import: documents keep their id, name, title, outlet, date and URL', () => {
  const meta = (docs: readonly AnalyzedDocument[]): string[] => docs.map(({ document: d }) => JSON.stringify([d.id, d.name, d.title, d.outlet, d.published, d.url])).sort();
  assert.deepEqual(meta(imported.documents), meta(SNAPSHOT.documents));
});

test('stix import: every mention points at its own words in the document text, every claim at its evidence', () => {
  for (const d of imported.documents) {
    for (const m of d.mentions) assert.equal(d.document.text.slice(m.start, m.end), m.text, m.id);
    for (const c of d.claims) assert.ok(d.sentences.some((s) => s.start === c.evidence.start && s.end === c.evidence.end), c.id);
  }
});

test('stix import: importing the same bundle twice gives the same documents (so a store keeps it idempotent)', () => {
  assert.deepEqual(importStixBundle(exported, 'again.json').documents.map((d) => d.document.id), imported.documents.map((d) => d.document.id));
});

const BAD: ReadonlyArray<[what: string, json: string]> = [
  ['text that is not JSON', 'not json'],
  ['JSON that is not a bundle', '{"type": "report", "id": "report--1"}'],
  ['a bundle with an object lacking an id', '{"type": "bundle", "id": "bundle--1", "objects": [{"type": "identity"}]}'],
];
for (const [what, json] of BAD) {
  test(`stix import: refuses ${what} with INPUT_INVALID naming the file`, () => {
    assert.throws(() => importStixBundle(json, 'bad.json'), (err: unknown) => err instanceof ExportError && err.code === 'INPUT_INVALID' && err.site.file === 'bad.json');
  });
}

// A bundle as a threat-intelligence platform might write it: invented groups and places, other tools' conventions
// (intrusion sets, MITRE-style aliases, relationships in and out of a report, objects a case has no place for).
const T = '2026-04-02T10:00:00.000Z';
const obj = (type: string, n: number, more: Record<string, unknown>): StixObject =>
  ({ type, spec_version: '2.1', id: `${type}--00000000-0000-4000-8000-${String(n).padStart(12, '0')}`, created: T, modified: T, created_by_ref: PLATFORM.id, ...more });
const PLATFORM: StixObject = { type: 'identity', spec_version: '2.1', id: 'identity--00000000-0000-4000-8000-000000000099', created: T, modified: T, name: 'Harbour CTI Desk', identity_class: 'organization' };
const FRONT = obj('threat-actor', 1, { name: 'Red Valley Front', aliases: ['RVF'], threat_actor_types: ['terrorist'] });
const CELL = obj('intrusion-set', 2, { name: 'Marrow Gap Cell' });
const CHIEF = obj('identity', 3, { name: 'Corvin Maddoc', identity_class: 'individual' });
const TOWN = obj('location', 4, { name: 'Sallow Ford', country: 'ZZ' });
const RIFLE = obj('malware', 5, { name: 'not a weapon but a program', is_family: false });
const LEADS = obj('relationship', 6, { relationship_type: 'leader-of', source_ref: CHIEF.id, target_ref: FRONT.id, description: 'Corvin Maddoc leads the Red Valley Front.' });
const HITS = obj('relationship', 7, { relationship_type: 'targets', source_ref: FRONT.id, target_ref: TOWN.id, start_time: '2026-03-14T00:00:00Z' });
const USES = obj('relationship', 8, { relationship_type: 'uses', source_ref: FRONT.id, target_ref: RIFLE.id });
const VAGUE = obj('relationship', 9, { relationship_type: 'related-to', source_ref: CELL.id, target_ref: FRONT.id });
const REPORT = obj('report', 10, { name: 'Weekly valley summary', published: '2026-04-01T00:00:00.000Z', report_types: ['threat-report'], object_refs: [LEADS.id, CELL.id],
  external_references: [{ source_name: 'Harbour CTI Desk', url: 'https://cti.example/weekly' }] });
const FOREIGN = JSON.stringify({ type: 'bundle', id: 'bundle--00000000-0000-4000-8000-000000000100', objects: [PLATFORM, FRONT, CELL, CHIEF, TOWN, RIFLE, LEADS, HITS, USES, VAGUE, REPORT] });
const foreign = importStixBundle(FOREIGN, 'platform-export.json');
const claimsIn = (i: typeof foreign): { doc: AnalyzedDocument; claim: AnalyzedDocument['claims'][number] }[] => i.documents.flatMap((doc) => doc.claims.map((claim) => ({ doc, claim })));
const entityOfClaimPart = (i: typeof foreign, mentionId: string): string => i.resolution.entities.find((e) => e.id === i.resolution.entityOfMention.get(mentionId))!.name;

test('stix import from another tool: threat actors, intrusion sets, identities and locations become entities', () => {
  const entities = foreign.resolution.entities.map((e) => `${e.type}:${e.name}`).sort();
  assert.deepEqual(entities, ['location:Sallow Ford', 'organization:Marrow Gap Cell', 'organization:Red Valley Front', 'person:Corvin Maddoc']);
  assert.deepEqual(foreign.resolution.entities.find((e) => e.name === 'Red Valley Front')!.aliases, ['Red Valley Front', 'RVF']);
});

test('stix import from another tool: relationships dossier can read become claims sourced to the bundle', () => {
  const claims = claimsIn(foreign).map(({ doc, claim }) =>
    `${entityOfClaimPart(foreign, claim.subjectId)} ${claim.predicate} ${entityOfClaimPart(foreign, claim.objectId)} | ${doc.document.title} | ${doc.document.outlet} | ${claim.source.kind} | ${claim.date?.value ?? '-'}`).sort();
  assert.deepEqual(claims, [
    'Corvin Maddoc leader_of Red Valley Front | Weekly valley summary | Harbour CTI Desk | author | -',
    'Red Valley Front attacked Sallow Ford | STIX bundle platform-export.json | Harbour CTI Desk | author | 2026-03-14',
  ]);
  const leads = claimsIn(foreign).find(({ claim }) => claim.predicate === 'leader_of')!;
  assert.equal(leads.doc.document.text.slice(leads.claim.evidence.start, leads.claim.evidence.end), 'Corvin Maddoc leads the Red Valley Front.');
  assert.equal(leads.doc.document.url, 'https://cti.example/weekly');
  assert.equal(leads.doc.document.published, '2026-04-01');
});

test('stix import from another tool: what a case cannot hold is skipped with its reason, the creator is the publisher', () => {
  const skipped = Object.fromEntries(foreign.skipped.map((s) => [s.id, s.reason]));
  assert.match(skipped[RIFLE.id]!, /no dossier entity type for STIX malware/);
  assert.match(skipped[USES.id]!, /not an entity/);
  assert.match(skipped[VAGUE.id]!, /"related-to" states no dossier predicate/);
  assert.match(skipped[PLATFORM.id]!, /creator/);
  const cell = foreign.resolution.entities.find((e) => e.name === 'Marrow Gap Cell')!;
  const report = foreign.documents.find((d) => d.document.title === 'Weekly valley summary')!;
  assert.ok(cell.mentionIds.some((id) => id.startsWith(report.document.id)), 'an entity a report lists is named in its document');
  for (const d of foreign.documents) for (const m of d.mentions) assert.equal(d.document.text.slice(m.start, m.end), m.text, m.id);
});

test('stix import from another tool: only the latest version of an object counts, and a revoked one is skipped', () => {
  const renamed = { ...FRONT, modified: '2026-05-01T00:00:00.000Z', name: 'Red Valley Front (renamed)' };
  const withdrawn = { ...HITS, revoked: true };
  const json = JSON.stringify({ type: 'bundle', id: 'bundle--00000000-0000-4000-8000-000000000101', objects: [PLATFORM, FRONT, renamed, CHIEF, TOWN, LEADS, withdrawn] });
  const result = importStixBundle(json, 'versions.json');
  assert.deepEqual(result.resolution.entities.filter((e) => e.type === 'organization').map((e) => e.name), ['Red Valley Front (renamed)']);
  assert.deepEqual(claimsIn(result).map(({ claim }) => claim.predicate), ['leader_of']);
  assert.equal(result.skipped.find((s) => s.id === HITS.id)?.reason, 'revoked by its producer');
});
