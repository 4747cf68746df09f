import { key1, key2, key3, key4 } from './feature-hash.js';
import type { ParserState } from './arc-hybrid.js';
import { C16, C8 } from './word-atoms.js';

/**
 * Zhang & Nivre (2011) "rich non-local features", adapted to arc-hybrid: words and tags of the top
 * three stack items and the first three buffer words, their outermost children (first and second),
 * the distance between s0 and b0, and each item's valency. Label features of the original are not
 * here because labels are assigned after the tree is built (see labeler.ts). Every template is a
 * key of a template number and integer atoms.
 */
export const PARSER_FEATURES = 98;   // 86 without word clusters

const NO_WORD = 0x2a2a2a;
const ROOT_WORD = 0x3b3b3b;
const NO_TAG = 1000;   // above any tag index
const ROOT_TAG = 1001;

/** What a sentence offers the features: word atoms and (predicted) joint tag indices. */
export interface ParserInput {
  readonly words: Int32Array;
  readonly tags: Int32Array;
  /** punctuation[i]: how many punctuation tokens precede word i (a prefix count, length n + 1). */
  readonly punctuation: Int32Array;
  /** Word-cluster prefixes (WordAtoms.cluster, CLUSTER_BITS): read when present, i.e. when the model was trained with them. */
  readonly clusters?: readonly Int32Array[] | undefined;
}

/** The prefix count of punctuation tokens that ParserInput.punctuation holds. */
export function punctuationBefore(isPunctuation: (i: number) => boolean, n: number): Int32Array {
  const counts = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) counts[i + 1] = counts[i]! + (isPunctuation(i) ? 1 : 0);
  return counts;
}

// Distances grow less informative with size; ZN cap them, we bucket them.
const bucket = (d: number): number => (d < 6 ? d : d < 10 ? 6 : d < 15 ? 7 : d < 25 ? 8 : 9);

