import { REPORT_VERBS, TITLE_MODIFIERS, TITLES } from './lexicon.js';
import type { Unit } from './sentence-view.js';

// Argument finding over collapsed units, shared by every construction. Each helper is a short scan
// with a hard distance cap, so a sentence costs a few passes over its slots whatever its shape.

const SUBORDINATORS = new Set(['but', 'while', 'whereas', 'although', 'though', 'because', 'unless', 'despite', 'however', 'yet', 'when', 'after', 'before', 'since', 'until', 'if']);
const HARD_STOPS = new Set([';', ':', '(', ')', '"', '“', '”', '?', '!', '.']);
const DASHES = new Set(['—', '–', '-', '--']);
const QUOTES = new Set(['"', '“', '”', "'", '‘', '’']);
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
  // "… tolerance, if not protection": "if not" hedges, it opens no clause.
  if (u.lower === 'if' && units[i + 1]?.lower === 'not') return false;
  return HARD_STOPS.has(u.text) || SUBORDINATORS.has(u.lower) || isSpacedDash(units, i);
}

// In subject position a name after any preposition, "by" included, is no subject ("denounced by X as …").
const isPrep = (u: Unit | undefined): boolean => u !== undefined && u.pos === 'ADP';

/**
 * The subject of the predicate at `i`: the nearest mention to its left in the clause that is not the
 * object of a preposition ("in Alder") or of another verb ("X said Y attacked Z" takes Y, "X, which
 * attacked Y, trained Z" takes X). A verb coordinated after "and" takes the first verb's subject.
 */
export function leftSubject(units: readonly Unit[], i: number, maxSlots = 16): number {
  // "forced the Front to relocate": the object of the governing verb; "… to Alder in Brell to use it":
  // otherwise an infinitive's subject is its governing verb's, never the name just before "to".
  if (units[i - 1]?.lower === 'to' && units[i - 2]?.mention && units[i - 2]!.mention!.type !== 'location') {
    const head = precedingHead(units, i - 2);
    if (!isPrep(head) || head!.lower === 'for') return i - 2;
  }
  let adverbsOnly = units[i - 1]?.lower !== 'to';
  for (let k = i - 1; k >= 0 && i - k <= maxSlots; k--) {
    const u = units[k]!;
    // 'accused the Guard of “arming the Front”': a quotation mark opening the predicate is no boundary.
    if (k === i - 1 && QUOTES.has(u.text)) continue;
    if (isClauseBreak(units, k)) return -1;
    // "The Front, which the Guard had armed, attacked Osk": step over the relative clause.
    if (u.text === ',') {
      const opener = relativeClauseStart(units, k);
      if (opener >= 0) { k = opener; continue; }
    }
    if (u.mention) {
      if (isModifierPlace(units, k) || isHyphenModifier(units, k)) continue;
      // "a photograph showing Varn handing a rifle to …": a mention right before its verb is its subject.
      if (adverbsOnly) return k;
      if (isPrep(precedingHead(units, k))) continue;
      const before = precedingHead(units, k);
      if (before && (before.pos === 'VERB') && !REPORT_VERBS.has(before.lower)) continue;
      return appositiveHolder(units, k);
    }
    if (adverbsOnly && CONJUNCTIONS.has(u.lower)) {
      const verb = previousVerb(units, k, 6);
      if (verb >= 0) return leftSubject(units, verb, maxSlots);
    }
    if (u.pos !== 'ADV' && u.pos !== 'AUX' && u.pos !== 'PART') adverbsOnly = false;
  }
  return -1;
}

// "Tam Hale, the Front's coordinator in Brell, handing …": the group names the title, the person acts.
function appositiveHolder(units: readonly Unit[], k: number): number {
  const next = units[k + 1]?.lower;
  if (next !== "'s" && next !== '’s' && !TITLES.has(next ?? '')) return k;
  let j = k - 1;
  if (units[j]?.pos === 'DET') j--;
  return units[j]?.text === ',' && units[j - 1]?.mention?.type === 'person' ? j - 1 : k;
}

