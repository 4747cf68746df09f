import { FEATURES_PER_TOKEN, wordFacts, type FeatureTables } from './features.js';
import { mixHash } from './hash.js';
import { caseClass, FLAG } from './token-shape.js';

// The second stage of the tagger (Krishnan & Manning 2006; Ratinov & Roth 2009): a model of the same
// kind that reads, beside the first stage's features, what the first stage predicted for the same
// word elsewhere in the article and for the words around it. A first pass that tags "Zelby" PER
// three times and once, in a headline, ORG, gets the fourth right the second time. Its training
// inputs come from first-stage models that never saw the sentence (jack-knifing, train-ner.ts), so
// they are as wrong there as at run time.

/** Entity type of a label index: 0 O, 1 PER, 2 ORG, 3 LOC, 4 MISC (LABELS pairs B-X with I-X). */
const typeOf = (label: number): number => (label + 1) >> 1;
const TYPES = 5;
/** Positions inside a first-stage span of two tokens or more: first, inner, last. */
const SPAN_POSITIONS = 3;
const LONGER_SLOTS = (TYPES - 1) * SPAN_POSITIONS;
const NONE = 9;

// Template numbers seed the hashes; they stay clear of features.ts's (1–50, 99).
const T = { SELF: 101, PREV: 102, NEXT: 103, AROUND: 104, PREV2: 105, NEXT2: 106, MAJORITY: 107, ENTITY_SHARE: 108, FIRST: 109, LONGER: 110, AGREE: 111, SEEN_TYPES: 112 } as const;
export const SECOND_STAGE_EXTRA = Object.keys(T).length;
export const SECOND_STAGE_FEATURES_PER_TOKEN = FEATURES_PER_TOKEN + SECOND_STAGE_EXTRA;

interface WordVotes {
  /** First-stage types of the word's counted occurrences (see countsAt). */
  readonly types: Int32Array;
  /** Document-wide token offset and type of its first counted occurrence. */
  first: number;
  firstType: number;
  /** Occurrences inside first-stage spans of two tokens or more, by type and position. */
  readonly longer: Int32Array;
}

/** What the first stage said about each word of one document. */
export interface FirstStageVotes {
  readonly words: ReadonlyMap<string, WordVotes>;
  /** Document-wide offset of each sentence's first token. */
  readonly offsets: Int32Array;
  readonly hasCapitals: boolean;
}

/**
 * A word written in lower case in a cased article is another word than its capitalised namesake
 * ("may" and "May"), so only its other occurrences vote; in caseless text every occurrence does.
 */
const countsAt = (flags: number, hasCapitals: boolean): boolean => !hasCapitals || !(flags & FLAG.hasLower) || (flags & FLAG.initUpper) !== 0;

/** Spans of two tokens or more: position of each token in its span (-1 outside one). */
function longSpanPositions(labels: Int32Array, n: number, out: Int32Array): void {
  for (let i = 0; i < n;) {
    let j = i + 1;
    if (labels[i]! !== 0) while (j < n && labels[j]! !== 0 && labels[j]! % 2 === 0) j++;
    for (let k = i; k < j; k++) out[k] = labels[i]! === 0 || j - i < 2 ? -1 : k === i ? 0 : k === j - 1 ? 2 : 1;
    i = j;
  }
}

/** Gathers the first stage's labels of one document (its sentences in order) by lower-cased word. */
export function collectVotes(sentences: readonly (readonly string[])[], labels: readonly Int32Array[], tables: FeatureTables, hasCapitals: boolean): FirstStageVotes {
  const words = new Map<string, WordVotes>();
  const offsets = new Int32Array(sentences.length);
  let offset = 0;
  let spanPositions = new Int32Array(64);
  sentences.forEach((sentence, s) => {
    offsets[s] = offset;
    const n = sentence.length;
    if (spanPositions.length < n) spanPositions = new Int32Array(n * 2);
    longSpanPositions(labels[s]!, n, spanPositions);
    for (let i = 0; i < n; i++, offset++) {
      const facts = wordFacts(sentence[i]!, tables);
      if (!countsAt(facts.flags, hasCapitals)) continue;
      let votes = words.get(facts.lower);
      if (votes === undefined) { votes = { types: new Int32Array(TYPES), first: offset, firstType: typeOf(labels[s]![i]!), longer: new Int32Array(LONGER_SLOTS) }; words.set(facts.lower, votes); }
      const type = typeOf(labels[s]![i]!);
      votes.types[type]!++;
      if (spanPositions[i]! >= 0) votes.longer[(type - 1) * SPAN_POSITIONS + spanPositions[i]!]!++;
    }
  });
  return { words, offsets, hasCapitals };
}

