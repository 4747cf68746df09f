import type { Command } from 'commander';
import { tagConllLines, tagSentences, tagText, tokenize } from '../../nlp/index.js';
import type { CommandModule } from '../command.js';

interface TagFlags { readonly conll?: boolean }

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export const registerTag: CommandModule = (program: Command) => {
  program.command('tag')
    .description('Tag named entities (IOB2 over PER/ORG/LOC/MISC) in text read from stdin, one `token<TAB>tag` line per token.\nWith --conll the input is CoNLL-2003 token lines (first column the token, blank line between sentences)\nand every input line gives one output line; otherwise plain text is tokenised first.')
    .option('--conll', 'read CoNLL-2003 column lines instead of plain text')
    .action(async (flags: TagFlags) => {
      const input = await readStdin();
      let lines: string[];
      if (flags.conll) {
        const rows = input.split('\n');
        if (rows[rows.length - 1] === '') rows.pop();
        lines = tagConllLines(rows, tagSentences);
      } else {
        lines = tagText(input, tokenize(input).tokens).flatMap((sentence) => [...sentence.map(([word, tag]) => `${word}\t${tag}`), '']);
      }
      process.stdout.write(lines.length > 0 ? `${lines.join('\n')}\n` : '');
    });
};
