import { parseHeads } from './arc-parser.js';
import { closedClassOf, labelArcs } from './labeler.js';
import { punctuationBefore } from './parser-features.js';
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
  const atoms = wordAtoms(words);
  const tags = givenTags ?? tagWords(model.tagger, words, atoms);
  const upos = Array.from(tags, (t) => model.uposOfTag[t]!);
  const heads = parseHeads(model.parser, { words: atoms.lower, tags, punctuation: punctuationBefore((i) => upos[i] === 'PUNCT', n) });
  const labels = labelArcs(model.labeler, { atoms, tags, closedClass: closedClassOf(upos), heads });
  const out: number[] = new Array(n);
  const deprels: string[] = new Array(n);
  for (let i = 0; i < n; i++) {
    out[i] = heads[i] === n ? 0 : heads[i]! + 1;
    deprels[i] = out[i] === 0 ? 'root' : rootless(model.labels[labels[i]!] ?? 'dep');
  }
  return { upos, heads: out, deprels };
}

// Only the one word under the root may be `root`; a labeller's `root` elsewhere becomes `dep`, the UD catch-all.
const rootless = (label: string): string => (label === 'root' ? 'dep' : label);
