import type { EntityType, Mention } from '../../core/index.js';
import { ANAPHOR_MODIFIERS, KIN, ORG_ANAPHORS, PLACE_ANAPHORS } from './lexicon.js';
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
export function resolveAnaphora(units: readonly Unit[], previous: readonly Referent[], pair: readonly [Mention, Mention] | null = null): { units: Unit[]; referents: Referent[] } {
  const out: Unit[] = [];
  const here: Referent[] = [];
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    const inPrepPhrase = isGovernedByPreposition(out);
    const pairEnd = pair ? matchPair(units, i) : -1;
    if (pairEnd >= 0 && pair) {
      out.push({ ...anaphorUnit(u.start, units[pairEnd]!.end, units, i, pairEnd, pair[0]), partner: pair[1] });
      i = pairEnd;
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
      const antecedent = nearest(here, description.type) ?? firstOrNearest(previous, description.type, here.length === 0 && i <= 1);
      const last = units[description.end]!;
      if (antecedent) {
        out.push(anaphorUnit(u.start, last.end, units, i, description.end, antecedent));
        here.push({ mention: antecedent, inPrepPhrase, possessive: isPossessiveMark(units[description.end + 1]) });
        i = description.end;
        continue;
      }
    }
    const pronoun = pronounType(units, i);
    if (pronoun) {
      // "LeT kept a camp in the Markaz in Quetta, and its fighters …": a possessive prefers the clause's
      // subject over a name in a prepositional phrase; a subject pronoun never takes one.
      const antecedent = pronoun.subject
        ? nearest(here.filter((r) => !r.inPrepPhrase), pronoun.type) ?? firstOrNearest(previous, pronoun.type, true)
        : nearest(here.filter((r) => !r.inPrepPhrase), pronoun.type) ?? nearest(here, pronoun.type) ?? firstOrNearest(previous, pronoun.type, true);
      if (antecedent) {
        out.push(anaphorUnit(u.start, u.end, units, i, i, antecedent));
        here.push({ mention: antecedent, inPrepPhrase, possessive: !pronoun.subject });
        continue;
      }
    }
    out.push(u);
  }
  return { units: out, referents: here };
}

const isPossessiveMark = (u: Unit | undefined): boolean => u?.lower === "'s" || u?.lower === '’s';

function anaphorUnit(start: number, end: number, units: readonly Unit[], from: number, to: number, mention: Mention): Unit {
  const text = units.slice(from, to + 1).map((x) => x.text).join(' ');
  return { start, end, text, lower: text.toLowerCase(), pos: 'PROPN', mention, viaCoref: true };
}

const PAIR_NOUNS = new Set(['alliance', 'partnership', 'nexus', 'collaboration', 'cooperation', 'axis', 'coalition', 'pact', 'relationship']);
const GROUP_NOUNS = new Set(['groups', 'organisations', 'organizations', 'outfits', 'movements', 'militias', 'factions']);

// "this collaboration", "the growing alliance", "the two groups", "both groups": the pair just named.
function matchPair(units: readonly Unit[], i: number): number {
  const w = units[i]!.lower;
  if (w === 'both' && GROUP_NOUNS.has(units[i + 1]?.lower ?? '')) return i + 1;
  if (w === 'the' && units[i + 1]?.lower === 'two' && GROUP_NOUNS.has(units[i + 2]?.lower ?? '')) return i + 2;
  if (!DETERMINERS.has(w)) return -1;
  let j = i + 1;
  while (units[j]?.pos === 'ADJ' && j - i <= 2) j++;
  if (!PAIR_NOUNS.has(units[j]?.lower ?? '') || units[j + 1]?.lower === 'between' || units[j + 1]?.lower === 'with' || units[j + 1]?.lower === 'of') return -1;
  return j;
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
    if (next?.pos === 'VERB') return { type: 'organization', subject: true };
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
