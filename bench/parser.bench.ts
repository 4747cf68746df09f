import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tokenize } from '../src/nlp/index.js';
import { AttachmentScore } from '../src/nlp/parser/attachment-score.js';
import { columnOf, readConllu, wordsOf } from '../src/nlp/parser/conllu.js';
import { loadParserModel } from '../src/nlp/parser/load-model.js';
import { parseWords } from '../src/nlp/parser/parse-words.js';
import type { BenchResult } from './harness.js';

// UD English EWT and GUM test files with gold tokenisation: UPOS accuracy, UAS and LAS as the UD
// (CoNLL 2018) evaluation counts them — every word, punctuation included; LAS on the universal part
// of the relation, and full-label LAS beside it — and parsing speed (tag + parse + label) on one core.
// The baseline is wink-nlp's POS accuracy on the same words in the same run. These files are never
// trained or tuned on; the model was tuned on the dev files (see models/parser/MODEL_CARD.md).
const UD = fileURLToPath(new URL('../../../shared/data/ud/', import.meta.url));
const TREEBANKS = [['EWT', 'ewt/en_ewt-ud-test.conllu'], ['GUM', 'gum/en_gum-ud-test.conllu']] as const;

interface GoldSentence { readonly words: string[]; readonly upos: string[]; readonly heads: number[]; readonly deprels: string[] }

function readGold(path: string): GoldSentence[] {
  return readConllu(readFileSync(path, 'utf8')).filter((s) => s.wordLines.length > 0)
    .map((s) => ({ words: wordsOf(s), upos: columnOf(s, 3), heads: columnOf(s, 6).map(Number), deprels: columnOf(s, 7) }));
}

/**
 * wink-nlp tokenises for itself, so the gold words are joined by spaces, one sentence per line, and
 * each gold word takes the tag of the wink token that starts where it starts (a word wink splits
 * takes its first piece's tag; one wink merges into its neighbour counts as wrong).
 */
function winkAccuracy(sentences: readonly GoldSentence[]): number {
  let text = '';
  const starts: number[] = [];
  const gold: string[] = [];
  for (const s of sentences) {
    s.words.forEach((w, i) => { starts.push(text.length); gold.push(s.upos[i]!); text += `${w.replace(/\s/g, '_')} `; });
    text += '\n';
  }
  const tagAt = new Map(tokenize(text).tokens.map((t) => [t.start, t.pos]));
  let right = 0;
  gold.forEach((tag, i) => { if (tagAt.get(starts[i]!) === tag) right++; });
  return right / gold.length;
}

export async function run(): Promise<readonly BenchResult[]> {
  const model = loadParserModel();
  const results: BenchResult[] = [];
  for (const [name, file] of TREEBANKS) {
    const sentences = readGold(`${UD}${file}`);
    const tokens = sentences.reduce((n, s) => n + s.words.length, 0);
    const score = new AttachmentScore();
    for (const s of sentences) score.add(s, parseWords(model, s.words));
    const { upos, uas, las, fullLas } = score.figures;
    const wink = winkAccuracy(sentences);
    // Wall time is what a user waits; CPU time of this process is the one-core figure, which a busy
    // machine does not inflate by giving the core to other processes. Both are printed.
    const cpu = process.cpuUsage();
    const start = performance.now();
    let runs = 0;
    while (runs < 2 || performance.now() - start < 2000) { for (const s of sentences) parseWords(model, s.words); runs++; }
    const wallSeconds = (performance.now() - start) / 1000;
    const used = process.cpuUsage(cpu);
    const cpuSeconds = (used.user + used.system) / 1e6;
    results.push(
      { name: `parser ${name} test UPOS accuracy (gold tokens)`, value: upos, unit: 'accuracy', baseline: { name: 'wink-nlp POS', value: wink } },
      { name: `parser ${name} test UAS`, value: uas, unit: 'accuracy', baseline: null },
      { name: `parser ${name} test LAS (universal relation)`, value: las, unit: 'accuracy', baseline: null },
      { name: `parser ${name} test LAS (full relation)`, value: fullLas, unit: 'accuracy', baseline: null },
      { name: `parser ${name} test speed (tag+parse+label, 1 core, CPU time)`, value: (tokens * runs) / cpuSeconds, unit: 'tokens/s', baseline: null },
      { name: `parser ${name} test speed (tag+parse+label, wall clock)`, value: (tokens * runs) / wallSeconds, unit: 'tokens/s', baseline: null },
    );
  }
  return results;
}
