import { parseHeads } from './arc-parser.js';
import { closedClassOf, labelArcs } from './labeler.js';
import type { ParserModel } from './model-file.js';
import { tagWords } from './tagger.js';
import { wordAtoms } from './word-atoms.js';

/** The parse of one sentence. Heads are 1-based as in CoNLL-U: `head[i]` is the word governing word i+1, 0 for the root. */
export interface WordParse {
  readonly upos: readonly string[];
  readonly heads: readonly number[];
  readonly deprels: readonly string[];
}

/**
 * Tags, parses and labels one tokenised sentence. Always returns a tree: one word has head 0, every
 * head is in range, and there are no cycles (the transition system cannot build anything else).
 * @example parseWords(loadParserModel(), ['Rebels', 'took', 'the', 'town', '.']).heads // [2, 0, 4, 2, 2]
 */
export function parseWords(model: ParserModel, words: readonly string[], givenTags?: Int32Array): WordParse {
  const n = words.length;
  if (n === 0) return { upos: [], heads: [], deprels: [] };
  const atoms = wordAtoms(words, model.tagger.clusters);
  const tags = givenTags ?? tagWords(model.tagger, words, atoms);
  // What the parser and labeller read of each tag, looked up by tag index in one pass.
  const { punctuationTag, closedClassTag } = tagClassesOf(model);
  const upos: string[] = new Array(n);
  const closedClass = new Uint8Array(n);
  const punctuation = new Int32Array(n + 1);   // the prefix count that ParserInput.punctuation holds
  for (let i = 0; i < n; i++) {
    const t = tags[i]!;
    upos[i] = model.uposOfTag[t]!;
    closedClass[i] = closedClassTag[t]!;
    punctuation[i + 1] = punctuation[i]! + punctuationTag[t]!;
  }
  const heads = parseHeads(model.parser, { words: atoms.lower, tags, punctuation, clusters: atoms.cluster });
  const labels = labelArcs(model.labeler, { atoms, tags, closedClass, heads }, words);
  const out: number[] = new Array(n);
  const deprels: string[] = new Array(n);
  for (let i = 0; i < n; i++) {
    out[i] = heads[i] === n ? 0 : heads[i]! + 1;
    deprels[i] = out[i] === 0 ? 'root' : rootless(model.labels[labels[i]!] ?? 'dep');
  }
  return { upos, heads: out, deprels };
}

interface TagClasses { readonly punctuationTag: Uint8Array; readonly closedClassTag: Uint8Array }
const tagClasses = new WeakMap<ParserModel, TagClasses>();
/** Per joint tag index: 1 if its UPOS is PUNCT, 1 if it is closed-class (closedClassOf), once per model. */
function tagClassesOf(model: ParserModel): TagClasses {
  let classes = tagClasses.get(model);
  if (!classes) {
    classes = { punctuationTag: Uint8Array.from(model.uposOfTag, (u) => (u === 'PUNCT' ? 1 : 0)), closedClassTag: closedClassOf(model.uposOfTag) };
    tagClasses.set(model, classes);
  }
  return classes;
}

// Only the one word under the root may be `root`; a labeller's `root` elsewhere becomes `dep`, the UD catch-all.
const rootless = (label: string): string => (label === 'root' ? 'dep' : label);
