import type { Command } from 'commander';
import type { CommandModule } from '../command.js';
import { printJson } from '../output.js';
import { useStore, withStoreOptions, type StoreOptions } from '../store-option.js';
import { addOverrideAndResolve, describeEntity, entitiesNamed } from './merge.js';

interface SplitFlags extends StoreOptions {
  readonly json?: boolean;
}

export const registerSplit: CommandModule = (program: Command) => {
  withStoreOptions(program.command('split')
    .description('Tell the case that one of an entity\'s names is someone or something else: the mentions written that way\nbecome their own entity. Kept in the case and re-applied on every later ingest.')
    .argument('<name>', 'entity name, alias or id')
    .argument('<alias>', 'the alias to split off')
    .option('--json', 'print JSON'))
    .action(async (name: string, alias: string, flags: SplitFlags) => {
      await useStore(flags, async (store) => {
        const { result, note } = await addOverrideAndResolve(store, { kind: 'split', entityName: name, alias });
        const entities = entitiesNamed(result, [name, alias]);
        if (flags.json) return printJson({ changed: note === null, note, entities });
        process.stdout.write(`${note ?? `split "${alias}" off "${name}"; re-resolved the case`}\n${entities.map(describeEntity).join('')}`);
      });
    });
};
