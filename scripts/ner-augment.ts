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
