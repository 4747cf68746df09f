import { extractFeatures } from './features.js';
import { LABELS } from './labels.js';
import type { NerModel } from './model.js';
import { viterbiDecode } from './viterbi.js';

let feats: Int32Array = new Int32Array(0);
let labels = new Int32Array(0);

/** Label indices for one tokenised sentence. */
export function tagIndices(model: NerModel, words: readonly string[]): Int32Array {
  const n = words.length;
  if (n === 0) return new Int32Array(0);
  feats = extractFeatures(words, model.tables, feats);
  if (labels.length < n) labels = new Int32Array(n * 2);
  viterbiDecode(feats, n, model.weights, model.transitions, labels);
  return labels.slice(0, n);
}

/** IOB2 tags for each tokenised sentence. */
export function tagWith(model: NerModel, sentences: readonly (readonly string[])[]): string[][] {
  return sentences.map((words) => Array.from(tagIndices(model, words), (i) => LABELS[i]!));
}
