import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Store } from '../../src/core/index.js';
import { createApi, type Api } from '../../src/server/index.js';
import { analyseAndStore } from '../../src/server/analyse-and-store.js';
import { workerAnalysisRunner, type AnalysisRunner } from '../../src/server/analysis-job.js';
import { openStore, type SqlStore } from '../../src/store/index.js';
import { sampleDocument } from '../store/sample-document.js';
import { fictionalCase } from './fictional-case.js';
import { openTestCase } from './open-case.js';
import { syntheticCase } from './synthetic-case.js';

// The background analysis: readers are answered from the last stored analysis while a newer one is made, and
// each answer says which revision it is; only a case never analysed makes its first reader wait.

/** A runner held until the test releases it: what the server does meanwhile is then a fact, not a race. */
function heldRunner(run: AnalysisRunner = analyseAndStore): { runner: AnalysisRunner; release(): void; readonly calls: number } {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  let calls = 0;
  return { runner: async (store, stop) => { calls++; await gate; return run(store, stop); }, release: () => release(), get calls() { return calls; } };
}

async function get(api: Api, path: string): Promise<{ status: number; revision: string | null; body: any }> {
  const res = await api.fetch(new Request(`http://dossier.test${path}`));
  return { status: res.status, revision: res.headers.get('x-dossier-revision'), body: await res.json() };
}

/** Another process ingests into the same case file: a second connection saves a document. */
async function ingestElsewhere(store: Store): Promise<void> {
  const other = await openStore({ ...(store.reopenAt as { case: string }), create: false });
  try {
    assert.equal(await other.saveDocument(sampleDocument('Tomas Brell, a Grey Harbour Brigade envoy, reportedly met the Front in Osk.')), 'inserted');
  } finally {
    await other.close();
  }
}

describe('background analysis', () => {
  test('an ingest by another process makes the stored analysis stale; readers get the last one, then the new one', async () => {
    const tc = await openTestCase(fictionalCase());
    try {
      const first = await analyseAndStore(tc.store);
      await ingestElsewhere(tc.store);
      const state = await tc.store.readModel().state();
      assert.ok(state.analysedRevision! < state.caseRevision, 'the stored analysis is behind the case');
      const held = heldRunner();
      const api = createApi({ store: tc.store, webRoot: null, analysisRunner: held.runner });
      const before = await get(api, '/api/case');
      assert.equal(before.status, 200);
      assert.equal(before.revision, String(first.revision), 'answered from the stored revision');
      assert.deepEqual(before.body.analysis, { revision: first.revision, caseRevision: state.caseRevision, isCurrent: false });
      assert.equal(before.body.documents, fictionalCase().documents.length, 'counts are those of the analysed revision');
      assert.ok(api.analysis.isRunning && held.calls === 1, 'the stale analysis started a background run');
      const entity = await get(api, '/api/entities/e-ilsa-varn');
      assert.equal(entity.status, 200, 'an entity is answered while the run is held');
      assert.equal(entity.revision, String(first.revision));
      held.release();
      await api.analysis.idle();
      const after = await get(api, '/api/case');
      assert.equal(after.body.analysis.isCurrent, true);
      assert.equal(after.body.documents, fictionalCase().documents.length + 1, 'the new document is in the new analysis');
      assert.equal(after.revision, String(state.caseRevision));
    } finally {
      await tc.dispose();
    }
  });

  test('a case never analysed: its first reader waits for the first run, and gets its answer', async () => {
    const tc = await openTestCase(fictionalCase());
    try {
      const held = heldRunner();
      const api = createApi({ store: tc.store, webRoot: null, analysisRunner: held.runner });
      let isAnswered = false;
      const answer = get(api, '/api/entities').then((r) => { isAnswered = true; return r; });
      for (let i = 0; i < 20 && held.calls === 0; i++) await new Promise((resolve) => setImmediate(resolve));
      assert.equal(held.calls, 1, 'the first request started the run');
      assert.equal(isAnswered, false, 'with nothing stored, the reader waits for the run');
      held.release();
      const res = await answer;
      assert.equal(res.status, 200);
      assert.ok(res.body.total > 0);
    } finally {
      await tc.dispose();
    }
  });

  test('a large case: entity, assertion, search and filtered graph requests are answered before a held re-analysis ends', async () => {
    const content = syntheticCase({ documents: 2_000, claimsPerDocument: 10, entities: 2_100, seed: 5 });
    const tc = await openTestCase({ documents: [], resolution: { entities: [], entityOfMention: new Map() } });
    try {
      const store = tc.store as SqlStore;
      for (let at = 0; at < content.documents.length; at += 500) await store.saveDocuments(content.documents.slice(at, at + 500));
      await store.saveResolution(content.resolution);
      const first = await analyseAndStore(store);
      await ingestElsewhere(store);
      // The real worker thread does the re-analysis, once released.
      const held = heldRunner(workerAnalysisRunner());
      const api = createApi({ store, webRoot: null, analysisRunner: held.runner });
      const hub = (await get(api, '/api/entities?limit=1')).body.items[0];
      const hubName = encodeURIComponent(String(hub.name).split(' ')[0]!);
      for (const path of [`/api/entities/${encodeURIComponent(hub.id)}`, `/api/assertions?entity=${encodeURIComponent(hub.id)}&predicate=attacked,member_of`,
        '/api/assertions?predicate=sponsors&limit=5', `/api/search?q=${hubName}`, `/api/graph?entity=${encodeURIComponent(hub.id)}`, '/api/graph?minOrigins=2']) {
        const res = await get(api, path);
        assert.equal(res.status, 200, path);
        assert.equal(res.revision, String(first.revision), `${path}: from the stored revision`);
        assert.ok(api.analysis.isRunning, `${path}: answered while the re-analysis is still held`);
      }
      assert.ok((await get(api, `/api/entities/${encodeURIComponent(hub.id)}`)).body.assertions.total > 100, 'the hub has many assertions: the page is a slice of them');
      assert.ok((await get(api, `/api/search?q=${hubName}`)).body.entities.some((e: { id: string }) => e.id === hub.id), 'search finds the hub by the start of its name');
      held.release();
      await api.analysis.idle();
      const now = await get(api, '/api/case');
      assert.equal(now.body.analysis.isCurrent, true, 'the worker stored the new revision');
      assert.equal(now.body.documents, content.documents.length + 1);
    } finally {
      await tc.dispose();
    }
  });

  test('an analysis older than the stored one is not written', async () => {
    const tc = await openTestCase(fictionalCase());
    try {
      const model = tc.store.readModel();
      const { snapshot, revision } = await model.loadCaseAtRevision();
      assert.equal((await analyseAndStore(tc.store)).status, 'saved');
      await ingestElsewhere(tc.store);
      assert.equal((await analyseAndStore(tc.store)).status, 'saved');
      const { toStoredAnalysis } = await import('../../src/server/analysis-rows.js');
      const { analyzeCase } = await import('../../src/analysis/index.js');
      assert.equal(await model.saveAnalysis(toStoredAnalysis(snapshot, analyzeCase(snapshot), revision)), 'superseded');
      assert.ok((await model.summary())!.revision > revision, 'the newer analysis stays');
    } finally {
      await tc.dispose();
    }
  });
});
