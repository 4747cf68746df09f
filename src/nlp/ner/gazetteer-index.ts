import { listArmedGroups, listCountries, listOrganizationNames, listPersonNames, listPlaceNames, listRegionNames } from '../lexicon/index.js';
import { hashString, mixHash } from './hash.js';
import { normalizeToken } from './token-shape.js';

/** Gazetteer kinds the tagger sees as features; bit i of a token's match mask. Order is part of the model. */
export const GAZETTEER_KINDS = ['country', 'demonym', 'place', 'region', 'designated-entity', 'given-name', 'surname', 'honorific', 'organization'] as const;
export const MAX_PHRASE_TOKENS = 6;
const PREFIX_BIT = 1 << 20;

/** Hash of a token for phrase lookup: lower case, typographic variants folded. */
export const phraseTokenHash = (word: string): number => hashString(7, normalizeToken(word).toLowerCase());

// Gazetteer names are split the way CoNLL text is: on spaces, with brackets, commas and a
// possessive 's standing apart; hyphenated names ("Lashkar-e-Taiba") stay one token.
function phraseTokens(name: string): string[] {
  return normalizeToken(name).replace(/([(),;:"])/g, ' $1 ').replace(/'s\b/g, " 's").split(/\s+/).filter(Boolean);
}

export type PhraseIndex = ReadonlyMap<number, number>;

/** Phrase hash → mask of kinds; every proper prefix of a phrase is marked with PREFIX_BIT so lookups stop early. */
export function buildPhraseIndex(): PhraseIndex {
  const index = new Map<number, number>();
  const add = (name: string, kind: number): void => {
    const tokens = phraseTokens(name);
    if (tokens.length === 0 || tokens.length > MAX_PHRASE_TOKENS) return;
    let h = 0;
    tokens.forEach((token, i) => {
      h = mixHash(h, phraseTokenHash(token));
      const bit = i === tokens.length - 1 ? 1 << kind : PREFIX_BIT;
      index.set(h, (index.get(h) ?? 0) | bit);
    });
  };
  for (const c of listCountries()) {
    for (const n of [c.name, ...c.aliases]) add(n, 0);
    for (const d of c.demonyms) { add(d, 1); add(`${d}s`, 1); }
  }
  for (const p of listPlaceNames()) add(p, 2);
  for (const r of listRegionNames()) add(r, 3);
  for (const g of listArmedGroups()) for (const n of [g.name, ...g.aliases]) add(n, 4);
  const people = listPersonNames();
  for (const n of [...people.first, ...people.unGiven]) add(n, 5);
  for (const n of [...people.last, ...people.unFamily]) add(n, 6);
  for (const n of people.honorifics) { add(n, 7); add(`${n}.`, 7); }
  for (const n of listOrganizationNames()) add(n, 8);
  return index;
}

/**
 * For each token, which gazetteer kinds cover it: bits 0–15 when a match starts at the token,
 * bits 16–31 when a match continues through it. Every match is marked, not only the longest, and
 * the model weighs them: "Georgia" is a country, a US state and a given name.
 */
export function markGazetteerMatches(index: PhraseIndex, tokenHashes: Int32Array, n: number, out: Int32Array): void {
  out.fill(0, 0, n);
  for (let i = 0; i < n; i++) {
    let h = 0;
    for (let j = i; j < n && j - i < MAX_PHRASE_TOKENS; j++) {
      h = mixHash(h, tokenHashes[j]!);
      const entry = index.get(h);
      if (entry === undefined) break;
      const kinds = entry & 0xffff;
      if (kinds !== 0) {
        out[i] = out[i]! | kinds;
        for (let k = i + 1; k <= j; k++) out[k] = out[k]! | (kinds << 16);
      }
      if (!(entry & PREFIX_BIT)) break;
    }
  }
}
