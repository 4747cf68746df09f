import { buildDocumentStats, type DocumentStats } from './document-stats.js';
import { extractFeatures } from './features.js';
import { LABELS } from './labels.js';
import type { NerModel } from './model.js';
import { viterbiDecode } from './viterbi.js';

let feats: Int32Array = new Int32Array(0);
let labels = new Int32Array(0);

/** Label indices for one tokenised sentence. */
export function tagIndices(model: NerModel, words: readonly string[], doc?: DocumentStats): Int32Array {
  const n = words.length;
  if (n === 0) return new Int32Array(0);
  feats = extractFeatures(words, model.tables, feats, doc);
  if (labels.length < n) labels = new Int32Array(n * 2);
  viterbiDecode(feats, n, model.weights, model.scale, model.transitions, labels);
  return labels.slice(0, n);
}

/** IOB2 tags for each tokenised sentence; the sentences are read as one document (see document-stats.ts). */
export function tagWith(model: NerModel, sentences: readonly (readonly string[])[]): string[][] {
  const doc = buildDocumentStats(sentences);
  return sentences.map((words) => Array.from(tagIndices(model, words, doc), (i) => LABELS[i]!));
}

/** Tags sentences that carry a document number (as parseConll gives them) one document at a time. */
export function tagDocuments(model: NerModel, sentences: readonly { readonly words: readonly string[]; readonly document: number }[]): string[][] {
  const out: string[][] = [];
  for (let i = 0; i < sentences.length;) {
    let j = i + 1;
    while (j < sentences.length && sentences[j]!.document === sentences[i]!.document) j++;
    out.push(...tagWith(model, sentences.slice(i, j).map((s) => s.words)));
    i = j;
  }
  return out;
}
