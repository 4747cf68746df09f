import type { EntityType } from '../core/index.js';
import type { EntityLookup, EntityRef } from './types.js';

export interface LookupCandidate extends EntityRef {
  readonly aliases: readonly string[];
}

const fold = (text: string): string => text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[‐-―-]/g, '-').replace(/\s+/g, ' ').trim();

/**
 * Finds the entity a user means. Tiers, first that matches wins: id, exact name, exact alias, name or alias
 * prefix, substring. Within a tier one match is found and several are ambiguous, except that an exact name
 * shared with other entities' aliases still wins ("ISKP" the name beats "ISKP" an alias of a merged cluster).
 */
export function lookupAmong(candidates: readonly LookupCandidate[], query: string): EntityLookup {
  const q = fold(query);
  if (!q) return { status: 'not-found', query };
  const byId = candidates.find((c) => c.id === query);
  if (byId) return { status: 'found', entity: ref(byId), matchedBy: 'id' };
  const tiers: ReadonlyArray<readonly ['name' | 'alias' | 'prefix' | 'substring', (c: LookupCandidate) => boolean]> = [
    ['name', (c) => fold(c.name) === q],
    ['alias', (c) => c.aliases.some((a) => fold(a) === q)],
    ['prefix', (c) => [c.name, ...c.aliases].some((a) => fold(a).startsWith(q))],
    ['substring', (c) => [c.name, ...c.aliases].some((a) => fold(a).includes(q))],
  ];
  for (const [matchedBy, test] of tiers) {
    const matches = candidates.filter(test);
    if (matches.length === 1) return { status: 'found', entity: ref(matches[0]!), matchedBy };
    if (matches.length > 1) return { status: 'ambiguous', candidates: matches.map(ref).sort(byName) };
  }
  return { status: 'not-found', query };
}

const ref = (c: { id: string; name: string; type: EntityType }): EntityRef => ({ id: c.id, name: c.name, type: c.type });
const byName = (a: EntityRef, b: EntityRef): number => a.name.localeCompare(b.name) || a.id.localeCompare(b.id);
