import type { Command } from 'commander';
import type { Contradiction, ContradictionSide } from '../../analysis/index.js';
import type { CommandModule } from '../command.js';
import { checkChoice } from '../choices.js';
import { printJson } from '../output.js';
import { withStoreOptions, type StoreOptions } from '../store-option.js';
import { clip, loadAnalysis, mentionJson } from './assertions.js';

interface ContradictionsFlags extends StoreOptions {
  readonly kind?: string;
  readonly json?: boolean;
}

export const registerContradictions: CommandModule = (program: Command) => {
  withStoreOptions(program.command('contradictions')
    .description('Claims that cannot all be true: a triple asserted and negated, allied and hostile over overlapping or undated time, one event given different dates. Each with both sides\' evidence.')
    .option('--kind <kind>', 'only negation | incompatible | date')
    .option('--json', 'print JSON'))
    .action(async (flags: ContradictionsFlags) => {
      checkChoice(flags.kind, 'kind');
      const { analysis } = await loadAnalysis(flags);
      const rows = analysis.contradictions.filter((c) => !flags.kind || c.kind === flags.kind);
      if (flags.json) return printJson(rows.map(contradictionJson));
      if (rows.length === 0) return void process.stdout.write('No contradictions found.\n');
      rows.forEach((c, i) => {
        process.stdout.write(`${i > 0 ? '\n' : ''}${i + 1}. [${c.kind}] ${c.summary}\n`);
        c.sides.forEach((side, s) => {
          process.stdout.write(`   ${s === 0 ? 'A' : 'B'}: ${sideTitle(side)}\n`);
          printEvidence(side);
        });
        if (c.via) {
          process.stdout.write(`   via: ${sideTitle(c.via)}\n`);
          printEvidence(c.via);
        }
      });
    });
};

function printEvidence(side: ContradictionSide): void {
  for (const m of side.evidence) process.stdout.write(`      ${m.docName} (${m.sourceLabel}${m.hedged ? ', hedged' : ''}${m.date ? `, ${m.date.value}` : ''}): "${clip(m.evidenceText, 150)}"\n`);
}

function sideTitle(side: ContradictionSide): string {
  return `${side.subject.name} ${side.negated ? 'NOT ' : ''}${side.predicate} ${side.object.name}${side.date ? ` on ${side.date.value}` : ''} — ${side.origins} origin${side.origins === 1 ? '' : 's'}`;
}

function contradictionJson(c: Contradiction): Record<string, unknown> {
  return {
    id: c.id, kind: c.kind, timing: c.timing, summary: c.summary,
    sides: c.sides.map(sideJson),
    ...(c.via ? { via: sideJson(c.via) } : {}),
  };
}

function sideJson(s: ContradictionSide): Record<string, unknown> {
  return {
    assertionId: s.assertionId, subject: s.subject.name, subjectId: s.subject.id, predicate: s.predicate, object: s.object.name, objectId: s.object.id,
    negated: s.negated, date: s.date, origins: s.origins, evidence: s.evidence.map(mentionJson),
  };
}
