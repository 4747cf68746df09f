import { hashText, key1, key2, key3, seededRandom, shuffleInPlace } from './feature-hash.js';
import { SparseWeights } from './sparse-weights.js';
import { FeatureWeights, type Scorer } from './weights.js';
import type { WordClusters } from '../clusters/word-clusters.js';
import { C12, C16, C4, C8, wordAtoms, type WordAtoms } from './word-atoms.js';

/**
 * Greedy left-to-right tagger of joint UPOS|XPOS tags ("VERB|VBN"), averaged perceptron (Collins 2002; the design of Honnibal's
 * "A good POS tagger in about 200 lines"). Why greedy and not Viterbi: with the two previous
 * predicted tags as features a greedy tagger is within a tenth of a point of a first-order CRF on
 * English and needs one pass, which matters because every analysed sentence is tagged.
 */
export interface TaggerModel {
  /** Joint tags, `UPOS|XPOS`, indexed by class. Why joint: the parser reads the Penn tag (VBD vs VBN,
   * TO, WDT, RP tell attachments apart that UPOS merges), and predicting both as one keeps them consistent. */
  readonly tags: readonly string[];
  readonly weights: Scorer;
  /** Frequent words that nearly always take one tag: tagged by lookup, never scored. */
  readonly tagDictionary: ReadonlyMap<string, number>;
  /** The word clusters the features read, when the model was trained with them. */
  readonly clusters?: WordClusters | undefined;
  /** Lower-cased word → hash of the set of tags it was seen with in training (its ambiguity class). */
  readonly ambiguity?: ReadonlyMap<string, number> | undefined;
}

const NONE = 0x5f5f5f;   // atom for "no word / no tag here" (before the start, after the end)
// 28 templates of Honnibal's tagger, 9 more (ambiguity classes, the last part of a hyphenated word,
// neighbour pairs), and with word clusters 4 of the word's own and 6 of its context.
export const TAGGER_FEATURES = 47;

/** Per sentence, what the features read beside the word atoms: each word's ambiguity class (0 if unseen) and hyphen part (0 if none). */
interface SentenceContext { readonly amb: Int32Array; readonly hyphenLast: Int32Array }

function sentenceContext(model: { readonly ambiguity?: ReadonlyMap<string, number> | undefined }, words: readonly string[]): SentenceContext {
  const n = words.length;
  const amb = new Int32Array(n);
  const hyphenLast = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const low = words[i]!.toLowerCase();
    amb[i] = model.ambiguity?.get(low) ?? 0;
    // "Iran-backed", "Kurdish-led": the last part is a word the tagger knows ("backed"), which the
    // whole, unseen form is not; its affixes alone cannot tell "-backed" from "-bed".
    const dash = low.lastIndexOf('-');
    if (dash > 0 && dash < low.length - 1) hyphenLast[i] = hashText(low, dash + 1);
  }
  return { amb, hyphenLast };
}

/** Fills `out` with the feature keys of word i given the two previous predicted tags; returns the count. */
function taggerFeatures(a: WordAtoms, i: number, prev: number, prev2: number, out: Int32Array, ctx: SentenceContext): number {
  return contextFeatures(a, i, prev, prev2, out, ownFeatures(a, i, out, ctx), ctx);
}

/**
 * The features of word i that read nothing but the word itself (the bias, its form, affixes and
 * shape): the same for every occurrence of the word, so their sums are kept per word (see tagWords).
 */
function ownFeatures(a: WordAtoms, i: number, out: Int32Array, ctx: SentenceContext): number {
  let k = 0;
  out[k++] = key1(0, 0);
  out[k++] = key1(1, a.lower[i]!);
  out[k++] = key1(2, a.form[i]!);
  out[k++] = key1(3, a.suffix[0]![i]!);
  out[k++] = key1(4, a.suffix[1]![i]!);
  out[k++] = key1(5, a.suffix[2]![i]!);
  out[k++] = key1(6, a.suffix[3]![i]!);
  out[k++] = key1(7, a.prefix[0]![i]!);
  out[k++] = key1(8, a.prefix[1]![i]!);
  out[k++] = key1(9, a.prefix[2]![i]!);
  out[k++] = key1(10, a.shape[i]!);
  // A rare word's cluster at four granularities: the coarse ones act as a class guess ("a place
  // name", "a verb of violence"), the fine ones as the word's near-identity.
  if (a.cluster.length > 0) {
    const c = a.cluster;
    out[k++] = key1(28, c[C4]![i]!); out[k++] = key1(29, c[C8]![i]!); out[k++] = key1(30, c[C12]![i]!); out[k++] = key1(31, c[C16]![i]!);
  }
  out[k++] = key1(40, ctx.amb[i]!);
  if (ctx.hyphenLast[i] !== 0) out[k++] = key1(41, ctx.hyphenLast[i]!);
  return k;
}

