import { ENTITY_TYPES, type Entity, type MergeReason, type ResolutionOverride } from '../core/index.js';
import { canonicalName, nameSlug, type Cluster } from './build-entities.js';
import type { ParsedMention } from './resolve-context.js';
import { foldCase } from './transliteration.js';

/** How an analyst's name is compared with entity names: case, accents, punctuation and a leading "the" do not matter. */
export function normaliseName(name: string): string {
  return foldCase(name).replace(/[^a-z0-9]+/g, ' ').trim().replace(/^the /, '');
}

/**
 * The entities an analyst's word can mean: those whose id or name it is, else those that have it as an alias.
 * @example matchEntities(result.entities, 'rvf') → [the Red Valley Front entity]
 */
export function matchEntities(entities: readonly Entity[], name: string): Entity[] {
  const wanted = normaliseName(name);
  const byName = entities.filter((e) => e.id === name || normaliseName(e.name) === wanted);
  return byName.length > 0 ? byName : entities.filter((e) => e.aliases.some((a) => normaliseName(a) === wanted));
}

/**
 * Re-applies an analyst's merges and splits, in the order they were made, to the clusters found
 * automatically. A name that no longer matches anything (its documents were removed) is skipped.
 */
export function applyOverrides(mentions: readonly ParsedMention[], clusters: readonly Cluster[], overrides: readonly ResolutionOverride[]): Cluster[] {
  let list = [...clusters];
  for (const override of overrides) {
    if (override.kind === 'merge') {
      const [a, b] = override.names.map((n) => pick(mentions, list, n));
      if (a === undefined || b === undefined || a === b) continue;
      const [ca, cb] = [list[a]!, list[b]!];
      const reason: MergeReason = {
        rule: 'override/merge',
        mentionIds: [mentions[ca.members[0]!]!.mention.id, mentions[cb.members[0]!]!.mention.id],
        detail: `an analyst merged "${override.names[0]}" and "${override.names[1]}"`,
      };
      const merged: Cluster = { members: [...ca.members, ...cb.members], reasons: [...ca.reasons, ...cb.reasons, reason] };
      list = [...list.filter((_, i) => i !== a && i !== b), merged];
    } else if (override.kind === 'retype') {
      const c = pick(mentions, list, override.entityName);
      if (c === undefined) continue;
      const cluster = list[c]!;
      const reason: MergeReason = {
        rule: 'override/retype',
        mentionIds: [mentions[cluster.members[0]!]!.mention.id],
        detail: `an analyst typed "${override.entityName}" as ${override.type}`,
      };
      list = list.map((x, i) => (i === c ? { members: x.members, reasons: [...x.reasons.filter((r) => r.rule !== 'override/retype'), reason], type: override.type } : x));
    } else {
      const c = pick(mentions, list, override.entityName);
      if (c === undefined) continue;
      const cluster = list[c]!;
      const alias = normaliseName(override.alias);
      const moved = cluster.members.filter((i) => formsOfMention(mentions[i]!).some((f) => normaliseName(f) === alias));
      if (moved.length === 0 || moved.length === cluster.members.length) continue;
      const movedSet = new Set(moved);
      const kept = cluster.members.filter((i) => !movedSet.has(i));
      const reason: MergeReason = {
        rule: 'override/split',
        mentionIds: moved.map((i) => mentions[i]!.mention.id),
        detail: `an analyst split "${override.alias}" off "${override.entityName}"`,
      };
      const idsOf = (members: readonly number[]): Set<string> => new Set(members.map((i) => mentions[i]!.mention.id));
      list = [
        ...list.filter((_, i) => i !== c),
        { members: kept, reasons: [...keepReasons(cluster.reasons, idsOf(kept)), reason] },
        { members: moved, reasons: [...keepReasons(cluster.reasons, idsOf(moved)), reason] },
      ];
    }
  }
  return list;
}

function formsOfMention(p: ParsedMention): string[] {
  return [p.form.name, p.form.titled, p.form.nickname, p.form.bracketed, p.mention.text].filter((f): f is string => f !== null);
}

