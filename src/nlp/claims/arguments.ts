import { REPORT_VERBS } from './lexicon.js';
import type { Unit } from './sentence-view.js';

// Argument finding over collapsed units, shared by every construction. Each helper is a short scan
// with a hard distance cap, so a sentence costs a few passes over its slots whatever its shape.

const SUBORDINATORS = new Set(['but', 'while', 'whereas', 'although', 'though', 'because', 'unless', 'despite', 'however', 'yet', 'when', 'after', 'before', 'since', 'until', 'if', 'as']);
const HARD_STOPS = new Set([';', ':', '(', ')', '"', '“', '”', '?', '!', '.']);
const DASHES = new Set(['—', '–', '-', '--']);
const RELATIVES = new Set(['which', 'who', 'whom', 'that']);
const CONJUNCTIONS = new Set(['and', 'or', '&']);

/** A dash with space on both sides separates clauses; one inside "Front–Alder" joins two names. */
export function isSpacedDash(units: readonly Unit[], i: number): boolean {
  const u = units[i];
  if (!u || !DASHES.has(u.text)) return false;
  const prev = units[i - 1];
  const next = units[i + 1];
  return (prev === undefined || prev.end < u.start) && (next === undefined || next.start > u.end);
}

export function isJoiningDash(units: readonly Unit[], i: number): boolean {
  const u = units[i];
  if (!u || (!DASHES.has(u.text) && u.text !== '/')) return false;
  const prev = units[i - 1];
  const next = units[i + 1];
  return prev !== undefined && next !== undefined && prev.end === u.start && next.start === u.end;
}

/** Ends a clause for argument scans: punctuation that cannot sit inside one, and subordinators. */
export function isClauseBreak(units: readonly Unit[], i: number): boolean {
  const u = units[i]!;
  if (u.mention) return false;
  return HARD_STOPS.has(u.text) || SUBORDINATORS.has(u.lower) || isSpacedDash(units, i);
}

const isPrep = (u: Unit | undefined): boolean => u !== undefined && u.pos === 'ADP' && u.lower !== 'by';

/**
 * The subject of the predicate at `i`: the nearest mention to its left in the clause that is not the
 * object of a preposition ("in Alder") or of another verb ("X said Y attacked Z" takes Y, "X, which
 * attacked Y, trained Z" takes X). A verb coordinated after "and" takes the first verb's subject.
 */
export function leftSubject(units: readonly Unit[], i: number, maxSlots = 16): number {
  let adverbsOnly = true;
  for (let k = i - 1; k >= 0 && i - k <= maxSlots; k--) {
    const u = units[k]!;
    if (isClauseBreak(units, k)) return -1;
    if (u.mention) {
      // "a photograph showing Varn handing a rifle to …": a mention right before its verb is its subject.
      if (adverbsOnly) return k;
      if (isPrep(precedingHead(units, k))) continue;
      const before = precedingHead(units, k);
      if (before && (before.pos === 'VERB') && !REPORT_VERBS.has(before.lower)) continue;
      return k;
    }
    if (adverbsOnly && CONJUNCTIONS.has(u.lower)) {
      const verb = previousVerb(units, k, 6);
      if (verb >= 0) return leftSubject(units, verb, maxSlots);
    }
    if (u.pos !== 'ADV' && u.pos !== 'AUX' && u.pos !== 'PART') adverbsOnly = false;
  }
  return -1;
}

// The word that governs a mention: skip determiners and adjectives back to a preposition or a verb.
function precedingHead(units: readonly Unit[], k: number): Unit | undefined {
  let j = k - 1;
  while (j >= 0 && (units[j]!.pos === 'DET' || units[j]!.pos === 'ADJ' || units[j]!.pos === 'NUM') && k - j <= 3) j--;
  return units[j];
}

function previousVerb(units: readonly Unit[], k: number, maxSlots: number): number {
  for (let j = k - 1; j >= 0 && k - j <= maxSlots; j--) {
    if (isClauseBreak(units, j)) return -1;
    if (units[j]!.pos === 'VERB') return j;
  }
  return -1;
}

const OBJECT_PATH = new Set(['DET', 'ADJ', 'NOUN', 'NUM', 'ADP', 'PART', 'ADV', 'CCONJ', 'PROPN', 'SYM', 'PRON']);

