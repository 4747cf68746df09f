import { FLAG, normalizeToken, tokenFlags } from './token-shape.js';

export interface WordInDocument {
  readonly lower: number;
  readonly capitalised: number;
  /** Bits of DOC_CUE seen around the word's capitalised occurrences. */
  readonly cues: number;
}

export interface DocumentStats {
  /** Lower-cased word → how the document writes and surrounds it away from sentence starts. */
  readonly words: ReadonlyMap<string, WordInDocument>;
  /** Does the document use capitals at all? Without them, case says nothing anywhere in it. */
  readonly hasCapitals: boolean;
}

export const NO_DOCUMENT: DocumentStats = { words: new Map(), hasCapitals: true };

/**
 * Contexts that, seen anywhere in the article, say what a capitalised word names ("Mr Simmons" once
 * makes every "Simmons" a person; "in Kessa" once makes it a place).
 */
export const DOC_CUE = { afterTitle: 1, afterPlacePreposition: 2, beforeSpeechVerb: 4, inCapitalisedRun: 8, endsPersonName: 16, beforeOrgHead: 32 } as const;
const TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'mr.', 'mrs.', 'ms.', 'dr.', 'president', 'minister', 'gen', 'gen.', 'general', 'sen', 'sen.', 'senator', 'chief', 'commander', 'leader', 'spokesman', 'spokeswoman', 'coach', 'striker', 'captain', 'judge', 'prof', 'prof.', 'professor', 'king', 'queen', 'prince', 'sheikh', 'col', 'col.', 'colonel', 'secretary', 'chairman', 'emir', 'deputy']);
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'from', 'to', 'across', 'outside', 'into']);
const SPEECH_VERBS = new Set(['said', 'says', 'told', 'added', 'stated', 'claimed', 'denied', 'announced', 'wrote']);
const ORG_HEADS = new Set(['inc', 'inc.', 'corp', 'corp.', 'ltd', 'ltd.', 'plc', 'group', 'party', 'movement', 'front', 'army', 'council', 'ministry', 'club', 'university', 'bank', 'company', 'agency', 'foundation']);

/**
 * 0 ordinary, 1 ALL-CAPS, 2 Title-Case headline, 3 caseless (no capital at all), decided on the
 * sentence's own letters. Caseless text says nothing by case, so the model must know it is reading it:
 * a lower-case word in ordinary text is almost never a name.
 */
export function sentenceModeOf(flags: ArrayLike<number>, lengths: ArrayLike<number>, n: number, documentHasCapitals = true): number {
  let alpha = 0;
  let upper = 0;
  let longWords = 0;
  let titled = 0;
  let capitalised = 0;
  for (let i = 0; i < n; i++) {
    const f = flags[i]!;
    if (f & FLAG.isPunct || !(f & (FLAG.initUpper | FLAG.hasLower))) continue;
    alpha++;
    if (f & FLAG.allUpper) upper++;
    if (f & FLAG.initUpper) capitalised++;
    if (lengths[i]! >= 4) { longWords++; if (f & FLAG.initUpper) titled++; }
  }
  if (alpha >= 3 && upper >= 0.8 * alpha) return 1;
  if (longWords >= 3 && titled >= 0.8 * longWords) return 2;
  // A lower-case line in a cased article is a wrapped fragment, not caseless text.
  if (!documentHasCapitals && capitalised === 0) return 3;
  return 0;
}

/**
 * Counts, over the ordinary sentences of one document, how each word is written when it is not
 * first. A headline's "WARNING" or a sentence-initial "Similarly" is then read against the same
 * word elsewhere in the article, which tells a name from a capitalised common word.
 */
export function buildDocumentStats(sentences: readonly (readonly string[])[]): DocumentStats {
  const stats = new Map<string, { lower: number; capitalised: number; cues: number }>();
  let hasCapitals = false;
  for (const words of sentences) {
    const n = words.length;
    const flags = new Array<number>(n);
    const lengths = new Array<number>(n);
    const lower = new Array<string>(n);
    for (let i = 0; i < n; i++) {
      const shape = shapeOf(words[i]!);
      flags[i] = shape.flags; lengths[i] = shape.length; lower[i] = shape.lower;
    }
    if (flags.some((f) => f & FLAG.initUpper)) hasCapitals = true;
    if (sentenceModeOf(flags, lengths, n) !== 0) continue;
    const capitalised = (i: number): boolean => i >= 0 && i < n && (flags[i]! & FLAG.initUpper) !== 0;
    for (let i = 0; i < n; i++) {
      const f = flags[i]!;
      const isLower = !(f & FLAG.initUpper) && (f & FLAG.hasLower) !== 0;
      const isCapitalised = (f & FLAG.initUpper) !== 0;
      if (!isLower && !isCapitalised) continue;
      const entry = stats.get(lower[i]!) ?? { lower: 0, capitalised: 0, cues: 0 };
      if (i > 0 && isLower) entry.lower++;
      else if (i > 0 && !(f & FLAG.allUpper)) entry.capitalised++;
      if (isCapitalised) entry.cues |= cuesAt(lower, i, capitalised);
      stats.set(lower[i]!, entry);
    }
  }
  return { words: stats, hasCapitals };
}

/** What buildDocumentStats reads of a word: its normalised form's flags and length, and that form lower-cased. */
interface WordShape { readonly flags: number; readonly length: number; readonly lower: string }
// Kept per written word across documents: news vocabulary is Zipfian, and normalising, flagging and
// lower-casing every token of every article again was ~2% of extraction. Bounded like the NER's word cache.
const shapes = new Map<string, WordShape>();
const MAX_SHAPES = 200_000;

function shapeOf(word: string): WordShape {
  let shape = shapes.get(word);
  if (shape === undefined) {
    const normal = normalizeToken(word);
    shape = { flags: tokenFlags(normal), length: normal.length, lower: normal.toLowerCase() };
    if (shapes.size >= MAX_SHAPES) shapes.clear();
    shapes.set(word, shape);
  }
  return shape;
}

function cuesAt(lower: readonly string[], i: number, capitalised: (i: number) => boolean): number {
  let cues = 0;
  const prev = lower[i - 1];
  const next = lower[i + 1];
  if (prev !== undefined && TITLES.has(prev)) cues |= DOC_CUE.afterTitle;
  if (prev !== undefined && PLACE_PREPOSITIONS.has(prev) && !capitalised(i + 1)) cues |= DOC_CUE.afterPlacePreposition;
  if (next !== undefined && SPEECH_VERBS.has(next)) cues |= DOC_CUE.beforeSpeechVerb;
  if (capitalised(i - 1) || capitalised(i + 1)) cues |= DOC_CUE.inCapitalisedRun;
  if (capitalised(i - 1) && !capitalised(i + 1) && i >= 1) cues |= DOC_CUE.endsPersonName;
  if (next !== undefined && ORG_HEADS.has(next)) cues |= DOC_CUE.beforeOrgHead;
  return cues;
}
