import { isClauseBreak } from './phrases.js';
import { HEDGE_PAIRS, HEDGES, NEGATIONS } from './lexicon.js';
import type { Unit } from './sentence-view.js';

export interface Modality {
  readonly hedged: boolean;
  readonly negated: boolean;
  /** "if the Front attacks Osk, …": a condition states nothing, so no claim is made. */
  readonly conditional: boolean;
}

const CONDITIONALS = new Set(['if', 'unless', 'whether']);
const PASSIVE_REPORTS = new Set(['reported', 'said', 'thought', 'understood', 'rumoured', 'rumored', 'claimed', 'alleged', 'believed', 'suspected']);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);

// "were reported in January to have agreed a pact": a passive report verb with its "to" a phrase away
// hedges as "reported to" does.
function isPassiveReport(units: readonly Unit[], k: number, to: number): boolean {
  return passiveReportTo(units, k, to) > k;
}

// The "to" that completes a passive report verb at `k`, or -1.
function passiveReportTo(units: readonly Unit[], k: number, to: number): number {
  if (!PASSIVE_REPORTS.has(units[k]!.lower) || !BE.has(units[k - 1]?.lower ?? '')) return -1;
  for (let j = k + 1; j <= to && j - k <= 5; j++) {
    if (units[j]!.lower === 'to') return units[j + 1]?.pos === 'VERB' || units[j + 1]?.pos === 'AUX' ? j : -1;
    if (units[j]!.pos === 'VERB' || units[j]!.pos === 'AUX' || units[j]!.text === ',') return -1;
  }
  return -1;
}

/**
 * Character spans that date the report rather than what is reported: "were reported in January to
 * have agreed a pact" says when the report came, not when the pact was made.
 */
export function reportingSpans(units: readonly Unit[]): Array<readonly [number, number]> {
  const spans: Array<readonly [number, number]> = [];
  for (let k = 1; k < units.length; k++) {
    const end = passiveReportTo(units, k, units.length - 1);
    if (end > k + 1) spans.push([units[k]!.end, units[end]!.start]);
  }
  return spans;
}

// "ISKP, which the Front denies backing, …": a relative pronoun after a comma opens a new clause for
// hedging; for argument finding it does not (the antecedent is still the subject).
const RELATIVE_OPENERS = new Set(['which', 'who', 'whom', 'whose']);

function isScopeBreak(units: readonly Unit[], k: number): boolean {
  if (isClauseBreak(units, k)) return true;
  return units[k]!.text === ',' && RELATIVE_OPENERS.has(units[k + 1]?.lower ?? '');
}

/** The clause around a claim: from the break before its first argument to the break after its last. */
export function clauseScope(units: readonly Unit[], first: number, last: number): [number, number] {
  let from = first;
  while (from > 0 && !isScopeBreak(units, from - 1)) from--;
  let to = last;
  while (to < units.length - 1 && !isScopeBreak(units, to + 1)) to++;
  return [from, to];
}

/**
 * Slots of relative clauses (", which is reportedly funded by X,") inside the scope that do not hold
 * the trigger: their hedges and negations qualify the relative clause, not the claim around it.
 */
function relativeAsides(units: readonly Unit[], from: number, to: number, trigger: number): Set<number> {
  const aside = new Set<number>();
  for (let k = from; k < to; k++) {
    if (units[k]!.text !== ',' || !RELATIVE_OPENERS.has(units[k + 1]?.lower ?? '')) continue;
    let end = k + 2;
    while (end <= to && units[end]!.text !== ',') end++;
    if (trigger > k && trigger < end) continue;
    for (let j = k; j <= end && j <= to; j++) aside.add(j);
    k = end;
  }
  return aside;
}

// "May" the month is no hedge; "may" the modal is.
// "found no evidence that the Front operated in Osk": the complement is denied.
const NO_EVIDENCE = /\b(no|not any|never any)( \w+)? (evidence|sign|signs|proof|indication|indications) (that|of)\b/;
const textBefore = (units: readonly Unit[], from: number, to: number): string => {
  const words: string[] = [];
  for (let k = Math.max(0, from - 12); k < to; k++) words.push(units[k]!.lower);
  return words.join(' ');
};

// Cheap tests that let most slots skip building a string only to look it up or match it.
// A pair "a b" can only be formed by a slot whose text is its first word (or holds a space itself).
const HEDGE_PAIR_FIRST: ReadonlySet<string> = new Set([...HEDGE_PAIRS].map((p) => p.slice(0, p.indexOf(' '))));
const mayOpenHedgePair = (lower: string): boolean => HEDGE_PAIR_FIRST.has(lower) || lower.includes(' ');
// NO_EVIDENCE needs "no" or "never" and an evidence word, each inside one slot's text (slots are joined by spaces).
function mayDenyEvidence(units: readonly Unit[], from: number, to: number): boolean {
  let no = false;
  let evidence = false;
  for (let k = Math.max(0, from - 12); k < to; k++) {
    const w = units[k]!.lower;
    if (!no && (w.includes('no') || w.includes('never'))) no = true;
    if (!evidence && (w.includes('evidence') || w.includes('sign') || w.includes('proof') || w.includes('indication'))) evidence = true;
  }
  return no && evidence;
}