export function parserFeatures(state: ParserState, input: ParserInput, out: Int32Array): number {
  const { stack, depth, front, n } = state;
  const W = input.words;
  const T = input.tags;
  const w = (i: number): number => (i < 0 ? NO_WORD : i === n ? ROOT_WORD : W[i]!);
  const t = (i: number): number => (i < 0 ? NO_TAG : i === n ? ROOT_TAG : T[i]!);
  const s0 = depth > 0 ? stack[depth - 1]! : -1;
  const s1 = depth > 1 ? stack[depth - 2]! : -1;
  const s2 = depth > 2 ? stack[depth - 3]! : -1;
  const b0 = front;
  const b1 = front + 1 <= n ? front + 1 : -1;
  const b2 = front + 2 <= n ? front + 2 : -1;
  const child = (arr: Int32Array, i: number): number => (i < 0 ? -1 : arr[i]!);
  const s0l = child(state.left1, s0), s0l2 = child(state.left2, s0);
  const s0r = child(state.right1, s0), s0r2 = child(state.right2, s0);
  const s1l = child(state.left1, s1), s1r = child(state.right1, s1), s1r2 = child(state.right2, s1);
  const b0l = child(state.left1, b0), b0l2 = child(state.left2, b0);

  const s0w = w(s0), s0t = t(s0), s1w = w(s1), s1t = t(s1), s2t = t(s2);
  const b0w = w(b0), b0t = t(b0), b1w = w(b1), b1t = t(b1), b2w = w(b2), b2t = t(b2);
  const s0lt = t(s0l), s0rt = t(s0r), s1lt = t(s1l), s1rt = t(s1r), b0lt = t(b0l);
  const dist = s0 < 0 ? 0 : bucket(b0 - s0);
  const dist1 = s1 < 0 ? 0 : bucket(s0 - s1);
  const s0vl = s0 < 0 ? 0 : state.leftCount[s0]!, s0vr = s0 < 0 ? 0 : state.rightCount[s0]!;
  const s1vl = s1 < 0 ? 0 : state.leftCount[s1]!, s1vr = s1 < 0 ? 0 : state.rightCount[s1]!;
  const b0vl = state.leftCount[b0]!;
  const s0wt = key1(0, s0w ^ (s0t << 24)) , b0wt = key1(0, b0w ^ (b0t << 24)), s1wt = key1(0, s1w ^ (s1t << 24));

  let k = 0;
  out[k++] = key1(1, s0w); out[k++] = key1(2, s0t); out[k++] = key1(3, s0wt);
  out[k++] = key1(4, b0w); out[k++] = key1(5, b0t); out[k++] = key1(6, b0wt);
  out[k++] = key1(7, b1w); out[k++] = key1(8, b1t); out[k++] = key2(9, b1w, b1t);
  out[k++] = key1(10, b2w); out[k++] = key1(11, b2t); out[k++] = key2(12, b2w, b2t);
  out[k++] = key1(13, s1w); out[k++] = key1(14, s1t); out[k++] = key1(15, s1wt);
  out[k++] = key1(16, s2t); out[k++] = key1(17, w(s2));
  out[k++] = key1(18, w(s0l)); out[k++] = key1(19, s0lt);
  out[k++] = key1(20, w(s0r)); out[k++] = key1(21, s0rt);
  out[k++] = key1(22, w(b0l)); out[k++] = key1(23, b0lt);
  out[k++] = key1(24, s1lt); out[k++] = key1(25, s1rt); out[k++] = key1(26, w(s1r));
  // pairs
  out[k++] = key2(27, s0wt, b0wt); out[k++] = key2(28, s0wt, b0w); out[k++] = key2(29, s0w, b0wt);
  out[k++] = key2(30, s0wt, b0t); out[k++] = key2(31, s0t, b0wt); out[k++] = key2(32, s0w, b0w);
  out[k++] = key2(33, s0t, b0t); out[k++] = key2(34, b0t, b1t); out[k++] = key2(35, b0w, b1w);
  out[k++] = key2(36, s1wt, s0wt); out[k++] = key2(37, s1w, s0w); out[k++] = key2(38, s1t, s0t);
  out[k++] = key2(39, s1t, s0wt); out[k++] = key2(40, s1wt, s0t); out[k++] = key2(41, s0w, b1w);
  out[k++] = key3(42, s0t, b0w, b1t); out[k++] = key3(43, s0w, b0t, b1t);
  // triples of tags
  out[k++] = key3(44, b0t, b1t, b2t); out[k++] = key3(45, s0t, b0t, b1t); out[k++] = key3(46, s1t, s0t, b0t);
  out[k++] = key3(47, s2t, s1t, s0t); out[k++] = key3(48, s0t, s0lt, b0t); out[k++] = key3(49, s0t, s0rt, b0t);
  out[k++] = key3(50, s0t, b0t, b0lt); out[k++] = key3(51, s1t, s0t, s0lt); out[k++] = key3(52, s1t, s1rt, s0t);
  out[k++] = key3(53, s1t, s1lt, s0t); out[k++] = key3(54, s1t, s0t, s0rt); out[k++] = key3(55, s1t, s0t, b1t);
  // distance
  out[k++] = key2(56, s0w, dist); out[k++] = key2(57, s0t, dist); out[k++] = key2(58, b0w, dist);
  out[k++] = key2(59, b0t, dist); out[k++] = key3(60, s0w, b0w, dist); out[k++] = key3(61, s0t, b0t, dist);
  out[k++] = key3(62, s1t, s0t, dist1); out[k++] = key3(63, s1w, s0w, dist1);
  // valency
  out[k++] = key2(64, s0w, s0vr); out[k++] = key2(65, s0t, s0vr); out[k++] = key2(66, s0w, s0vl);
  out[k++] = key2(67, s0t, s0vl); out[k++] = key2(68, b0w, b0vl); out[k++] = key2(69, b0t, b0vl);
  out[k++] = key3(70, s1t, s1vl, s1vr); out[k++] = key4(71, s0t, s0vl, s0vr, b0t);
  // second-order children
  out[k++] = key2(72, w(s0l2), t(s0l2)); out[k++] = key2(73, w(s0r2), t(s0r2)); out[k++] = key2(74, w(b0l2), t(b0l2));
  out[k++] = key3(75, s0t, s0lt, t(s0l2)); out[k++] = key3(76, s0t, s0rt, t(s0r2)); out[k++] = key3(77, b0t, b0lt, t(b0l2));
  out[k++] = key3(78, s1t, s1rt, t(s1r2)); out[k++] = key4(79, s1t, s0t, b0t, dist);
  // Commas and brackets between s0 and b0 mark clause and apposition edges ("X, a group that …"),
  // which a greedy parser otherwise attaches across.
  const P = input.punctuation;
  const between = s0 < 0 ? 0 : Math.min(P[b0]! - P[s0 + 1]!, 3);
  const b3 = front + 3 <= n ? front + 3 : -1;
  out[k++] = key3(80, s0t, b0t, between); out[k++] = key2(81, s0w, between); out[k++] = key2(82, b0w, between);
  out[k++] = key1(83, t(b3)); out[k++] = key3(84, b1t, b2t, t(b3)); out[k++] = key3(85, s1t, s0t, between);
  // Word clusters in place of words (Koo, Carreras & Collins 2008): the fine path stands in for a rare
  // word's identity, the coarse one for a class, each alone and beside the other item's tag.
  const C = input.clusters;
  if (C !== undefined && C.length > 0) {
    const fine = C[C16]!, coarse = C[C8]!;
    const c = (cl: Int32Array, i: number): number => (i < 0 ? NO_WORD : i === n ? ROOT_WORD : cl[i]!);
    const s0c = c(fine, s0), b0c = c(fine, b0), s0k = c(coarse, s0), b0k = c(coarse, b0);
    out[k++] = key1(86, s0c); out[k++] = key1(87, b0c); out[k++] = key1(88, c(fine, b1)); out[k++] = key1(89, c(fine, s1));
    out[k++] = key2(90, s0c, b0t); out[k++] = key2(91, s0t, b0c); out[k++] = key2(92, s0k, b0k);
    out[k++] = key3(93, s0k, b0k, dist); out[k++] = key3(94, s0t, b0k, b1t); out[k++] = key3(95, s1t, s0k, b0t);
    out[k++] = key2(96, b0c, b1t); out[k++] = key2(97, c(fine, s1), s0t);
  }
  return k;
}
