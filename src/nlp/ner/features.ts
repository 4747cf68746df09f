import { hashRange, hashString, mixHash } from './hash.js';
import { GAZETTEER_KINDS, markGazetteerMatches, phraseTokenHash, type PhraseIndex } from './gazetteer-index.js';
import { NO_DOCUMENT, sentenceModeOf, type DocumentStats, type WordInDocument } from './document-stats.js';
import { caseClass, FLAG, normalizeToken, shapeHash, tokenFlags } from './token-shape.js';

/** What feature extraction reads besides the words: tables that ship inside the model, and the gazetteers. */
export interface FeatureTables {
  /** Lower-cased word → how it is usually written mid-sentence (see CASE_PROFILE). */
  readonly caseProfile: ReadonlyMap<string, number>;
  readonly phrases: PhraseIndex;
  readonly bucketBits: number;
}

/**
 * Case profile of a word, learnt from where it is not sentence-initial in the unlabelled text:
 * sentence-initial and headline capitals say nothing about a word, but "The" usually written "the"
 * does. 0 unseen, 1 always lower, 2 mostly lower, 3 mixed, 4 mostly capitalised, 5 mostly all-caps,
 * 6 not in the text but a dictionary word (src/nlp/lexicon/common-words.txt).
 */
export const CASE_PROFILE = { unseen: 0, alwaysLower: 1, mostlyLower: 2, mixed: 3, mostlyCapitalised: 4, mostlyAllCaps: 5, dictionary: 6 } as const;

// Template numbers seed each feature's hash. Changing or reordering them invalidates trained models.
// Families and why each is here:
//  word identity (WORD, LOWER): most names recur; the exact form keeps case, the lower form survives headlines.
//  affixes (PRE*, SUF*): unseen names share endings (-stan, -abad, -ski, -ov) and organisations share heads.
//  shape and flags (SHAPE, FLAGS, CASES3): capitals, digits, hyphens and inner capitals ("LeT") mark names of unseen words.
//  position (POSITION): a capital at sentence start is weak evidence; at mid-sentence it is strong.
//  neighbours (PREV*, NEXT*, bigrams): "Mr", "said", "in", "of the" around a word decide its type.
//  case profile and sentence mode: a word usually written lower case is no name even when a title-case or
//    all-caps headline capitalises it; the mode lets the model discount shape in such sentences.
//  gazetteers (GAZ*): countries, places, designated groups and given names reach beyond the training text.
//  document (DOC_CASE*, DOC_CUES*): how the same article writes the word elsewhere, away from sentence
//    starts and headlines, and which telling contexts surround it there ("Mr X", "in X", "X said"):
//    the strongest evidence for a word in a headline, at a sentence start, or standing alone.
//  Word clusters are left out: the only unlabelled text here is the training text itself (~300k
//    tokens). Exchange-algorithm classes (64 and 256) built from it were tried as features and gave
//    eng.testa F1 0.922 against 0.923 without: they know no more than the word features already do.
//    wink's lexeme clusters are part-of-speech classes, which the case profile and dictionary cover.
const T = {
  BIAS: 1, WORD: 2, LOWER: 3, PRE2: 4, PRE3: 5, PRE4: 6, SUF1: 7, SUF2: 8, SUF3: 9, SUF4: 10, SHAPE: 11, FLAGS: 12,
  POSITION: 13, PREV_LOWER: 14, PREV2_LOWER: 15, NEXT_LOWER: 16, NEXT2_LOWER: 17, PREV_SHAPE: 18, NEXT_SHAPE: 19,
  BIGRAM_PREV: 20, BIGRAM_NEXT: 21, SHAPE3: 22, PREV_LOWER_SHAPE: 23, SHAPE_NEXT_LOWER: 24, CASE_PROFILE: 25,
  MODE_CASE: 26, MODE_PROFILE: 27, GAZ_START: 28, GAZ_INSIDE: 29, GAZ_PREV: 30, GAZ_NEXT: 31, GAZ_KIND: 32,
  CASES3: 46, DOC_CASE: 47, DOC_CASE_MODE: 48, DOC_CUES: 49, DOC_CUES_CASE: 50,
} as const;
export const FEATURES_PER_TOKEN = 36 + GAZETTEER_KINDS.length;

const BOUNDARY = hashString(99, '<s>');
const BIAS = hashString(T.BIAS, '');

