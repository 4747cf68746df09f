import { TITLE_MODIFIERS, TITLES } from './lexicon.js';
import type { Unit } from './sentence-view.js';

// Phrase shapes over collapsed units: clause breaks, joining dashes, modifiers, coordination. Shared by
// argument scans and constructions; every helper looks at a few slots around one index.

const SUBORDINATORS = new Set(['but', 'while', 'whereas', 'although', 'though', 'because', 'unless', 'despite', 'however', 'yet', 'when', 'after', 'before', 'since', 'until', 'if']);
const HARD_STOPS = new Set([';', ':', '(', ')', '"', '“', '”', '?', '!', '.']);
const DASHES = new Set(['—', '–', '-', '--']);
const PREPOSITION_TOO = new Set(['since', 'after', 'before', 'until']);
export const QUOTES = new Set(['"', '“', '”', "'", '‘', '’']);
export const RELATIVES = new Set(['which', 'who', 'whom', 'that']);
export const CONJUNCTIONS = new Set(['and', 'or', '&']);

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
  // "… tolerance, if not protection": "if not" hedges, it opens no clause.
  if (u.lower === 'if' && units[i + 1]?.lower === 'not') return false;
  // "since 2019", "after the raid": a preposition here, not the start of a clause.
  if (PREPOSITION_TOO.has(u.lower) && /^(NUM|DET|ADJ)$/.test(units[i + 1]?.pos ?? '')) return false;
  // "… before joining the Front": an -ing adjunct shares the clause's subject.
  if (PREPOSITION_TOO.has(u.lower) && units[i + 1]?.pos === 'VERB' && units[i + 1]!.lower.endsWith('ing')) return false;
  return HARD_STOPS.has(u.text) || SUBORDINATORS.has(u.lower) || isSpacedDash(units, i);
}

/** "Brell police", "the Alder districts": a place naming the kind of a noun after it is a modifier, not an argument. */
export function isModifierPlace(units: readonly Unit[], k: number): boolean {
  const u = units[k]!;
  const next = units[k + 1];
  return u.mention?.type === 'location' && !u.viaCoref && next !== undefined && !next.mention && next.pos === 'NOUN';
}

/**
 * wink tags a verb between two names ADJ or NOUN at times ("the Guard armed the Front", "of arming the
 * Front"): a lexicon verb between a subject and an object phrase is read as a verb.
 */
export function isVerbLike(units: readonly Unit[], i: number, lexicon: ReadonlySet<string> | ReadonlyMap<string, unknown>): boolean {
  const u = units[i]!;
  if (u.mention) return false;
  if (u.pos === 'VERB') return true;
  if ((u.pos !== 'ADJ' && u.pos !== 'NOUN') || !lexicon.has(u.lower)) return false;
  let p = i - 1;
  while (p > 0 && units[p]!.pos === 'ADV') p--;
  const prev = units[p];
  const next = units[i + 1];
  const objectNext = next !== undefined && (next.mention !== null || next.pos === 'DET' || next.pos === 'NUM');
  if (prev?.pos === 'AUX' && u.pos === 'ADJ') return true;
  // "the Front, which controls Osk": after a relative pronoun a lexicon verb is a verb.
  if (prev && RELATIVES.has(prev.lower) && next !== undefined && !/^(VERB|AUX|PUNCT|ADP)$/.test(next.pos)) return true;
  if (u.lower.endsWith('ing') && objectNext) return true;
  return prev?.mention !== null && prev !== undefined && objectNext && /(ed|ing|s)$/.test(u.lower);
}

/** "a United Nations-designated group": a name joined by a hyphen to a participle modifies what follows. */
export function isHyphenModifier(units: readonly Unit[], k: number): boolean {
  return isJoiningDash(units, k + 1) && units[k + 2] !== undefined && !units[k + 2]!.mention && /(ed|led|run)$/.test(units[k + 2]!.lower);
}