let positions = new Int32Array(64);

/**
 * Writes the second stage's features for one sentence: the first stage's features of each token
 * (`firstStage`, FEATURES_PER_TOKEN a token) followed by SECOND_STAGE_EXTRA of its own.
 */
export function extractSecondStageFeatures(words: readonly string[], sentenceIndex: number, firstStage: Int32Array, labels: Int32Array, votes: FirstStageVotes, tables: FeatureTables, out?: Int32Array): Int32Array {
  const n = words.length;
  const F = SECOND_STAGE_FEATURES_PER_TOKEN;
  const F1 = FEATURES_PER_TOKEN;
  const feats = out && out.length >= n * F ? out : new Int32Array(n * F);
  const mask = (1 << tables.bucketBits) - 1;
  if (positions.length < n) positions = new Int32Array(n * 2);
  longSpanPositions(labels, n, positions);
  const label = (i: number): number => (i < 0 || i >= n ? NONE : labels[i]!);
  const others = new Int32Array(TYPES);
  const longer = new Int32Array(LONGER_SLOTS);
  let k = 0;
  const put = (h: number): void => { feats[k++] = h & mask; };
  for (let i = 0; i < n; i++) {
    k = i * F;
    feats.set(firstStage.subarray(i * F1, (i + 1) * F1), k);
    k += F1;
    const facts = wordFacts(words[i]!, tables);
    const klass = caseClass(facts.flags);
    const own = label(i);
    const ownType = typeOf(own);
    put(mixHash(T.SELF, own * 8 + klass));
    put(mixHash(T.PREV, label(i - 1) * 16 + own));
    put(mixHash(T.NEXT, own * 16 + label(i + 1)));
    put(mixHash(T.AROUND, (label(i - 1) * 16 + own) * 16 + label(i + 1)));
    put(mixHash(T.PREV2, label(i - 2) * 16 + label(i - 1)));
    put(mixHash(T.NEXT2, label(i + 1) * 16 + label(i + 2)));

    // The word elsewhere in the document, this occurrence taken out.
    const entry = votes.words.get(facts.lower);
    const counted = entry !== undefined && countsAt(facts.flags, votes.hasCapitals);
    others.fill(0);
    longer.fill(0);
    if (entry !== undefined) { others.set(entry.types); longer.set(entry.longer); }
    if (counted) {
      others[ownType]!--;
      if (positions[i]! >= 0) longer[(ownType - 1) * SPAN_POSITIONS + positions[i]!]!--;
    }
    let total = 0;
    let majority = 0;
    let entities = 0;
    let entityMajority = 0;
    let seen = 0;
    for (let t = 0; t < TYPES; t++) {
      total += others[t]!;
      if (others[t]! > others[majority]!) majority = t;
      if (t > 0) {
        entities += others[t]!;
        if (others[t]! > 0) seen |= 1 << (t - 1);
        if (entityMajority === 0 || others[t]! > others[entityMajority]!) entityMajority = others[t]! > 0 ? t : entityMajority;
      }
    }
    const amount = total === 0 ? 0 : total === 1 ? 1 : total === 2 ? 2 : 3;
    put(mixHash(T.MAJORITY, ((total === 0 ? NONE : majority) * 4 + amount) * 8 + klass));
    const share = entities === 0 ? 0 : entities === total ? 3 : 2 * entities >= total ? 2 : 1;
    put(mixHash(T.ENTITY_SHARE, (entityMajority * 4 + share) * 8 + klass));
    const offset = votes.offsets[sentenceIndex]! + i;
    const firstElsewhere = entry !== undefined && entry.first !== offset && total > 0;
    put(mixHash(T.FIRST, (firstElsewhere ? entry.firstType + (entry.first < offset ? 1 : 6) : 0) * 8 + klass));
    let longest = -1;
    let inLonger = 0;
    for (let slot = 0; slot < LONGER_SLOTS; slot++) {
      inLonger += longer[slot]!;
      if (longer[slot]! > 0 && (longest < 0 || longer[slot]! > longer[longest]!)) longest = slot;
    }
    // How much of the document says so: one long span among many short ones may be a run-on mistake.
    const longerShare = inLonger === 0 ? 0 : 2 * inLonger >= total ? 2 : 1;
    const ownSpan = ownType === 0 ? 0 : positions[i]! >= 0 ? 2 : 1;
    // With the word's majority type: a run-on span that swallowed a word the article otherwise
    // types another way ("… ISKP Balochistan coordinator" once, "in Balochistan" often) says little.
    // Only positive evidence: that a word never appears inside a longer name is no sign of its type
    // (CoNLL's sports pages teach that a lone capitalised word is rarely a person, which news of
    // other kinds, "Assad said", does not bear out).
    put(longest < 0 ? mixHash(T.LONGER, 0) : mixHash(T.LONGER, (((longest + 1) * 4 + ownSpan) * 4 + longerShare) * 16 + (total === 0 ? NONE : majority)));
    put(mixHash(T.AGREE, ((total === 0 ? NONE : majority) * 8 + ownType) * 8 + klass));
    put(mixHash(T.SEEN_TYPES, (seen * 8 + ownType) * 8 + klass));
  }
  return feats;
}

