import type { Entity, ResolveResult, Store } from '../core/index.js';

const resolver = async () => import('../resolve/index.js');

/** How the stored entities differ from a resolution of the whole case made from scratch. */
export interface ResolutionDifference {
  readonly documents: number;
  readonly entitiesBefore: number;
  readonly entitiesAfter: number;
  /** Entity ids only the whole run has, only the stored case has, and ids both have with other contents. */
  readonly added: readonly string[];
  readonly removed: readonly string[];
  readonly changed: readonly { readonly id: string; readonly fields: readonly string[] }[];
  /** Mentions linked to another entity id (or to none) than the whole run links them to. */
  readonly movedMentions: number;
  /** Whether the stored entities were behind their documents before (pending documents, overrides). */
  readonly wasBehind: boolean;
  /** Whether the whole run was saved over the stored entities (false with `check`). */
  readonly saved: boolean;
}

/**
 * Resolves every document of the case from scratch, with every override, and reports how the result differs
 * from the stored entities, which incremental ingest maintained one component at a time. Without `check` it
 * also rewrites every document's blocking keys and saves the whole result; with `check` it writes nothing.
 * The two agree unless a blocking key misses a link some pass makes (a bug, reported here) or documents
 * arrived meanwhile.
 * @example const diff = await reanalyseResolution(store, { check: true }); diff.added.length + diff.removed.length + diff.changed.length === 0
 */
export async function reanalyseResolution(store: Store, options: { readonly check: boolean }): Promise<ResolutionDifference> {
  const { resolveEntities, blockingKeysOf } = await resolver();
  const wasBehind = !(await store.resolutionState()).isCurrent;
  const before = await store.loadResolution();
  const inputs = await store.loadResolutionInputs();
  const after = resolveEntities(inputs.documents, inputs.overrides);
  let saved = false;
  if (!options.check) {
    await store.replaceBlockingKeys(new Map(inputs.documents.map((d) => [d.document.id, blockingKeysOf(d)])));
    saved = (await store.saveResolution(after, inputs.generation)) !== 'superseded';
  }
  return { documents: inputs.documents.length, ...compareResolutions(before, after), wasBehind, saved };
}

/** Entity by entity and mention by mention, what differs between two resolutions of one case. */
export function compareResolutions(before: ResolveResult, after: ResolveResult): Pick<ResolutionDifference, 'entitiesBefore' | 'entitiesAfter' | 'added' | 'removed' | 'changed' | 'movedMentions'> {
  const old = new Map(before.entities.map((e) => [e.id, e]));
  const fresh = new Map(after.entities.map((e) => [e.id, e]));
  const added = [...fresh.keys()].filter((id) => !old.has(id)).sort();
  const removed = [...old.keys()].filter((id) => !fresh.has(id)).sort();
  const changed = [...fresh.values()].flatMap((e) => {
    const was = old.get(e.id);
    if (was === undefined) return [];
    const fields = differingFields(was, e);
    return fields.length === 0 ? [] : [{ id: e.id, fields }];
  }).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  let movedMentions = 0;
  for (const [mention, entity] of after.entityOfMention) if (before.entityOfMention.get(mention) !== entity) movedMentions++;
  for (const mention of before.entityOfMention.keys()) if (!after.entityOfMention.has(mention)) movedMentions++;
  return { entitiesBefore: before.entities.length, entitiesAfter: after.entities.length, added, removed, changed, movedMentions };
}

function differingFields(a: Entity, b: Entity): string[] {
  const fields: string[] = [];
  if (a.name !== b.name) fields.push('name');
  if (a.type !== b.type) fields.push('type');
  if (JSON.stringify(a.aliases) !== JSON.stringify(b.aliases)) fields.push('aliases');
  // The store lists an entity's mentions by id; the resolver by their place in the case: compare them as sets.
  if (JSON.stringify([...a.mentionIds].sort()) !== JSON.stringify([...b.mentionIds].sort())) fields.push('mentions');
  if (JSON.stringify(a.merges) !== JSON.stringify(b.merges)) fields.push('merges');
  return fields;
}
