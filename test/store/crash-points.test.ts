import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import type { Store } from '../../src/core/index.js';
import { loadSources, readManifest } from '../../src/ingest/index.js';
import { ingestIntoCase } from '../../src/pipeline/index.js';
import { openStore, type SqlStore, type StoreLocation } from '../../src/store/index.js';
import { repoPath } from '../fixtures/paths.js';
import { freshPostgresCase, testPostgresUrl } from '../fixtures/postgres.js';
import { dumpCase, dumpPostgresCase, documentNames, type CaseDump } from './case-dump.js';

// A process dies between two of its commits (a kill inside a transaction is the database's to roll back).
// This walks every such point of an ingest of a few sample articles, in process and in order: the store
// "dies" at its Nth write, and every call after that fails, as nothing runs after a SIGKILL. After each
// death the case must be consistent, and a rerun must make it equal to a case that never died.

const sample = repoPath('examples', 'sample');
const manifest = readManifest(join(sample, 'manifest.csv'));
const articles = readdirSync(sample).filter((f) => /\.(txt|md|html)$/.test(f)).sort().slice(0, 5).map((f) => join(sample, f));

class Killed extends Error {}
const WRITES: ReadonlySet<string | symbol> = new Set(['saveDocument', 'saveResolution', 'addOverride', 'setSourceGrade', 'replaceDerivedRows', 'deleteOrphanRows', 'markResolutionBehind']);

/** The store as a process sees it that is killed just before its write number `dieAt` (0-based). */
function dyingStore(store: SqlStore, dieAt: number): Store {
  let writes = 0;
  let dead = false;
  return new Proxy(store, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver) as unknown;
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        if (!dead && WRITES.has(key) && writes++ === dieAt) dead = true;
        if (dead) return Promise.reject(new Killed(`killed before ${String(key)}`));
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}

async function ingest(location: StoreLocation, dieAt = Number.POSITIVE_INFINITY): Promise<'completed' | 'killed'> {
  const store = await openStore(location);
  try {
    await ingestIntoCase(dyingStore(store, dieAt), loadSources(articles, manifest));
    return 'completed';
  } catch (err) {
    if (err instanceof Killed) return 'killed';
    throw err;
  } finally {
    await store.close();
  }
}

async function checkOf(location: StoreLocation) {
  const store = await openStore({ ...location, create: false });
  try {
    return await store.check();
  } finally {
    await store.close();
  }
}

interface Adapter {
  readonly name: string;
  fresh(): Promise<StoreLocation>;
  dump(location: StoreLocation): Promise<CaseDump>;
}

const ADAPTERS: readonly Adapter[] = [
  {
    name: 'sqlite',
    fresh: async () => ({ case: join(mkdtempSync(join(tmpdir(), 'dossier-crash-')), 'case.sqlite') }),
    dump: async (location) => dumpCase(location.case!),
  },
  ...(testPostgresUrl ? [{
    name: 'postgres',
    fresh: async () => ({ store: await freshPostgresCase(testPostgresUrl!, 'crash') }),
    dump: async (location: StoreLocation) => dumpPostgresCase(location.store!),
  }] : []),
];
if (!testPostgresUrl) test.skip('postgres: an ingest killed between its commits (no DOSSIER_TEST_PG_URL)', () => {});

for (const { name, fresh, dump: dumpOf } of ADAPTERS) describe(`${name}: an ingest killed between any two of its commits`, () => {
  let clean: CaseDump;
  before(async () => {
    const location = await fresh();
    assert.equal(await ingest(location), 'completed');
    clean = await dumpOf(location);
    assert.equal(clean.documents!.length, articles.length, 'the clean run holds every article');
    assert.ok(clean.entities!.length > 0, 'the clean run resolved entities');
  });

  // A run of N new documents writes N documents, then one resolution.
  for (let dieAt = 0; dieAt <= articles.length; dieAt++) {
    test(`killed before write ${dieAt + 1} of ${articles.length + 1}: consistent, and a rerun completes it`, async () => {
      const location = await fresh();
      assert.equal(await ingest(location, dieAt), 'killed');
      const afterKill = await checkOf(location);
      assert.deepEqual(afterKill.problems, [], 'check after the kill');
      assert.equal(afterKill.counts.documents, dieAt, 'every document committed before the kill, and none after');
      assert.equal(afterKill.resolution.isCurrent, dieAt === 0, 'entities are marked behind whenever a document went in without them');
      assert.deepEqual(documentNames(await dumpOf(location)), documentNames(clean).slice(0, dieAt));

      assert.equal(await ingest(location), 'completed');
      const afterRerun = await checkOf(location);
      assert.deepEqual([afterRerun.problems, afterRerun.pending], [[], []], 'check after the rerun');
      assert.deepEqual(await dumpOf(location), clean, 'the rerun leaves what a run that never died leaves');
    });
  }

  test('killed again while repairing: the case stays consistent and the third run completes it', async () => {
    const location = await fresh();
    assert.equal(await ingest(location, articles.length), 'killed', 'first run: every document saved, killed before resolving');
    assert.equal(await ingest(location, 0), 'killed', 'second run: nothing new, killed before saving its resolution');
    const between = await checkOf(location);
    assert.deepEqual([between.problems, between.resolution.isCurrent], [[], false]);
    assert.equal(await ingest(location), 'completed');
    assert.deepEqual(await dumpOf(location), clean);
  });
});
