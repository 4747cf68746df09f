import type { ConllSentence } from '../src/nlp/ner/conll-format.js';
import { seededRandom } from '../src/nlp/ner/perceptron.js';

// Words that AP-style title case leaves in lower case.
const MINOR_WORDS = new Set(['a', 'an', 'the', 'and', 'but', 'or', 'nor', 'for', 'of', 'in', 'on', 'at', 'to', 'by', 'up', 'as', 'is']);
const titleCase = (word: string): string => (MINOR_WORDS.has(word.toLowerCase()) ? word : word.charAt(0).toUpperCase() + word.slice(1));

/**
 * Copies a seeded sample of sentences as ALL-CAPS and as Title-Case headlines, labels unchanged.
 * News pages carry such headlines and kickers; Reuters 1996 has few Title-Case ones, so without
 * copies a capitalised "Warning" or "Alliance" in a headline reads as a name.
 */
export function augmentHeadlines(sentences: readonly ConllSentence[], seed: number, share = 0.05): ConllSentence[] {
  const random = seededRandom(seed ^ 0x5eed);
  const copies: ConllSentence[] = [];
  for (const s of sentences) {
    if (s.words.length < 4) continue;
    const draw = random();
    if (draw < share) copies.push({ ...s, words: s.words.map((w) => w.toUpperCase()) });
    else if (draw < 2 * share) copies.push({ ...s, words: s.words.map(titleCase) });
  }
  return copies;
}

/**
 * Copies a seeded sample of whole documents in upper case (wire archives and some corpora are
 * all-caps) and in lower case (no case at all), labels unchanged. Unlike single headline copies,
 * whole copies also show the document features an all-caps or caseless article gives: none.
 * The copies get a source of their own, so their document statistics are their own.
 */
export function augmentDocuments(sentences: readonly ConllSentence[], seed: number, upperShare: number, lowerShare: number): ConllSentence[] {
  const random = seededRandom(seed ^ 0xd0c5);
  const choice = new Map<string, 'upper' | 'lower' | null>();
  const copies: ConllSentence[] = [];
  for (const s of sentences) {
    const key = `${s.source}:${s.document}`;
    if (!choice.has(key)) { const draw = random(); choice.set(key, draw < upperShare ? 'upper' : draw < upperShare + lowerShare ? 'lower' : null); }
    const mode = choice.get(key);
    if (mode) copies.push({ ...s, source: `${s.source}+${mode}`, words: s.words.map((w) => (mode === 'upper' ? w.toUpperCase() : w.toLowerCase())) });
  }
  return copies;
}
