import type { Command } from 'commander';
import { findEntity, type TimelineItem } from '../../analysis/index.js';
import type { CommandModule } from '../command.js';
import { printJson, printTable } from '../output.js';
import { withStoreOptions, type StoreOptions } from '../store-option.js';
import { loadAnalysis, mentionJson } from './assertions.js';

interface TimelineFlags extends StoreOptions {
  readonly entity?: string;
  readonly json?: boolean;
}

export const registerTimeline: CommandModule = (program: Command) => {
  withStoreOptions(program.command('timeline')
    .description('Dated claims and named events in date order, each with its date\'s precision and whether the date was stated or filled in from the publication date.')
    .option('--entity <name>', 'only items about this entity (name, alias or id)')
    .option('--json', 'print JSON'))
    .action(async (flags: TimelineFlags) => {
      const { snapshot, analysis } = await loadAnalysis(flags);
      const entity = flags.entity ? findEntity(snapshot, flags.entity) : null;
      const rows = analysis.timeline.filter((t) => !entity || [t.subject?.id, t.object?.id, t.entity?.id].includes(entity.id));
      if (flags.json) return printJson(rows.map(timelineJson));
      printTable(['date', 'precision', 'stated', 'kind', 'what', 'docs', 'date words'],
        rows.map((t) => [t.date, t.precision, t.stated ? 'stated' : 'inferred', t.kind, t.label, t.documents, t.dateText]), 60);
    });
};

function timelineJson(t: TimelineItem): Record<string, unknown> {
  return {
    date: t.date, precision: t.precision, stated: t.stated, kind: t.kind, label: t.label, assertionId: t.assertionId,
    entity: t.entity?.name ?? null, entityId: t.entity?.id ?? null,
    subject: t.subject?.name ?? null, subjectId: t.subject?.id ?? null, predicate: t.predicate, object: t.object?.name ?? null, objectId: t.object?.id ?? null,
    negated: t.negated, dateText: t.dateText, documents: t.documents, evidence: t.evidence.map(mentionJson),
  };
}