// A reason stays with a side of a split only for the mentions on that side, and only if it still joins two of them.
function keepReasons(reasons: readonly MergeReason[], ids: ReadonlySet<string>): MergeReason[] {
  const out: MergeReason[] = [];
  for (const r of reasons) {
    const mentionIds = r.mentionIds.filter((id) => ids.has(id));
    if (mentionIds.length >= 2 || (r.rule.startsWith('override/') && mentionIds.length >= 1)) out.push({ ...r, mentionIds });
  }
  return out;
}

// The cluster a name means: one whose id or best name it is, else one with it among its forms;
// several → the biggest (then the earliest), so a re-run picks the same one.
function pick(mentions: readonly ParsedMention[], clusters: readonly Cluster[], name: string): number | undefined {
  const wanted = normaliseName(name);
  const byName: number[] = [];
  const byAlias: number[] = [];
  clusters.forEach((c, i) => {
    const best = canonicalName(mentions, c.members);
    // An id's type part may differ from a plain vote (a listed group is always an organization), so only its name part is compared.
    if (normaliseName(best) === wanted || (name.includes(':') && nameSlug(best) === name.slice(name.indexOf(':') + 1))) byName.push(i);
    else if (c.members.some((m) => formsOfMention(mentions[m]!).some((f) => normaliseName(f) === wanted))) byAlias.push(i);
  });
  const found = byName.length > 0 ? byName : byAlias;
  const first = (c: Cluster): number => c.members.reduce((a, b) => Math.min(a, b), Infinity);
  found.sort((a, b) => clusters[b]!.members.length - clusters[a]!.members.length || first(clusters[a]!) - first(clusters[b]!));
  return found[0];
}

/** Whether an analyst's override can be made on the current entities, as a value the CLI reports. */
export type OverrideCheck =
  | { readonly status: 'ok'; readonly entities: readonly Entity[] }
  | { readonly status: 'unchanged'; readonly reason: string }
  | { readonly status: 'not-found'; readonly name: string }
  | { readonly status: 'ambiguous'; readonly name: string; readonly matches: readonly Entity[] }
  | { readonly status: 'invalid'; readonly reason: string };

/**
 * Checks an override against the entities before it is stored: each name must mean exactly one
 * entity; a merge of one entity with itself, or a split of an alias that is the entity's only name, changes nothing.
 * @example checkOverride(result.entities, { kind: 'merge', names: ['RVF', 'Red Valley Front'] }).status
 */
export function checkOverride(entities: readonly Entity[], override: ResolutionOverride): OverrideCheck {
  const one = (name: string): Entity | OverrideCheck => {
    const found = matchEntities(entities, name);
    if (found.length === 0) return { status: 'not-found', name };
    if (found.length > 1) return { status: 'ambiguous', name, matches: found };
    return found[0]!;
  };
  const isCheck = (x: Entity | OverrideCheck): x is OverrideCheck => 'status' in x;
  if (override.kind === 'merge') {
    const a = one(override.names[0]);
    if (isCheck(a)) return a;
    const b = one(override.names[1]);
    if (isCheck(b)) return b;
    if (a.id === b.id) return { status: 'unchanged', reason: `"${override.names[0]}" and "${override.names[1]}" are already one entity, ${a.name} [${a.id}]` };
    return { status: 'ok', entities: [a, b] };
  }
  const entity = one(override.entityName);
  if (isCheck(entity)) return entity;
  if (override.kind === 'retype') {
    if (!ENTITY_TYPES.includes(override.type)) return { status: 'invalid', reason: `"${override.type}" is no entity type; use one of ${ENTITY_TYPES.join(', ')}` };
    if (entity.type === override.type) return { status: 'unchanged', reason: `${entity.name} [${entity.id}] is already a ${override.type}` };
    return { status: 'ok', entities: [entity] };
  }
  const alias = normaliseName(override.alias);
  const forms = entity.aliases.filter((a) => normaliseName(a) === alias);
  if (forms.length === 0) return { status: 'invalid', reason: `${entity.name} [${entity.id}] has no alias "${override.alias}"; its names are: ${entity.aliases.join('; ')}` };
  if (entity.aliases.every((a) => normaliseName(a) === alias)) return { status: 'unchanged', reason: `"${override.alias}" is the only name of ${entity.name} [${entity.id}]; there is nothing to split it from` };
  return { status: 'ok', entities: [entity] };
}
