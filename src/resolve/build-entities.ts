import { ENTITY_TYPES, type Entity, type EntityType, type MergeReason } from '../core/index.js';
import { acronymOf } from './acronym.js';
import type { ParsedMention } from './resolve-context.js';
import { foldCase } from './transliteration.js';

/** Mentions judged to name one thing, with the reasons that joined them. */
export interface Cluster {
  readonly members: readonly number[];
  readonly reasons: readonly MergeReason[];
  /** An analyst's retype: the entity has this type whatever its mentions say. */
  readonly type?: EntityType;
}

// On a tied vote the type a name most often has in news on armed groups wins: a group more often
// than a person, a person more often than a place; but a one-word name is a place more often than
// a group ("Orvan" typed both ways is the district; groups are mostly several words or initials).
const TYPE_PRECEDENCE: readonly EntityType[] = ['organization', 'person', 'location', 'event', 'work'];
const ONE_WORD_PRECEDENCE: readonly EntityType[] = ['location', 'organization', 'person', 'event', 'work'];

/**
 * The type most of the cluster's mentions have. A tie goes to the type the best name is written
 * with most, then to TYPE_PRECEDENCE. A known type (a listed armed group, a country) wins outright.
 */
export function voteType(mentions: readonly ParsedMention[], members: readonly number[], known: EntityType | null = null, bestName: string | null = null): EntityType {
  if (known !== null) return known;
  const votes = new Array<number>(ENTITY_TYPES.length).fill(0);
  const named = new Array<number>(ENTITY_TYPES.length).fill(0);
  for (const i of members) {
    const t = ENTITY_TYPES.indexOf(mentions[i]!.type);
    votes[t]!++;
    if (mentions[i]!.form.name === bestName) named[t]!++;
  }
  const precedence = bestName !== null && !bestName.includes(' ') && acronymOf(bestName) === null ? ONE_WORD_PRECEDENCE : TYPE_PRECEDENCE;
  let best: EntityType = precedence[0]!;
  for (const type of precedence) {
    const [t, b] = [ENTITY_TYPES.indexOf(type), ENTITY_TYPES.indexOf(best)];
    if (votes[t]! > votes[b]! || (votes[t] === votes[b] && named[t]! > named[b]!)) best = type;
  }
  return best;
}

/** Every way the cluster's mentions write the name, most frequent first: cleaned name, titled form (title inside the mention or right before it), nickname, bracketed short form. */
export function surfaceForms(mentions: readonly ParsedMention[], members: readonly number[]): string[] {
  const counts = new Map<string, number>();
  const bump = (form: string | null): void => {
    if (form !== null && form !== '') counts.set(form, (counts.get(form) ?? 0) + 1);
  };
  for (const i of members) {
    const { form, type, titledInText } = mentions[i]!;
    bump(form.name);
    bump(form.titled);
    if (type === 'person') bump(titledInText ?? null);
    bump(form.nickname);
    bump(form.bracketed);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([form]) => form);
}

/** The best name: a spelt-out name over an acronym, then the most words, then the most often written, then alphabetical. */
export function canonicalName(mentions: readonly ParsedMention[], members: readonly number[]): string {
  const stats = new Map<string, { count: number; words: number; acronym: boolean }>();
  for (const i of members) {
    const { form } = mentions[i]!;
    if (form.name === '') continue;
    const s = stats.get(form.name) ?? { count: 0, words: form.core.length + (form.honorific === null ? 0 : 1), acronym: form.acronym !== null };
    s.count++;
    stats.set(form.name, s);
  }
  let best: string | null = null;
  for (const [name, s] of stats) {
    if (best === null) { best = name; continue; }
    const b = stats.get(best)!;
    const better = s.acronym !== b.acronym ? !s.acronym
      : s.words !== b.words ? s.words > b.words
      : s.count !== b.count ? s.count > b.count
      : name < best;
    if (better) best = name;
  }
  return best ?? mentions[members[0]!]!.mention.text;
}

/** A stable id from type and name, so links in the web UI survive re-runs: "organization:red-valley-front". */
export function entitySlug(type: EntityType, name: string): string {
  return `${type}:${nameSlug(name)}`;
}

/** The name part of an entity id: "Red Valley Front" → "red-valley-front". */
export function nameSlug(name: string): string {
  return foldCase(name).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'unnamed';
}

/** Turns clusters into entities, with ids made unique in a deterministic order (first mention first). */
export function buildEntities(
  mentions: readonly ParsedMention[],
  clusters: readonly Cluster[],
  knownType: (names: readonly string[]) => EntityType | null = () => null,
): { entities: Entity[]; entityOfMention: Map<string, string> } {
  const ascending = (xs: readonly number[]): boolean => {
    for (let k = 1; k < xs.length; k++) if (xs[k - 1]! >= xs[k]!) return false;
    return true;
  };
  const ordered = clusters
    .map((c) => (ascending(c.members) ? c : { ...c, members: [...c.members].sort((a, b) => a - b) }))
    .sort((a, b) => a.members[0]! - b.members[0]!);
  const used = new Map<string, number>();
  const entities: Entity[] = [];
  const entityOfMention = new Map<string, string>();
  for (const cluster of ordered) {
    const { members } = cluster;
    const aliases = surfaceForms(mentions, members);
    const name = canonicalName(mentions, members);
    const known = knownType(aliases);
    const type = cluster.type ?? voteType(mentions, members, known, name);
    const base = entitySlug(type, name);
    const seen = used.get(base) ?? 0;
    used.set(base, seen + 1);
    const id = seen === 0 ? base : `${base}~${seen + 1}`;
    const mentionIds = members.map((i) => mentions[i]!.mention.id);
    for (const mentionId of mentionIds) entityOfMention.set(mentionId, id);
    const typing = cluster.type === undefined ? explainType(mentions, members, type, known) : null;
    entities.push({ id, name, type, aliases, mentionIds, merges: typing === null ? cluster.reasons : [...cluster.reasons, typing] });
  }
  return { entities, entityOfMention };
}

/**
 * Why an entity has its type, kept among its reasons (rule "type/…") when the type was not plain:
 * a reference list settled it, context corrected a mention, or its mentions disagreed.
 * Unanimous, uncorrected mentions need no explanation and get none.
 */
export function explainType(mentions: readonly ParsedMention[], members: readonly number[], type: EntityType, known: EntityType | null): MergeReason | null {
  const tally = new Map<EntityType, number>();
  const corrected: ParsedMention[] = [];
  for (const i of members) {
    const p = mentions[i]!;
    tally.set(p.type, (tally.get(p.type) ?? 0) + 1);
    if (p.typeReason !== undefined) corrected.push(p);
  }
  const votes = [...tally].sort((a, b) => b[1] - a[1]).map(([t, n]) => `${n} ${t}`).join(', ');
  const ids = corrected.slice(0, 20).map((p) => p.mention.id);
  if (known !== null && known === type && (tally.size > 1 || tally.get(type) === undefined)) {
    return { rule: 'type/listed', mentionIds: [], detail: `a reference list (UN list or countries) names it as a ${type}; its mentions read ${votes}` };
  }
  if (corrected.length > 0) {
    const why = [...new Set(corrected.map((p) => p.typeReason!))].slice(0, 3).join('; ');
    return { rule: 'type/context', mentionIds: ids, detail: `${type} from context: ${why} (mentions: ${votes})` };
  }
  if (tally.size > 1) return { rule: 'type/vote', mentionIds: [], detail: `${type} by the vote of its mentions: ${votes}` };
  return null;
}
