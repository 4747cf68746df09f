import type { Command } from 'commander';
import { QueryError, type ReliabilityGrade } from '../../core/index.js';
import type { CommandModule } from '../command.js';
import { printJson, printTable } from '../output.js';
import { useStore, withStoreOptions, type StoreOptions } from '../store-option.js';

interface GradeFlags extends StoreOptions {
  readonly note?: string;
  readonly json?: boolean;
}

const GRADES: readonly ReliabilityGrade[] = ['A', 'B', 'C', 'D', 'E', 'F'];

export const registerGrade: CommandModule = (program: Command) => {
  withStoreOptions(program.command('grade')
    .argument('[source]', 'the source as dossier names it: an entity name, an outlet, or a described source ("~Indian dossier")')
    .argument('[grade]', 'Admiralty reliability: A (completely reliable) … E (unreliable), F (cannot be judged)')
    .description('Record your reliability grade for a source; assertions show it beside their origins. Without arguments, list the grades given.')
    .option('--note <text>', 'why you give this grade')
    .option('--json', 'print JSON'))
    .action(async (source: string | undefined, grade: string | undefined, flags: GradeFlags) => {
      await useStore(flags, async (store) => {
        if (source === undefined) {
          const grades = await store.listSourceGrades();
          if (flags.json) return printJson(grades);
          return printTable(['source', 'grade', 'note'], grades.map((g) => [g.source, g.grade, g.note]));
        }
        const letter = grade?.trim().toUpperCase();
        if (!letter || !GRADES.includes(letter as ReliabilityGrade)) {
          throw new QueryError('INPUT_INVALID', `grade must be one of ${GRADES.join(', ')} (Admiralty reliability), got "${grade ?? ''}"`, { field: 'grade' });
        }
        const saved = { source: source.trim(), grade: letter as ReliabilityGrade, note: flags.note ?? null };
        await store.setSourceGrade(saved);
        if (flags.json) return printJson(saved);
        process.stdout.write(`Graded ${saved.source}: ${saved.grade}${saved.note ? ` (${saved.note})` : ''}\n`);
      });
    });
};
