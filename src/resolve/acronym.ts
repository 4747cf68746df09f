import { CONNECTORS, foldCase } from './transliteration.js';

/**
 * The initials a name is written as, upper-cased with dots and hyphens dropped, or null when the
 * name is not written as initials: "LeT" → "LET", "IS-K" → "ISK", "U.S." → "US"; "NatStrat" → null.
 */
export function acronymOf(name: string): string | null {
  if (/\s/.test(name)) return null;
  const compact = name.replace(/[.\-‐‑–—]/g, '');
  if (!/^[A-Za-z][A-Za-z0-9]{1,9}$/.test(compact)) return null;
  const letters = compact.replace(/[0-9]/g, '');
  const upper = letters.replace(/[^A-Z]/g, '').length;
  // Two capitals at least, and most letters capital: "LeT", "ISKP", "MI-202", not "McCann" or "NatStrat".
  if (upper < 2 || upper * 2 < letters.length) return null;
  return compact.toUpperCase();
}

/**
 * Every way a multi-word name is usually abbreviated: the initial of each word, hyphenated parts
 * included, with connectors ("of", "-e-") either kept or dropped.
 * @example initialsOf('Lashkar-e-Taiba') → {'LET', 'LT'}; initialsOf('Tehrik-e-Taliban Pakistan') includes 'TTP'
 */
export function initialsOf(name: string): ReadonlySet<string> {
  const words = name.split(/[\s\-‐‑‒–—/]+/).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter((w) => w.length > 0);
  const out = new Set<string>();
  if (words.length < 2) return out;
  const initial = (w: string): string => foldCase(w[0]!).toUpperCase();
  out.add(words.map(initial).join(''));
  const mixedCase = /[a-z]/.test(name);
  // As in contentWords: a capitalised "US" inside "US Border Guard" is a word, not a connector.
  const content = words.filter((w) => !CONNECTORS.has(foldCase(w)) || (mixedCase && w.length >= 2 && w === w.toUpperCase()));
  if (content.length >= 2) out.add(content.map(initial).join(''));
  return out;
}

/** Whether `acronym` (as acronymOf gives it) abbreviates the multi-word `name`. */
export function isAcronymOf(acronym: string, name: string): boolean {
  return initialsOf(name).has(acronym);
}
