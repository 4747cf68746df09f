import { pathPrefix } from '../clusters/bisecting-kmeans.js';
import type { WordClusters } from '../clusters/word-clusters.js';
import { FNV_OFFSET, FNV_PRIME, hashText } from './feature-hash.js';

/**
 * Integer atoms of each word, computed once per sentence so that no feature reads a string again.
 * Affixes are hashed from the lower-cased form; the shape collapses runs ("Al-Zaman" → "Xx-Xx"), so
 * unseen names, numbers and codes still share features with seen ones.
 */
export interface WordAtoms {
  readonly form: Int32Array;
  readonly lower: Int32Array;
  readonly shape: Int32Array;
  readonly prefix: readonly Int32Array[];   // lengths 1..3
  readonly suffix: readonly Int32Array[];   // lengths 1..4
  /** Word-cluster path prefixes of CLUSTER_BITS bits (0: not in the vocabulary); empty when the model reads no clusters. */
  readonly cluster: readonly Int32Array[];
}

/**
 * Prefix lengths of the cluster paths the features read (see src/nlp/clusters/): 4 and 8 bits are
 * coarse classes (16 and 256 of them: function words, topics), 12 and 16 bits near-synonyms and names
 * of one kind (4,000 and 24,500 classes), which stand in for a rare word's identity.
 */
export const CLUSTER_BITS = [4, 8, 12, 16] as const;
export const C4 = 0, C8 = 1, C12 = 2, C16 = 3;

export function wordAtoms(words: readonly string[], clusters?: WordClusters): WordAtoms {
  const n = words.length;
  const form = new Int32Array(n);
  const lower = new Int32Array(n);
  const shape = new Int32Array(n);
  const prefix = [new Int32Array(n), new Int32Array(n), new Int32Array(n)];
  const suffix = [new Int32Array(n), new Int32Array(n), new Int32Array(n), new Int32Array(n)];
  for (let i = 0; i < n; i++) {
    const word = words[i]!;
    const low = word.toLowerCase();
    form[i] = hashText(word);
    // The hashes of normalizeDigits(low), of shapeOf(word) and of low's first one to three characters,
    // taken as the characters go by rather than from strings built for them (the same numbers).
    let h = FNV_OFFSET;
    for (let j = 0; j < low.length; j++) {
      const code = low.charCodeAt(j);
      h = Math.imul(h ^ (code >= 48 && code <= 57 ? 48 : code), FNV_PRIME);
    }
    lower[i] = h | 0;
    shape[i] = shapeHash(word);
    let p = FNV_OFFSET;
    for (let k = 0; k < 3; k++) {
      if (low.length <= k + 1) { prefix[k]![i] = 0; continue; }
      p = Math.imul(p ^ low.charCodeAt(k), FNV_PRIME);
      prefix[k]![i] = p | 0;
    }
    for (let k = 0; k < 4; k++) suffix[k]![i] = low.length > k + 1 ? hashText(low, low.length - k - 1) : 0;
  }
  const cluster = clusters ? CLUSTER_BITS.map(() => new Int32Array(n)) : [];
  if (clusters) {
    for (let i = 0; i < n; i++) {
      const path = clusters.pathOf(words[i]!);
      for (let b = 0; b < CLUSTER_BITS.length; b++) cluster[b]![i] = pathPrefix(path, CLUSTER_BITS[b]!);
    }
  }
  return { form, lower, shape, prefix, suffix, cluster };
}

/** hashText(shapeOf(word)), without building the shape. */
function shapeHash(word: string): number {
  let h = FNV_OFFSET;
  let last = -1;
  const end = Math.min(word.length, 20);
  for (let i = 0; i < end; i++) {
    const code = word.charCodeAt(i);
    const c = code >= 65 && code <= 90 ? 88 : code >= 97 && code <= 122 ? 120 : code >= 48 && code <= 57 ? 100
      : code < 128 ? code : /\p{Lu}/u.test(word[i]!) ? 88 : /\p{L}/u.test(word[i]!) ? 120 : code;
    if (c !== last) h = Math.imul(h ^ c, FNV_PRIME);
    last = c;
  }
  return h | 0;
}

// "1984" and "2003" behave alike; keeping every number as its own word would waste features on them.
function normalizeDigits(word: string): string {
  return /\d/.test(word) ? word.replace(/\d/g, '0') : word;
}

export function shapeOf(word: string): string {
  let out = '';
  let last = '';
  const end = Math.min(word.length, 20);
  for (let i = 0; i < end; i++) {
    const code = word.charCodeAt(i);
    // ASCII is decided by code point; only other scripts pay for a Unicode regex.
    const c = code >= 65 && code <= 90 ? 'X' : code >= 97 && code <= 122 ? 'x' : code >= 48 && code <= 57 ? 'd'
      : code < 128 ? word[i]! : /\p{Lu}/u.test(word[i]!) ? 'X' : /\p{L}/u.test(word[i]!) ? 'x' : word[i]!;
    if (c !== last) out += c;
    last = c;
  }
  return out;
}
