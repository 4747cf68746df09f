import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Store } from '../../src/core/index.js';
import { loadSources, readManifest } from '../../src/ingest/index.js';
import { ingestIntoCase } from '../../src/pipeline/index.js';
import { openStore } from '../../src/store/index.js';
import { repoPath } from '../fixtures/paths.js';

/** The fictional sample corpus in examples/sample, run through the real pipeline into a temporary case (what `npm run demo` builds). */
export async function openDemoCase(): Promise<{ readonly store: Store; dispose(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-demo-'));
  const store = await openStore({ case: join(dir, 'demo.sqlite') });
  const sample = repoPath('examples', 'sample');
  const outcomes = await ingestIntoCase(store, loadSources([sample], readManifest(join(sample, 'manifest.csv'))));
  const rejected = outcomes.filter((o) => o.status === 'rejected');
  if (rejected.length > 0) throw new Error(`demo case: ${rejected.length} sample file(s) rejected`);
  return {
    store,
    dispose: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
