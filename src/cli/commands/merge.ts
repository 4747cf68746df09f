import type { Command } from 'commander';
import type { Entity, ResolutionOverride, ResolveResult } from '../../core/index.js';
import { QueryError } from '../../core/index.js';
import { checkOverride, matchEntities } from '../../resolve/index.js';
import { refreshResolution } from '../../pipeline/index.js';
import type { SqlStore } from '../../store/index.js';
import type { CommandModule } from '../command.js';
import { printJson } from '../output.js';
import { useStore, withStoreOptions, type StoreOptions } from '../store-option.js';

interface OverrideFlags extends StoreOptions {
  readonly json?: boolean;
}

export const registerMerge: CommandModule = (program: Command) => {
  withStoreOptions(program.command('merge')
    .description('Tell the case that two entities are one (e.g. an alias resolution missed). The decision is kept\nin the case and re-applied on every later ingest; `dossier show` lists it among the reasons.')
    .argument('<a>', 'entity name, alias or id')
    .argument('<b>', 'entity name, alias or id')
    .option('--json', 'print JSON'))
    .action(async (a: string, b: string, flags: OverrideFlags) => {
      await useStore(flags, async (store) => {
        const { result, note } = await addOverrideAndResolve(store, { kind: 'merge', names: [a, b] });
        const entities = entitiesNamed(result, [a, b]);
        if (flags.json) return printJson({ changed: note === null, note, entities });
        process.stdout.write(`${note ?? `merged "${a}" and "${b}"; re-resolved the case`}\n${entities.map(describeEntity).join('')}`);
      });
    });
};

/**
 * Stores an analyst's override and re-resolves the case with every override, so the change shows at once
 * and is re-applied on every later ingest. Returns null when the override would change nothing (and stores nothing).
 */
export async function addOverrideAndResolve(store: SqlStore, override: ResolutionOverride): Promise<{ result: ResolveResult; note: string | null }> {
  const current = await store.loadResolution();
  const check = checkOverride(current.entities, override);
  switch (check.status) {
    case 'not-found':
      throw new QueryError('ENTITY_NOT_FOUND', `no entity named "${check.name}" (try \`dossier entities\`)`, { field: 'name' });
    case 'ambiguous':
      throw new QueryError('ENTITY_AMBIGUOUS', `"${check.name}" names ${check.matches.length} entities: ${check.matches.slice(0, 8).map((e) => `${e.name} [${e.id}]`).join('; ')}; use an id`, { field: 'name' });
    case 'invalid':
      throw new QueryError('INPUT_INVALID', check.reason, { field: 'alias' });
    case 'unchanged':
      return { result: current, note: check.reason };
    case 'ok':
      await store.addOverride(override);
      return { result: await refreshResolution(store), note: null };
  }
}

/** The entities the analyst's words now mean, each once, for the command's report. */
export function entitiesNamed(result: ResolveResult, names: readonly string[]): Entity[] {
  const found = new Map<string, Entity>();
  for (const name of names) for (const e of matchEntities(result.entities, name)) found.set(e.id, e);
  return [...found.values()];
}

export function describeEntity(e: Entity): string {
  return `  ${e.name} [${e.id}] · ${e.type} · ${e.mentionIds.length} mentions · also: ${e.aliases.filter((a) => a !== e.name).join('; ') || '—'}\n`;
}
