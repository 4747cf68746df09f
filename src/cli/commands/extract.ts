import type { Command } from 'commander';
import type { AnalyzedDocument } from '../../core/index.js';
import { ConfigError, IngestError } from '../../core/index.js';
import { toEvalFormat } from '../../export/index.js';
import { loadSources, readManifest } from '../../ingest/index.js';
import { analyzeDocument, ruleNames, unknownPatterns } from '../../nlp/index.js';
import { resolveEntities } from '../../resolve/index.js';
import type { CommandModule } from '../command.js';
import { printJson } from '../output.js';
import { planInputs, withSourceOptions, type SourceFlags } from '../source-option.js';

interface ExtractFlags extends SourceFlags {
  readonly format: string;
  readonly without?: string;
  readonly listRules?: boolean;
}

/** `--without a,b` → ['a', 'b']; every pattern must name a row, so a typo is an error, not a silent no-op. */
export function parseWithout(value: string | undefined): string[] {
  const patterns = (value ?? '').split(',').map((p) => p.trim()).filter(Boolean);
  const unknown = unknownPatterns(patterns);
  if (unknown.length) throw new ConfigError('CONFIG_INVALID', `no claim rule named ${unknown.map((p) => `"${p}"`).join(', ')} (see dossier extract --list-rules)`, { field: 'without' });
  return patterns;
}

export const registerExtract: CommandModule = (program: Command) => {
  withSourceOptions(program.command('extract')
    .description('Extract entities and claims from documents without a case, and write them to stdout\n(--format eval: the JSON of ../shared/eval/FORMAT.md that score.mjs reads).')
    .argument('[sources...]', 'files or directories')
    .option('--manifest <csv>', 'CSV with header file,published,outlet,url')
    .option('--format <format>', 'output format: eval', 'eval')
    .option('--without <rules>', 'switch claim rules off, comma-separated (row names, table:name, or a prefix*): for ablation runs')
    .option('--list-rules', 'print the claim rule names, table<TAB>name, and exit'))
    .action(async (sources: string[], flags: ExtractFlags) => {
      if (flags.listRules) {
        for (const { table, name } of ruleNames()) process.stdout.write(`${table}\t${name}\n`);
        return;
      }
      if (sources.length === 0) throw new ConfigError('CONFIG_INVALID', 'extract needs at least one file or directory', { field: 'sources' });
      const options = { without: parseWithout(flags.without) };
      if (flags.format !== 'eval') throw new ConfigError('CONFIG_INVALID', `unknown --format "${flags.format}"; extract writes: eval`, { field: 'format' });
      const manifest = flags.manifest ? readManifest(flags.manifest) : new Map();
      const plan = planInputs(sources, flags, manifest);
      plan.warnings.forEach((w) => process.stderr.write(`${w}\n`));
      const analyzed: AnalyzedDocument[] = [];
      const reject = (input: string, error: IngestError): void => {
        process.stderr.write(`error: ${input}: ${error.detail} [${error.code}]\n`);
        process.exitCode = 1;
      };
      for await (const outcome of loadSources(sources, manifest, plan.options)) {
        if (outcome.status === 'rejected') { reject(outcome.input, outcome.error); continue; }
        try {
          analyzed.push(analyzeDocument(outcome.document, outcome.budget ? { ...options, budget: outcome.budget } : options));
        } catch (err) {
          // Over its time limit: this document is left out, the others are still extracted.
          if (!(err instanceof IngestError)) throw err;
          reject(outcome.input, err);
        }
      }
      printJson(toEvalFormat(analyzed, resolveEntities(analyzed)));
    });
};
