import type { Token } from '../../core/index.js';
import { readConllu, wordsOf, writeConllu, type ConlluSentence } from './conllu.js';
import { loadParserModel } from './load-model.js';
import type { ParserModel } from './model-file.js';
import { parseWords, type WordParse } from './parse-words.js';
import { tagWords } from './tagger.js';
import { wordAtoms } from './word-atoms.js';

/** A word the tagger must have read as a verb, with the joint tag it takes ("VERB|VBZ", "VERB|VBN"). */
export interface VerbTag { readonly at: number; readonly tag: string }
/**
 * Words of a tagged sentence that must be verbs whatever the tagger said; the sentence is then parsed again
 * with those tags. The caller knows what the tagger cannot see (see src/nlp/verb-hints.ts).
 */
export type VerbHint = (words: readonly string[], upos: readonly string[]) => readonly VerbTag[];

/**
 * Gives every token its UPOS, head and relation, sentence by sentence. Heads index the sentence's own
 * tokens (0 = its first), -1 for the root, as `Token.head` documents.
 * @example parseTokens(tokenize('Rebels took the town.').tokens).map((t) => t.deprel) // ['nsubj', 'root', 'det', 'obj', 'punct']
 */
export function parseTokens(tokens: readonly Token[], model: ParserModel = loadParserModel(), verbHint?: VerbHint): Token[] {
  const out: Token[] = [];
  for (let start = 0; start < tokens.length;) {
    let end = start + 1;
    while (end < tokens.length && tokens[end]!.sentenceIndex === tokens[start]!.sentenceIndex) end++;
    const words: string[] = new Array(end - start);
    for (let i = start; i < end; i++) words[i - start] = tokens[i]!.text;
    let parse = parseWords(model, words);
    const forced = verbHint ? verbHint(words, parse.upos) : [];
    if (forced.length > 0) parse = parseWithVerbs(model, words, forced);
    for (let i = start; i < end; i++) {
      const w = i - start;
      const t = tokens[i]!;
      // Written out, not `{ ...t, upos, head, deprel }`: in Node 20 every spread clone gets a map of
      // its own, which cost ~5 µs a token here and left every later read of a token (NER, the claim
      // rules, the store) megamorphic. Same fields, same order as the spread gave.
      out.push({ text: t.text, start: t.start, end: t.end, pos: t.pos, sentenceIndex: t.sentenceIndex, upos: parse.upos[w]!, head: parse.heads[w]! - 1, deprel: parse.deprels[w]! });
    }
    start = end;
  }
  return out;
}

function parseWithVerbs(model: ParserModel, words: readonly string[], verbs: readonly VerbTag[]): WordParse {
  const tags = tagWords(model.tagger, words, wordAtoms(words, model.tagger.clusters));
  for (const { at, tag } of verbs) {
    const index = model.tagger.tags.indexOf(tag);
    if (index >= 0) tags[at] = index;
  }
  return parseWords(model, words, tags);
}

/** One parsed sentence as `dossier parse --json` prints it; `head` is 1-based, 0 for the root, as in CoNLL-U. */
export interface ParsedSentence {
  readonly text?: string;
  readonly tokens: ReadonlyArray<{ readonly id: number; readonly form: string; readonly upos: string; readonly head: number; readonly deprel: string; readonly start?: number; readonly end?: number }>;
}

/** Parses plain text: the project's tokenizer's sentences and tokens, one parse each. */
export function parseTokenizedText(text: string, tokens: readonly Token[], model: ParserModel = loadParserModel()): ParsedSentence[] {
  const parsed = parseTokens(tokens, model);
  const sentences: ParsedSentence[] = [];
  for (let start = 0; start < parsed.length;) {
    let end = start + 1;
    while (end < parsed.length && parsed[end]!.sentenceIndex === parsed[start]!.sentenceIndex) end++;
    const words = parsed.slice(start, end);
    sentences.push({
      text: text.slice(words[0]!.start, words[words.length - 1]!.end),
      tokens: words.map((t, i) => ({ id: i + 1, form: t.text, upos: t.upos!, head: t.head! + 1, deprel: t.deprel!, start: t.start, end: t.end })),
    });
    start = end;
  }
  return sentences;
}

/** Writes parsed sentences as CoNLL-U: ID FORM _ UPOS _ _ HEAD DEPREL _ MISC(SpaceAfter=No where it applies). */
export function formatConllu(sentences: readonly ParsedSentence[]): string {
  const lines: string[] = [];
  sentences.forEach((s, n) => {
    lines.push(`# sent_id = ${n + 1}`);
    if (s.text !== undefined) lines.push(`# text = ${s.text.replace(/\s+/g, ' ')}`);
    s.tokens.forEach((t, i) => {
      const next = s.tokens[i + 1];
      const misc = next && t.end !== undefined && next.start === t.end ? 'SpaceAfter=No' : '_';
      lines.push([t.id, clean(t.form), '_', t.upos, '_', '_', t.head, t.deprel, '_', misc].join('\t'));
    });
    lines.push('');
  });
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

// A FORM may not hold a tab or a line break; a token of spaces (rare, from odd whitespace) is written as "_".
const clean = (form: string): string => (form.trim() === '' ? '_' : form.replace(/[\t\n\r]/g, ' '));

/**
 * Parses CoNLL-U whose ID and FORM columns are filled (gold tokens): fills UPOS, HEAD and DEPREL of
 * every integer-ID word and passes comments, multiword ranges (`3-4`) and empty nodes (`8.1`) through
 * unchanged. Other columns are kept as given.
 */
export function parseConllu(text: string, model: ParserModel = loadParserModel()): { readonly conllu: string; readonly sentences: ParsedSentence[] } {
  const sentences = readConllu(text);
  const parsed: ParsedSentence[] = [];
  for (const s of sentences) parsed.push(fillParse(s, parseWords(model, wordsOf(s))));
  return { conllu: writeConllu(sentences), sentences: parsed };
}

function fillParse(sentence: ConlluSentence, parse: WordParse): ParsedSentence {
  // HEAD names the head word by the ID the file gives it (1..n in valid CoNLL-U), so the IDs are never rewritten.
  const ids = sentence.wordLines.map((line) => sentence.lines[line]![0]!);
  const tokens = sentence.wordLines.map((line, i) => {
    const columns = sentence.lines[line]!;
    const head = parse.heads[i]!;
    columns[3] = parse.upos[i]!;
    columns[6] = head === 0 ? '0' : ids[head - 1]!;
    columns[7] = parse.deprels[i]!;
    return { id: Number(ids[i]), form: columns[1]!, upos: parse.upos[i]!, head: head === 0 ? 0 : Number(ids[head - 1]), deprel: parse.deprels[i]! };
  });
  const text = sentence.comments.find((c) => c.startsWith('# text = '))?.slice('# text = '.length);
  return text === undefined ? { tokens } : { text, tokens };
}

export { loadParserModel, PARSER_MODEL_PATH } from './load-model.js';
export { parseWords } from './parse-words.js';
export type { WordParse } from './parse-words.js';
export type { ParserModel } from './model-file.js';
export { AttachmentScore } from './attachment-score.js';
export { readConllu, writeConllu, wordsOf, columnOf } from './conllu.js';
export type { ConlluSentence } from './conllu.js';
