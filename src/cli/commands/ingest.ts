import type { Command } from 'commander';
import { loadSources, readManifest } from '../../ingest/index.js';
import { ingestIntoCase, type IngestOutcome } from '../../pipeline/index.js';
import type { CommandModule } from '../command.js';
import { enqueueSources } from '../enqueue-sources.js';
import { printJson } from '../output.js';
import { createProgress } from '../progress.js';
import { exitCodeForSignal, stopOnSignal } from '../stop-signal.js';
import { planInputs, type SourceFlags, withSourceOptions } from '../source-option.js';
import { useStore, withStoreOptions, type StoreOptions } from '../store-option.js';

type Rejected = Extract<IngestOutcome, { status: 'rejected' }>;
type Accepted = Exclude<IngestOutcome, Rejected>;

interface IngestFlags extends StoreOptions, SourceFlags {
  readonly json?: boolean;
  readonly enqueue?: boolean;
}

export const registerIngest: CommandModule = (program: Command) => {
  withSourceOptions(withStoreOptions(program.command('ingest')
    .description('Read articles (.txt, .md, .html; directories recursively; URLs fetched only when given) into a case.\nIdempotent: a document already in the case (same content) is skipped. A bad file is reported\nand the others still go in; the exit code is then 1. Other files in a directory are listed as skipped.')
    .argument('<sources...>', 'files, directories or http(s) URLs')
    .option('--manifest <csv>', 'CSV with header file,published,outlet,url giving what the files do not say')
    .option('--enqueue', 'queue the sources in the PostgreSQL case (--store) for `dossier worker` instead of reading them here')
    .option('--json', 'print one JSON report instead of lines')))
    .action(async (sources: string[], flags: IngestFlags) => {
      const manifest = flags.manifest ? readManifest(flags.manifest) : new Map();
      const plan = planInputs(sources, flags, manifest);
      if (flags.enqueue) return enqueueSources(sources, flags, manifest, plan);
      await useStore(flags, async (store) => {
        plan.warnings.forEach((w) => process.stderr.write(`${w}\n`));
        const progress = createProgress(plan.count, Boolean(process.stderr.isTTY) && !flags.json);
        // A case whose entities lag behind (an earlier run was killed) is completed by this run: say so.
        const wasBehind = !(await store.resolutionState()).isCurrent;
        const stop = stopOnSignal('stopping after the document in hand, then resolving entities');
        const outcomes = await ingestIntoCase(store, loadSources(sources, manifest, plan.options), ({ done }) => progress.tick(done), stop.signal)
          .finally(() => stop.dispose());
        progress.end();
        const stoppedBy = stop.received();
        const rejected = outcomes.filter((o): o is Rejected => o.status === 'rejected');
        const added = outcomes.filter((o): o is Accepted => o.status === 'added');
        const unchanged = outcomes.filter((o): o is Accepted => o.status === 'unchanged');
        if (flags.json) {
          printJson({
            case: store.location,
            added: added.map((o) => ({ input: o.input, docId: o.docId, claims: o.claims })),
            unchanged: unchanged.map((o) => ({ input: o.input, docId: o.docId })),
            rejected: rejected.map((o) => ({ input: o.input, code: o.error.code, reason: o.error.detail })),
            skipped: plan.skipped,
            unmatchedManifestRows: plan.unmatchedRows,
            completedEarlierRun: wasBehind,
            stoppedBy,
            counts: await store.counts(),
          });
        } else {
          for (const o of rejected) process.stderr.write(`error: ${o.input}: ${o.error.detail} [${o.error.code}]\n`);
          const counts = await store.counts();
          const nothing = added.length > 0 || rejected.length > 0 ? ''
            : wasBehind ? ' — entities re-resolved: an earlier run stopped before resolving them' : ' — nothing changed';
          const skipped = plan.skipped.length > 0 ? `, ${plan.skipped.length} skipped` : '';
          process.stdout.write(`${added.length} added, ${unchanged.length} unchanged, ${rejected.length} rejected${skipped}${nothing}\n`);
          process.stdout.write(`case ${store.location}: ${counts.documents} documents, ${counts.entities} entities, ${counts.claims} claims\n`);
          if (stoppedBy) process.stdout.write(`stopped by ${stoppedBy} before the other sources; the same command again adds them\n`);
        }
        if (rejected.length > 0) process.exitCode = 1;
        if (stoppedBy) process.exitCode = exitCodeForSignal(stoppedBy);
      }, { create: true });
    });
};