/** What a word contributes on its own, whatever its neighbours: computed once per distinct word and cached. */
interface WordInfo {
  readonly lower: string;
  readonly lowerHash: number;
  readonly shape: number;
  readonly flags: number;
  readonly profile: number;
  /** Hashes of WORD, LOWER, PRE2–4, SUF1–4. */
  readonly intrinsic: Int32Array;
}
const INTRINSIC = 9;
const MAX_CACHED_WORDS = 200_000;
let cacheOwner: FeatureTables | null = null;
const wordCache = new Map<string, WordInfo>();

// News vocabulary is Zipfian: most tokens are words already seen, so hashing each distinct word once
// saves most of the character work. The cache belongs to one model's tables and is bounded.
function wordInfo(raw: string, tables: FeatureTables): WordInfo {
  if (cacheOwner !== tables || wordCache.size > MAX_CACHED_WORDS) { wordCache.clear(); cacheOwner = tables; }
  const cached = wordCache.get(raw);
  if (cached !== undefined) return cached;
  const word = normalizeToken(raw);
  const lower = word.toLowerCase();
  const len = lower.length;
  const lowerHash = phraseTokenHash(lower);
  const intrinsic = Int32Array.of(
    hashString(T.WORD, word), mixHash(T.LOWER, lowerHash),
    hashRange(T.PRE2, lower, 0, Math.min(2, len)), hashRange(T.PRE3, lower, 0, Math.min(3, len)), hashRange(T.PRE4, lower, 0, Math.min(4, len)),
    hashRange(T.SUF1, lower, Math.max(0, len - 1), len), hashRange(T.SUF2, lower, Math.max(0, len - 2), len),
    hashRange(T.SUF3, lower, Math.max(0, len - 3), len), hashRange(T.SUF4, lower, Math.max(0, len - 4), len),
  );
  const info: WordInfo = { lower, lowerHash, shape: shapeHash(word, T.SHAPE), flags: tokenFlags(word), profile: tables.caseProfile.get(lower) ?? CASE_PROFILE.unseen, intrinsic };
  wordCache.set(raw, info);
  return info;
}

/** The lower-cased, normalised form of a word and its FLAG bits, from the same cache as extraction. */
export function wordFacts(raw: string, tables: FeatureTables): { readonly lower: string; readonly flags: number } {
  return wordInfo(raw, tables);
}

/** Per-sentence scratch arrays, grown on demand and reused so a tagging run allocates little. */
class Scratch {
  size = 0;
  lower: string[] = [];
  info: WordInfo[] = [];
  lowerHash = new Int32Array(0);
  shape = new Int32Array(0);
  flags = new Int32Array(0);
  profile = new Int32Array(0);
  gazetteer = new Int32Array(0);
  lengthScratch = new Int32Array(0);
  lengths(n: number): Int32Array {
    if (this.lengthScratch.length < n) this.lengthScratch = new Int32Array(this.size);
    for (let i = 0; i < n; i++) this.lengthScratch[i] = this.lower[i]!.length;
    return this.lengthScratch;
  }
  ensure(n: number): void {
    if (n <= this.size) return;
    this.size = Math.max(n, this.size * 2, 64);
    this.lowerHash = new Int32Array(this.size);
    this.shape = new Int32Array(this.size);
    this.flags = new Int32Array(this.size);
    this.profile = new Int32Array(this.size);
    this.gazetteer = new Int32Array(this.size);
  }
}
const scratch = new Scratch();

/**
 * How the document writes this word elsewhere (this occurrence not counted): bit 1 lower case,
 * bit 2 capitalised, 0 when it gives no evidence.
 */
function documentCase(entry: WordInDocument | undefined, flags: number, counted: boolean): number {
  if (entry === undefined) return 0;
  let lowerCount = entry.lower;
  let capitalisedCount = entry.capitalised;
  if (counted) {
    if (!(flags & FLAG.initUpper) && flags & FLAG.hasLower) lowerCount--;
    else if (flags & FLAG.initUpper && !(flags & FLAG.allUpper)) capitalisedCount--;
  }
  return (lowerCount > 0 ? 1 : 0) | (capitalisedCount > 0 ? 2 : 0);
}

/**
 * Hashes every feature of every token of one sentence into `out` (n × FEATURES_PER_TOKEN bucket
 * numbers). `out` is grown when too small and returned.
 */
