import type { Command } from 'commander';
import { repairCase } from '../../pipeline/index.js';
import type { CaseCheck } from '../../store/index.js';
import type { CommandModule } from '../command.js';
import { EXIT_FAILED } from '../report-error.js';
import { printJson } from '../output.js';
import { useStore, withStoreOptions, type StoreOptions } from '../store-option.js';

interface CheckFlags extends StoreOptions {
  readonly json?: boolean;
  readonly repair?: boolean;
}

export const registerCheck: CommandModule = (program: Command) => {
  withStoreOptions(program.command('check')
    .description('Check that a case is consistent: no derived row without its document, every document with all the\nrows it was saved with, every claim and entity link pointing at a mention that is there, and entities\nresolved from the current documents (or marked as behind, e.g. after a killed ingest). Exit 0 when\nconsistent, 1 with one line per inconsistency. Changes nothing unless --repair.')
    .option('--repair', 'delete rows whose document is gone, re-read partial documents, re-resolve entities that are behind')
    .option('--json', 'print one JSON report'))
    .action(async (flags: CheckFlags) => {
      await useStore(flags, async (store) => {
        const repair = flags.repair ? await repairCase(store) : null;
        const result = repair?.after ?? await store.check();
        if (flags.json) {
          printJson({ case: store.location, ...result, ...(repair ? { repaired: repair.actions, before: repair.before } : {}) });
        } else {
          process.stdout.write(describeCheck(store.location, result, repair?.actions ?? null));
        }
        if (!result.consistent) process.exitCode = EXIT_FAILED;
      }, { create: false, noteIfBehind: false });
    });
};

/** The check as lines: each inconsistency on its own, then pending work, then one summary line. */
export function describeCheck(location: string, result: CaseCheck, repairs: readonly string[] | null): string {
  const lines: string[] = [];
  if (repairs !== null) lines.push(...(repairs.length > 0 ? repairs.map((a) => `repaired: ${a}`) : ['repaired: nothing needed repair']));
  lines.push(...result.problems.map((p) => `inconsistent: ${p.message} [${p.kind}]`));
  lines.push(...result.pending.map((p) => `pending: ${p.message}`));
  const { documents, claims, entities } = result.counts;
  const state = result.consistent
    ? `consistent${result.pending.length > 0 ? ', with pending work' : ''}`
    : `${result.problems.length} inconsistenc${result.problems.length === 1 ? 'y' : 'ies'}${repairs === null ? '; `dossier check --repair` fixes what it can' : ''}`;
  lines.push(`case ${location}: ${state} — ${count(documents, 'document')}, ${count(claims, 'claim')}, ${count(entities, 'entity', 'entities')}${result.resolution.isCurrent ? '' : ' (behind)'}`);
  return `${lines.join('\n')}\n`;
}

const count = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
