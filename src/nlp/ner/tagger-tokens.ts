import type { Token } from '../../core/index.js';

/** A token as the tagger sees it: one or more pipeline tokens with their character range. */
export interface TaggerToken {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly sentenceIndex: number;
  /** Pipeline POS of the first token it covers. */
  readonly pos: string;
}

// "Pakistan-based", "UN-designated", "anti-Taliban", "Baloch-led": a lower-case word of its own on
// either side of the hyphen makes a modifier, and the name stays a token of its own for the tagger.
// Short lower-case parts are name connectors and stay joined ("Lashkar-e-Taiba", "al-Qaeda", "Harkat-ul-…").
const SHORT_MODIFIERS = new Set(['led', 'run', 'pro', 'non', 'ex', 'pre', 'neo', 'pan']);
const isModifierPart = (part: string): boolean => /^\p{Ll}+$/u.test(part) && (part.length >= 4 || SHORT_MODIFIERS.has(part));

const WORDLIKE = /[\p{L}\p{N}]$/u;
const STARTS_WORDLIKE = /^[\p{L}\p{N}]/u;
const HYPHEN = /^[-\u2010\u2011]$/;

/**
 * Re-joins what wink splits but CoNLL keeps whole: "Lashkar-e-Taiba" arrives as five tokens and
 * the model was trained on one. Parts join only when no space separates them.
 */
export function toTaggerTokens(text: string, tokens: readonly Token[]): TaggerToken[][] {
  const sentences: TaggerToken[][] = [];
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i]!;
    let end = first.end;
    let j = i;
    for (;;) {
      const following = tokens[j + 1];
      if (following === undefined || following.start !== end || following.sentenceIndex !== first.sentenceIndex) break;
      // wink splits some words at a non-ASCII capital ("Milli İstihbarat" → "İ" + "stihbarat"); a
      // letter run with no gap is one word, except the clitics CoNLL also splits off ("n't").
      if (WORDLIKE.test(tokens[j]!.text) && STARTS_WORDLIKE.test(following.text) && !/^n't$/i.test(following.text)) { end = following.end; j += 1; continue; }
      const next = tokens[j + 2];
      const joins = next !== undefined && HYPHEN.test(following.text) && next.start === following.end
        && WORDLIKE.test(tokens[j]!.text) && STARTS_WORDLIKE.test(next.text) && next.sentenceIndex === first.sentenceIndex
        && !isModifierPart(tokens[j]!.text) && !isModifierPart(next.text);
      if (!joins) break;
      end = next.end;
      j += 2;
    }
    const sentence = sentences[sentences.length - 1];
    const token: TaggerToken = { text: j === i ? first.text : text.slice(first.start, end), start: first.start, end, sentenceIndex: first.sentenceIndex, pos: first.pos };
    if (sentence && sentence[0]!.sentenceIndex === first.sentenceIndex) sentence.push(token);
    else sentences.push([token]);
    i = j + 1;
  }
  return sentences;
}
