import { buildDocumentStats, type DocumentStats } from './document-stats.js';
import { extractFeatures, FEATURES_PER_TOKEN } from './features.js';
import { LABELS } from './labels.js';
import type { NerModel } from './model.js';
import { collectVotes, extractSecondStageFeatures, allowedLabels, SECOND_STAGE_FEATURES_PER_TOKEN } from './second-stage.js';
import { viterbiDecode } from './viterbi.js';

let feats: Int32Array = new Int32Array(0);
let labels = new Int32Array(0);

/** First-stage label indices for one tokenised sentence. */
export function tagIndices(model: NerModel, words: readonly string[], doc?: DocumentStats): Int32Array {
  const n = words.length;
  if (n === 0) return new Int32Array(0);
  feats = extractFeatures(words, model.tables, feats, doc);
  if (labels.length < n) labels = new Int32Array(n * 2);
  viterbiDecode(feats, n, model.weights, model.scale, model.transitions, labels);
  return labels.slice(0, n);
}

let documentFeatures = new Int32Array(0);
let secondFeatures: Int32Array = new Int32Array(0);
let allowed = new Int32Array(0);

/**
 * Label indices for each sentence of one document. A model with a second stage tags the document
 * twice: the second pass reads the first pass's labels of each word elsewhere in it (second-stage.ts).
 */
export function tagDocumentIndices(model: NerModel, sentences: readonly (readonly string[])[], doc: DocumentStats = buildDocumentStats(sentences)): Int32Array[] {
  const second = model.secondStage;
  if (second === undefined) return sentences.map((words) => tagIndices(model, words, doc));
  const F = FEATURES_PER_TOKEN;
  const tokens = sentences.reduce((sum, words) => sum + words.length, 0);
  if (documentFeatures.length < tokens * F) documentFeatures = new Int32Array(tokens * F * 2);
  const starts: number[] = [];
  let offset = 0;
  const first = sentences.map((words) => {
    const n = words.length;
    starts.push(offset);
    const labelled = new Int32Array(n);
    if (n > 0) {
      const feats = extractFeatures(words, model.tables, documentFeatures.subarray(offset * F), doc);
      viterbiDecode(feats, n, model.weights, model.scale, model.transitions, labelled);
    }
    offset += n;
    return labelled;
  });
  const votes = collectVotes(sentences, first, model.tables, doc.hasCapitals);
  return sentences.map((words, s) => {
    const n = words.length;
    if (allowed.length < n) allowed = new Int32Array(n * 2);
    if (allowedLabels(words, first[s]!, votes, model.tables, allowed) === 0) return first[s]!;
    const labelled = new Int32Array(n);
    secondFeatures = extractSecondStageFeatures(words, s, documentFeatures.subarray(starts[s]! * F), first[s]!, votes, model.tables, secondFeatures);
    viterbiDecode(secondFeatures, n, second.weights, second.scale, second.transitions, labelled, SECOND_STAGE_FEATURES_PER_TOKEN, allowed);
    return labelled;
  });
}

/** IOB2 tags for each tokenised sentence; the sentences are read as one document (see document-stats.ts). */
export function tagWith(model: NerModel, sentences: readonly (readonly string[])[]): string[][] {
  return tagDocumentIndices(model, sentences).map((labelled) => Array.from(labelled, (i) => LABELS[i]!));
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
