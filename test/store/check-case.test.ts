import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { repairCase } from '../../src/pipeline/index.js';
import { openStore, type ProblemKind } from '../../src/store/index.js';
import { MIGRATIONS } from '../../src/store/schema.js';
import { sampleDocument, sampleResolution } from './sample-document.js';

// What `check` finds in rows no sequence of whole transactions can leave: planted here by hand, with
// foreign keys off, as a bug, a hand edit or a broken disk would leave them.

const freshFile = (): string => join(mkdtempSync(join(tmpdir(), 'dossier-check-')), 'case.sqlite');

async function resolvedCase(texts: readonly string[]): Promise<string> {
  const file = freshFile();
  const store = await openStore({ case: file });
  for (const text of texts) await store.saveDocument(sampleDocument(text));
  const inputs = await store.loadResolutionInputs();
  const mentions = inputs.documents.flatMap((d) => d.mentions);
  await store.saveResolution({ ...sampleResolution({ ...inputs.documents[0]!, mentions }) }, inputs.generation);
  assert.deepEqual((await store.check()).problems, [], 'the case before tampering');
  await store.close();
  return file;
}

function tamper(file: string, ...statements: string[]): void {
  const db = new Database(file);
  db.pragma('foreign_keys = OFF');
  for (const sql of statements) db.exec(sql);
  db.close();
}

const TEXTS = ['Ilsa Varn, the Red Valley Front chief, reportedly met envoys in Port Alder in March.', 'Oskar Varn, a Grey Ford Movement commander, was seen in Osk.'];
const idOf = (text: string): string => sampleDocument(text).document.id;

const CASES: ReadonlyArray<[what: string, statements: string[], expected: ReadonlyArray<[ProblemKind, string | undefined]>]> = [
  ['a document deleted without its rows', [`DELETE FROM documents WHERE id = '${idOf(TEXTS[1]!)}'`],
    [['orphan-rows', idOf(TEXTS[1]!)], ['orphan-rows', idOf(TEXTS[1]!)], ['orphan-rows', idOf(TEXTS[1]!)], ['orphan-rows', idOf(TEXTS[1]!)]]],
  ['a claim lost from its document', [`DELETE FROM claims WHERE doc_id = '${idOf(TEXTS[0]!)}'`], [['partial-document', idOf(TEXTS[0]!)]]],
  ['a mention lost under its claim and entity link', [`DELETE FROM mentions WHERE id = (SELECT subject_id FROM claims WHERE doc_id = '${idOf(TEXTS[0]!)}')`],
    [['partial-document', idOf(TEXTS[0]!)], ['dangling-reference', idOf(TEXTS[0]!)], ['dangling-reference', idOf(TEXTS[0]!)]]],
  ['an entity deleted under its links', [`DELETE FROM entities WHERE id = 'e0'`], [['dangling-reference', idOf(TEXTS[0]!)]]],
  ['an entity that lost its links', [`DELETE FROM entity_mentions WHERE entity_id = 'e1'`], [['empty-entity', undefined], ['unresolved-mentions', idOf(TEXTS[0]!)]]],
  ['a resolution newer than its inputs', [`UPDATE meta SET value = '99' WHERE key = 'resolved_generation'`], [['generation', undefined]]],
];

for (const [what, statements, expected] of CASES) {
  test(`check names ${what}, one problem a line, and --repair makes the case consistent again`, async () => {
    const file = await resolvedCase(TEXTS);
    tamper(file, ...statements);
    const store = await openStore({ case: file });
    const found = await store.check();
    assert.equal(found.consistent, false, what);
    assert.deepEqual(found.problems.map((p) => [p.kind, p.docId]), expected, what);
    for (const problem of found.problems) assert.doesNotMatch(problem.message, /\n/, `${what}: one line`);
    const repair = await repairCase(store);
    assert.deepEqual(repair.after.problems, [], `${what}: after --repair`);
    assert.deepEqual(repair.after.pending, [], `${what}: nothing left pending`);
    assert.ok(repair.actions.length > 0, `${what}: the repair says what it did`);
    await store.close();
  });
}

test('check changes nothing in the case it reads', async () => {
  const file = await resolvedCase(TEXTS);
  tamper(file, `DELETE FROM claims`);
  const before = new Database(file, { readonly: true }).prepare("SELECT (SELECT COUNT(*) FROM claims) + (SELECT COUNT(*) FROM mentions) AS n, (SELECT value FROM meta WHERE key = 'revision') AS revision").get();
  const store = await openStore({ case: file });
  await store.check();
  await store.close();
  const after = new Database(file, { readonly: true }).prepare("SELECT (SELECT COUNT(*) FROM claims) + (SELECT COUNT(*) FROM mentions) AS n, (SELECT value FROM meta WHERE key = 'revision') AS revision").get();
  assert.deepEqual(after, before);
});

test('a case an older dossier left with mentions but no entities opens as behind, not as current', async () => {
  // The state issue 17 reports: documents saved, the run killed before resolving, schema version 3.
  const file = freshFile();
  const db = new Database(file);
  for (const migration of MIGRATIONS.slice(0, 3)) for (const statement of migration) db.exec(statement as string);
  db.prepare("INSERT INTO meta VALUES ('schema_version', '3')").run();
  const doc = sampleDocument();
  db.prepare('INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').run(doc.document.id, doc.document.name, doc.document.origin, doc.document.format, doc.document.title, doc.document.text, null, null, null, null, 'test/1', '2026-05-01T00:00:00.000Z');
  for (const m of doc.mentions) db.prepare('INSERT INTO mentions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').run(m.id, m.docId, m.start, m.end, m.text, m.type, 0, m.rule, null, 'test/1');
  db.close();
  const store = await openStore({ case: file });
  const result = await store.check();
  assert.equal(result.resolution.isCurrent, false);
  assert.deepEqual([result.consistent, result.pending.map((p) => p.kind)], [true, ['resolution-behind']]);
  await store.close();
});

test('a case an older dossier left whole opens as current', async () => {
  const file = freshFile();
  const db = new Database(file);
  for (const migration of MIGRATIONS.slice(0, 3)) for (const statement of migration) db.exec(statement as string);
  db.prepare("INSERT INTO meta VALUES ('schema_version', '3')").run();
  db.close();
  const store = await openStore({ case: file });
  await store.saveDocument(sampleDocument());
  await store.saveResolution(sampleResolution(sampleDocument()));
  assert.equal((await store.resolutionState()).isCurrent, true);
  await store.close();
});