/** Writes from out[at] the features of word i that read its neighbours, its position or the previous tags; returns the end. */
function contextFeatures(a: WordAtoms, i: number, prev: number, prev2: number, out: Int32Array, at: number, ctx: SentenceContext): number {
  const n = a.form.length;
  const w = a.lower[i]!;
  const wp = i > 0 ? a.lower[i - 1]! : NONE;
  const wpp = i > 1 ? a.lower[i - 2]! : NONE;
  const wn = i + 1 < n ? a.lower[i + 1]! : NONE;
  const wnn = i + 2 < n ? a.lower[i + 2]! : NONE;
  const s3 = a.suffix[2]![i]!;
  let k = at;
  out[k++] = key1(11, wp);
  out[k++] = key1(12, wn);
  out[k++] = key1(13, wpp);
  out[k++] = key1(14, wnn);
  out[k++] = key1(15, prev);
  out[k++] = key1(16, prev2);
  out[k++] = key2(17, prev, prev2);
  out[k++] = key2(18, prev, w);
  out[k++] = key2(19, prev, s3);
  out[k++] = key1(20, i > 0 ? a.suffix[2]![i - 1]! : NONE);
  out[k++] = key1(21, i + 1 < n ? a.suffix[2]![i + 1]! : NONE);
  out[k++] = key2(22, wp, w);
  out[k++] = key2(23, w, wn);
  out[k++] = key1(24, i + 1 < n ? a.shape[i + 1]! : NONE);
  out[k++] = key1(25, i > 0 ? a.shape[i - 1]! : NONE);
  out[k++] = key2(26, i === 0 ? 1 : 0, a.shape[i]!);
  out[k++] = key3(27, prev, w, wn);
  if (a.cluster.length > 0) {
    const c8 = a.cluster[C8]!, c16 = a.cluster[C16]!;
    out[k++] = key1(32, i > 0 ? c16[i - 1]! : NONE);
    out[k++] = key1(33, i + 1 < n ? c16[i + 1]! : NONE);
    out[k++] = key1(34, i > 0 ? c8[i - 1]! : NONE);
    out[k++] = key1(35, i + 1 < n ? c8[i + 1]! : NONE);
    out[k++] = key2(36, prev, a.cluster[C12]![i]!);
    out[k++] = key2(37, c8[i]!, i + 1 < n ? c8[i + 1]! : NONE);
  }
  // The ambiguity classes of the next two words stand in for the tags a left-to-right tagger has not
  // yet given them ("aircraft struck the depot": a noun-or-verb word followed by a determiner is rarely a noun).
  const amb = ctx.amb;
  const ambNext = i + 1 < n ? amb[i + 1]! : NONE;
  out[k++] = key1(42, ambNext);
  out[k++] = key1(43, i + 2 < n ? amb[i + 2]! : NONE);
  out[k++] = key2(44, prev, amb[i]!);
  out[k++] = key2(45, amb[i]!, ambNext);
  out[k++] = key3(46, prev, amb[i]!, ambNext);
  if (ctx.hyphenLast[i] !== 0) out[k++] = key2(50, prev, ctx.hyphenLast[i]!);
  out[k++] = key2(51, w, i + 1 < n ? a.suffix[2]![i + 1]! : NONE);
  out[k++] = key2(52, prev, wn);
  out[k++] = key2(53, i > 0 ? a.suffix[2]![i - 1]! : NONE, s3);
  return k;
}

/** Tags one sentence; returns joint tag indices (see TaggerModel.tags). */
export function tagWords(model: TaggerModel, words: readonly string[], atoms: WordAtoms = wordAtoms(words, model.clusters)): Int32Array {
  if (model.weights instanceof SparseWeights) return tagWithOwnSums(model, model.weights, words, atoms);
  const n = words.length;
  const tags = new Int32Array(n);
  const feats = new Int32Array(TAGGER_FEATURES);
  const CLASSES = model.weights.classes;
  const scores = new Float32Array(CLASSES);
  const ctx = sentenceContext(model, words);
  for (let i = 0; i < n; i++) {
    const known = model.tagDictionary.get(words[i]!);
    if (known !== undefined) { tags[i] = known; continue; }
    const count = taggerFeatures(atoms, i, i > 0 ? tags[i - 1]! : NONE, i > 1 ? tags[i - 2]! : NONE, feats, ctx);
    model.weights.score(feats, count, scores);
    tags[i] = argmax(scores, CLASSES);
  }
  return tags;
}