/** How many more first-stage votes the document's majority type needs than a token's own type to relabel it. */
const MAJORITY_MARGIN = 2;

/** Bits of the labels of one type: O alone, or B-X and I-X. */
const typeLabels = (type: number): number => (type === 0 ? 1 : (1 << (2 * type - 1)) | (1 << (2 * type)));

/**
 * Which labels the second stage may give each token of a sentence, as a bit per label (`allowed`).
 * A token whose word the first stage typed in more than one way across the document may keep its
 * type, move to the type of the longer names it appears in ("Ilsa Vell" … "Vell"), or move to the
 * type the document gives the word at least MAJORITY_MARGIN times more often than its own; the rest
 * of its first-stage span may follow; every other token keeps its first-stage label. Where the
 * document agrees with itself the second stage has nothing to add but the noise of a second model,
 * so it may settle a conflict, never start one. Unconstrained, it changed tags that no evidence had
 * questioned, and moving on a tie or a one-vote majority ("the Asad regime" twice LOC, "by Asad"
 * once PER) spread the first stage's commoner mistake: the development articles lost more than
 * eng.testa gained (MODEL_CARD.md). Returns the number of tokens with a choice (none: no re-tagging).
 */
export function allowedLabels(words: readonly string[], labels: Int32Array, votes: FirstStageVotes, tables: FeatureTables, allowed: Int32Array): number {
  const n = words.length;
  for (let i = 0; i < n; i++) {
    allowed[i] = 1 << labels[i]!;
    const entry = votes.words.get(wordFacts(words[i]!, tables).lower);
    if (entry === undefined) continue;
    let types = 0;
    let majority = 0;
    let tied = false;
    for (let t = 0; t < TYPES; t++) {
      if (entry.types[t]! > 0) types++;
      if (entry.types[t]! > entry.types[majority]!) { majority = t; tied = false; } else if (t > 0 && entry.types[t] === entry.types[majority]) tied = true;
    }
    let longest = -1;
    for (let slot = 0; slot < LONGER_SLOTS; slot++) if (entry.longer[slot]! > 0 && (longest < 0 || entry.longer[slot]! > entry.longer[longest]!)) longest = slot;
    const inName = longest < 0 ? 0 : typeLabels(1 + Math.floor(longest / SPAN_POSITIONS));
    const own = typeOf(labels[i]!);
    const toMajority = !tied && entry.types[majority]! - entry.types[own]! >= MAJORITY_MARGIN ? typeLabels(majority) : 0;
    if (types > 1) allowed[i] = typeLabels(own) | inName | toMajority;
  }
  // The rest of a first-stage span may take the types open to its contested words.
  let choices = 0;
  for (let i = 0; i < n;) {
    let j = i + 1;
    if (labels[i]! !== 0) while (j < n && labels[j]! !== 0 && labels[j]! % 2 === 0) j++;
    let open = 0;
    for (let k = i; k < j; k++) if (allowed[k] !== 1 << labels[k]!) open |= allowed[k]!;
    if (open !== 0) for (let k = i; k < j; k++) allowed[k] = allowed[k]! | (open & ~1) | typeLabels(typeOf(labels[k]!));
    for (let k = i; k < j; k++) if (allowed[k] !== 1 << labels[k]!) choices++;
    i = j;
  }
  return choices;
}
