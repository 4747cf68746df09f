import { FEATURES_PER_TOKEN, type FeatureTables } from './features.js';
import { trainOnFeatures, type TrainOptions } from './perceptron.js';
import { collectVotes, extractSecondStageFeatures, SECOND_STAGE_FEATURES_PER_TOKEN } from './second-stage.js';
import { viterbiDecode } from './viterbi.js';

/** A training sentence as the two-stage training sees it, first-stage features already hashed. */
export interface StackingSentence {
  readonly words: readonly string[];
  readonly labels: readonly number[];
  /** FEATURES_PER_TOKEN bucket numbers a token. */
  readonly features: Int32Array;
  /** Sentences of one original document (and all its copies) share a fold. */
  readonly fold: number;
  /** The document whose words the second stage reads this sentence against. */
  readonly document: string;
  /** False for an extra copy of a sentence (a headline copy): read as one more sentence of its document. */
  readonly partOfDocument: boolean;
  readonly documentHasCapitals: boolean;
}

/**
 * First-stage labels of every sentence from a model trained without the sentence's fold: the
 * second stage must learn from first-stage mistakes as frequent as at run time, and a model tags the
 * sentences it was trained on almost perfectly.
 */
export function jackknifeLabels(sentences: readonly StackingSentence[], folds: number, bucketBits: number, options: TrainOptions): Int32Array[] {
  const out = sentences.map((s) => new Int32Array(s.words.length));
  for (let fold = 0; fold < folds; fold++) {
    const rest = sentences.filter((s) => s.fold !== fold);
    const { weights, transitions } = trainOnFeatures(rest.map((s) => s.features), rest.map((s) => s.labels), FEATURES_PER_TOKEN, bucketBits, { ...options, seed: options.seed + fold });
    sentences.forEach((s, i) => {
      if (s.fold === fold && s.words.length > 0) viterbiDecode(s.features, s.words.length, weights, 1, transitions, out[i]!);
    });
  }
  return out;
}

/**
 * Second-stage features of every sentence, read against the first-stage labels of its document as
 * the tagger reads them (tagDocumentIndices): a copy outside its document counts as one more sentence of it.
 */
export function secondStageFeatures(sentences: readonly StackingSentence[], firstLabels: readonly Int32Array[], tables: FeatureTables): Int32Array[] {
  const members = new Map<string, number[]>();
  sentences.forEach((s, i) => {
    if (!s.partOfDocument) return;
    const list = members.get(s.document) ?? [];
    list.push(i);
    members.set(s.document, list);
  });
  const out: Int32Array[] = new Array(sentences.length);
  const F = SECOND_STAGE_FEATURES_PER_TOKEN;
  const extract = (i: number, indices: readonly number[], position: number): void => {
    const s = sentences[i]!;
    const votes = collectVotes(indices.map((j) => sentences[j]!.words), indices.map((j) => firstLabels[j]!), tables, s.documentHasCapitals);
    out[i] = extractSecondStageFeatures(s.words, position, s.features, firstLabels[i]!, votes, tables).slice(0, s.words.length * F);
  };
  for (const indices of members.values()) {
    const votes = collectVotes(indices.map((j) => sentences[j]!.words), indices.map((j) => firstLabels[j]!), tables, sentences[indices[0]!]!.documentHasCapitals);
    indices.forEach((i, position) => {
      const s = sentences[i]!;
      out[i] = extractSecondStageFeatures(s.words, position, s.features, firstLabels[i]!, votes, tables).slice(0, s.words.length * F);
    });
  }
  sentences.forEach((s, i) => {
    if (!s.partOfDocument) extract(i, [...(members.get(s.document) ?? []), i], members.get(s.document)?.length ?? 0);
  });
  return out;
}
