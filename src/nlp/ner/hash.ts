// Features are hashed straight from the characters of a token into a fixed weight table (the
// "hashing trick"), so tagging allocates no feature strings and the model needs no feature
// dictionary. FNV-1a is short, fast in V8 with Math.imul, and spreads short strings well enough.

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a of `text[from, to)`, seeded by a template number so equal strings in different templates differ. */
export function hashRange(seed: number, text: string, from: number, to: number): number {
  let h = Math.imul(FNV_OFFSET ^ seed, FNV_PRIME);
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h | 0;
}

export const hashString = (seed: number, text: string): number => hashRange(seed, text, 0, text.length);

/** Combines two hashes (murmur3's finaliser over a boost-style mix); order matters. */
export function mixHash(a: number, b: number): number {
  let h = a ^ (b + 0x9e3779b9 + (a << 6) + (a >>> 2));
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}
