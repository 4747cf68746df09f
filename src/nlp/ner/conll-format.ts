import { toIob2 } from './labels.js';

export interface ConllSentence {
  readonly words: readonly string[];
  /** IOB2 tags from the last column (IOB1 and IO input is converted). */
  readonly tags: readonly string[];
  /** Index of the document (counted by -DOCSTART- lines) the sentence belongs to. */
  readonly document: number;
  /** Names the file or corpus, so documents of different files stay apart. */
  readonly source: string;
}

/**
 * Reads CoNLL-style column text: first column the token, last column the NE tag, a blank line
 * between sentences, -DOCSTART- lines between documents (CoNLL-2003 puts them before a document,
 * WikiGold after one; either way they only separate).
 */
export function parseConll(text: string, separator: RegExp = /\s+/, source = ''): ConllSentence[] {
  const sentences: ConllSentence[] = [];
  let words: string[] = [];
  let tags: string[] = [];
  let document = 0;
  const flush = (): void => {
    if (words.length > 0) sentences.push({ words, tags: toIob2(tags), document, source });
    words = [];
    tags = [];
  };
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed === '') { flush(); continue; }
    const columns = trimmed.split(separator);
    if (columns[0] === '-DOCSTART-') { flush(); document++; continue; }
    words.push(columns[0]!);
    tags.push(columns.length > 1 ? columns[columns.length - 1]! : 'O');
  }
  flush();
  return sentences;
}

/**
 * Tags CoNLL token lines and writes one `token<TAB>tag` line per input line, so output lines align
 * with input lines: blank lines stay blank and `-DOCSTART-` lines come back as `-DOCSTART-<TAB>O`.
 */
export function tagConllLines(lines: readonly string[], tag: (sentences: readonly (readonly string[])[]) => string[][]): string[] {
  const sentences: string[][] = [];
  const documentOf: number[] = [];
  const where: Array<[sentence: number, token: number] | null> = [];
  let current: string[] | null = null;
  let document = 0;
  for (const line of lines) {
    const token = line.trim().split(/\s+/)[0] ?? '';
    if (token === '-DOCSTART-') document++;
    if (token === '' || token === '-DOCSTART-') { current = null; where.push(null); continue; }
    if (current === null) { current = []; sentences.push(current); documentOf.push(document); }
    where.push([sentences.length - 1, current.length]);
    current.push(token);
  }
  // Each -DOCSTART- segment is tagged as one document, so a word is read against its own article.
  const tags: string[][] = [];
  for (let i = 0; i < sentences.length;) {
    let j = i + 1;
    while (j < sentences.length && documentOf[j] === documentOf[i]) j++;
    tags.push(...tag(sentences.slice(i, j)));
    i = j;
  }
  return lines.map((line, i) => {
    const at = where[i];
    if (!at) return line.trim().startsWith('-DOCSTART-') ? '-DOCSTART-\tO' : '';
    return `${sentences[at[0]]![at[1]]}\t${tags[at[0]]![at[1]]}`;
  });
}
