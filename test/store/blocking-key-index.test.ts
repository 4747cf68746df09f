import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import type { AnalyzedDocument } from '../../src/core/index.js';
import { openStore, type SqlStore } from '../../src/store/index.js';
import { SCHEMA_VERSION } from '../../src/store/schema.js';
import { freshPostgresCase, testPostgresUrl } from '../fixtures/postgres.js';
import { sampleDocument } from './sample-document.js';
import { postgresProbe, sqliteProbe, type TableProbe } from './table-probe.js';

// Schema 8: the index that finds a document's blocking keys carries the keys, so the component search reads
// one document's keys without walking the case's; PostgreSQL gets entity ids in byte order, for the ranges that
// number a component's ids. These tests upgrade a schema 7 case in place and check the plan SQLite makes for the
// component search's two statements.

const freshFile = (): string => join(mkdtempSync(join(tmpdir(), 'dossier-blocking-index-')), 'case.sqlite');
const STORIES: readonly (readonly [text: string, names: readonly string[]])[] = [
  ['Ilsa Varn met envoys in Port Alder.', ['Ilsa Varn', 'Port Alder']],
  ['Port Alder held Orrisby.', ['Port Alder', 'Orrisby']],
  ['Gwyneth Habbakuk spoke in Yxney.', ['Gwyneth Habbakuk', 'Yxney']],
];
/** The sample document naming these names, with no outlet (an outlet's name is a key of every document it published). */
const storyOf = ([text, names]: readonly [string, readonly string[]]): AnalyzedDocument => {
  const doc = sampleDocument(text);
  const mentions = names.map((name) => {
    const start = text.indexOf(name);
    return { id: `${doc.document.id}:${start}-${start + name.length}`, docId: doc.document.id, start, end: start + name.length, text: name, type: 'location' as const, sentenceIndex: 0, rule: 'model/test' as const };
  });
  return { ...doc, document: { ...doc.document, outlet: null }, mentions, claims: [] };
};

/** Saves three documents with this dossier, then puts the case back in schema 7's shape: its index on (case, document) only. */
async function writeSchema7Case(store: SqlStore, probe: TableProbe): Promise<string[]> {
  for (const story of STORIES) await store.saveDocument(storyOf(story));
  await store.close();
  await probe.exec('DROP INDEX blocking_keys_doc');
  await probe.exec('CREATE INDEX blocking_keys_doc ON blocking_keys (case_id, doc_id)');
  if (probe.dialect === 'postgres') await probe.exec('DROP INDEX entities_id_bytes');
  await probe.all("UPDATE meta SET value = '7' WHERE key = 'schema_version'");
  return keyRows(probe);
}

async function keyRows(probe: TableProbe): Promise<string[]> {
  return (await probe.all('SELECT case_id, key, doc_id FROM blocking_keys')).map((r) => `${String(r.case_id)} ${String(r.key)} ${String(r.doc_id)}`).sort();
}

async function assertUpgraded(probe: TableProbe, reopened: SqlStore, before: readonly string[]): Promise<void> {
  const [version] = await probe.all("SELECT value FROM meta WHERE key = 'schema_version'");
  assert.equal(String(version?.value), String(SCHEMA_VERSION));
  const index = (await probe.shapes()).find((s) => s.table === 'blocking_keys')?.keys.find((k) => k.name === 'blocking_keys_doc');
  assert.deepEqual(index?.columns, ['case_id', 'doc_id', 'key'], 'the index on a document\'s keys carries the key');
  if (probe.dialect === 'postgres') {
    const [bytes] = await probe.all("SELECT indexdef FROM pg_indexes WHERE indexname = 'entities_id_bytes'");
    assert.match(String(bytes?.indexdef), /\(case_id, id COLLATE "C"\)/, 'entity ids in byte order, for the numbering\'s ranges');
  }
  assert.deepEqual(await keyRows(probe), before, 'every blocking key kept');
  // Still incremental: the component of the Habbakuk document is that document alone.
  const habbakuk = storyOf(STORIES[2]!).document.id;
  const { documents } = await reopened.loadResolutionComponent([habbakuk]);
  assert.deepEqual(documents.map((d) => d.document.id), [habbakuk]);
}