// The comma that opens the relative clause closed by the comma at `k` ("X, which … , VERB").
function relativeClauseStart(units: readonly Unit[], k: number): number {
  for (let j = k - 1; j > 0 && k - j <= 12; j--) {
    if (units[j]!.text === ',' || isClauseBreak(units, j)) return -1;
    if (RELATIVES.has(units[j]!.lower) && units[j]!.lower !== 'that' && units[j - 1]!.text === ',') return j - 1;
  }
  return -1;
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
  const objectNext = next !== undefined && (next.mention !== null || next.pos === 'DET');
  if (prev?.pos === 'AUX' && u.pos === 'ADJ') return true;
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
  if (after?.lower === "'s" || after?.lower === '’s' || (after?.pos === 'NOUN' && !after.mention)) return [...places];
  return [...places, last + 2];
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
const OF = new Set(['of']);
const PARTICIPLE_MODIFIERS = new Set(['based', 'backed', 'led', 'linked', 'affiliated', 'funded', 'sponsored', 'supported', 'run', 'aligned', 'allied']);

export interface ObjectOptions {
  /** The object comes only after one of these ("handed a pistol to X", "allied with X"). */
  readonly preps?: ReadonlySet<string> | null;
  /** Prepositions the path may cross once the object's phrase has begun ("several of X", "a hall in X"). */
  readonly through?: ReadonlySet<string>;
  readonly maxSlots?: number;
  /** Lists of goods may stand between verb and recipient: "provided bases, funding and arms to X". */
  readonly crossCommas?: boolean;
}

/**
 * The first mention to the right of `i` within the clause, optionally only once one of `preps` has
 * been passed. Stops at a comma, a clause break, a new verb (except one coordinated straight after the
 * trigger: "arrested and killed X") and at a preposition that opens another phrase ("targeting rebels
 * under the protection of X" does not reach X).
 */
export function rightObject(units: readonly Unit[], i: number, options: ObjectOptions = {}): number {
  const { preps = null, through = OF, maxSlots = 9, crossCommas = false } = options;
  let passedPrep = preps === null;
  for (let k = i + 1; k < units.length && k - i <= maxSlots; k++) {
    const u = units[k]!;
    if (u.mention) {
      if (passedPrep) return headMention(units, k);
      // "merged the Front's networks with the Guard": an object before the preposition makes the verb causative.
      if (!isModifierPlace(units, k) && !(u.viaCoref && u.lower !== 'it')) return -1;
      continue;
    }
    if ((u.text === ',' && !crossCommas) || isClauseBreak(units, k)) return -1;
    if (RELATIVES.has(u.lower)) return -1;
    if (preps?.has(u.lower) && !passedPrep) { passedPrep = true; continue; }
    if (u.pos === 'ADP' && passedPrep && !through.has(u.lower)) return -1;
    if (!OBJECT_PATH.has(u.pos) && u.text !== ',') {
      const coordinated = units[k - 1] && CONJUNCTIONS.has(units[k - 1]!.lower) && k - i <= 3;
      if (!coordinated) return -1;
    }
  }
  return -1;
}

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

// Where the phrase holding the mention at `k` begins: "LeT chief Rana Ashfaq", "his deputy Saif Orlan",
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
    if (!units[n]?.mention) break;
    const head = headMention(units, n);
    if (!sameType(units, head, k) || out.includes(head)) break;
    out.push(head);
    j = head;
  }
  // "Varn, Alder" is an appositive, not a list: without "and"/"or" only the first mention stands.
  return sawConjunction ? out : [k];
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
      for (let j = k + 1; j < units.length && j - k <= 6; j++) {
        if (units[j]!.mention && !isModifierPlace(units, j)) return j;
        // "by Afghan forces exposed …": the agent phrase ends at its verb.
        if (units[j]!.text === ',' || units[j]!.pos === 'VERB' || units[j]!.pos === 'AUX' || units[j]!.pos === 'PUNCT') return -1;
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

/** The subject of the predicate at `i`, or, for a clause-opening "-ing" adjunct, of the clause it opens. */
export function subjectOf(units: readonly Unit[], i: number): number {
  const left = leftSubject(units, i);
  if (left >= 0) return left;
  if (!units[i]!.lower.endsWith('ing') && units[i]!.pos === 'VERB') return -1;
  for (let k = 0; k < i; k++) if (units[k]!.mention || units[k]!.pos === 'AUX' || (units[k]!.pos === 'VERB' && !units[k]!.lower.endsWith('ing'))) return -1;
  return adverbialSubject(units, i);
}
