import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { IngestError } from '../../core/index.js';
import { importStixBundle } from '../../export/index.js';
import { osReason } from '../../ingest/index.js';
import { refreshResolution } from '../../pipeline/index.js';
import type { CommandModule } from '../command.js';
import { printJson } from '../output.js';
import { useStore, withStoreOptions, type StoreOptions } from '../store-option.js';

interface ImportFlags extends StoreOptions {
  readonly json?: boolean;
}

function readBundle(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (err) {
    throw new IngestError('INGEST_UNREADABLE', `cannot read the bundle: ${osReason(err)}`, { file }, { cause: err });
  }
}

export const registerImport: CommandModule = (program: Command) => {
  const command = program.command('import').description('Bring claims another tool (or another dossier case) exported into a case.');
  withStoreOptions(command.command('stix')
    .description('Import a STIX 2.1 bundle. A bundle dossier exported comes back claim for claim (same entities,\ndocuments, evidence sentences, sources, hedges, dates); from other tools, threat actors, intrusion sets,\nidentities, locations, incidents and campaigns become entities, and relationships dossier can read become\nclaims sourced to the bundle. Objects with no place in a case are counted as skipped. Idempotent.')
    .argument('<bundle>', 'a STIX 2.1 bundle (JSON file)')
    .option('--json', 'print one JSON report instead of lines'))
    .action(async (file: string, flags: ImportFlags) => {
      const imported = importStixBundle(readBundle(file), file);
      await useStore(flags, async (store) => {
        const wasEmpty = (await store.counts()).documents === 0;
        let added = 0;
        let complete = false;
        try {
          for (const analyzed of imported.documents) if (await store.saveDocument(analyzed) === 'inserted') added++;
          complete = true;
        } finally {
          // Into an empty case the bundle's own entities go as they are; into a case with documents, or when a save failed
          // part way, resolution runs over what the case holds, so every saved document has its entities.
          if (added > 0) {
            if (wasEmpty && complete) await store.saveResolution(imported.resolution);
            else await refreshResolution(store);
          }
        }
        const counts = await store.counts();
        const skippedByType = new Map<string, number>();
        for (const s of imported.skipped) skippedByType.set(s.type, (skippedByType.get(s.type) ?? 0) + 1);
        if (flags.json) {
          printJson({ case: store.location, bundle: file, added, unchanged: imported.documents.length - added, skipped: imported.skipped, counts });
          return;
        }
        const claims = imported.documents.reduce((n, d) => n + d.claims.length, 0);
        process.stdout.write(`${added} documents added, ${imported.documents.length - added} unchanged: ${imported.resolution.entities.length} entities and ${claims} claims in the bundle\n`);
        if (skippedByType.size) process.stdout.write(`skipped ${imported.skipped.length} objects: ${[...skippedByType].map(([type, n]) => `${n} ${type}`).join(', ')} (--json lists each with its reason)\n`);
        process.stdout.write(`case ${store.location}: ${counts.documents} documents, ${counts.entities} entities, ${counts.claims} claims\n`);
      }, { create: true });
    });
};
