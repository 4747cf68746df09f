import type { Command } from 'commander';
import type { CommandModule } from '../command.js';
import { claimRows, findEntity } from '../case-view.js';
import { checkChoice } from '../choices.js';
import { printJson, printTable } from '../output.js';
import { useStore, withStoreOptions, type StoreOptions } from '../store-option.js';

interface ClaimsFlags extends StoreOptions {
  readonly entity?: string;
  readonly predicate?: string;
  readonly json?: boolean;
}

export const registerClaims: CommandModule = (program: Command) => {
  withStoreOptions(program.command('claims')
    .description('List claims as each document states them: subject, relation, object, who asserts it, hedged or negated, date, and the evidence.')
    .option('--entity <name>', 'only claims about this entity (name, alias or id)')
    .option('--predicate <predicate>', 'only this relation, e.g. allied_with')
    .option('--json', 'print JSON'))
    .action(async (flags: ClaimsFlags) => {
      checkChoice(flags.predicate, 'predicate');
      await useStore(flags, async (store) => {
        const snapshot = await store.loadCase();
        const entity = flags.entity ? findEntity(snapshot, flags.entity) : null;
        const rows = claimRows(snapshot).filter((r) =>
          (!entity || r.subjectId === entity.id || r.objectId === entity.id) && (!flags.predicate || r.predicate === flags.predicate));
        if (flags.json) return printJson(rows);
        printTable(['subject', 'relation', 'object', 'according to', 'marks', 'date', 'document', 'evidence'],
          rows.map((r) => [r.subject, r.predicate, r.object, r.source, marks(r), r.date, r.document, r.evidence]), 40);
      });
    });
};

export function marks(row: { readonly hedged: boolean; readonly negated: boolean }): string {
  return [row.negated ? 'NOT' : '', row.hedged ? 'hedged' : ''].filter(Boolean).join(' ');
}
