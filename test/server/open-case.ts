import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before } from 'node:test';
import type { AnalyzedDocument, ResolveResult, Store } from '../../src/core/index.js';
import { createApi, type Api } from '../../src/server/index.js';
import { openStore } from '../../src/store/index.js';
import { fictionalCase } from './fictional-case.js';

export interface TestCase {
  readonly store: Store;
  /** Closes the store and deletes its directory. */
  dispose(): Promise<void>;
}

/** A fresh SQLite case in a temporary directory, holding the given documents (the fictional case by default). */
export async function openTestCase(content: { readonly documents: readonly AnalyzedDocument[]; readonly resolution: ResolveResult } = fictionalCase()): Promise<TestCase> {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-server-'));
  const store = await openStore({ case: join(dir, 'case.sqlite') });
  for (const doc of content.documents) await store.saveDocument(doc);
  await store.saveResolution(content.resolution);
  return {
    store,
    dispose: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The API over a fresh fictional case for the tests of one file: opened before them, deleted after. */
export function useTestApi(): { readonly api: Api } {
  let tc: TestCase | null = null;
  let api: Api | null = null;
  before(async () => {
    tc = await openTestCase();
    api = createApi({ store: tc.store, webRoot: null });
  });
  after(async () => tc?.dispose());
  return { get api() { return api!; } };
}
