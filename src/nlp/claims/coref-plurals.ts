import type { Mention } from '../../core/index.js';
import { allianceMembers } from './constructions/collective.js';
import { conjunctsRight } from './phrases.js';
import type { PluralContext, Referent } from './coref.js';
import type { Unit } from './sentence-view.js';

// Plural and collective anaphora for coref.ts: "the two groups", "the alliance", "troops from A, B and C",
// and the lists a sentence names for "they" next.

const DETERMINERS = new Set(['the', 'this', 'that']);

// "an alliance made up of A, B and C": the members, for "the alliance attacked …" in the next sentence.
export function coalitionIn(units: readonly Unit[]): Mention[] | null {
  for (let k = 0; k < units.length; k++) {
    const members = allianceMembers(units, k);
    if (members.length >= 2) return members.map((m) => units[m]!.mention!);
  }
  return null;
}


const FORCE_NOUNS = new Set(['troops', 'forces', 'soldiers', 'fighters', 'contingents', 'units', 'militants', 'gunmen', 'elements', 'personnel', 'battalions', 'militias']);
// Only "from": "fighters of A and B have clashed" are two sides, not one force.
const FROM = new Set(['from']);

// "troops from A, B and C": two or more named contributors after a force noun.
export function matchForcesFrom(units: readonly Unit[], i: number): { end: number; members: number[] } | null {
  if (!FORCE_NOUNS.has(units[i]!.lower) || units[i]!.mention || !FROM.has(units[i + 1]?.lower ?? '')) return null;
  let k = i + 2;
  if (units[k]?.lower === 'the') k++;
  if (!units[k]?.mention) return null;
  const members = conjunctsRight(units, k).filter((m) => units[m]!.mention && (units[m]!.mention!.type === 'organization' || units[m]!.mention!.type === 'location'));
  if (members.length < 2) return null;
  return { end: members[members.length - 1]!, members };
}


// Coordinated names of one type ("Varn and his deputy Orlan", "A, B and C"), for "they" and "these groups" next.
export function listsOf(units: readonly Unit[]): Mention[][] {
  const lists: Mention[][] = [];
  for (let k = 0; k < units.length; k++) {
    if (!units[k]!.mention || units[k]!.partners) continue;
    const members = conjunctsRight(units, k);
    if (members.length < 2) continue;
    const mentions = [...new Map(members.map((m) => [units[m]!.mention!.id, units[m]!.mention!])).values()];
    if (mentions.length >= 2) lists.push(mentions);
    k = members[members.length - 1]!;
  }
  return lists;
}


const PAIR_NOUNS = new Set(['alliance', 'partnership', 'nexus', 'collaboration', 'cooperation', 'axis', 'coalition', 'pact', 'relationship']);
const GROUP_NOUNS = new Set(['groups', 'organisations', 'organizations', 'outfits', 'movements', 'militias', 'factions']);

const PLURAL_DETERMINERS = new Set(['these', 'those', 'the', 'all', 'both']);
const GROUP_TYPES = new Set(['organization']);

/**
 * "this collaboration", "the two groups", "both groups" stand for the pair just allied; "these groups"
 * for the last list of groups the previous sentence named; "they" (as a subject) for its first list.
 */
export function matchPlural(units: readonly Unit[], i: number, plurals: PluralContext, previous: readonly Referent[]): { end: number; members: readonly Mention[] } | null {
  const w = units[i]!.lower;
  const { lists } = plurals;
  // "Both groups …" after a sentence that named exactly two groups means those two, allied or not.
  const pair = plurals.pair ?? (w === 'both' || units[i + 1]?.lower === 'two' ? onlyTwoGroups(previous) : null);
  if (w === 'they' && units[i + 1] && (units[i + 1]!.pos === 'VERB' || units[i + 1]!.pos === 'AUX' || units[i + 1]!.pos === 'ADV')) {
    const actors = lists.find((l) => l.every((m) => m.type === 'person' || m.type === 'organization'));
    return actors ? { end: i, members: actors } : null;
  }
  if (!PLURAL_DETERMINERS.has(w) && !DETERMINERS.has(w)) return null;
  let j = i + 1;
  if (units[j]?.lower === 'two') j++;
  while (units[j]?.pos === 'ADJ' && j - i <= 3) j++;
  const head = units[j]?.lower ?? '';
  if (GROUP_NOUNS.has(head) && units[j + 1]?.lower !== 'of') {
    const two = w === 'both' || units[i + 1]?.lower === 'two';
    if (two && pair) return { end: j, members: pair };
    const groups = [...lists].reverse().find((l) => l.every((m) => GROUP_TYPES.has(m.type)) && (!two || l.length === 2));
    if (groups && w !== 'the') return { end: j, members: groups };
    if (pair && (w === 'these' || w === 'those')) return { end: j, members: pair };
    return null;
  }
  // "The alliance attacked Osk" after "an alliance made up of A, B and C": all its members.
  const members = plurals.coalition ?? pair;
  // "the Coalition spokesman": capitalised, the noun is the short name of one body, not the pair.
  const properName = /^\p{Lu}/u.test(units[j]?.text ?? '');
  if (members && !properName && DETERMINERS.has(w) && PAIR_NOUNS.has(head) && !/^(between|with|of)$/.test(units[j + 1]?.lower ?? '')) return { end: j, members };
  return null;
}

function onlyTwoGroups(referents: readonly Referent[]): readonly [Mention, Mention] | null {
  const groups = new Map<string, Mention>();
  for (const r of referents) if (GROUP_TYPES.has(r.mention.type) && !groups.has(r.mention.text.toLowerCase())) groups.set(r.mention.text.toLowerCase(), r.mention);
  const [a, b, more] = groups.values();
  return a && b && !more ? [a, b] : null;
}
