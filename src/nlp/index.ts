import { checkTimeBudget, type AnalyzedDocument, type Sentence, type SourceDocument, type TimeBudget, type Token } from '../core/index.js';
import { extractClaims, type ClaimOptions } from './claims/index.js';
import { recognizeMentions, tagSentences } from './ner/index.js';
import { parseTokens } from './parser/index.js';
import { datelineEnd } from './dateline.js';
import { verbsMissed } from './verb-hints.js';
import { tokenize } from './wink.js';

/** Bumped whenever extraction output changes; stored beside every derived row. */
export const EXTRACTOR_VERSION = 'dossier-nlp/0.1.0';

/**
 * What analysis can be told: which claim rows to switch off for an ablation run, and the document's time
 * budget (checked between steps; past it the document fails with INGEST_TIME_LIMIT and a run goes on).
 */
export type AnalyzeOptions = ClaimOptions & { readonly budget?: TimeBudget };

/**
 * Reads one document: sentences and tokens, then entity mentions, then the claims between them.
 * The order is fixed because each step reads the one before: claims are found between mentions.
 * @example analyzeDocument(doc).claims.filter((c) => c.predicate === 'allied_with')
 */
export function analyzeDocument(document: SourceDocument, options: Partial<AnalyzeOptions> = {}): AnalyzedDocument {
  const overrun = (step: string): void => checkTimeBudget(options.budget, step, document.origin);
  overrun('before extraction');
  const { sentences, tokens } = tokenize(document.text);
  overrun('splitting sentences');
  const mentions = recognizeMentions({ docId: document.id, text: document.text, sentences, tokens });
  overrun('finding names');
  // Claims read the dependency parse; the tagger reads the tokens as wink gave them.
  const parsed = parseSentences(tokens);
  overrun('parsing sentences');
  const claims = extractClaims({ document, sentences, tokens: parsed, mentions }, options);
  overrun('finding claims');
  // Each sentence keeps its parsed tokens, so the store holds the tree and a case is never parsed twice.
  return { document, sentences: withTokens(sentences, parsed), mentions, claims, extractorVersion: EXTRACTOR_VERSION };
}

/**
 * The parse the claims read: the parser's, with a relation verb the tagger took for a plural noun
 * ("Ostrava arms the Front") parsed again as the verb it is. The API's sentence view parses the same way.
 */
export function parseSentences(tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  for (let start = 0; start < tokens.length;) {
    let end = start + 1;
    while (end < tokens.length && tokens[end]!.sentenceIndex === tokens[start]!.sentenceIndex) end++;
    const sentence = tokens.slice(start, end);
    const dash = datelineEnd(sentence);
    // Appended one by one: a spread of a sentence of a million tokens would overflow the stack.
    for (const token of dash < 0 ? parseTokens(sentence, undefined, verbsMissed) : withDatelineApart(sentence, dash)) out.push(token);
    start = end;
  }
  return out;
}

// The dateline and the story's first sentence parsed apart, the dateline then hung on the sentence's root
// as a loose dependent ("dep"), so the sentence keeps its own subject and root.
function withDatelineApart(sentence: readonly Token[], dash: number): Token[] {
  const label = parseTokens(sentence.slice(0, dash + 1), undefined, verbsMissed);
  const body = parseTokens(sentence.slice(dash + 1), undefined, verbsMissed);
  const root = dash + 1 + Math.max(0, body.findIndex((t) => t.head === -1));
  return [
    ...label.map((t) => (t.head === -1 ? { ...t, head: root, deprel: 'dep' } : t)),
    ...body.map((t) => ({ ...t, head: t.head === -1 ? -1 : t.head! + dash + 1 })),
  ];
}

function withTokens(sentences: readonly Sentence[], tokens: readonly Token[]): Sentence[] {
  const bySentence: Token[][] = sentences.map(() => []);
  for (const t of tokens) bySentence[t.sentenceIndex]?.push(t);
  // Written out rather than spread: a spread clone gets a map of its own in Node 20 (see parseTokens).
  return sentences.map((s, i) => ({ index: s.index, start: s.start, end: s.end, tokens: bySentence[i]! }));
}

export { tokenize, tagSentences };
// Claim rule names, for `dossier extract --without` and `npm run eval -- --ablate/--list`.
export { ruleNames, unknownPatterns } from './claims/index.js';
export { tagConllLines } from './ner/conll-format.js';
export { tagText } from './ner/index.js';
// The dependency parser (UPOS, heads, relations) for the CLI, the bench and the API's sentence view.
export { AttachmentScore, formatConllu, loadParserModel, parseConllu, parseTokenizedText, parseTokens, parseWords, readConllu, wordsOf, columnOf } from './parser/index.js';
export type { ParsedSentence, WordParse } from './parser/index.js';
// Gazetteer lookups for the resolution stage: designated armed groups by any listed alias, countries and demonyms.
export { findArmedGroup, findCountry, isDemonym, isPlaceName, listArmedGroups, listCountries, nameSkeleton, normalizeName } from './lexicon/index.js';
export type { ArmedGroupEntry, CountryEntry } from './lexicon/index.js';
export type { TokenizedText } from './wink.js';