// Per loaded table, each word's sums over its own features (ownFeatures). A word's own features are
// eleven of the twenty-eight and hold the densest rows (the bias, suffixes, shape: ~50 of 89 classes a
// row), so a word seen before costs one row copy instead of eleven lookups. Bounded: ~1 MB per 3,000 words.
const ownSums = new WeakMap<SparseWeights, Map<string, Int32Array>>();
const MAX_OWN_SUMS = 20_000;

/**
 * tagWords over a loaded (sparse, integer) table: the word's own sums, kept from an earlier
 * occurrence, plus its context features. The integer sums are the ones score() would give, so the
 * tags are the same.
 */
function tagWithOwnSums(model: TaggerModel, weights: SparseWeights, words: readonly string[], atoms: WordAtoms): Int32Array {
  const n = words.length;
  const tags = new Int32Array(n);
  const feats = new Int32Array(TAGGER_FEATURES);
  const CLASSES = weights.classes;
  const sums = new Int32Array(CLASSES);
  let cache = ownSums.get(weights);
  if (!cache) ownSums.set(weights, (cache = new Map()));
  const ctx = sentenceContext(model, words);
  for (let i = 0; i < n; i++) {
    const word = words[i]!;
    const known = model.tagDictionary.get(word);
    if (known !== undefined) { tags[i] = known; continue; }
    let own = cache.get(word);
    if (own === undefined) {
      own = new Int32Array(CLASSES);
      weights.addTo(feats, ownFeatures(atoms, i, feats, ctx), own);
      if (cache.size >= MAX_OWN_SUMS) cache.clear();
      cache.set(word, own);
    }
    sums.set(own);
    weights.addTo(feats, contextFeatures(atoms, i, i > 0 ? tags[i - 1]! : NONE, i > 1 ? tags[i - 2]! : NONE, feats, 0, ctx), sums);
    // argmax over the integers: score() would hand the same values over as float32, exactly (< 2^24).
    let best = 0;
    for (let c = 1; c < CLASSES; c++) if (sums[c]! > sums[best]!) best = c;
    tags[i] = best;
  }
  return tags;
}

export function argmax(scores: Float32Array, count: number): number {
  let best = 0;
  for (let c = 1; c < count; c++) if (scores[c]! > scores[best]!) best = c;
  return best;
}

/** A tagger fresh from training: dense weights, which the model file then stores sparsely. */
export interface TrainedTagger extends TaggerModel {
  readonly weights: FeatureWeights;
}

export interface TaggedSentence {
  readonly words: readonly string[];
  readonly tags: Int32Array;
}

