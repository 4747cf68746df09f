import type { SurfaceForm } from './surface-form.js';
import { sameSurname, sameWord } from './transliteration.js';

/**
 * A person name that identifies someone on its own: two words or more once titles and honorifics
 * are set aside ("Tarek Olm"), or an honorific with a name ("Hafiz Vendi"), which is how some people are known.
 */
export function isFullPersonName(form: SurfaceForm): boolean {
  return form.core.length >= 2 || (form.honorific !== null && form.core.length === 1);
}

/** The key two mentions of one full person name share: honorific dropped unless the honorific is half the name. */
export function personKey(form: SurfaceForm): string {
  return form.core.length === 1 && form.honorific !== null ? `${form.honorific} ${form.core[0]}` : form.core.join(' ');
}

// One word of a person's name matches another spelt another way, or as its initial ("A." for "Amael").
function nameWordsMatch(a: string, b: string): boolean {
  if (a.length === 1 || b.length === 1) return a.length !== b.length ? a[0] === b[0] : a === b;
  return sameWord(a, b);
}

function sameWords(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((w, i) => nameWordsMatch(w, b[i]!));
}

function isOrderedSubsequence(short: readonly string[], long: readonly string[]): boolean {
  let j = 0;
  for (const w of long) if (j < short.length && nameWordsMatch(short[j]!, w)) j++;
  return j === short.length;
}

/**
 * How the full name `a` can name the same person as the full name `b`, or null when it cannot.
 * "Tam Hale" / "Tam Orlan Hale" (a middle name dropped) and "Hafiz Tam Khan" /
 * "Hafiz Tam Khan Brelli" (a tribal name added) can; "Hafiz Tam" / "Hafiz Tam Khan" cannot,
 * because the shorter one is an honorific and a single name, and a father / son pair such as
 * "Orlan Varn" / "Ilsa Varn" share only a surname.
 */
export function fullNameRelation(a: SurfaceForm, b: SurfaceForm): 'same-name' | 'middle-name-dropped' | 'name-extended' | 'given-name-dropped' | null {
  // "Mahjar-Varro" and "Mahjar Varro": one name whether the hyphen joins or a space splits it.
  if (sameWords(a.core, b.core) || (a.core.join('') === b.core.join('') && a.honorific === b.honorific)) {
    // An honorific that is half the name must agree: "Hafiz Vendi" is not "Qari Vendi".
    const aHalf = a.core.length === 1 ? a.honorific : null;
    const bHalf = b.core.length === 1 ? b.honorific : null;
    return aHalf === bHalf ? 'same-name' : null;
  }
  // "Davron Sabzali" / "Davron Sabzaliev": a surname with a Russian-style ending is the same surname.
  const n = a.core.length;
  if (n >= 2 && n === b.core.length && a.honorific === b.honorific && sameWords(a.core.slice(0, -1), b.core.slice(0, -1)) && sameSurname(a.core[n - 1]!, b.core[n - 1]!)) return 'same-name';
  const [short, long] = a.core.length <= b.core.length ? [a.core, b.core] : [b.core, a.core];
  if (short.length < 2 || short.length === long.length) return null;
  // "Berro Alcázar" for "Tomás Berro Alcázar": both family names without the given name, as Spanish and
  // Portuguese usage writes a person after the first mention.
  if (long.length === short.length + 1 && long.length >= 3 && sameWords(short, long.slice(1))) return 'given-name-dropped';
  if (sameWords(short, long.slice(0, short.length))) return 'name-extended';
  if (nameWordsMatch(short[0]!, long[0]!) && sameWord(short[short.length - 1]!, long[long.length - 1]!) && isOrderedSubsequence(short, long)) {
    return 'middle-name-dropped';
  }
  return null;
}

/**
 * Whether a one-word person mention can stand for the full name: it is the surname or the given
 * name ("Olm" or "Tarek" for "Tarek Olm"). Returns the rule, or null.
 */
export function shortFormRelation(short: SurfaceForm, full: SurfaceForm, allowFirstFamilyName = false): 'surname' | 'given-name' | 'first-family-name' | null {
  // A lone initial names no one.
  if (short.core.length !== 1 || short.honorific !== null || full.core.length < 2 || short.core[0]!.length < 2) return null;
  const word = short.core[0]!;
  // Only the plain surname: "Varn" may be the father of "Tomas Varnov", so the Russian-style ending does not count here.
  if (sameWord(word, full.core[full.core.length - 1]!)) return 'surname';
  if (sameWord(word, full.core[0]!)) return 'given-name';
  // "Berro" for "Tomás Berro Alcázar": in a name of three words the second is often the first of two
  // family names (Spanish, Portuguese), by which the person is then called. Callers try it only
  // after no full name fits by its last or first word.
  if (allowFirstFamilyName && full.core.length === 3 && sameWord(word, full.core[1]!)) return 'first-family-name';
  return null;
}

/**
 * Two full names that must never be one person: they share a word yet are not compatible
 * (a father and son with one surname; "Hafiz Saeed" and "Hafiz Saeed Khan"). Names that share no
 * word may still be one person under an alias the text gives, so they do not conflict.
 */
export function namesConflict(a: SurfaceForm, b: SurfaceForm): boolean {
  if (fullNameRelation(a, b) !== null) return false;
  return a.core.some((w) => b.core.some((v) => sameWord(w, v)));
}