/**
 * The first mention to the right of `i` within the clause, optionally only once one of `preps` has
 * been passed ("handed a pistol to X", "allied with X"). Stops at a comma, a clause break or a new verb
 * (except a verb coordinated straight after the trigger: "arrested and killed X").
 */
export function rightObject(units: readonly Unit[], i: number, preps: ReadonlySet<string> | null = null, maxSlots = 9, crossCommas = false): number {
  let passedPrep = preps === null;
  for (let k = i + 1; k < units.length && k - i <= maxSlots; k++) {
    const u = units[k]!;
    if (u.mention) {
      if (passedPrep) return k;
      continue;
    }
    if ((u.text === ',' && !crossCommas) || isClauseBreak(units, k)) return -1;
    if (RELATIVES.has(u.lower)) return -1;
    if (preps?.has(u.lower)) passedPrep = true;
    if (!OBJECT_PATH.has(u.pos)) {
      const coordinated = units[k - 1] && CONJUNCTIONS.has(units[k - 1]!.lower) && k - i <= 3;
      if (!coordinated) return -1;
    }
  }
  return -1;
}

/** Mentions coordinated with the one at `k` to its right: "A, B and C", "A and the B", "A/B". */
export function conjunctsRight(units: readonly Unit[], k: number): number[] {
  const out = [k];
  let j = k;
  for (;;) {
    let n = j + 1;
    let joined = false;
    while (n < units.length && (units[n]!.text === ',' || CONJUNCTIONS.has(units[n]!.lower) || isJoiningDash(units, n) || units[n]!.lower === 'as' || units[n]!.lower === 'well')) {
      joined = true;
      n++;
    }
    if (!joined) return out;
    if (units[n]?.lower === 'the') n++;
    if (!units[n]?.mention) return out;
    out.push(n);
    j = n;
  }
}

/** Mentions coordinated with the one at `k` to its left. */
export function conjunctsLeft(units: readonly Unit[], k: number): number[] {
  const out = [k];
  let j = k;
  for (;;) {
    let n = j - 1;
    if (units[n]?.lower === 'the') n--;
    let joined = false;
    while (n >= 0 && (units[n]!.text === ',' || CONJUNCTIONS.has(units[n]!.lower) || isJoiningDash(units, n))) {
      joined = true;
      n--;
    }
    if (!joined || !units[n]?.mention) return out;
    // "the Front, the Alder Guard and …" is a list; "In Alder, the Front …" is not: a list needs "and".
    out.unshift(n);
    j = n;
  }
}

/** Index of the first unit at or after `from` (up to `maxSlots`) whose lower form is in `words`. */
export function findWord(units: readonly Unit[], from: number, words: ReadonlySet<string>, maxSlots: number): number {
  for (let k = from; k < units.length && k - from <= maxSlots; k++) {
    if (words.has(units[k]!.lower)) return k;
    if (isClauseBreak(units, k)) return -1;
  }
  return -1;
}

/** The agent of a passive: the first mention after "by" within reach, skipping a comma-set appositive. */
export function byAgent(units: readonly Unit[], i: number, maxSlots = 22): number {
  for (let k = i + 1; k < units.length && k - i <= maxSlots; k++) {
    const u = units[k]!;
    if (u.text === ';' || u.text === '.') return -1;
    if (u.lower === 'by') {
      for (let j = k + 1; j < units.length && j - k <= 4; j++) {
        if (units[j]!.mention) return j;
        if (units[j]!.text === ',') return -1;
      }
      return -1;
    }
  }
  return -1;
}

/**
 * The subject of a clause-initial adjunct: "By arming the Front, Alder strengthened it" gives "arming"
 * the subject after the comma.
 */
export function adverbialSubject(units: readonly Unit[], i: number, maxSlots = 14): number {
  for (let k = i + 1; k < units.length && k - i <= maxSlots; k++) {
    if (isClauseBreak(units, k)) return -1;
    if (units[k]!.text !== ',') continue;
    const next = units[k + 1]?.lower === 'the' ? k + 2 : k + 1;
    return units[next]?.mention ? next : -1;
  }
  return -1;
}

/** The subject of the predicate at `i`, or of the clause it opens when it has none to its left. */
export function subjectOf(units: readonly Unit[], i: number): number {
  const left = leftSubject(units, i);
  return left >= 0 ? left : adverbialSubject(units, i);
}
