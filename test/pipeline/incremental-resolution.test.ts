import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import type { AnalyzedDocument } from '../../src/core/index.js';
import { EXPORT_FORMATS, exportCase } from '../../src/export/index.js';
import { loadSources, readManifest } from '../../src/ingest/index.js';
import { analyzeSource, reanalyseResolution, resolvePending, type ResolutionRun } from '../../src/pipeline/index.js';
import { openStore, type SqlStore } from '../../src/store/index.js';
import { fixturePath, repoPath } from '../fixtures/paths.js';

// The fictional sample (one story: every document shares a name with another) beside two invented stories of
// three documents each that share no name with it or with each other (test/fixtures/incremental/): a case with
// three blocking components, so a document added to one is resolved with its own component only.
const sample = repoPath('examples', 'sample');
const stories = fixturePath('incremental');
const files = [
  ...readdirSync(sample).filter((f) => f !== 'manifest.csv').map((f) => join(sample, f)),
  ...readdirSync(stories).map((f) => join(stories, f)),
].sort();

let analysed: Promise<AnalyzedDocument[]> | undefined;
/** Every document read by the NLP once, shared by the tests: saving and resolving is what they compare. */
function analyseAll(): Promise<AnalyzedDocument[]> {
  return (analysed ??= (async () => {
    const store = await openStore({ case: ':memory:' });
    const out: AnalyzedDocument[] = [];
    try {
      for await (const loaded of loadSources(files, readManifest(join(sample, 'manifest.csv')))) {
        const outcome = await analyzeSource(store, loaded);
        assert.equal(outcome.status, 'analyzed', loaded.input);
        if (outcome.status === 'analyzed') out.push(outcome.analyzed);
      }
    } finally {
      await store.close();
    }
    return out;
  })());
}

/** A case built by saving the documents in this order, resolving what is pending after each one (as a worker or an ingest of one file does). */
async function buildOneByOne(documents: readonly AnalyzedDocument[]): Promise<{ store: SqlStore; runs: ResolutionRun[] }> {
  const store = await openStore({ case: ':memory:' });
  const runs: ResolutionRun[] = [];
  for (const doc of documents) {
    assert.equal(await store.saveDocument(doc), 'inserted');
    runs.push(await resolvePending(store));
  }
  return { store, runs };
}

async function exportsOf(store: SqlStore): Promise<Map<string, string>> {
  const snapshot = await store.loadCase();
  return new Map(EXPORT_FORMATS.map((format) => [format, exportCase(format, { snapshot })]));
}

test('documents resolved one at a time, in either order, give byte-identical exports in every format, the same as one whole run', async () => {
  const documents = await analyseAll();
  assert.equal(documents.length, 20);
  const whole = await openStore({ case: ':memory:' });
  const forward = await buildOneByOne(documents);
  const backward = await buildOneByOne([...documents].reverse());
  try {
    for (const doc of [...documents].reverse()) await whole.saveDocument(doc);
    assert.equal((await resolvePending(whole)).scope, 'case', 'a first resolution of every document is a whole one');
    // Most runs after the first documents read one story only: the incremental path, not a whole run every time.
    for (const { runs } of [forward, backward]) {
      const partial = runs.filter((r) => r.scope === 'component');
      assert.ok(partial.length >= 6, `component runs: ${runs.map((r) => `${r.scope}:${r.documents}`).join(' ')}`);
      assert.ok(partial.some((r) => r.documents <= 3), 'a story of three documents is resolved without the sample');
    }
    const expected = await exportsOf(whole);
    for (const [label, { store }] of [['forward', forward], ['backward', backward]] as const) {
      const got = await exportsOf(store);
      for (const format of EXPORT_FORMATS) {
        assert.ok(expected.get(format)!.length > 500, format);
        assert.equal(got.get(format), expected.get(format), `${format}: ${label} one by one vs one whole run`);
      }
    }
  } finally {
    await Promise.all([whole.close(), forward.store.close(), backward.store.close()]);
  }
});

test('reanalyse finds nothing to change in an incrementally resolved case, and reports the entities that differ when they do', async () => {
  const documents = await analyseAll();
  const { store } = await buildOneByOne(documents);
  try {
    const check = await reanalyseResolution(store, { check: true });
    assert.deepEqual([check.added, check.removed, check.changed, check.movedMentions, check.saved], [[], [], [], 0, false]);
    assert.ok(check.entitiesAfter > 40);
    // Damage the stored entities as a wrong incremental step would: one story's person loses his links.
    const stored = await store.loadResolution();
    const solvang = stored.entities.find((e) => e.name === 'Edrik Solvang');
    assert.ok(solvang, 'the invented story resolves its commander');
    const entityOfMention = new Map([...stored.entityOfMention].filter(([, id]) => id !== solvang.id));
    await store.saveResolution({ ...stored, entities: stored.entities.filter((e) => e !== solvang), entityOfMention });
    const found = await reanalyseResolution(store, { check: true });
    assert.deepEqual(found.added, [solvang.id]);
    assert.equal(found.movedMentions, solvang.mentionIds.length);
    const repaired = await reanalyseResolution(store, { check: false });
    assert.equal(repaired.saved, true);
    const after = await reanalyseResolution(store, { check: true });
    assert.deepEqual([after.added, after.removed, after.changed, after.movedMentions], [[], [], [], 0]);
  } finally {
    await store.close();
  }
});

test('a case saved before blocking keys were kept is resolved whole once, then incrementally', async () => {
  const documents = await analyseAll();
  const later = documents.filter((d) => d.document.name.startsWith('tarn-'));
  const file = join(mkdtempSync(join(tmpdir(), 'dossier-incr-')), 'case.sqlite');
  let store = await openStore({ case: file });
  for (const doc of documents.filter((d) => !later.includes(d))) await store.saveDocument(doc);
  await store.close();
  // What migration 6 leaves in a case that had documents: no keys, and the mark that they are missing.
  const db = new Database(file);
  db.prepare('DELETE FROM blocking_keys').run();
  db.prepare("UPDATE meta SET value = '0' WHERE key = 'blocking_keys_complete'").run();
  db.close();
  store = await openStore({ case: file });
  try {
    const first = await resolvePending(store);
    assert.deepEqual([first.scope, first.reason], ['case', 'the case has no blocking keys yet']);
    for (const doc of later) await store.saveDocument(doc);
    const next = await resolvePending(store);
    assert.deepEqual([next.scope, next.documents], ['component', later.length], 'the new story is resolved alone');
    const check = await reanalyseResolution(store, { check: true });
    assert.deepEqual([check.added, check.removed, check.changed, check.movedMentions], [[], [], [], 0]);
  } finally {
    await store.close();
  }
});