/** How often each word (as `key` folds it) took each tag, in word order so that what is built from it is deterministic. */
function tagCounts(sentences: readonly TaggedSentence[], CLASSES: number, key: (word: string) => string): [string, Int32Array][] {
  const counts = new Map<string, Int32Array>();
  for (const s of sentences) s.words.forEach((w, i) => {
    const k = key(w);
    let row = counts.get(k);
    if (!row) counts.set(k, (row = new Int32Array(CLASSES)));
    row[s.tags[i]!]!++;
  });
  return [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * Builds the tag dictionary: words seen at least 20 times with one tag at least 97% of the time
 * (Honnibal's thresholds). Lookup is exact on the form, so "US" and "us" keep separate entries.
 */
export function buildTagDictionary(sentences: readonly TaggedSentence[], CLASSES: number): Map<string, number> {
  const dictionary = new Map<string, number>();
  for (const [word, row] of tagCounts(sentences, CLASSES, (w) => w)) {
    let total = 0;
    let best = 0;
    for (let c = 0; c < CLASSES; c++) { total += row[c]!; if (row[c]! > row[best]!) best = c; }
    if (total >= 20 && row[best]! / total >= 0.97) dictionary.set(word, best);
  }
  return dictionary;
}

/**
 * Ambiguity classes: each lower-cased word seen at least AMBIGUITY_MIN_COUNT times, mapped to a hash of
 * the tags it took at least 5% of the time. Why: a greedy left-to-right tagger cannot see the tags of
 * the words to its right; the class of the next word ("rockets": noun or verb) is the next best thing.
 */
export function buildAmbiguityClasses(sentences: readonly TaggedSentence[], CLASSES: number): Map<string, number> {
  const classes = new Map<string, number>();
  for (const [word, row] of tagCounts(sentences, CLASSES, (w) => w.toLowerCase())) {
    let total = 0;
    for (let c = 0; c < CLASSES; c++) total += row[c]!;
    if (total < AMBIGUITY_MIN_COUNT) continue;
    let h = 0x2545f491;
    for (let c = 0; c < CLASSES; c++) if (row[c]! * 20 >= total) h = Math.imul(h ^ (c + 1), 0x01000193);
    classes.set(word, h | 0);
  }
  return classes;
}
// Seen once or twice, a word's class is its gold tag of the very sentences the tagger trains on, which
// the tagger learns to trust more than it should: a minimum of 1 lost 0.8 of a point of dev UPOS, 8 did no better than 3.
const AMBIGUITY_MIN_COUNT = 3;

/**
 * Per training sentence, each word's class counted without that occurrence. Why: with the occurrence
 * counted, a word's class always holds the tag it has in the sentence being learnt from, so the tagger
 * learns to trust the class more than it can on new text (where "claims" after "dismissed" is noun or
 * verb alike); left out, the training classes are as informative as the run-time ones. Dev, against
 * counting it: UPOS 0.9539 → 0.9538 (EWT), 0.9713 → 0.9719 (GUM); LAS under the same parser 0.8237 → 0.8246, 0.8440 → 0.8448.
 */
function leaveOneOutClasses(sentences: readonly TaggedSentence[], CLASSES: number): Int32Array[] {
  const counts = new Map<string, Int32Array>();
  for (const s of sentences) s.words.forEach((w, i) => {
    const low = w.toLowerCase();
    let row = counts.get(low);
    if (!row) counts.set(low, (row = new Int32Array(CLASSES)));
    row[s.tags[i]!]!++;
  });
  return sentences.map((s) => Int32Array.from(s.words, (w, i) => {
    const row = counts.get(w.toLowerCase())!;
    const own = s.tags[i]!;
    let total = -1;
    for (let c = 0; c < CLASSES; c++) total += row[c]!;
    if (total < AMBIGUITY_MIN_COUNT) return 0;
    let h = 0x2545f491;
    for (let c = 0; c < CLASSES; c++) if ((row[c]! - (c === own ? 1 : 0)) * 20 >= total && row[c]! - (c === own ? 1 : 0) > 0) h = Math.imul(h ^ (c + 1), 0x01000193);
    return h | 0;
  }));
}

/** Trains the tagger; the previous-tag features see the tagger's own predictions, as at run time. */
export function trainTagger(sentences: readonly TaggedSentence[], tags: readonly string[], epochs: number, seed: number, log?: (line: string) => void, clusters?: WordClusters,
  onEpoch?: (epoch: number, averaged: TaggerModel) => void): TrainedTagger {
  const CLASSES = tags.length;
  const tagDictionary = buildTagDictionary(sentences, CLASSES);
  const ambiguity = buildAmbiguityClasses(sentences, CLASSES);
  // Training reads each word's class as an unseen sentence would have it: without its own occurrence.
  const trainingClasses = leaveOneOutClasses(sentences, CLASSES);
  const weights = new FeatureWeights(CLASSES, 1 << 20);
  const atoms = sentences.map((s) => wordAtoms(s.words, clusters));
  const order = sentences.map((_, i) => i);
  const random = seededRandom(seed);
  const feats = new Int32Array(TAGGER_FEATURES);
  const scores = new Float32Array(CLASSES);
  let stamp = 1;
  for (let epoch = 1; epoch <= epochs; epoch++) {
    shuffleInPlace(order, random);
    let wrong = 0;
    let total = 0;
    for (const index of order) {
      const { words, tags: gold } = sentences[index]!;
      const predicted = new Int32Array(words.length);
      const ctx = { amb: trainingClasses[index]!, hyphenLast: sentenceContext({}, words).hyphenLast };
      for (let i = 0; i < words.length; i++) {
        total++;
        const known = tagDictionary.get(words[i]!);
        if (known !== undefined) { predicted[i] = known; continue; }
        const count = taggerFeatures(atoms[index]!, i, i > 0 ? predicted[i - 1]! : NONE, i > 1 ? predicted[i - 2]! : NONE, feats, ctx);
        weights.score(feats, count, scores);
        const guess = argmax(scores, CLASSES);
        if (guess !== gold[i]) { wrong++; weights.update(feats, count, gold[i]!, guess, stamp); }
        predicted[i] = guess;
        stamp++;
      }
    }
    log?.(`tagger epoch ${epoch}: train accuracy ${(1 - wrong / total).toFixed(4)}`);
    if (onEpoch && epoch < epochs) onEpoch(epoch, { tags, weights: weights.averagedCopy(stamp), tagDictionary, clusters, ambiguity });
  }
  weights.average(stamp);
  const model = { tags, weights, tagDictionary, clusters, ambiguity };
  onEpoch?.(epochs, model);
  return model;
}
