import type { AnalyzedDocument } from '../core/index.js';
import { initialsOf, acronymOf } from './acronym.js';
import { DEFAULT_RESOLVE_OPTIONS, type ResolveOptions } from './options.js';
import { contentWords, tokenKey } from './transliteration.js';

// Incremental resolution re-resolves only the documents a new one can change: those that share a blocking key
// with it, and those that share one with them, and so on (see the store's `blockingComponent`). That gives the
// entities a whole-case run gives only if every pass that links mentions of two documents links mentions that
// share a key; so the keys are deliberately coarse, a superset of what any pass compares, never a guess at what
// it will merge. A key too fine would make the incremental entities differ from a whole run (`dossier
// reanalyse` reports it); a key too coarse only makes a component larger.

/** Consonants of a word kept in its key: enough to keep unrelated words apart, few enough that a suffix or one changed consonant cannot. */
const WORD_KEY_LETTERS = 4;

/**
 * The blocking keys of one document: for each mention, every word of its name folded as transliteration folds it
 * and cut to its first consonants (so spelling variants, a case vowel or an added surname ending meet), its
 * initials and acronym, the country it names or qualifies, and the listed group it names; and the words of the
 * document's outlet, since an outlet's name retypes mentions in every document. Sorted, each once.
 * @example blockingKeysOf(doc).includes('i:RVF')   // a document naming the Red Valley Front, or the RVF
 */
export function blockingKeysOf(analyzed: AnalyzedDocument, options: ResolveOptions = DEFAULT_RESOLVE_OPTIONS): string[] {
  const keys = new Set<string>();
  const addName = (name: string): void => {
    const words = contentWords(name);
    for (const word of words) {
      for (const key of wordKeys(word)) keys.add(`w:${key}`);
      const country = options.countryOf(word);
      if (country !== null) keys.add(`c:${country}`);
    }
    for (const token of name.split(/\s+/)) {
      const acronym = acronymOf(token.replace(/['’]s$/, '').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''));
      if (acronym !== null) keys.add(`i:${acronym}`);
    }
    for (const initials of initialsOf(name)) keys.add(`i:${initials}`);
    const country = options.countryOf(name);
    if (country !== null) keys.add(`c:${country}`);
    const listed = options.gazetteer?.(name) ?? null;
    if (listed !== null) keys.add(`g:${listed}`);
  };
  for (const mention of analyzed.mentions) {
    addName(mention.text);
    // A bracketed short form or a quoted nickname inside the mention is a name of its own.
    for (const inner of mention.text.match(/\(([^)]+)\)|["“]([^"”]+)["”]/g) ?? []) addName(inner.replace(/[()"“”]/g, ''));
  }
  const outlet = analyzed.document.outlet;
  if (outlet !== null) addName(outlet);
  return [...keys].sort();
}

/** A word's key: the folded word's first letter and its next consonants; a romanised dh gives one key for each reading. */
function wordKeys(word: string): string[] {
  const folded = tokenKey(word);
  const readings = folded.includes('ð') ? [folded.replaceAll('ð', 'd'), folded.replaceAll('ð', 'z')] : [folded];
  return readings.map((w) => (w[0] ?? '') + w.slice(1).replace(/[aeiouy]/g, '').slice(0, WORD_KEY_LETTERS - 1));
}

