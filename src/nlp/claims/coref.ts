import type { EntityType, Mention } from '../../core/index.js';
import { ANAPHOR_MODIFIERS, KIN, NOUNS, ORG_ANAPHORS, PLACE_ANAPHORS, REPORT_VERBS, VERBS } from './lexicon.js';
import { conjunctsRight } from './phrases.js';
import type { Unit } from './sentence-view.js';

/** A mention available as an antecedent, with whether it sat inside a prepositional phrase. */
export interface Referent {
  readonly mention: Mention;
  readonly inPrepPhrase: boolean;
  /** "its", "the Front's": a possessor is seldom the subject a later "he" or "it" continues. */
  readonly possessive: boolean;
}

const PERSON_SUBJECT = new Set(['he', 'she']);
const PERSON_POSSESSIVE = new Set(['his', 'her', 'him', 'himself', 'herself']);
const ORG_POSSESSIVE = new Set(['its']);
const DETERMINERS = new Set(['the', 'this', 'that']);

/**
 * Replaces pronouns and definite descriptions ("he", "its", "the terror group", "the province") by
 * their antecedent, looked for in the same sentence and then in the one before it only: GUIDELINES
 * annotate a relation reached "through a pronoun" from the previous sentence, not further.
 * Returns the rewritten units and the referents this sentence offers to the next one.
 */
/** Sets a plural anaphor may stand for: the pair last said to be allied, the lists of the previous sentence. */
export interface PluralContext {
  readonly pair: readonly [Mention, Mention] | null;
  readonly lists: readonly (readonly Mention[])[];
  /** Places the previous sentence says were struck, for "… claimed responsibility." */
  readonly struck?: readonly Mention[];
  /** The group a person was said (earlier in the document) to lead or belong to, for "her fighters". */
  readonly groupOf?: (person: Mention) => Mention | null;
}

// "her fighters clashed with the Front": a person's fighters act as the group she leads.
const FORCES = new Set(['fighters', 'men', 'forces', 'militants', 'troops', 'gunmen', 'cadres', 'loyalists', 'militia', 'followers', 'commanders', 'group', 'organisation', 'organization', 'movement', 'outfit', 'faction']);

const EXISTENTIAL = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'seems', 'seem', 'appears', 'appear', 'exists', 'exist', 'remains', 'remain', 'will', 'would', 'could', 'may', 'might', 'must', "'s", '’s']);
const NO_PLURALS: PluralContext = { pair: null, lists: [] };
const RESPONSIBILITY_VERBS = new Set(['claimed', 'claims', 'claim', 'claiming', 'took', 'takes', 'accepted', 'accepts', 'admitted']);

export function resolveAnaphora(units: readonly Unit[], previous: readonly Referent[], plurals: PluralContext = NO_PLURALS): { units: Unit[]; referents: Referent[]; lists: Mention[][]; struck: Mention[] } {
  const out: Unit[] = [];
  const here: Referent[] = [];
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    const inPrepPhrase = isGovernedByPreposition(out);
    // "A bomb killed 12 in Osk. The Front claimed responsibility.": the claim reaches back to the attack.
    if (u.lower === 'responsibility' && plurals.struck?.length && RESPONSIBILITY_VERBS.has(units[i - 1]?.lower ?? '') && units[i + 1]?.lower !== 'for') {
      out.push({ ...anaphorUnit(u.start, u.end, units, i, i, plurals.struck[0]!), partners: plurals.struck.slice(1) });
      continue;
    }
    const plural = matchPlural(units, i, plurals, previous);
    if (plural) {
      out.push({ ...anaphorUnit(u.start, units[plural.end]!.end, units, i, plural.end, plural.members[0]!), partners: plural.members.slice(1) });
      i = plural.end;
      continue;
    }
    if (u.mention) {
      out.push(u);
      here.push({ mention: u.mention, inPrepPhrase, possessive: isPossessiveMark(units[i + 1]) });
      continue;
    }
    const description = matchDescription(units, i);
    if (description) {
      // "The group, which …" opening a sentence continues the previous sentence's subject.
      const local = here.filter((r) => !isLocalSubject(out, r.mention));
      const antecedent = nearest(local, description.type) ?? firstOrNearest(previous, description.type, here.length === 0 && i <= 1);
      const last = units[description.end]!;
      if (antecedent) {
        out.push(anaphorUnit(u.start, last.end, units, i, description.end, antecedent));
        here.push({ mention: antecedent, inPrepPhrase, possessive: isPossessiveMark(units[description.end + 1]) });
        i = description.end;
        continue;
      }
    }
    // "The Front kept a camp in Osk. Hale trained there.": the last place named, not an existential "there is".
    if (u.lower === 'there' && !EXISTENTIAL.has(units[i + 1]?.lower ?? '') && i > 0) {
      const place = nearest(here, 'location') ?? nearest(previous, 'location');
      if (place) {
        out.push(anaphorUnit(u.start, u.end, units, i, i, place));
        continue;
      }
    }
    const pronoun = pronounType(units, i);
    if (pronoun) {
      // "The Front kept a camp at the Osk Depot in Brell, and its fighters …": a possessive prefers the clause's
      // subject over a name in a prepositional phrase; a subject pronoun never takes one.
      const find = (type: EntityType): Mention | null => pronoun.subject
        ? nearest(here.filter((r) => !r.inPrepPhrase), type) ?? firstOrNearest(previous, type, true)
        : nearest(here.filter((r) => !r.inPrepPhrase), type) ?? nearest(here, type) ?? firstOrNearest(previous, type, true);
      // "Alder has denied claims that it shelters the Front": with no group in reach, "it"/"its" is a
      // state, which we hold as a place.
      const found = find(pronoun.type) ?? (pronoun.type === 'organization' ? find('location') : null);
      const group = found && pronoun.type === 'person' && !pronoun.subject && FORCES.has(units[i + 1]?.lower ?? '') ? plurals.groupOf?.(found) ?? null : null;
      const antecedent = group ?? found;
      if (antecedent) {
        out.push(anaphorUnit(u.start, u.end, units, i, i, antecedent));
        here.push({ mention: antecedent, inPrepPhrase, possessive: !pronoun.subject });
        continue;
      }
    }
    out.push(u);
  }
  return { units: out, referents: here, lists: listsOf(out), struck: struckPlaces(out) };
}

