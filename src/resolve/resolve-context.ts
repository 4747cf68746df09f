import type { MergeReason } from '../core/index.js';
import type { MentionUnion } from './mention-union.js';
import type { ResolveOptions } from './options.js';
import type { TypedMention } from './retype.js';

export interface ParsedMention extends TypedMention {
  /** Index of the mention's document in the input. */
  readonly doc: number;
  /** The name with the title written right before it in the text, when the mention left the title out: "Colonel Siaka Varro". */
  readonly titledInText?: string;
}

/** What the linking passes share: parsed mentions in document order, the union, and the reasons recorded so far. */
export interface ResolveContext {
  readonly mentions: readonly ParsedMention[];
  /** [first, end) mention indices of each document. */
  readonly docRanges: readonly (readonly [number, number])[];
  readonly texts: readonly string[];
  readonly union: MentionUnion;
  readonly reasons: MergeReason[];
  readonly options: ResolveOptions;
}

/** Joins two mentions' clusters and records why; returns false (and records nothing) when refused. */
export function link(ctx: ResolveContext, a: number, b: number, rule: string, detail: string, checked = true): boolean {
  if (!ctx.union.union(a, b, checked)) return false;
  ctx.reasons.push({ rule, mentionIds: [ctx.mentions[a]!.mention.id, ctx.mentions[b]!.mention.id], detail });
  return true;
}
