import type { Mention, Token } from '../../core/index.js';

// "the Orvanian border town of …": a nationality adjective of a place the article names ("Orvania",
// "Haut-Orvan") is no entity, though no list knows it; the tagger reads it as the place. A one-word
// place mention is such an adjective when, stripped of a nationality ending, it is the start of a
// place named in the same article, and once at least it qualifies a lower-case noun.
const ENDING = /(ian|ean|an|n|i|ese|ish|ite)$/;
const MIN_STEM = 4;
const PLACE_ENDING = /^(a|ia|ya|iya|e|stan|istan|land)$/;

/** True when `word` reads as the nationality adjective of `place` ("Orvanian" / "Orvania", "Haldari" / "Haldariya"). */
export function isDemonymOf(word: string, place: string): boolean {
  if (word === place || word.length < MIN_STEM + 1) return false;
  for (const ending of ['ian', 'ean', 'an', 'n', 'i', 'ese', 'ish', 'ite']) {
    if (!word.endsWith(ending)) continue;
    const stem = word.slice(0, -ending.length);
    if (stem.length < MIN_STEM) continue;
    // The place is the stem, or the stem with a place ending: "Haldari" / "Haldar-iya", "Orvanian" / "Orvan-ia".
    if (place === stem || (place.startsWith(stem) && PLACE_ENDING.test(place.slice(stem.length)))) return true;
  }
  return false;
}

/** Drops one-word place mentions that are nationality adjectives of places named in the same document. */
export function dropLocalDemonyms(tokens: readonly Token[], mentions: readonly Mention[]): Mention[] {
  const placeWords = new Set<string>();
  for (const m of mentions) if (m.type === 'location') for (const w of m.text.split(/[\s\-‐‑]+/)) if (w.length >= MIN_STEM) placeWords.add(w);
  const startIndex = new Map(tokens.map((t, i) => [t.start, i]));
  const adjectival = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'location' || /\s/.test(m.text) || !ENDING.test(m.text)) continue;
    const i = startIndex.get(m.start);
    const next = i === undefined ? undefined : tokens[i + 1];
    if (next !== undefined && /^\p{Ll}+$/u.test(next.text) && (next.pos === 'NOUN' || next.pos === 'ADJ')) adjectival.add(m.text);
  }
  if (adjectival.size === 0) return [...mentions];
  const demonyms = new Set([...adjectival].filter((word) => [...placeWords].some((place) => isDemonymOf(word, place))));
  return demonyms.size === 0 ? [...mentions] : mentions.filter((m) => !demonyms.has(m.text));
}
