import type { Token } from '../core/index.js';

const DASHES = new Set(['—', '–', '-', '--', '―']);
const CAPITALS = /^[\p{Lu}][\p{Lu}\p{M}'’.-]+$/u;
// A dateline is a few words: the place, a region, a date, an agency in brackets.
const LONGEST = 16;

/**
 * Where a wire story's dateline ends: the index of the dash after "OSK, Alder, March 3 (Agency) —" when
 * the sentence opens with a word in capitals, or -1. The dateline is no part of the first sentence's
 * grammar, and parsed with it, it takes the sentence's root and leaves the subject hanging off a place.
 * @example datelineEnd(tokenize('OSK, Alder — Rebels attacked a post.').tokens) // 3
 */
export function datelineEnd(sentence: readonly Token[]): number {
  if (sentence.length < 4 || !CAPITALS.test(sentence[0]!.text)) return -1;
  for (let k = 1; k < Math.min(sentence.length - 2, LONGEST); k++) {
    const t = sentence[k]!;
    // A dash set off by spaces (or glued to the dateline's full stop, ".—"), not a hyphen inside a word.
    if (!DASHES.has(t.text)) continue;
    const before = sentence[k - 1]!;
    const after = sentence[k + 1]!;
    if ((before.end < t.start || before.text === '.') && after.start > t.end) return k;
  }
  return -1;
}
