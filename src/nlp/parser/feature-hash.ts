// Features are 32-bit keys mixed from a template number and integer atoms (a word's hash, a tag
// index, a distance), never strings: building "s0w=the|b0p=NOUN" per transition would dominate the
// parse time. A 32-bit key collides for about one pair in a few thousand among millions of features,
// which costs nothing measurable and saves storing feature names.

export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

/** FNV-1a of `text[from, to)`. */
export function hashText(text: string, from = 0, to = text.length): number {
  let h = FNV_OFFSET;
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h | 0;
}

/** Mixes one more atom into a key (murmur3's finaliser over a boost-style combine); order matters. */
export function mix(a: number, b: number): number {
  let h = a ^ (b + 0x9e3779b9 + (a << 6) + (a >>> 2));
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

// Template keys: a multiply–xor chain over the atoms (one multiply per atom) and one finaliser, about a
// third of the cost of mixing every atom fully; the finaliser folds the high bits into the low ones
// that the table index reads.
const M1 = 0x9e3779b1;
const M2 = 0x85ebca6b;
const finish = (h: number): number => { h = Math.imul(h ^ (h >>> 16), M2); return (h ^ (h >>> 13)) | 0; };
export const key1 = (t: number, a: number): number => finish(Math.imul(Math.imul(t + 1, M1) ^ a, M2));
export const key2 = (t: number, a: number, b: number): number => finish(Math.imul(Math.imul(Math.imul(t + 1, M1) ^ a, M2) ^ b, M1));
export const key3 = (t: number, a: number, b: number, c: number): number =>
  finish(Math.imul(Math.imul(Math.imul(Math.imul(t + 1, M1) ^ a, M2) ^ b, M1) ^ c, M2));
export const key4 = (t: number, a: number, b: number, c: number, d: number): number =>
  finish(Math.imul(Math.imul(Math.imul(Math.imul(Math.imul(t + 1, M1) ^ a, M2) ^ b, M1) ^ c, M2) ^ d, M1));

// One seeded generator for every trainer in the stage (the NER perceptron's), so shuffles stay reproducible.
export { seededRandom } from '../ner/perceptron.js';

/** Fisher–Yates with a seeded generator. */
export function shuffleInPlace<T>(items: T[], random: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
}