/** "a hall in Krasnogorsk, Ruritania": the place after the comma contains the one before it. */
export function withContainer(units: readonly Unit[], places: readonly number[]): number[] {
  const last = places[places.length - 1];
  // "an attack on a shrine in Kabul" strikes Kabul too.
  if (last !== undefined && units[last + 1]?.lower === 'in' && units[last + 2]?.mention?.type === 'location' && units[last]!.mention?.type === 'location') return [...places, last + 2];
  if (last === undefined || units[last]!.mention?.type !== 'location' || units[last + 1]?.text !== ',') return [...places];
  const next = units[last + 2];
  const after = units[last + 3];
  if (next?.mention?.type !== 'location' || after?.lower === 'and' || after?.lower === 'or' || after?.text === ',' && units[last + 4]?.mention) return [...places];
  if (after?.lower === "'s" || after?.lower === '’s' || after?.mention || (after?.pos === 'NOUN' && !after.mention)) return [...places];
  return [...places, last + 2];
}

const PARTICIPLE_MODIFIERS = new Set(['based', 'backed', 'led', 'linked', 'affiliated', 'funded', 'sponsored', 'supported', 'run', 'aligned', 'allied']);

/**
 * The mention a phrase is about when it starts with a modifier mention: "the Alder-based group Cope
 * Front" is about Cope Front, "Front commander Ilsa Varn" about Varn, "a key operative of the Front,
 * Ilsa Varn" about Varn.
 */
export function headMention(units: readonly Unit[], k: number): number {
  const next = units[k + 1];
  if (isJoiningDash(units, k + 1) && PARTICIPLE_MODIFIERS.has(units[k + 2]?.lower ?? '')) {
    for (let j = k + 3; j < units.length && j - k <= 6; j++) {
      if (units[j]!.mention) return j;
      if (units[j]!.pos !== 'ADJ' && units[j]!.pos !== 'NOUN') break;
    }
  }
  if (next && !next.mention) {
    let j = k + 1;
    if (next.lower === "'s" || next.lower === '’s') j++;
    const from = j;
    while (units[j] && (TITLES.has(units[j]!.lower) || TITLE_MODIFIERS.has(units[j]!.lower)) && units[j]!.lower !== 'and' && j - from < 4) j++;
    if (j > from && TITLES.has(units[j - 1]!.lower)) {
      if (units[j]?.text === ',') j++;
      if (units[j]?.mention?.type === 'person') return j;
    }
  }
  if (units[k - 1]?.lower === 'of' && TITLES.has(units[k - 2]?.lower ?? '') && next?.text === ',' && units[k + 2]?.mention?.type === 'person') return k + 2;
  return k;
}

// Where the phrase holding the mention at `k` begins: "Front chief Tam Hale", "his deputy Saif Orlan",
// "the Front's deputy Orlan" all begin before the title.
function phraseStart(units: readonly Unit[], k: number): number {
  let j = k - 1;
  if (units[j]?.text === ',' && TITLES.has(units[j - 1]?.lower ?? '')) j--;
  const last = j;
  while (j >= 0 && !units[j]!.mention && (TITLES.has(units[j]!.lower) || TITLE_MODIFIERS.has(units[j]!.lower)) && units[j]!.lower !== 'and') j--;
  if (j === last || !TITLES.has(units[last]!.lower)) return k;
  if (units[j]?.lower === "'s" || units[j]?.lower === '’s') j--;
  if (units[j]?.mention) j--;
  return j + 1;
}

const sameType = (units: readonly Unit[], a: number, b: number): boolean => units[a]!.mention?.type === units[b]!.mention?.type;

/**
 * Mentions coordinated with the one at `k` to its right: "A, B and C", "A and the B", "A/B". Conjuncts
 * share a type: "in Alder, and its fighters" joins two clauses, not a place and a group.
 */
