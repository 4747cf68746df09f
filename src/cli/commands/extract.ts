import type { Command } from 'commander';
import type { AnalyzedDocument } from '../../core/index.js';
import { ConfigError } from '../../core/index.js';
import { toEvalFormat } from '../../export/index.js';
import { loadSources, readManifest } from '../../ingest/index.js';
import { analyzeDocument } from '../../nlp/index.js';
import { resolveEntities } from '../../resolve/index.js';
import type { CommandModule } from '../command.js';
import { printJson } from '../output.js';

interface ExtractFlags {
  readonly manifest?: string;
  readonly format: string;
}

export const registerExtract: CommandModule = (program: Command) => {
  program.command('extract')
    .description('Extract entities and claims from documents without a case, and write them to stdout\n(--format eval: the JSON of ../shared/eval/FORMAT.md that score.mjs reads).')
    .argument('<sources...>', 'files or directories')
    .option('--manifest <csv>', 'CSV with header file,published,outlet,url')
    .option('--format <format>', 'output format: eval', 'eval')
    .action(async (sources: string[], flags: ExtractFlags) => {
      if (flags.format !== 'eval') throw new ConfigError('CONFIG_INVALID', `unknown --format "${flags.format}"; extract writes: eval`, { field: 'format' });
      const manifest = flags.manifest ? readManifest(flags.manifest) : new Map();
      const analyzed: AnalyzedDocument[] = [];
      for await (const outcome of loadSources(sources, manifest)) {
        if (outcome.status === 'rejected') {
          process.stderr.write(`error: ${outcome.input}: ${outcome.error.detail} [${outcome.error.code}]\n`);
          process.exitCode = 1;
        } else {
          analyzed.push(analyzeDocument(outcome.document));
        }
      }
      printJson(toEvalFormat(analyzed, resolveEntities(analyzed)));
    });
};