const ENDING = new Set(['stopped', 'stop', 'stops', 'ceased', 'cease', 'ceases', 'halted', 'halt', 'halts', 'ended', 'ends', 'cut', 'cuts', 'severed', 'severs', 'broke', 'abandoned', 'abandons', 'renounced', 'renounces', 'dissolved']);

const PHRASE_HEDGES = new Set(['alleged', 'suspected', 'purported', 'presumed', 'supposed']);

// "received allegations that the Front recruited minors": what is alleged is not asserted.
const ALLEGATIONS = new Set(['allegation', 'allegations']);

// "the Front claimed to have overrun a camp" is the Front's own word, an attribution, not a doubt the
// writer casts; "the Front is claimed to have …" is.
const isOwnClaim = (units: readonly Unit[], k: number): boolean => units[k]!.lower === 'claimed' && !BE.has(units[k - 1]?.lower ?? '');

const isHedgeWord = (u: Unit): boolean => HEDGES.has(u.lower) && !(u.lower === 'may' && u.text !== 'may');

/**
 * Hedged when a hedge cue stands anywhere in the claim's clause ("reportedly", "is believed to",
 * "seen as", "if not"); negated when a negation stands in the clause before the trigger ("was not tied
 * to", "has never targeted", "no operational link to", "refrained from … attacks"). A cue in another
 * clause of the same sentence does not reach the claim. "not only" is no negation. `reaches` says, from
 * the parse, whether a cue's clause governs the claim (see hedgeReaches).
 */
export function modalityOf(units: readonly Unit[], first: number, trigger: number, last: number, subject = -1, phrase = false, reaches: (k: number) => boolean = () => true): Modality {
  const lo = Math.min(first, trigger);
  const hi = Math.max(last, trigger);
  // A relation inside one noun phrase ("Front chief Varn", "the Guard's Osk base") is hedged or negated
  // only by a word on the phrase itself ("the alleged Front chief"), not by the clause around it.
  const [from, to] = phrase ? [Math.max(0, lo - 2), hi] : clauseScope(units, lo, hi);
  const aside = relativeAsides(units, from, to, trigger);
  let hedged = false;
  for (let k = from; k <= to && !hedged; k++) {
    const u = units[k]!;
    if (u.mention || aside.has(k)) continue;
    // "tolerance, if not protection" qualifies the noun it follows wherever the parse puts it.
    if (!(u.lower === 'if' && units[k + 1]?.lower === 'not') && !reaches(k)) continue;
    // "under alleged ISI patronage" hedges the patronage, not the rest of the clause.
    if (PHRASE_HEDGES.has(u.lower) && (k < lo - 2 || k > hi)) continue;
    if (isHedgeWord(u)) hedged = true;
    else if (k + 1 <= to && mayOpenHedgePair(u.lower) && HEDGE_PAIRS.has(`${u.lower} ${units[k + 1]!.lower}`) && !isOwnClaim(units, k)) hedged = true;
    // Only what follows is alleged: "the arrest … drew attention to allegations that …" stays asserted.
    else if (k + 1 <= to && k < trigger && ALLEGATIONS.has(u.lower) && (units[k + 1]!.lower === 'that' || units[k + 1]!.lower === 'of')) hedged = true;
    else if (isPassiveReport(units, k, to)) hedged = true;
  }
  let negated = mayDenyEvidence(units, from, lo) && NO_EVIDENCE.test(textBefore(units, from, lo));
  // "it will not be easy for the Front to fight X": a negation before the subject belongs to another verb.
  const negationFrom = subject >= from && subject < trigger ? subject : from;
  for (let k = negationFrom; k < trigger; k++) {
    const u = units[k]!;
    if (u.mention || aside.has(k)) continue;
    if (NEGATIONS.has(u.lower)) {
      const next = units[k + 1]?.lower;
      if (next === 'only' || next === 'just' || next === 'doubt' || next === 'sooner') continue;
      if (u.lower === 'without' && trigger - k > 2) continue;
      if (u.lower === 'no' && next === 'longer') { negated = true; break; }
      negated = true;
      break;
    }
    if (/^(refrain|abstain)(s|ed|ing)?$/.test(u.lower) && units[k + 1]?.lower === 'from') { negated = true; break; }
    if (/^avoid(s|ed|ing)?$/.test(u.lower) && u.pos === 'VERB') { negated = true; break; }

  }
  // "Alder stopped funding the Front", "the Guard cut its ties with the Front": the relation has ended.
  // "after the rains ended, the Guard attacked the Front": an ending in the clause before a comma is its own.
  for (let k = Math.max(from, trigger - 3); k < trigger && !negated; k++) if (ENDING.has(units[k]!.lower) && !aside.has(k) && !units.slice(k + 1, trigger).some((u) => u.text === ',')) negated = true;
  const opener = units[from - 1];
  const conditional = from > 0 && opener !== undefined && CONDITIONALS.has(opener.lower) && !(opener.lower === 'if' && units[from]?.lower === 'not');
  return { hedged, negated, conditional };
}