export function extractFeatures(words: readonly string[], tables: FeatureTables, out?: Int32Array, doc: DocumentStats = NO_DOCUMENT): Int32Array {
  const n = words.length;
  const F = FEATURES_PER_TOKEN;
  const feats = out && out.length >= n * F ? out : new Int32Array(n * F);
  const mask = (1 << tables.bucketBits) - 1;
  const s = scratch;
  s.ensure(n);
  for (let i = 0; i < n; i++) {
    const info = wordInfo(words[i]!, tables);
    s.info[i] = info;
    s.lower[i] = info.lower;
    s.lowerHash[i] = info.lowerHash;
    s.shape[i] = info.shape;
    s.flags[i] = info.flags;
    s.profile[i] = info.profile;
  }
  markGazetteerMatches(tables.phrases, s.lowerHash, n, s.gazetteer);
  const mode = sentenceModeOf(s.flags, s.lengths(n), n, doc.hasCapitals);
  const lh = (i: number): number => (i < 0 || i >= n ? BOUNDARY : s.lowerHash[i]!);
  const sh = (i: number): number => (i < 0 || i >= n ? BOUNDARY : s.shape[i]!);
  const cc = (i: number): number => (i < 0 || i >= n ? 5 : caseClass(s.flags[i]!));
  const gz = (i: number): number => (i < 0 || i >= n ? 0 : (s.gazetteer[i]! | (s.gazetteer[i]! >>> 16)) & 0xffff);

  let k = 0;
  const put = (h: number): void => { feats[k++] = h & mask; };
  for (let i = 0; i < n; i++) {
    const info = s.info[i]!;
    const lower = info.lower;
    const klass = cc(i);
    const position = i === 0 ? 0 : i === 1 ? 1 : i === n - 1 ? 3 : 2;
    k = i * F;
    put(BIAS);
    for (let j = 0; j < INTRINSIC; j++) put(info.intrinsic[j]!);
    put(s.shape[i]!);
    put(mixHash(T.FLAGS, s.flags[i]!));
    put(mixHash(T.POSITION, position * 8 + klass));
    put(mixHash(T.PREV_LOWER, lh(i - 1)));
    put(mixHash(T.PREV2_LOWER, lh(i - 2)));
    put(mixHash(T.NEXT_LOWER, lh(i + 1)));
    put(mixHash(T.NEXT2_LOWER, lh(i + 2)));
    put(mixHash(T.PREV_SHAPE, sh(i - 1)));
    put(mixHash(T.NEXT_SHAPE, sh(i + 1)));
    put(mixHash(mixHash(T.BIGRAM_PREV, lh(i - 1)), s.lowerHash[i]!));
    put(mixHash(mixHash(T.BIGRAM_NEXT, s.lowerHash[i]!), lh(i + 1)));
    put(mixHash(mixHash(mixHash(T.SHAPE3, sh(i - 1)), s.shape[i]!), sh(i + 1)));
    put(mixHash(mixHash(T.PREV_LOWER_SHAPE, lh(i - 1)), s.shape[i]!));
    put(mixHash(mixHash(T.SHAPE_NEXT_LOWER, s.shape[i]!), lh(i + 1)));
    put(mixHash(T.CASE_PROFILE, (s.profile[i]! * 8 + klass) * 2 + (i === 0 ? 1 : 0)));
    put(mixHash(T.MODE_CASE, mode * 8 + klass));
    put(mixHash(T.MODE_PROFILE, mode * 8 + s.profile[i]!));
    put(mixHash(T.GAZ_START, (s.gazetteer[i]! & 0xffff) * 8 + klass));
    put(mixHash(T.GAZ_INSIDE, s.gazetteer[i]! >>> 16));
    put(mixHash(T.GAZ_PREV, gz(i - 1)));
    put(mixHash(T.GAZ_NEXT, gz(i + 1)));
    for (let kind = 0; kind < GAZETTEER_KINDS.length; kind++) {
      const state = ((s.gazetteer[i]! >> kind) & 1) | (((s.gazetteer[i]! >>> (kind + 16)) & 1) << 1);
      put(mixHash(T.GAZ_KIND + kind, state * 8 + klass));
    }
    put(mixHash(T.CASES3, (cc(i - 1) * 8 + klass) * 8 + cc(i + 1)));
    const inDocument = doc.words.get(lower);
    const elsewhere = documentCase(inDocument, s.flags[i]!, i > 0 && mode === 0);
    put(mixHash(T.DOC_CASE, (elsewhere * 8 + klass) * 2 + (i === 0 ? 1 : 0)));
    put(mixHash(T.DOC_CASE_MODE, (elsewhere * 8 + klass) * 4 + mode));
    const cues = klass === 1 || klass === 2 ? inDocument?.cues ?? 0 : 0;
    put(mixHash(T.DOC_CUES, cues));
    put(mixHash(T.DOC_CUES_CASE, (cues * 8 + klass) * 2 + (i === 0 ? 1 : 0)));
    if (k !== (i + 1) * F) throw new Error(`feature count drifted: ${k - i * F} written, ${F} declared`);
  }
  return feats;
}
