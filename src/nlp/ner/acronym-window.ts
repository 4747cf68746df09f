import type { TaggerToken } from './tagger-tokens.js';

// Words an acronym may leave out: "Islamic State of Iraq and Syria (ISIS)", "Tehrik-e-Taliban Pakistan (TTP)".
const SKIPPABLE = new Set(['of', 'and', 'the', 'for', 'in', 'on', 'de', 'e', 'i', 'ul', 'al', 'el', 'ad', 'wal', 'y', '&']);
const MAX_PARTS = 12;

interface Part { readonly token: number; readonly initial: string; readonly skippable: boolean; readonly capitalised: boolean }

/**
 * The token range of the name that a bracketed acronym spells, or null. `close` is the index of the
 * token before "(" — the name must end there. Each letter of the acronym must be the initial of a
 * word or hyphen part, in order; function words and name connectors ("of", "-e-") may be skipped,
 * and the name must start on a capitalised word that gives the first letter.
 */
export function findAcronymWindow(tokens: readonly TaggerToken[], close: number, acronym: string): { first: number; last: number } | null {
  // Digits are a unit's number, not initials: "Military Intelligence (MI-202)".
  const letters = fold(acronym).replace(/[^\p{L}]/gu, '');
  if (letters.length < 2) return null;
  const parts: Part[] = [];
  for (let t = close; t >= 0 && parts.length < MAX_PARTS; t--) {
    const text = tokens[t]!.text;
    // "Islamic State–Khorasan Province (ISKP)": a dash with no space either side joins one name.
    if (/^[-\u2010\u2011\u2013]$/.test(text) && t > 0 && tokens[t - 1]!.end === tokens[t]!.start && tokens[t + 1]?.start === tokens[t]!.end) continue;
    if (!/^[\p{L}\p{N}&][\p{L}\p{N}'’&-]*$/u.test(text)) break;
    const pieces = text.split('-').filter(Boolean);
    for (let k = pieces.length - 1; k >= 0; k--) {
      const piece = pieces[k]!;
      parts.push({ token: t, initial: fold(piece.charAt(0)), skippable: SKIPPABLE.has(piece.toLowerCase()), capitalised: /^\p{Lu}/u.test(piece) });
    }
  }
  // Match from the right: parts[i] is the i-th part counting leftwards from the bracket.
  let best: number | null = null;
  const visit = (i: number, j: number): void => {
    if (best !== null) return;
    if (j < 0) return;
    const part = parts[i];
    if (part === undefined) return;
    if (part.initial === letters[j]) {
      if (j === 0 && part.capitalised && startsToken(parts, i)) { best = i; return; }
      visit(i + 1, j - 1);
    }
    if (part.skippable) visit(i + 1, j);
  };
  visit(0, letters.length - 1);
  if (best === null) return null;
  return { first: parts[best]!.token, last: close + 1 };
}

// "İstihbarat" spells the I of "MIT": accents and dotted capitals do not count.
const fold = (text: string): string => text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toUpperCase();

// A window may not start inside a hyphenated token: "al" of "Jaish-al-Adl" is not a name start.
const startsToken = (parts: readonly Part[], i: number): boolean => parts[i + 1]?.token !== parts[i]!.token;
