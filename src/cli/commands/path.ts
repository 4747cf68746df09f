import type { Command } from 'commander';
import { findEntity, findPaths, type EntityPath } from '../../analysis/index.js';
import { QueryError } from '../../core/index.js';
import type { CommandModule } from '../command.js';
import { printJson } from '../output.js';
import { withStoreOptions, type StoreOptions } from '../store-option.js';
import { assertionJson, clip, loadAnalysis } from './assertions.js';

interface PathFlags extends StoreOptions {
  readonly maxHops: string;
  readonly limit: string;
  readonly json?: boolean;
}

export const registerPath: CommandModule = (program: Command) => {
  withStoreOptions(program.command('path')
    .argument('<from>', 'entity name, alias or id')
    .argument('<to>', 'entity name, alias or id')
    .description('The best-supported chains linking two entities (ranked by their weakest hop\'s independent origins), with the evidence for every hop.')
    .option('--max-hops <n>', 'longest chain to consider', '3')
    .option('--limit <n>', 'how many chains to show', '5')
    .option('--json', 'print JSON'))
    .action(async (from: string, to: string, flags: PathFlags) => {
      const maxHops = positive(flags.maxHops, 'max-hops');
      const limit = positive(flags.limit, 'limit');
      const { snapshot, analysis } = await loadAnalysis(flags);
      const a = findEntity(snapshot, from);
      const b = findEntity(snapshot, to);
      const paths = findPaths(analysis, a.id, b.id, { maxHops, limit });
      if (flags.json) return printJson({ from: a, to: b, paths: paths.map(pathJson) });
      if (paths.length === 0) return void process.stdout.write(`No chain of at most ${maxHops} hops links ${a.name} and ${b.name}.\n`);
      paths.forEach((path, i) => {
        process.stdout.write(`${i > 0 ? '\n' : ''}${i + 1}. ${path.entities.map((e) => e.name).join(' — ')}  (weakest hop: ${path.support} origin${path.support === 1 ? '' : 's'})\n`);
        for (const hop of path.hops) {
          process.stdout.write(`   ${hop.from.name} — ${hop.to.name}\n`);
          for (const assertion of hop.assertions) {
            process.stdout.write(`      ${assertion.subject.name} ${assertion.predicate} ${assertion.object.name}: ${assertion.documents} doc(s), ${assertion.origins} origin(s), ${assertion.grade.label}\n`);
            const first = assertion.mentions[0];
            if (first) process.stdout.write(`         e.g. ${first.docName} (${first.sourceLabel}): "${clip(first.evidenceText, 140)}"\n`);
          }
        }
      });
    });
};

function positive(value: string, field: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new QueryError('INPUT_INVALID', `--${field} must be a whole number of at least 1, got "${value}"`, { field });
  return n;
}

function pathJson(path: EntityPath): Record<string, unknown> {
  return {
    entities: path.entities, support: path.support, totalSupport: path.totalSupport,
    hops: path.hops.map((h) => ({ from: h.from, to: h.to, support: h.edge.support, predicates: h.edge.predicates, assertions: h.assertions.map(assertionJson) })),
  };
}