test('sqlite: a schema 7 case is upgraded in place to the index that carries the keys, every key kept', async () => {
  const file = freshFile();
  const probe = sqliteProbe(file);
  try {
    const before = await writeSchema7Case(await openStore({ case: file }), probe);
    assert.equal(before.length > 6, true, `keys: ${before.length}`);
    const reopened = await openStore({ case: file });
    try {
      await assertUpgraded(probe, reopened, before);
    } finally {
      await reopened.close();
    }
  } finally {
    await probe.close();
  }
});

test('sqlite: the component search finds a document\'s keys, and a key\'s documents, through an index on what it names', async () => {
  const file = freshFile();
  const store = await openStore({ case: file });
  await store.saveDocuments(Array.from({ length: 200 }, (_, k) => sampleDocument(`Ilsa Varn met envoys of the Red Valley Front in Port Alder on day ${k}.`)));
  await store.close();
  const db = new Database(file, { readonly: true });
  try {
    const plan = (sql: string, params: readonly string[]): string => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail).join('; ');
    // The statements of findBlockingComponent (store/incremental-resolution.ts), with two ids and two keys.
    const byDocument = plan('SELECT key FROM blocking_keys WHERE case_id = ? AND doc_id IN (?, ?)', ['c', 'a', 'b']);
    assert.match(byDocument, /blocking_keys_doc \(case_id=\? AND doc_id=\?\)/, byDocument);
    const byKey = plan('SELECT doc_id FROM blocking_keys WHERE case_id = ? AND key IN (?, ?)', ['c', 'w:vrn', 'w:rd']);
    assert.match(byKey, /\(case_id=\? AND key=\?\)/, byKey);
  } finally {
    db.close();
  }
});

const url = testPostgresUrl;
if (url) {
  test('postgres: a schema 7 case is upgraded in place to the index that carries the keys, every key kept', async () => {
    const caseUrl = await freshPostgresCase(url, 'k');
    const probe = await postgresProbe(caseUrl);
    try {
      const before = await writeSchema7Case(await openStore({ store: caseUrl }), probe);
      const reopened = await openStore({ store: caseUrl });
      try {
        await assertUpgraded(probe, reopened, before);
      } finally {
        await reopened.close();
      }
    } finally {
      await probe.close();
    }
  });

  test('postgres: a component\'s ids are numbered across the case where the database\'s collation sorts "~" before letters', async () => {
    const caseUrl = await freshPostgresCase(url, 'n');
    const store = await openStore({ store: caseUrl });
    const probe = await postgresProbe(caseUrl);
    try {
      // Under ICU's English collation "x:same~2" sorts outside the range "x:same" … "x:same" + DEL: only a byte-order range finds it.
      await probe.exec('ALTER TABLE entities ALTER COLUMN id TYPE TEXT COLLATE "en-US-x-icu"');
      const [later, earlier, middle] = [storyOf(['Velk Front left.', ['Velk Front']]), storyOf(['Gwyneth Habbakuk spoke.', ['Gwyneth Habbakuk']]), storyOf(['Orrisby Quay burned.', ['Orrisby Quay']])];
      const named = (doc: AnalyzedDocument, name: string): AnalyzedDocument => ({ ...doc, document: { ...doc.document, name } });
      const docs = [named(later, 'c-later.txt'), named(earlier, 'a-earlier.txt'), named(middle, 'b-middle.txt')];
      for (const [k, doc] of docs.entries()) {
        await store.saveDocument(doc);
        const work = await store.loadResolutionWork();
        const { documents } = await store.loadResolutionComponent(work.pendingDocIds);
        const ids = documents.map((d) => d.document.id);
        const result = { version: 'test/1', entities: documents.map((d) => ({ id: 'x:same', name: d.mentions[0]!.text, type: 'location' as const, aliases: [], mentionIds: [d.mentions[0]!.id], merges: [] })),
          entityOfMention: new Map(documents.map((d) => [d.mentions[0]!.id, 'x:same'])) };
        assert.equal(ids.length, 1, `document ${k} is a component of its own`);
        assert.equal(await store.saveComponentResolution(result, ids, work.generation), 'current');
      }
      const stored = await store.loadResolution();
      assert.deepEqual(docs.map((d) => stored.entityOfMention.get(d.mentions[0]!.id)), ['x:same~3', 'x:same', 'x:same~2'], 'numbered by first mention: a-earlier, b-middle, c-later');
    } finally {
      await store.close();
      await probe.close();
    }
  });
} else {
  test.skip('postgres: schema 8 upgrade and byte-order id numbering (no DOSSIER_TEST_PG_URL)');
}
