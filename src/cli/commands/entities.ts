import type { Command } from 'commander';
import type { CommandModule } from '../command.js';
import { claimRows } from '../case-view.js';
import { checkChoice } from '../choices.js';
import { printJson, printTable } from '../output.js';
import { useStore, withStoreOptions, type StoreOptions } from '../store-option.js';

interface EntitiesFlags extends StoreOptions {
  readonly type?: string;
  readonly json?: boolean;
}

export const registerEntities: CommandModule = (program: Command) => {
  withStoreOptions(program.command('entities')
    .description('List the entities of a case with their aliases, how many documents mention them and how many claims involve them.')
    .option('--type <type>', 'only person | organization | location | event | work')
    .option('--json', 'print JSON'))
    .action(async (flags: EntitiesFlags) => {
      checkChoice(flags.type, 'type');
      await useStore(flags, async (store) => {
        const snapshot = await store.loadCase();
        const docOfMention = new Map<string, string>();
        for (const d of snapshot.documents) for (const m of d.mentions) docOfMention.set(m.id, d.document.id);
        const claimCount = new Map<string, number>();
        for (const row of claimRows(snapshot)) for (const id of [row.subjectId, row.objectId]) claimCount.set(id, (claimCount.get(id) ?? 0) + 1);
        const rows = snapshot.resolution.entities
          .filter((e) => !flags.type || e.type === flags.type)
          .map((e) => ({
            id: e.id, name: e.name, type: e.type, aliases: e.aliases,
            documents: new Set(e.mentionIds.map((m) => docOfMention.get(m))).size, mentions: e.mentionIds.length, claims: claimCount.get(e.id) ?? 0,
          }))
          .sort((a, b) => b.claims - a.claims || b.documents - a.documents || a.name.localeCompare(b.name));
        if (flags.json) return printJson(rows);
        printTable(['name', 'type', 'docs', 'claims', 'aliases'], rows.map((r) => [r.name, r.type, r.documents, r.claims, r.aliases.filter((a) => a !== r.name).join('; ')]));
      });
    });
};
