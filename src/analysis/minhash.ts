import type { Span } from '../core/index.js';

let buffer = new Uint32Array(4096);

/**
 * Walks a text once, paragraph by paragraph (line breaks), merging short lines into the next until a passage has
 * `minWords` words, and hands each passage's word hashes to `visit`. Words are letters and digits, ASCII folded to
 * lower case; hashing char codes directly avoids building a string per word, which dominated the cost at 100k claims.
 * The `hashes` array is reused between calls: copy what you keep.
 */
export function forEachPassage(text: string, minWords: number, visit: (span: Span, hashes: Uint32Array, count: number) => void): void {
  let count = 0;
  let start = -1;
  let hash = 0;
  let inWord = false;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 10;
    if (isWordChar(c)) {
      if (!inWord) { inWord = true; hash = 0x811c9dc5; if (start < 0) start = lineStart(text, i); }
      hash = Math.imul(hash ^ (c >= 65 && c <= 90 ? c | 32 : c), 0x01000193);
      continue;
    }
    if (inWord) {
      if (count === buffer.length) { const grown = new Uint32Array(buffer.length * 2); grown.set(buffer); buffer = grown; }
      buffer[count++] = hash >>> 0;
      inWord = false;
    }
    if (c === 10 && count >= minWords) {
      visit({ start, end: i }, buffer, count);
      count = 0;
      start = -1;
    }
  }
}

function lineStart(text: string, at: number): number {
  const newline = text.lastIndexOf('\n', at - 1);
  return newline + 1;
}

function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  // Above ASCII: letters of any script count; general punctuation (dashes, curly quotes) and spaces do not.
  return !(c >= 0x2000 && c <= 0x206f) && c !== 0x00a0 && c !== 0x00ab && c !== 0x00bb && c !== 0x3000;
}

/**
 * One-permutation MinHash (Li, Owen & Zhang 2012) with rotation densification (Shrivastava & Li 2014): each shingle
 * is hashed once and kept in one of `bins` bins as that bin's minimum, instead of hashing it once per permutation.
 * `bins` must be a power of two. Null when the passage has fewer words than one shingle.
 */
export function signPassage(hashes: Uint32Array, count: number, shingleWords: number, bins: number, seed: number): Uint32Array | null {
  if (count < shingleWords) return null;
  const shift = 32 - Math.log2(bins);
  const signature = new Uint32Array(bins).fill(EMPTY);
  for (let i = 0; i + shingleWords <= count; i++) {
    let h = seed ^ 0x9e3779b9;
    for (let j = 0; j < shingleWords; j++) h = Math.imul(h ^ hashes[i + j]!, 0x01000193);
    h ^= h >>> 16; h = Math.imul(h, 0x85ebca6b); h ^= h >>> 13; h = Math.imul(h, 0xc2b2ae35); h ^= h >>> 16;
    const bin = h >>> shift;
    const value = (h << (32 - shift)) >>> (32 - shift);
    if (value < signature[bin]!) signature[bin] = value;
  }
  // Values are below 2^(32-shift), so a densified bin (marked with the top bit) never equals a filled one and is
  // filled in place: later empty bins may copy an earlier densified one, the same way in every passage.
  for (let b = 0; b < bins; b++) {
    if (signature[b] !== EMPTY) continue;
    for (let step = 1; step < bins; step++) {
      const from = signature[(b + step) % bins]!;
      if (from !== EMPTY) { signature[b] = ((from + Math.imul(step, 0x3c6ef372)) | 0x80000000) >>> 0; break; }
    }
  }
  return signature;
}

const EMPTY = 0xffffffff;

/** The share of equal bins: an estimate of the Jaccard similarity of the two shingle sets. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}
