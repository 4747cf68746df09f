import { key1, key2, key3, key4, seededRandom, shuffleInPlace } from './feature-hash.js';
import { argmax } from './tagger.js';
import { SparseWeights } from './sparse-weights.js';
import { FeatureWeights, type Scorer } from './weights.js';
import { C16, C8, type WordAtoms } from './word-atoms.js';

/**
 * Assigns a dependency relation to every arc of a finished tree, averaged perceptron over the arc,
 * the dependent's own dependents and its siblings. Why after parsing and not in the transitions:
 * with the tree complete, "by" under a passive verb's object (obl:agent), the aux "was" beside a
 * subject (nsubj:pass) or the case marker of a noun (obl vs nmod) are all in view, which the
 * transition system would see only partly; and the parser keeps three moves instead of ~100.
 * Arcs are labelled top-down, so a word's features include its head's predicted relation.
 */
export interface LabelerInput {
  readonly atoms: WordAtoms;
  /** Joint UPOS|XPOS tag indices. */
  readonly tags: Int32Array;
  /** Whether each word is a closed-class word (ADP, AUX, PART, SCONJ, CCONJ, PRON, DET, PUNCT). */
  readonly closedClass: Uint8Array;
  /** 0-based heads, `n` for the root. */
  readonly heads: Int32Array;
}

export const MAX_LABEL_FEATURES = 80;
const ROOT_TAG = 1001;   // above any tag index
const ROOT_WORD = 0x3b3b3b;
const NONE = 0x5f5f5f;
// Closed-class dependents are told apart by their word ("by" vs "of", "was" vs "has"); open-class ones by their tag.
const CLOSED_CLASSES: ReadonlySet<string> = new Set(['ADP', 'AUX', 'PART', 'SCONJ', 'CCONJ', 'PRON', 'DET', 'PUNCT']);
/** Marks closed-class words from their UPOS tags. */
export const closedClassOf = (upos: readonly string[]): Uint8Array => Uint8Array.from(upos, (t) => (CLOSED_CLASSES.has(t) ? 1 : 0));

/** Children of every node, in word order; index n holds the root's. */
export function childrenOf(heads: Int32Array): number[][] {
  const n = heads.length;
  const children: number[][] = new Array(n + 1);   // a loop, not Array.from({ length }): that one is slow in V8
  for (let i = 0; i <= n; i++) children[i] = [];
  for (let d = 0; d < n; d++) children[heads[d]!]!.push(d);
  return children;
}

/** Top-down order: the root's children first, then theirs, so each head is labelled before its dependents. */
export function topDownOrder(children: number[][]): number[] {
  const n = children.length - 1;
  const order: number[] = [];
  order.push(...children[n]!);
  for (let next = 0; next < order.length; next++) order.push(...children[order[next]!]!);
  if (order.length < n) {   // a cycle in malformed gold input: label what the walk missed too
    const seen = new Set(order);
    for (let d = 0; d < n; d++) if (!seen.has(d)) order.push(d);
  }
  return order;
}

// A dependent's features that read only its own word and tag, first in every feature list: the bias,
// the word, the tag and their pairs. They hold the densest rows (the bias and the tag rows touch most
// of the ~50 labels), so labelArcs sums them once per word and tag (see labelWithOwnSums).
const OWN_FEATURES = 6;
function ownLabelFeatures(x: LabelerInput, d: number, out: Int32Array): number {
  const A = x.atoms;
  const dt = x.tags[d]!;
  const dw = A.lower[d]!;
  out[0] = key1(0, 0);
  out[1] = key1(1, dw); out[2] = key1(2, dt); out[3] = key2(3, dw, dt);
  out[4] = key2(15, dt, A.suffix[2]![d]!); out[5] = key2(16, dt, A.shape[d]!);
  return OWN_FEATURES;
}

// The same features in the same number as before they were split in two (the caps below count them
// all); their order in the list changes no score, which sums them, nor any training update, which adds to each.
function labelFeatures(x: LabelerInput, children: number[][], labels: Int32Array, d: number, out: Int32Array): number {
  return contextLabelFeatures(x, children, labels, d, out, ownLabelFeatures(x, d, out));
}

