import { BE_FORMS, KIN, REPORT_VERBS, TITLES } from './lexicon.js';
import { CONJUNCTIONS, QUOTES, RELATIVES, headMention, isClauseBreak, isHyphenModifier, isModifierPlace } from './phrases.js';
import type { Unit } from './sentence-view.js';

// Argument finding over collapsed units, shared by every construction. Each helper is a short scan
// with a hard distance cap, so a sentence costs a few passes over its slots whatever its shape.

const WH_WORDS = new Set(['what', 'whatever', 'whose', 'where', 'how', 'why', 'whether']);
const ACCUSING = new Set(['accused', 'accuses', 'accuse', 'accusing', 'charged', 'blamed', 'blames', 'suspected', 'suspects', 'convicted']);

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
    // 'said the Guard "has been arming the Front"': a quotation may open after the subject, before its auxiliaries.
    if ((k === i - 1 || adverbsOnly) && QUOTES.has(u.text)) continue;
    if (isClauseBreak(units, k)) return -1;
    // "The Front, which the Guard had armed, attacked Osk": step over the relative clause.
    if (u.text === ',') {
      const opener = relativeClauseStart(units, k);
      if (opener >= 0) { k = opener; continue; }
      // "Varn, son of governor Orlan, has been …": the name before an appositive is the subject.
      const head = appositiveHead(units, k);
      if (head >= 0) return head;
    }
    // "Varn asserted that camps in Osk function under …": the speaker is not the subject of the clause he reports.
    if (u.pos === 'SCONJ' && (u.lower === 'that' || u.lower === 'whether')) return -1;
    // "a Front raid that killed 30 Guard fighters": the relative pronoun's antecedent is the subject.
    if (adverbsOnly && RELATIVES.has(u.lower)) return relativeAntecedent(units, k);
    // "Hale accused the army of arming the Front": the accused acts, never the accuser.
    if (ACCUSING.has(u.lower) && units[k + 1]?.lower !== 'of') return -1;
    // "… said the army had killed …", "whose brother was killed": an unnamed noun is the subject, unless a
    // name owns or qualifies it ("the Front's fighters", "Front militants").
    if (adverbsOnly && u.pos === 'NOUN' && !u.mention && units[i]!.pos === 'VERB' && !units[i]!.lower.endsWith('ing')) return namedOwner(units, k);
    if (u.mention) {
      if (isModifierPlace(units, k) || isHyphenModifier(units, k)) continue;
      // "a photograph showing Varn handing a rifle to …": a mention right before its verb is its subject.
      if (adverbsOnly) return k;
      if (isPrep(precedingHead(units, k))) continue;
      const before = precedingHead(units, k);
      if (before && (before.pos === 'VERB') && !REPORT_VERBS.has(before.lower)) continue;
      // "has been a pivotal Alder asset": a name after a copula is the predicate, not the subject.
      if (before && before.pos === 'AUX' && BE_FORMS.has(before.lower)) continue;
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

const ACTOR_PARTS = new Set(['fighters', 'forces', 'militants', 'members', 'commanders', 'leaders', 'leadership', 'positions', 'position', 'bases', 'base', 'camps', 'camp', 'units', 'unit', 'cells', 'cell', 'operatives', 'troops', 'officials', 'officers', 'soldiers', 'convoy', 'convoys', 'targets', 'facilities', 'headquarters', 'strongholds', 'stronghold', 'hideouts', 'hideout', 'militia', 'gunmen', 'supporters', 'loyalists', 'cadres', 'rebels', 'insurgents', 'affiliates', 'networks', 'network', 'infrastructure', 'factions', 'faction', 'elements', 'wing', 'wings', 'branch', 'branches', 'allies', 'proxies', 'men', 'guerrillas', 'jihadists', 'regime', 'government', 'authorities', 'administration', 'chiefs', 'operations', 'assets', 'agents', 'spies', 'envoys', 'delegation',
  // an armed group's installations: attacking "an RVF checkpoint" is attacking the group
  'checkpoint', 'checkpoints', 'outpost', 'outposts', 'post', 'posts', 'patrol', 'patrols', 'compound', 'compounds', 'office', 'offices', 'depot', 'depots', 'garrison', 'garrisons', 'vehicle', 'vehicles']);

function isQualifyingName(units: readonly Unit[], k: number): boolean {
  const next = units[k + 1];
  const type = units[k]!.mention!.type;
  return (type === 'organization' || type === 'person') && next !== undefined && !next.mention && next.pos === 'NOUN' && !ACTOR_PARTS.has(next.lower);
}

function namedOwner(units: readonly Unit[], noun: number): number {
  if (KIN.has(units[noun]!.lower)) return -1;
  let j = noun - 1;
  while (j >= 0 && units[j]!.pos === 'ADJ' && noun - j <= 2) j--;
  const before = units[j];
  if (before?.mention && before.mention.type !== 'location') return j;
  if ((before?.lower === "'s" || before?.lower === '’s') && units[j - 1]?.mention) return j - 1;
  return -1;
}

function relativeAntecedent(units: readonly Unit[], rel: number): number {
  let j = rel - 1;
  if (units[j]?.text === ',') j--;
  // "a Front raid in Osk that killed …": the clause belongs to the raid, not the place.
  if (units[j]?.mention?.type === 'location' && units[j - 1]?.pos === 'ADP') j -= 2;
  else if (units[j]?.mention) return j;
  // "a Front raid that …": the group named on the noun did it.
  while (j > 0 && !units[j]!.mention && (units[j]!.pos === 'NOUN' || units[j]!.pos === 'ADJ') && rel - j <= 3) j--;
  const m = units[j]?.mention;
  return m && (m.type === 'organization' || m.type === 'person') ? j : -1;
}

function appositiveHead(units: readonly Unit[], close: number): number {
  for (let j = close - 1; j > 0 && close - j <= 14; j--) {
    const u = units[j]!;
    if (u.pos === 'VERB' || u.pos === 'AUX' || isClauseBreak(units, j) || RELATIVES.has(u.lower)) return -1;
    if (u.text !== ',') continue;
    const head = units[j - 1]!;
    return j < close - 1 && head.mention && (head.mention.type === 'person' || head.mention.type === 'organization') ? j - 1 : -1;
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
      if (passedPrep) {
        const head = headMention(units, k);
        // "backed a UN resolution": a name qualifying a thing is not the object; "Front fighters" still is.
        if (head === k && isQualifyingName(units, k)) return -1;
        return head;
      }
      // "defected from the Guard to the Front", "moved rifles from Alder to the Front": where from is no object.
      const from = units[k - 1]?.lower === 'from' || (units[k - 1]?.lower === 'the' && units[k - 2]?.lower === 'from');
      // "merged the Front's networks with the Guard": an object before the preposition makes the verb causative.
      if (!from && !isModifierPlace(units, k) && !(u.viaCoref && u.lower !== 'it')) return -1;
      continue;
    }
    if ((u.text === ',' && !crossCommas) || isClauseBreak(units, k)) return -1;
    // "to counter what Alder views as …": a wh-word opens a clause of its own.
    if (RELATIVES.has(u.lower) || WH_WORDS.has(u.lower)) return -1;
    if (preps?.has(u.lower) && !passedPrep) { passedPrep = true; continue; }
    if (u.pos === 'ADP' && passedPrep && !through.has(u.lower)) return -1;
    if (!OBJECT_PATH.has(u.pos) && u.text !== ',') {
      const coordinated = units[k - 1] && CONJUNCTIONS.has(units[k - 1]!.lower) && k - i <= 3;
      if (!coordinated) return -1;
    }
  }
  return -1;
}

/** The agent of a passive: the first mention after "by" within reach, skipping a comma-set appositive. */
export function byAgent(units: readonly Unit[], i: number, maxSlots = 22, throughVerbs?: ReadonlySet<string>): number {
  for (let k = i + 1; k < units.length && k - i <= maxSlots; k++) {
    const u = units[k]!;
    if (u.text === ';' || u.text === '.') return -1;
    // From an event noun, "by" names its doer only through a verb of doing ("the attack was carried out by"):
    // "the attack was paid for by Alder" or "condemned by Alder" names someone else.
    if (throughVerbs && u.pos === 'VERB' && !throughVerbs.has(u.lower)) return -1;
    if (u.lower === 'by') {
      for (let j = k + 1; j < units.length && j - k <= 6; j++) {
        // "by Alder's intelligence agency X": the possessed name is the agent.
        if (units[j]!.mention && (units[j + 1]?.lower === "'s" || units[j + 1]?.lower === '’s') && units[j + 2]?.mention) return j + 2;
        // "by Alder-led coalition aircraft": the name before "-led" modifies the agent after it.
        if (units[j]!.mention && isHyphenModifier(units, j)) { j += 2; continue; }
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
