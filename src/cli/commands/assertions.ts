import type { Command } from 'commander';
import { analyzeCase, findEntity, type Assertion, type AssertionMention, type CaseAnalysis } from '../../analysis/index.js';
import type { CaseSnapshot } from '../../core/index.js';
import type { CommandModule } from '../command.js';
import { checkChoice, checkWholeNumber } from '../choices.js';
import { printJson, printTable } from '../output.js';
import { useStore, withStoreOptions, type StoreOptions } from '../store-option.js';

interface AssertionsFlags extends StoreOptions {
  readonly entity?: string;
  readonly predicate?: string;
  readonly grade?: string;
  readonly minOrigins?: string;
  readonly explain?: boolean;
  readonly json?: boolean;
}

export const registerAssertions: CommandModule = (program: Command) => {
  withStoreOptions(program.command('assertions')
    .description('Claims gathered across documents into assertions, each graded by its independent origins (five pieces repeating one dossier count once), named vs unnamed sources, hedging and contradictions.')
    .option('--entity <name>', 'only assertions about this entity (name, alias or id)')
    .option('--predicate <predicate>', 'only this relation, e.g. allied_with')
    .option('--grade <label>', 'only corroborated | single-origin | unsourced | mostly-hedged | contested')
    .option('--min-origins <n>', 'only assertions with at least this many independent origins')
    .option('--explain', 'print each assertion\'s grade in words and every mention\'s provenance chain')
    .option('--json', 'print JSON'))
    .action(async (flags: AssertionsFlags) => {
      checkChoice(flags.predicate, 'predicate');
      checkChoice(flags.grade, 'grade');
      const minOrigins = checkWholeNumber(flags.minOrigins, 'min-origins', 0) ?? 0;
      const { snapshot, analysis } = await loadAnalysis(flags);
      const entity = flags.entity ? findEntity(snapshot, flags.entity) : null;
      const rows = analysis.assertions.filter((a) =>
        (!entity || a.subject.id === entity.id || a.object.id === entity.id)
        && (!flags.predicate || a.predicate === flags.predicate)
        && (!flags.grade || a.grade.label === flags.grade)
        && a.origins >= minOrigins);
      if (flags.json) return printJson(rows.map(assertionJson));
      if (flags.explain) return rows.forEach(printExplained);
      printTable(['subject', 'relation', 'object', 'docs', 'origins', 'grade', 'hedged', 'traces to'],
        rows.map((a) => [a.subject.name, `${a.negated ? 'NOT ' : ''}${a.predicate}`, a.object.name, a.documents, a.origins, a.grade.label,
          `${Math.round(a.grade.hedgedShare * 100)}%`, a.originList.map((o) => `${o.label}${o.reliability ? ` [${o.reliability}]` : ''}`).join('; ')]), 40);
    });
};

export async function loadAnalysis(flags: StoreOptions): Promise<{ snapshot: CaseSnapshot; analysis: CaseAnalysis }> {
  return useStore(flags, async (store) => {
    const snapshot = await store.loadCase();
    return { snapshot, analysis: analyzeCase(snapshot) };
  });
}

/** The JSON shape of an assertion: names at the top for reading, ids beside them for joining, the full grade and chains below. */
export function assertionJson(a: Assertion): Record<string, unknown> {
  return {
    id: a.id, subject: a.subject.name, subjectId: a.subject.id, subjectType: a.subject.type, predicate: a.predicate,
    object: a.object.name, objectId: a.object.id, objectType: a.object.type, negated: a.negated,
    documents: a.documents, origins: a.origins, grade: a.grade, originList: a.originList, mentions: a.mentions.map(mentionJson),
  };
}

export function mentionJson(m: AssertionMention): Record<string, unknown> {
  return {
    claimId: m.claimId, document: m.docName, docId: m.docId, published: m.published, source: m.sourceLabel, hedged: m.hedged,
    date: m.date, role: m.role, evidence: m.evidenceText, span: m.evidence, originKey: m.originKey, chain: m.chain,
  };
}

function printExplained(a: Assertion): void {
  process.stdout.write(`\n${a.subject.name} ${a.negated ? 'NOT ' : ''}${a.predicate} ${a.object.name}  [${a.grade.label}]\n  ${a.grade.explanation}\n`);
  for (const m of a.mentions) {
    process.stdout.write(`  - ${m.docName}${m.hedged ? ' (hedged)' : ''}${m.date ? ` ${m.date.value}` : ''}: "${clip(m.evidenceText, 160)}"\n`);
    process.stdout.write(`    ${m.chain.map((s) => s.detail).join(' → ')}${m.originKey ? '' : ' (adds no origin)'}\n`);
  }
}

export function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