/** The features that read the head, the tree and the labels so far, written from out[k] on (k: how many come before them). */
function contextLabelFeatures(x: LabelerInput, children: number[][], labels: Int32Array, d: number, out: Int32Array, k: number): number {
  const n = x.heads.length;
  const h = x.heads[d]!;
  const A = x.atoms;
  const dt = x.tags[d]!;
  const dw = A.lower[d]!;
  const ht = h === n ? ROOT_TAG : x.tags[h]!;
  const hw = h === n ? ROOT_WORD : A.lower[h]!;
  const hl = h === n ? -2 : labels[h]!;
  const hh = h === n ? n : x.heads[h]!;
  const hht = hh === n ? ROOT_TAG : x.tags[hh]!;
  const dir = h === n ? 2 : d < h ? 0 : 1;
  const dist = h === n ? 0 : Math.min(Math.abs(h - d), 8);
  const function_ = (i: number): number => (x.closedClass[i] === 1 ? A.lower[i]! : x.tags[i]!);
  out[k++] = key1(4, hw); out[k++] = key1(5, ht); out[k++] = key2(6, hw, ht);
  out[k++] = key3(7, dt, ht, dir); out[k++] = key3(8, dw, ht, dir); out[k++] = key3(9, dt, hw, dir); out[k++] = key3(10, dw, hw, dir);
  out[k++] = key4(11, dt, ht, dir, dist);
  out[k++] = key3(12, dt, d > 0 ? x.tags[d - 1]! : NONE, d + 1 < n ? x.tags[d + 1]! : NONE);
  out[k++] = key2(13, ht, hl); out[k++] = key4(14, dt, ht, hl, dir);
  out[k++] = key4(17, dt, ht, hht, dir);
  const own = children[d]!;
  out[k++] = key3(18, dt, Math.min(own.length, 5), dir);
  out[k++] = key3(19, dt, own.length > 0 ? x.tags[own[0]!]! : NONE, own.length > 0 ? x.tags[own[own.length - 1]!]! : NONE);
  out[k++] = key2(20, dt, d === 0 ? 0 : d === n - 1 ? 1 : 2);
  out[k++] = key3(21, dt, ht, h === n ? 0 : Math.abs(h - d) === 1 ? 1 : 2);
  out[k++] = key3(24, dw, hl, dir);
  // Word clusters of the dependent and head (when the model reads them): a rare noun under a rare verb
  // still looks like "attacked … town" (obj) or "killed … Tuesday" (obl:tmod).
  if (A.cluster.length > 0) {
    const fine = A.cluster[C16]!, coarse = A.cluster[C8]!;
    const hc = h === n ? ROOT_WORD : fine[h]!, hk = h === n ? ROOT_WORD : coarse[h]!;
    out[k++] = key2(27, fine[d]!, dt); out[k++] = key2(28, coarse[d]!, dt); out[k++] = key2(29, hc, ht);
    out[k++] = key4(30, coarse[d]!, hk, dir, dt); out[k++] = key3(31, fine[d]!, ht, dir); out[k++] = key3(32, dt, hc, dir);
  }
  // A case marker reads with the head's tag: "of" under a noun is nmod, under a verb obl.
  for (const c of own) {
    if (k >= MAX_LABEL_FEATURES - 24) break;
    const marker = function_(c);
    out[k++] = key3(22, dt, marker, c < d ? 0 : 1);
    out[k++] = key4(25, dt, ht, marker, dir);
  }
  // Siblings nearest to d first, so a long coordination does not crowd out the closest ones. Siblings
  // on the left are already labelled (top-down, left to right): a verb has one nsubj, one obj.
  const siblings = children[h]!;
  const at = siblings.indexOf(d);
  for (let r = 1; r < siblings.length && k < MAX_LABEL_FEATURES - 3; r++) {
    if (at - r >= 0) {
      const s = siblings[at - r]!;
      out[k++] = key4(23, dt, ht, function_(s), 0);
      if (labels[s]! >= 0) out[k++] = key3(26, dt, labels[s]!, dir);
    }
    if (at + r < siblings.length) out[k++] = key4(23, dt, ht, function_(siblings[at + r]!), 1);
  }
  return k;
}

/**
 * Labels every arc; returns label indices into the model's label list. Given the sentence's `words`
 * and a loaded (sparse, integer) table, it keeps each word's own sums, as the tagger does (tagger.ts).
 */
