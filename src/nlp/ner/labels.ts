/** IOB2 labels over the CoNLL-2003 types. The order is the weight table's column order: never reorder without retraining. */
export const LABELS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
export type Label = (typeof LABELS)[number];
export const LABEL_COUNT = LABELS.length;
export const NE_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type NeType = (typeof NE_TYPES)[number];

const INDEX = new Map<string, number>(LABELS.map((l, i) => [l, i]));
export function labelIndex(label: string): number {
  const index = INDEX.get(label);
  if (index === undefined) throw new RangeError(`unknown NER label ${label}`);
  return index;
}

/**
 * May label `to` follow label `from` in IOB2? I-X only continues B-X or I-X. Decoding forbids the
 * rest, so every output is a well-formed span sequence. `from` = -1 is the sentence start.
 */
export function isAllowedTransition(from: number, to: number): boolean {
  const target = LABELS[to]!;
  if (!target.startsWith('I-')) return true;
  if (from < 0) return false;
  const source = LABELS[from]!;
  return source !== 'O' && source.slice(2) === target.slice(2);
}

export interface TagSpan {
  readonly type: NeType;
  /** Token indices, end exclusive. */
  readonly start: number;
  readonly end: number;
}

/** Entity spans of an IOB2 (or IOB1) tag sequence; a stray I-X opens a span as conlleval does. */
export function spansOf(tags: readonly string[]): TagSpan[] {
  const spans: TagSpan[] = [];
  let open: { type: NeType; start: number } | null = null;
  for (let i = 0; i <= tags.length; i++) {
    const tag = tags[i] ?? 'O';
    const type = tag === 'O' ? null : (tag.slice(2) as NeType);
    const begins = type !== null && (tag.startsWith('B-') || open === null || open.type !== type);
    if (open && (type === null || begins)) { spans.push({ type: open.type, start: open.start, end: i }); open = null; }
    if (type !== null && begins) open = { type, start: i };
  }
  return spans;
}

/** Rewrites IOB1 (CoNLL-2003 train) or IO (WikiGold) tags as IOB2: every span starts with B-. */
export function toIob2(tags: readonly string[]): string[] {
  const out: string[] = tags.map(() => 'O');
  for (const span of spansOf(tags)) for (let i = span.start; i < span.end; i++) out[i] = `${i === span.start ? 'B' : 'I'}-${span.type}`;
  return out;
}
