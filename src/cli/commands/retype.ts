import type { Command } from 'commander';
import { ENTITY_TYPES, type EntityType } from '../../core/index.js';
import type { CommandModule } from '../command.js';
import { printJson } from '../output.js';
import { useStore, withStoreOptions, type StoreOptions } from '../store-option.js';
import { addOverrideAndResolve, describeEntity, entitiesNamed } from './merge.js';

interface RetypeFlags extends StoreOptions {
  readonly json?: boolean;
}

export const registerRetype: CommandModule = (program: Command) => {
  withStoreOptions(program.command('retype')
    .description(`Tell the case what kind of thing an entity is when its mentions were typed wrongly ("Tarsk Highlands"\nis a place, not a group). Kept in the case and re-applied on every later ingest; \`dossier show\` lists it.`)
    .argument('<name>', 'entity name, alias or id')
    .argument('<type>', `one of ${ENTITY_TYPES.join(', ')}`)
    .option('--json', 'print JSON'))
    .action(async (name: string, type: string, flags: RetypeFlags) => {
      await useStore(flags, async (store) => {
        // An unknown type is refused by the override check with the list of types, before anything is stored.
        const { result, note } = await addOverrideAndResolve(store, { kind: 'retype', entityName: name, type: type as EntityType });
        const entities = entitiesNamed(result, [name]);
        if (flags.json) return printJson({ changed: note === null, note, entities });
        process.stdout.write(`${note ?? `typed "${name}" as ${type}; re-resolved the case`}\n${entities.map(describeEntity).join('')}`);
      });
    });
};