export function labelArcs(weights: Scorer, x: LabelerInput, words?: readonly string[]): Int32Array {
  if (words !== undefined && weights instanceof SparseWeights) return labelWithOwnSums(weights, x, words);
  const labels = new Int32Array(x.heads.length).fill(-1);
  const children = childrenOf(x.heads);
  const feats = new Int32Array(MAX_LABEL_FEATURES);
  const scores = new Float32Array(weights.classes);
  for (const d of topDownOrder(children)) {
    const count = labelFeatures(x, children, labels, d, feats);
    weights.score(feats, count, scores);
    labels[d] = argmax(scores, weights.classes);
  }
  return labels;
}

// Per loaded table, per tag, each word's sums over its own features (ownLabelFeatures): a word seen
// before with the same tag costs one row copy instead of six lookups, two of them dense rows. Bounded
// over all tags together (~4 MB), like the tagger's.
interface OwnSums { byTag: Map<string, Int32Array>[]; size: number }
const ownSums = new WeakMap<SparseWeights, OwnSums>();
const MAX_OWN_SUMS = 20_000;

/** labelArcs over a loaded table: integer sums in any grouping are the ones score() gives, so the labels are the same. */
function labelWithOwnSums(weights: SparseWeights, x: LabelerInput, words: readonly string[]): Int32Array {
  const labels = new Int32Array(x.heads.length).fill(-1);
  const children = childrenOf(x.heads);
  const feats = new Int32Array(MAX_LABEL_FEATURES);
  const context = feats.subarray(OWN_FEATURES);
  const CLASSES = weights.classes;
  const sums = new Int32Array(CLASSES);
  let kept = ownSums.get(weights);
  if (!kept) ownSums.set(weights, (kept = { byTag: [], size: 0 }));
  for (const d of topDownOrder(children)) {
    const tag = x.tags[d]!;
    let own = kept.byTag[tag]?.get(words[d]!);
    if (own === undefined) {
      own = new Int32Array(CLASSES);
      weights.addTo(feats, ownLabelFeatures(x, d, feats), own);
      if (kept.size >= MAX_OWN_SUMS) { kept.byTag = []; kept.size = 0; }
      (kept.byTag[tag] ??= new Map()).set(words[d]!, own);
      kept.size++;
    }
    sums.set(own);
    weights.addTo(context, contextLabelFeatures(x, children, labels, d, feats, OWN_FEATURES) - OWN_FEATURES, sums);
    // argmax over the integers: score() would hand the same values over as float32, exactly (< 2^24).
    let best = 0;
    for (let c = 1; c < CLASSES; c++) if (sums[c]! > sums[best]!) best = c;
    labels[d] = best;
  }
  return labels;
}

export interface LabelerTrainingSentence extends LabelerInput {
  readonly labels: Int32Array;
}

export function trainLabeler(sentences: readonly LabelerTrainingSentence[], classes: number, epochs: number, seed: number,
  onEpoch?: (epoch: number, weights: FeatureWeights, stamp: number) => void): FeatureWeights {
  const weights = new FeatureWeights(classes, 1 << 20);
  const random = seededRandom(seed);
  const order = sentences.map((_, i) => i);
  const feats = new Int32Array(MAX_LABEL_FEATURES);
  const scores = new Float32Array(classes);
  const trees = sentences.map((s) => { const children = childrenOf(s.heads); return { children, order: topDownOrder(children) }; });
  let stamp = 1;
  for (let epoch = 1; epoch <= epochs; epoch++) {
    shuffleInPlace(order, random);
    for (const index of order) {
      const s = sentences[index]!;
      const { children, order: arcs } = trees[index]!;
      const predicted = new Int32Array(s.heads.length).fill(-1);
      for (const d of arcs) {
        const count = labelFeatures(s, children, predicted, d, feats);
        weights.score(feats, count, scores);
        const guess = argmax(scores, classes);
        if (guess !== s.labels[d]) weights.update(feats, count, s.labels[d]!, guess, stamp);
        predicted[d] = guess;
        stamp++;
      }
    }
    onEpoch?.(epoch, weights, stamp);
  }
  weights.average(stamp);
  return weights;
}
