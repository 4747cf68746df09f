/** One word line of a CoNLL-U sentence: the ten columns, as text. */
export interface ConlluWord {
  readonly columns: string[];
}

/**
 * A sentence as read from CoNLL-U. `lines` keeps every input line in order (comments, multiword
 * ranges `3-4`, empty nodes `8.1`) so a parse can be written back around them unchanged; `wordLines`
 * gives, for each integer-ID word, its position in `lines`.
 */
export interface ConlluSentence {
  readonly lines: string[][];
  readonly wordLines: number[];
  readonly comments: string[];
}

const isWordId = (id: string): boolean => /^\d+$/.test(id);

/** Splits CoNLL-U text into sentences; blank lines separate them and a missing final blank line is tolerated. */
export function readConllu(text: string): ConlluSentence[] {
  const sentences: ConlluSentence[] = [];
  let current: ConlluSentence = { lines: [], wordLines: [], comments: [] };
  const flush = (): void => {
    if (current.lines.length > 0 || current.comments.length > 0) sentences.push(current);
    current = { lines: [], wordLines: [], comments: [] };
  };
  for (const raw of text.split('\n')) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.trim() === '') { flush(); continue; }
    if (line.startsWith('#')) { current.lines.push([line]); current.comments.push(line); continue; }
    const columns = line.split('\t');
    while (columns.length < 10) columns.push('_');
    if (isWordId(columns[0]!)) current.wordLines.push(current.lines.length);
    current.lines.push(columns);
  }
  flush();
  return sentences;
}

/** The FORM column of each integer-ID word. */
export const wordsOf = (sentence: ConlluSentence): string[] => sentence.wordLines.map((i) => sentence.lines[i]![1] ?? '_');

/** A column of each integer-ID word (3 = UPOS, 4 = XPOS, 6 = HEAD, 7 = DEPREL). */
export const columnOf = (sentence: ConlluSentence, column: number): string[] =>
  sentence.wordLines.map((i) => sentence.lines[i]![column] ?? '_');

/** Writes sentences back: each is its lines, then one blank line. */
export function writeConllu(sentences: readonly ConlluSentence[]): string {
  const out: string[] = [];
  for (const s of sentences) {
    for (const line of s.lines) out.push(line.join('\t'));
    out.push('');
  }
  return out.length > 0 ? `${out.join('\n')}\n` : '';
}
