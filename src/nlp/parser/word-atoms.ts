import { hashText } from './feature-hash.js';

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
}

export function wordAtoms(words: readonly string[]): WordAtoms {
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
    lower[i] = hashText(normalizeDigits(low));
    shape[i] = hashText(shapeOf(word));
    for (let k = 0; k < 3; k++) prefix[k]![i] = low.length > k + 1 ? hashText(low, 0, k + 1) : 0;
    for (let k = 0; k < 4; k++) suffix[k]![i] = low.length > k + 1 ? hashText(low, low.length - k - 1) : 0;
  }
  return { form, lower, shape, prefix, suffix };
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
