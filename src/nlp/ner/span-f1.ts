import { NE_TYPES, spansOf } from './labels.js';

export interface SpanScore { readonly precision: number; readonly recall: number; readonly f1: number; readonly gold: number; readonly predicted: number; readonly correct: number }

const score = (correct: number, gold: number, predicted: number): SpanScore => {
  const precision = predicted === 0 ? 0 : correct / predicted;
  const recall = gold === 0 ? 0 : correct / gold;
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall), gold, predicted, correct };
};

/**
 * Exact-span precision, recall and F1, per type and overall, as conlleval computes them: a span
 * counts only when its first token, last token and type all agree.
 */
export function scoreSpans(gold: readonly (readonly string[])[], predicted: readonly (readonly string[])[], types: readonly string[] = NE_TYPES): Record<string, SpanScore> {
  const counts = new Map<string, { gold: number; predicted: number; correct: number }>(types.map((t) => [t, { gold: 0, predicted: 0, correct: 0 }]));
  gold.forEach((tags, i) => {
    const goldSpans = spansOf(tags).filter((s) => counts.has(s.type));
    const predictedSpans = spansOf(predicted[i] ?? []).filter((s) => counts.has(s.type));
    const keys = new Set(goldSpans.map((s) => `${s.type}:${s.start}:${s.end}`));
    for (const s of goldSpans) counts.get(s.type)!.gold++;
    for (const s of predictedSpans) {
      const c = counts.get(s.type)!;
      c.predicted++;
      if (keys.has(`${s.type}:${s.start}:${s.end}`)) c.correct++;
    }
  });
  const result: Record<string, SpanScore> = {};
  let g = 0; let p = 0; let c = 0;
  for (const [type, n] of counts) { result[type] = score(n.correct, n.gold, n.predicted); g += n.gold; p += n.predicted; c += n.correct; }
  result.overall = score(c, g, p);
  return result;
}
