import type { ManifestEntry } from '../core/index.js';
import { readSources } from '../ingest/index.js';
import { openJobQueue, type EnqueueResult } from '../store/index.js';
import { printJson } from './output.js';
import type { InputPlan } from './source-option.js';
import { storeLocation, type StoreOptions } from './store-option.js';

interface EnqueueFlags extends StoreOptions {
  readonly json?: boolean;
}

/**
 * `dossier ingest --enqueue`: reads each source's bytes and queues them, with the manifest's row, for the
 * workers; nothing is decoded or analysed here. A source that cannot be read is reported and the exit code
 * is 1, as with a plain ingest; one queued before (same bytes) is counted, not queued twice.
 */
export async function enqueueSources(sources: readonly string[], flags: EnqueueFlags, manifest: ReadonlyMap<string, ManifestEntry>, plan: InputPlan): Promise<void> {
  const { store, queue } = await openJobQueue(storeLocation(flags));
  try {
    plan.warnings.forEach((w) => process.stderr.write(`${w}\n`));
    const queued: { input: string; job: number }[] = [];
    const already: { input: string; job: number; state: string }[] = [];
    const rejected: { input: string; code: string; reason: string }[] = [];
    for await (const read of readSources(sources, manifest, plan.options)) {
      if (read.status === 'rejected') {
        rejected.push({ input: read.input, code: read.error.code, reason: read.error.detail });
        continue;
      }
      const entry = read.manifest;
      const result: EnqueueResult = await queue.enqueue({
        ...read.raw, published: entry?.published ?? null, outlet: entry?.outlet ?? null, url: entry?.url ?? null,
      });
      if (result.status === 'queued') queued.push({ input: read.input, job: result.id });
      else already.push({ input: read.input, job: result.id, state: result.state });
    }
    const counts = await queue.counts();
    if (flags.json) {
      printJson({ case: store.location, queued, alreadyQueued: already, rejected, skipped: plan.skipped, unmatchedManifestRows: plan.unmatchedRows, queue: counts });
    } else {
      for (const r of rejected) process.stderr.write(`error: ${r.input}: ${r.reason} [${r.code}]\n`);
      process.stdout.write(`${queued.length} queued, ${already.length} already queued, ${rejected.length} rejected\n`);
      process.stdout.write(`queue of ${store.location}: ${counts.pending} pending, ${counts.running} running, ${counts.failed} failed, ${counts.done} done; \`dossier worker\` takes them\n`);
    }
    if (rejected.length > 0) process.exitCode = 1;
  } finally {
    await queue.close();
  }
}
