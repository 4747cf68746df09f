// Character-level facts about one token, computed in a single pass without building strings.

/** Bits of `tokenFlags`. */
export const FLAG = {
  initUpper: 1, allUpper: 2, hasLower: 4, hasDigit: 8, hasHyphen: 16, hasDot: 32, hasOther: 64, innerUpper: 128, isPunct: 256, hasApostrophe: 512,
} as const;

/** Case class of a token: 0 lower, 1 Capitalised, 2 ALL-CAPS (two letters or more), 3 starts with a digit, 4 punctuation or symbol. */
export function caseClass(flags: number): number {
  if (flags & FLAG.isPunct) return 4;
  if (flags & FLAG.allUpper) return 2;
  if (flags & FLAG.initUpper) return 1;
  if (flags & FLAG.hasDigit && !(flags & FLAG.hasLower)) return 3;
  return 0;
}

const isUpper = (c: number): boolean => (c >= 65 && c <= 90) || (c > 127 && String.fromCharCode(c).toLowerCase() !== String.fromCharCode(c));
const isLower = (c: number): boolean => (c >= 97 && c <= 122) || (c > 127 && String.fromCharCode(c).toUpperCase() !== String.fromCharCode(c));

export function tokenFlags(word: string): number {
  let flags = 0;
  let letters = 0;
  let uppers = 0;
  let others = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (isUpper(c)) { letters++; uppers++; if (i === 0) flags |= FLAG.initUpper; else flags |= FLAG.innerUpper; }
    else if (isLower(c)) { letters++; flags |= FLAG.hasLower; }
    else if (c >= 48 && c <= 57) flags |= FLAG.hasDigit;
    else if (c === 45) { flags |= FLAG.hasHyphen; others++; }
    else if (c === 46) { flags |= FLAG.hasDot; others++; }
    else if (c === 39) { flags |= FLAG.hasApostrophe; others++; }
    else { flags |= FLAG.hasOther; others++; }
  }
  if (letters >= 2 && uppers === letters) flags |= FLAG.allUpper;
  if (letters === 0 && !(flags & FLAG.hasDigit)) flags |= FLAG.isPunct;
  if (letters === 1 && uppers === 1 && word.length <= 2) flags |= FLAG.allUpper; // "I", "A." read as initials
  return others === word.length ? flags | FLAG.isPunct : flags;
}

/**
 * Word shape with runs collapsed ("Lashkar-e-Taiba" → "Xx-x-Xx", "1990s" → "dx"), as a hash code.
 * Shapes generalise over words the training data never had.
 */
export function shapeHash(word: string, seed: number): number {
  let h = Math.imul(0x811c9dc5 ^ seed, 0x01000193);
  let last = -1;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    const code = isUpper(c) ? 88 : isLower(c) ? 120 : c >= 48 && c <= 57 ? 100 : c;
    if (code !== last) { h = Math.imul(h ^ code, 0x01000193); last = code; }
  }
  return h | 0;
}

/**
 * Maps typographic variants onto what the CoNLL training text uses: news copy has curly quotes and
 * dashes ("Pakistan’s"), Reuters 1996 wire text has ASCII.
 */
export function normalizeToken(word: string): string {
  let needs = false;
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 127) { needs = true; break; }
  if (!needs) return word;
  return word.replace(/[\u2018\u2019\u02bc\u2032]/g, "'").replace(/[\u201c\u201d\u2033]/g, '"').replace(/[\u2010-\u2015\u2212]/g, '-').replace(/\u2026/g, '...');
}
