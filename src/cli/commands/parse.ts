import type { Command } from 'commander';
import { formatConllu, parseConllu, parseTokenizedText, tokenize } from '../../nlp/index.js';
import type { CommandModule } from '../command.js';

interface ParseFlags { readonly conllu?: boolean; readonly json?: boolean }

// All of stdin is read before parsing: the parse of a sentence never waits on the next, but writing
// the output in one piece keeps a large file to one write instead of one per sentence.
async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export const registerParse: CommandModule = (program: Command) => {
  program.command('parse')
    .description('Tag (UPOS) and dependency-parse text read from stdin; writes CoNLL-U with UPOS, HEAD and DEPREL filled.\nWith --conllu the input is CoNLL-U with ID and FORM filled (gold tokens): comments, multiword ranges and empty\nnodes pass through unchanged and only the integer-ID words are parsed. Otherwise plain text is tokenised first.')
    .option('--conllu', 'read CoNLL-U (gold tokens) instead of plain text')
    .option('--json', 'print JSON (sentences of tokens with 1-based heads, 0 = root) instead of CoNLL-U')
    .action(async (flags: ParseFlags) => {
      const input = await readStdin();
      if (flags.conllu) {
        const { conllu, sentences } = parseConllu(input);
        process.stdout.write(flags.json ? `${JSON.stringify(sentences)}\n` : conllu);
        return;
      }
      const sentences = parseTokenizedText(input, tokenize(input).tokens);
      process.stdout.write(flags.json ? `${JSON.stringify(sentences)}\n` : formatConllu(sentences));
    });
};
