import { findCountry, isDemonym } from '../lexicon/index.js';
import type { TaggerToken } from './tagger-tokens.js';

// Institutions a state acts through. "Forces" and "troops" are left out on purpose: "Ruritanian
// forces" describes unnamed people and names no body (../shared/eval/GUIDELINES.md, "States and adjectives").
const BODY = /^(military|army|navy|air force|security establishment|military establishment|army establishment|intelligence services)$/;

export interface BodySpan {
  readonly first: number;
  /** End exclusive. */
  readonly last: number;
}

/**
 * "the Pakistani military establishment", "Pakistan's security establishment", "the Pakistan
 * army": a state's body named by its nationality or country and an institution noun is an
 * organisation (the country itself stays a place). A bare demonym needs "the" before it, so
 * "Ruritanian army officers" (people described) is not taken for the body.
 */
export function findNationalBodies(tokens: readonly TaggerToken[]): BodySpan[] {
  const out: BodySpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i]!.text;
    const isCountry = /^\p{Lu}/u.test(word) && findCountry(word) !== null;
    const demonym = /^\p{Lu}/u.test(word) && isDemonym(word) && tokens[i - 1]?.text.toLowerCase() === 'the';
    if (!isCountry && !demonym) continue;
    let j = i + 1;
    if (isCountry && /^['’]s$/.test(tokens[j]?.text ?? '')) j++;
    const body = longestBody(tokens, j);
    if (body > j) out.push({ first: i, last: body });
  }
  return out;
}

/** The end of the longest institution phrase starting at `from` (two words at most), or `from`. */
function longestBody(tokens: readonly TaggerToken[], from: number): number {
  for (let length = 2; length >= 1; length--) {
    const words = tokens.slice(from, from + length).map((t) => t.text);
    if (words.length === length && words.every((w) => /^\p{Ll}+$/u.test(w)) && BODY.test(words.join(' '))) return from + length;
  }
  return from;
}
