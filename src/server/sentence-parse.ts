import type { AnalyzedDocument, Token } from '../core/index.js';
import { QueryError } from '../core/index.js';
import { formatConllu, parseSentences, tokenize, type ParsedSentence } from '../nlp/index.js';

export interface SentenceParseDto {
  readonly document: string;
  readonly sentence: { readonly index: number; readonly start: number; readonly end: number; readonly text: string };
  /** `stored`: the parse analysis made and the case keeps; `parsed-now`: the document predates the parser, so it was parsed for this answer. */
  readonly parse: 'stored' | 'parsed-now';
  /** Heads are 1-based within the sentence, 0 for the root, as in CoNLL-U. */
  readonly tokens: ParsedSentence['tokens'];
  readonly conllu: string;
}

/**
 * The dependency tree of one sentence, so an analyst checking why a claim was read can see the
 * subject, object and obliques the rules followed.
 */
export function sentenceParse(analyzed: AnalyzedDocument, index: number): SentenceParseDto {
  const sentence = analyzed.sentences.find((s) => s.index === index);
  if (!sentence) throw new QueryError('INPUT_INVALID', `document ${analyzed.document.id} has no sentence ${index} (it has ${analyzed.sentences.length}, numbered from 0)`, { field: 'n' });
  const text = analyzed.document.text.slice(sentence.start, sentence.end);
  const stored = sentence.tokens !== undefined && sentence.tokens.every((t) => t.head !== undefined);
  const tokens = stored ? sentence.tokens! : parseSentences(reTokenize(text, sentence.start, index));
  const parsed: ParsedSentence = {
    text,
    tokens: tokens.map((t, i) => ({ id: i + 1, form: t.text, upos: t.upos ?? t.pos, head: (t.head ?? -1) + 1, deprel: t.deprel ?? 'dep', start: t.start, end: t.end })),
  };
  return {
    document: analyzed.document.id, sentence: { index, start: sentence.start, end: sentence.end, text },
    parse: stored ? 'stored' : 'parsed-now', tokens: parsed.tokens, conllu: formatConllu([parsed]),
  };
}

// The tokenizer may split a stored sentence's text differently on its own; it is parsed as one sentence all the same.
function reTokenize(text: string, offset: number, sentenceIndex: number): Token[] {
  return tokenize(text).tokens.map((t) => ({ ...t, start: t.start + offset, end: t.end + offset, sentenceIndex }));
}
