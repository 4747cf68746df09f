import type { EntityType, Mention } from '../../core/index.js';
import { NOUNS, VERBS } from './lexicon.js';
import { isPossessiveMark } from './phrases.js';
import type { Unit } from './sentence-view.js';

// Event anaphora for coref.ts: who carried out the attack a sentence reports, and "the attack" later
// standing for it (claimed, blamed, carried out by someone, or placed somewhere).

const ACTORS = new Set<EntityType>(['organization', 'person']);
export const RESPONSIBILITY_VERBS = new Set(['claimed', 'claims', 'claim', 'claiming', 'took', 'takes', 'accepted', 'accepts', 'admitted']);
const RESPONSIBILITY_FOR = new Set(['responsibility', 'credit']);

/**
 * Who this sentence says carried out an attack, named or not what it struck ("The Front shelled a
 * convoy", "a convoy was ambushed by the Guard", "the Front claimed responsibility"), for "The attack
 * occurred in …" next.
 */
export function attackerIn(units: readonly Unit[]): Mention | null {
  for (let k = 0; k < units.length; k++) {
    const u = units[k]!;
    const verb = !u.mention && u.pos === 'VERB' && VERBS.get(u.lower)?.predicate === 'attacked';
    const claimed = RESPONSIBILITY_FOR.has(u.lower) && RESPONSIBILITY_VERBS.has(units[k - 1]?.lower ?? '');
    if (!verb && !claimed) continue;
    const agent = units[k + 2]?.lower === 'the' ? units[k + 3] : units[k + 2];
    if (verb && units[k + 1]?.lower === 'by' && agent?.mention && ACTORS.has(agent.mention.type)) return agent.mention;
    if (verb && units[k - 1] && /^(was|were|been|being|is|are)$/.test(units[k - 1]!.lower)) continue;
    // The subject: the nearest actor before the verb, with no other verb or clause break between.
    for (let j = k - (claimed ? 2 : 1); j >= 0 && k - j <= 6; j--) {
      const w = units[j]!;
      if (w.mention && ACTORS.has(w.mention.type)) return w.mention;
      if (w.text === ',' || w.text === ';' || w.pos === 'VERB' || w.pos === 'SCONJ') break;
    }
  }
  return null;
}

const EVENT_DETERMINERS = new Set(['the', 'this', 'that']);

// "claimed the attack", "claimed responsibility for the bombing": the index of the claiming verb when a
// bare attack noun (no target or agent of its own) at i + 1 is what was claimed; -1 otherwise.
export function claimOfAttack(units: readonly Unit[], i: number): number {
  if (!EVENT_DETERMINERS.has(units[i]!.lower)) return -1;
  const noun = units[i + 1];
  if (!noun || noun.mention || NOUNS.get(noun.lower) !== 'attacked' || OWN_ARGUMENT.has(units[i + 2]?.lower ?? '') || PLACE_PREPS.has(units[i + 2]?.lower ?? '')) return -1;
  if (RESPONSIBILITY_VERBS.has(units[i - 1]?.lower ?? '')) return i - 1;
  if (units[i - 1]?.lower === 'for' && RESPONSIBILITY_FOR.has(units[i - 2]?.lower ?? '') && RESPONSIBILITY_VERBS.has(units[i - 3]?.lower ?? '')) return i - 3;
  return -1;
}
// Verbs of doing an attack that take it as their object: "the Front carried out the attack".
const PERPETRATING = new Set(['conducted', 'staged', 'perpetrated', 'committed', 'mounted', 'orchestrated', 'masterminded', 'executed']);
const CARRYING = new Set(['carried', 'carry', 'carries', 'carrying']);
const BLAMING = new Set(['blamed', 'blames', 'blame', 'blaming']);
const ACTOR_TYPES = new Set(['organization', 'person']);
const actorAt = (units: readonly Unit[], k: number): Mention | null => (units[k]?.mention && ACTOR_TYPES.has(units[k]!.mention!.type) ? units[k]!.mention! : null);

/**
 * A definite attack noun ("the attack", "the bombing") whose perpetrator the clause names: "X carried out
 * the attack", "X was behind the attack", "the attack was carried out/perpetrated by X", "blamed X for the
 * attack", "blamed the attack on X". The noun then stands for what the last attack struck.
 */
