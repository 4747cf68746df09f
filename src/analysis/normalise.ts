/**
 * A comparison key for source and outlet names: case, accents, punctuation, a leading "the" and a web
 * domain's suffix do not matter, so "Memri.org", "MEMRI" and "the Memri" meet on one key.
 */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/^\s*(?:https?:\/\/)?(?:www\.)?/, '')
    .replace(/\.(?:com|org|net|in|pk|co\.uk|co|info|news|tv)(?:\/\S*)?\b/g, '')
    .replace(/[’'`]s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the\s+/, '');
}

/** Splits text into lower-case word tokens (letters and digits), the unit of shingling. */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}