const STRUCK_PREPS = new Set(['in', 'on', 'at', 'near', 'inside']);

// "A car bomb killed 12 people in Osk", "an attack on a market in Brell": where the sentence says an
// attack landed, in case the next one names who claimed it.
function struckPlaces(units: readonly Unit[]): Mention[] {
  const out: Mention[] = [];
  let attack = false;
  for (let k = 0; k < units.length; k++) {
    const u = units[k]!;
    if (!u.mention && (NOUNS.get(u.lower) === 'attacked' || VERBS.get(u.lower)?.predicate === 'attacked')) attack = true;
    else if (attack && u.mention?.type === 'location' && STRUCK_PREPS.has(units[k - 1]?.lower ?? '')) out.push(u.mention);
  }
  return out;
}

// Coordinated names of one type ("Varn and his deputy Orlan", "A, B and C"), for "they" and "these groups" next.
function listsOf(units: readonly Unit[]): Mention[][] {
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

const isPossessiveMark = (u: Unit | undefined): boolean => u?.lower === "'s" || u?.lower === '’s';

function anaphorUnit(start: number, end: number, units: readonly Unit[], from: number, to: number, mention: Mention): Unit {
  const text = units.slice(from, to + 1).map((x) => x.text).join(' ');
  return { start, end, text, lower: text.toLowerCase(), pos: 'PROPN', mention, viaCoref: true };
}

const PAIR_NOUNS = new Set(['alliance', 'partnership', 'nexus', 'collaboration', 'cooperation', 'axis', 'coalition', 'pact', 'relationship']);
const GROUP_NOUNS = new Set(['groups', 'organisations', 'organizations', 'outfits', 'movements', 'militias', 'factions']);

const PLURAL_DETERMINERS = new Set(['these', 'those', 'the', 'all', 'both']);
const GROUP_TYPES = new Set(['organization']);

/**
 * "this collaboration", "the two groups", "both groups" stand for the pair just allied; "these groups"
 * for the last list of groups the previous sentence named; "they" (as a subject) for its first list.
 */
function matchPlural(units: readonly Unit[], i: number, plurals: PluralContext, previous: readonly Referent[]): { end: number; members: readonly Mention[] } | null {
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
  if (pair && DETERMINERS.has(w) && PAIR_NOUNS.has(head) && !/^(between|with|of)$/.test(units[j + 1]?.lower ?? '')) return { end: j, members: pair };
  return null;
}

function onlyTwoGroups(referents: readonly Referent[]): readonly [Mention, Mention] | null {
  const groups = new Map<string, Mention>();
  for (const r of referents) if (GROUP_TYPES.has(r.mention.type) && !groups.has(r.mention.text.toLowerCase())) groups.set(r.mention.text.toLowerCase(), r.mention);
  const [a, b, more] = groups.values();
  return a && b && !more ? [a, b] : null;
}

function pronounType(units: readonly Unit[], i: number): { type: EntityType; subject: boolean } | null {
  const w = units[i]!.lower;
  if (PERSON_SUBJECT.has(w)) return { type: 'person', subject: true };
  if (PERSON_POSSESSIVE.has(w)) return { type: 'person', subject: false };
  if (ORG_POSSESSIVE.has(w)) return { type: 'organization', subject: false };
  // "It arrested …" refers; "it is remote enough to …" and "it was natural for …" do not.
  if (w === 'it') {
    let n = i + 1;
    while (units[n]?.pos === 'ADV') n++;
    const next = units[n];
    const after = units[n + 1];
    // wink reads "it shelters" as a pronoun and a noun; a lexicon verb in -s after "it" is a verb.
    if (next?.pos === 'VERB' || (next && VERBS.has(next.lower) && next.lower.endsWith('s'))) return { type: 'organization', subject: true };
    if (next && /^(has|had|have)$/.test(next.lower) && after?.pos === 'VERB') return { type: 'organization', subject: true };
    // "It was reportedly backed by …": a passive subject refers; "it was natural to …" does not.
    if (next?.pos === 'AUX') {
      let v = n + 1;
      while (units[v]?.pos === 'ADV' || units[v]?.pos === 'AUX') v++;
      if (units[v]?.pos === 'VERB' && /(ed|en)$/.test(units[v]!.lower)) return { type: 'organization', subject: true };
    }
    // "armed it", "used it as a proxy": an object pronoun takes the nearest group.
    if (units[i - 1]?.pos === 'VERB') return { type: 'organization', subject: false };
  }
  return null;
}

// "the group", "the terror outfit", "the province" (but not "the group of states", "the province of …").
function matchDescription(units: readonly Unit[], i: number): { type: EntityType; end: number } | null {
  if (!DETERMINERS.has(units[i]!.lower)) return null;
  let j = i + 1;
  while (j < units.length && ANAPHOR_MODIFIERS.has(units[j]!.lower) && j - i <= 2) j++;
  const head = units[j];
  if (!head || units[j + 1]?.lower === 'of') return null;
  if (ORG_ANAPHORS.has(head.lower)) return { type: 'organization', end: j };
  if (PLACE_ANAPHORS.has(head.lower) && j === i + 1) return { type: 'location', end: j };
  return null;
}

// "the son of former governor Orlan Varn, he …": a name inside a prepositional phrase is no subject.
function isGovernedByPreposition(before: readonly Unit[]): boolean {
  for (let j = before.length - 1; j >= 0 && before.length - j <= 6; j--) {
    const u = before[j]!;
    // "Fighters of the Front attacked …": the group after "of" is who acts, unless it is kin ("son of").
    if (u.lower === 'of') return j > 0 && KIN.has(before[j - 1]!.lower);
    if (u.pos === 'ADP') return u.lower !== 'by';
    if (u.pos === 'VERB' || u.pos === 'AUX' || u.pos === 'PUNCT' || u.pos === 'CCONJ') return false;
  }
  return false;
}

// "The Guard denied any link to the group": a description in its own clause's object position is not
// that clause's subject; "the Front said the group would fight on" crosses a reporting verb and may be.
function isLocalSubject(before: readonly Unit[], mention: Mention): boolean {
  let p = before.length - 1;
  while (p >= 0 && before[p]!.mention?.id !== mention.id) p--;
  if (p < 0) return false;
  let verb = false;
  for (let k = p + 1; k < before.length; k++) {
    const u = before[k]!;
    if (u.text === ',' || u.pos === 'CCONJ' || u.pos === 'SCONJ' || u.pos === 'PRON' || (REPORT_VERBS.has(u.lower) && !u.lower.startsWith('den'))) return false;
    if (u.pos === 'VERB' || u.pos === 'AUX') verb = true;
  }
  return verb;
}

function nearest(referents: readonly Referent[], type: EntityType): Mention | null {
  for (let k = referents.length - 1; k >= 0; k--) if (referents[k]!.mention.type === type) return referents[k]!.mention;
  return null;
}

// A subject pronoun opening a sentence usually continues the previous sentence's subject, which is
// its first mention outside a prepositional phrase; a description takes the last one named.
function firstOrNearest(referents: readonly Referent[], type: EntityType, preferFirst: boolean): Mention | null {
  if (preferFirst) {
    const first = referents.find((r) => r.mention.type === type && !r.inPrepPhrase && !r.possessive);
    if (first) return first.mention;
  }
  return nearest(referents, type);
}