export function perpetratorOfAttack(units: readonly Unit[], i: number): Mention | null {
  if (!EVENT_DETERMINERS.has(units[i]!.lower)) return null;
  const noun = units[i + 1];
  if (!noun || noun.mention || NOUNS.get(noun.lower) !== 'attacked') return null;
  const before = (k: number): string => units[i - k]?.lower ?? '';
  // "blamed X for the attack" / "blamed the attack on X".
  if (before(1) === 'for' && (BLAMING.has(before(3)) || (before(3) === 'the' && BLAMING.has(before(4))))) return actorAt(units, i - 2);
  if (BLAMING.has(before(1)) && units[i + 2]?.lower === 'on') return actorAt(units, units[i + 3]?.lower === 'the' ? i + 4 : i + 3);
  if (OWN_ARGUMENT.has(units[i + 2]?.lower ?? '') || PLACE_PREPS.has(units[i + 2]?.lower ?? '')) return null;
  // "X carried out / staged / was behind the attack": the subject just before the verb.
  const verbAt = before(1) === 'out' && CARRYING.has(before(2)) ? i - 2 : PERPETRATING.has(before(1)) || before(1) === 'behind' ? i - 1 : -1;
  if (verbAt >= 0) {
    for (let k = verbAt - 1; k >= 0 && verbAt - k <= 3; k--) {
      if (actorAt(units, k)) return actorAt(units, k);
      if (!(units[k]!.pos === 'AUX' || units[k]!.pos === 'ADV' || units[k]!.pos === 'PART')) break;
    }
    return null;
  }
  // "the attack was (reportedly) carried out by X".
  let k = i + 2;
  if (!['was', 'were', 'had', 'has'].includes(units[k]?.lower ?? '')) return null;
  k++;
  while (units[k] && (units[k]!.pos === 'ADV' || units[k]!.lower === 'been')) k++;
  if (CARRYING.has(units[k]?.lower ?? '') && units[k + 1]?.lower === 'out') k++;
  else if (!PERPETRATING.has(units[k]?.lower ?? '') && !RESPONSIBILITY_VERBS.has(units[k]?.lower ?? '')) return null;
  return units[k + 1]?.lower === 'by' ? actorAt(units, units[k + 2]?.lower === 'the' ? k + 3 : k + 2) : null;
}

// After these an event noun names its own target or agent: "the attack on Osk", "the raid by the Guard".
const OWN_ARGUMENT = new Set(['on', 'against', 'by', 'of', 'targeting', 'between']);
const PLACE_PREPS = new Set(['in', 'near', 'at', 'on', 'outside', 'inside']);

/**
 * "The attack occurred in …", "the ambush killed …": a definite attack noun (no "on"/"by" of its own)
 * that is its clause's subject. Returns its span and the place the clause puts it in, if any.
 */
export function matchEventNoun(units: readonly Unit[], i: number): { end: number; place: Mention | null } | null {
  if (!EVENT_DETERMINERS.has(units[i]!.lower)) return null;
  // A subject opens its clause; "seized in the raid at a hideout" is another event, under a preposition.
  const before = units[i - 1];
  if (before && !(before.pos === 'PUNCT' || before.pos === 'CCONJ')) return null;
  let j = i + 1;
  while (j < units.length && j - i <= 3 && !units[j]!.mention && (units[j]!.pos === 'ADJ' || units[j]!.pos === 'NUM') && NOUNS.get(units[j]!.lower) !== 'attacked') j++;
  const noun = units[j];
  if (!noun || noun.mention || NOUNS.get(noun.lower) !== 'attacked' || OWN_ARGUMENT.has(units[j + 1]?.lower ?? '')) return null;
  // The subject of a verb ("The attack occurred", "the raid was carried out", "the bombing, …, killed"),
  // or followed straight by where it happened ("The attack in Osk …").
  const after = units[j + 1];
  if (!after || !(after.pos === 'VERB' || after.pos === 'AUX' || PLACE_PREPS.has(after.lower) || after.text === ',')) return null;
  return { end: j, place: placeAfter(units, j + 1) };
}

// The first place in the clause after an event noun, under a place preposition; "in Alder's northern Brell
// region" is Brell, the inner place.
function placeAfter(units: readonly Unit[], from: number): Mention | null {
  for (let k = from; k < units.length && k - from <= 10; k++) {
    const u = units[k]!;
    if (u.text === ';' || u.text === '.' || (u.mention && u.mention.type !== 'location')) return null;
    const prep = units[k - 1]?.lower === 'the' ? units[k - 2] : units[k - 1];
    if (!u.mention || !PLACE_PREPS.has(prep?.lower ?? '')) continue;
    if (isPossessiveMark(units[k + 1])) {
      let n = k + 2;
      while (n < units.length && n - k <= 4 && !units[n]!.mention && (units[n]!.pos === 'ADJ' || units[n]!.pos === 'NOUN')) n++;
      if (units[n]?.mention?.type === 'location') return units[n]!.mention;
    }
    return u.mention;
  }
  return null;
}

const STRUCK_PREPS = new Set(['in', 'on', 'at', 'near', 'inside']);

// "A car bomb killed 12 people in Osk", "an attack on a market in Brell": where the sentence says an
// attack landed, in case the next one names who claimed it.
export function struckPlaces(units: readonly Unit[]): Mention[] {
  const out: Mention[] = [];
  let attack = false;
  for (let k = 0; k < units.length; k++) {
    const u = units[k]!;
    if (!u.mention && (NOUNS.get(u.lower) === 'attacked' || VERBS.get(u.lower)?.predicate === 'attacked')) attack = true;
    else if (attack && u.mention?.type === 'location' && STRUCK_PREPS.has(units[k - 1]?.lower ?? '')) out.push(u.mention);
  }
  return out;
}