export function conjunctsRight(units: readonly Unit[], k: number): number[] {
  const out = [k];
  let j = k;
  let sawConjunction = false;
  for (;;) {
    let n = j + 1;
    let joined = false;
    while (n < units.length && (units[n]!.text === ',' || CONJUNCTIONS.has(units[n]!.lower) || isJoiningDash(units, n) || units[n]!.lower === 'as' || units[n]!.lower === 'well')) {
      if (units[n]!.text !== ',') sawConjunction = true;
      joined = true;
      n++;
    }
    if (!joined) break;
    if (units[n]?.lower === 'the') n++;
    // "the Guard, other separatist groups, as well as nationalist groups like the Cope Brigade": an
    // unnamed item in the list is stepped over, and "like"/"such as" lead to the names it covers.
    if (!units[n]?.mention) {
      const next = afterUnnamedItem(units, n);
      if (next < 0) break;
      for (let k = n; k < next; k++) if (CONJUNCTIONS.has(units[k]!.lower) || INTRODUCERS.has(units[k]!.lower) || units[k]!.lower === 'as') sawConjunction = true;
      n = next;
    }
    const head = headMention(units, n);
    if (!sameType(units, head, k) || out.includes(head)) break;
    out.push(head);
    j = head;
  }
  // "Varn, Alder" is an appositive, not a list: without "and"/"or" only the first mention stands.
  return sawConjunction ? out : [k];
}

const UNNAMED_ITEM = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
const INTRODUCERS = new Set(['like', 'including']);

function afterUnnamedItem(units: readonly Unit[], from: number): number {
  let n = from;
  while (n < units.length && n - from < 6 && !units[n]!.mention && UNNAMED_ITEM.has(units[n]!.pos) && !INTRODUCERS.has(units[n]!.lower)) n++;
  if (n === from) return -1;
  const w = units[n]?.lower;
  if (w && INTRODUCERS.has(w)) n++;
  else if (w === 'such' && units[n + 1]?.lower === 'as') n += 2;
  else if (w === ',' || w === 'and' || w === 'or') {
    while (units[n] && (units[n]!.text === ',' || CONJUNCTIONS.has(units[n]!.lower) || units[n]!.lower === 'as' || units[n]!.lower === 'well')) n++;
    if (!units[n]?.mention && units[n]?.lower !== 'the') return afterUnnamedItem(units, n);
  } else return -1;
  if (units[n]?.lower === 'the') n++;
  return units[n]?.mention ? n : -1;
}

/** Mentions coordinated with the one at `k` to its left ("A and B attacked", "X chief A and his deputy B"). */
export function conjunctsLeft(units: readonly Unit[], k: number): number[] {
  const out = [k];
  let j = k;
  for (;;) {
    let n = phraseStart(units, j) - 1;
    if (units[n]?.lower === 'the') n--;
    let joined = false;
    let conjunction = false;
    while (n >= 0 && (units[n]!.text === ',' || CONJUNCTIONS.has(units[n]!.lower) || isJoiningDash(units, n))) {
      if (units[n]!.text !== ',') conjunction = true;
      joined = true;
      n--;
    }
    // '“Haji Orlan (a trader)” and Tam Hale': step over a closing quote and a bracketed aside.
    if (joined && (units[n]?.text === '”' || units[n]?.text === '"')) n--;
    if (joined && units[n]?.text === ')') {
      let open = n - 1;
      while (open > 0 && units[open]!.text !== '(' && n - open < 10) open--;
      if (units[open]?.text === '(') n = open - 1;
    }
    // "In Alder, the Front …" is not a list: the first step to the left needs "and", "or" or a joining dash.
    if (!joined || (!conjunction && out.length === 1) || !units[n]?.mention) return out;
    if (!sameType(units, n, k)) return out;
    out.unshift(n);
    j = n;
  }
}


/** "'s" or "’s": the mark of a possessor. */
export const isPossessiveMark = (u: Unit | undefined): boolean => u?.lower === "'s" || u?.lower === '’s';
