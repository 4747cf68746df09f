import { pathPrefix } from '../clusters/bisecting-kmeans.js';
import type { WordClusters } from '../clusters/word-clusters.js';
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
  /** Word clusters (src/nlp/clusters/); without them every word reads as "not in the vocabulary". */
  readonly clusters?: WordClusters | undefined;
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
//  word clusters (CLUSTER*): paths of the word and its neighbours in clusters of 341k words built from
//    GloVe vectors (models/clusters/README.md), at 4, 8, 12 and 16 bits (Ratinov & Roth 2009; Turian et
//    al. 2010): a name never seen in training shares weights with names used alike in Wikipedia and
//    newswire ("Orakzai" with "Kurram", "Malakand"). Case matters beside them ("may" / "May"), so the
//    12- and 16-bit paths are also read with the case class; cluster pairs and cluster-beside-word
//    pairs carry the contexts ("Mr" + a name cluster). (Exchange-algorithm classes from the ~300k tokens of
//    training text alone had been tried before and gave nothing: that text knows no more than the
//    word features do.)
const T = {
  BIAS: 1, WORD: 2, LOWER: 3, PRE2: 4, PRE3: 5, PRE4: 6, SUF1: 7, SUF2: 8, SUF3: 9, SUF4: 10, SHAPE: 11, FLAGS: 12,
  POSITION: 13, PREV_LOWER: 14, PREV2_LOWER: 15, NEXT_LOWER: 16, NEXT2_LOWER: 17, PREV_SHAPE: 18, NEXT_SHAPE: 19,
  BIGRAM_PREV: 20, BIGRAM_NEXT: 21, SHAPE3: 22, PREV_LOWER_SHAPE: 23, SHAPE_NEXT_LOWER: 24, CASE_PROFILE: 25,
  MODE_CASE: 26, MODE_PROFILE: 27, GAZ_START: 28, GAZ_INSIDE: 29, GAZ_PREV: 30, GAZ_NEXT: 31, GAZ_KIND: 32,
  CASES3: 46, DOC_CASE: 47, DOC_CASE_MODE: 48, DOC_CUES: 49, DOC_CUES_CASE: 50,
  CLUSTER8: 51, CLUSTER12: 52, CLUSTER16: 53, CLUSTER16_CASE: 54, PREV_CLUSTER8: 55, NEXT_CLUSTER8: 56,
  PREV_CLUSTER16: 57, NEXT_CLUSTER16: 58, PREV2_CLUSTER12: 59, NEXT2_CLUSTER12: 60,
  CLUSTER4: 61, CLUSTER12_CASE: 62, CLUSTER_BIGRAM_PREV: 63, CLUSTER_BIGRAM_NEXT: 64, PREV_LOWER_CLUSTER12: 65, CLUSTER12_NEXT_LOWER: 66,
} as const;
export const CLUSTER_FEATURES = 16;   // the last slots of every token (see extractFeatures)
/**
 * The bucket of a feature that is not there: training never updates it (perceptron.ts), so its weights
 * stay 0 and writing it adds nothing. A fixed count of features per token keeps the decoder's loops
 * simple; this lets one of them be absent. (A real feature that hashes to bucket 0 is read as bucket 1.)
 */
export const SILENT_BUCKET = 0;
export const FEATURES_PER_TOKEN = 36 + GAZETTEER_KINDS.length + CLUSTER_FEATURES;
/** Cluster path prefix lengths that WordInfo.cluster holds. */
const CLUSTER_BITS = [8, 12, 16, 4] as const;

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
  /** Cluster path prefixes of CLUSTER_BITS bits; 0 when the word is not in the cluster vocabulary. */
  readonly cluster: Int32Array;
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
  const path = tables.clusters?.pathOf(word) ?? 0;
  const cluster = Int32Array.from(CLUSTER_BITS, (bits) => pathPrefix(path, bits));
  const info: WordInfo = { lower, lowerHash, shape: shapeHash(word, T.SHAPE), flags: tokenFlags(word), profile: tables.caseProfile.get(lower) ?? CASE_PROFILE.unseen, intrinsic, cluster };
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
  const cl = (i: number, granularity: number): number => (i < 0 || i >= n ? BOUNDARY : s.info[i]!.cluster[granularity]!);
  const gz = (i: number): number => (i < 0 || i >= n ? 0 : (s.gazetteer[i]! | (s.gazetteer[i]! >>> 16)) & 0xffff);

  let k = 0;
  const put = (h: number): void => { feats[k++] = (h & mask) || 1; };
  // A cluster feature of atoms a (and b); silent when a cluster atom is 0 (the word has no cluster).
  const putCluster = (template: number, a: number, b?: number): void => {
    if (a === 0 || b === 0) { feats[k++] = SILENT_BUCKET; return; }
    let h = mixHash(template, a);
    if (b !== undefined) h = mixHash(h, b);
    feats[k++] = (h & mask) || 1;
  };
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
    // A word the vectors do not know has no cluster, and its cluster features are silent (SILENT_BUCKET)
    // rather than an "unknown" value: invented or rare names are all unknown to the vectors, and an
    // "unknown" weight learnt from CoNLL's rare words typed every one of them alike (the fictional wire
    // set's "Haut-Zamou" became an organisation in six articles).
    const c = info.cluster;
    putCluster(T.CLUSTER8, c[0]!);
    putCluster(T.CLUSTER12, c[1]!);
    putCluster(T.CLUSTER16, c[2]!);
    putCluster(T.CLUSTER16_CASE, c[2]!, klass);
    putCluster(T.PREV_CLUSTER8, cl(i - 1, 0));
    putCluster(T.NEXT_CLUSTER8, cl(i + 1, 0));
    putCluster(T.PREV_CLUSTER16, cl(i - 1, 2));
    putCluster(T.NEXT_CLUSTER16, cl(i + 1, 2));
    putCluster(T.PREV2_CLUSTER12, cl(i - 2, 1));
    putCluster(T.NEXT2_CLUSTER12, cl(i + 2, 1));
    putCluster(T.CLUSTER4, c[3]!);
    putCluster(T.CLUSTER12_CASE, c[1]!, klass);
    // Cluster pairs and a cluster beside its neighbour word: "Mr" + a name cluster, "in" + a place cluster.
    putCluster(T.CLUSTER_BIGRAM_PREV, cl(i - 1, 0), c[0]!);
    putCluster(T.CLUSTER_BIGRAM_NEXT, c[0]!, cl(i + 1, 0));
    putCluster(T.PREV_LOWER_CLUSTER12, c[1]!, lh(i - 1));
    putCluster(T.CLUSTER12_NEXT_LOWER, c[1]!, lh(i + 1));
    if (k !== (i + 1) * F) throw new Error(`feature count drifted: ${k - i * F} written, ${F} declared`);
  }
  return feats;
}
