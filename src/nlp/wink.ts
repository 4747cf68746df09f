import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Sentence, Token } from '../core/index.js';

// wink-nlp is wrapped here alone so that replacing the tokenizer means changing one file.
// Only sentence breaks and POS are read: wink's own entities, negation and sentiment (on by default)
// took a third of its time, and its POS tagger reads none of them (it tags from the token hashes).
const nlp = winkNLP(model, ['sbd', 'pos']);
const its = nlp.its;

// A lower-case prefix joined to a capitalised name: the name is a name of its own.
const STANCE_PREFIX = /^(anti|pro|non|ex|post|pre|neo|pan)([-\u2010\u2011])(?=\p{Lu})[\p{L}\p{N}.'’-]+$/u;

export interface TokenizedText {
  readonly sentences: readonly Sentence[];
  readonly tokens: readonly Token[];
}

/**
 * Splits text into sentences and tokens with character offsets into the same string.
 * A line break always ends a sentence: news text puts headlines, bylines and datelines on lines of
 * their own without a full stop, and wink would run them into the first sentence of the body.
 */
export function tokenize(text: string): TokenizedText {
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  const line = /[^\n]+/g;
  for (let match = line.exec(text); match; match = line.exec(text)) {
    if (match[0].trim() !== '') tokenizeLine(match[0], match.index, sentences, tokens);
  }
  return { sentences, tokens };
}

// Offsets are rebuilt from wink's preceding-space record, which reproduces its input exactly;
// whitespace tokens are dropped.
function tokenizeLine(text: string, base: number, sentences: Sentence[], tokens: Token[]): void {
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  const starts: number[] = new Array(values.length);
  let offset = base;
  for (let i = 0; i < values.length; i++) {
    offset += spaces[i]!.length;
    starts[i] = offset;
    offset += values[i]!.length;
  }
  const spans = doc.sentences().out(its.span) as unknown as Array<[number, number]>;
  for (const [first, last] of spans) {
    let start = -1;
    let end = -1;
    const sentenceIndex = sentences.length;
    for (let i = first; i <= last; i++) {
      if (tags[i] === 'SPACE' || values[i]!.trim() === '') continue;
      const tokenStart = starts[i]!;
      const tokenEnd = tokenStart + values[i]!.length;
      if (start < 0) start = tokenStart;
      end = tokenEnd;
      const prefixed = STANCE_PREFIX.exec(values[i]!);
      if (prefixed) {
        // "anti-Iran", "pro-Taliban": wink keeps these whole, which hides the name from the tagger.
        const [, prefix, dash] = prefixed;
        const nameStart = tokenStart + prefix!.length + dash!.length;
        tokens.push({ text: prefix!, start: tokenStart, end: tokenStart + prefix!.length, pos: 'ADJ', sentenceIndex });
        tokens.push({ text: dash!, start: tokenStart + prefix!.length, end: nameStart, pos: 'PUNCT', sentenceIndex });
        tokens.push({ text: values[i]!.slice(prefix!.length + dash!.length), start: nameStart, end: tokenEnd, pos: 'PROPN', sentenceIndex });
        continue;
      }
      tokens.push({ text: values[i]!, start: tokenStart, end: tokenEnd, pos: tags[i]!, sentenceIndex });
    }
    if (start >= 0) sentences.push({ index: sentenceIndex, start, end });
  }
}
