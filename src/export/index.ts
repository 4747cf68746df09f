import type { CaseSnapshot } from '../core/index.js';
import { ExportError } from '../core/index.js';
import { toEvalFormat } from './eval-format.js';
import { analyzeCase, type CaseAnalysis } from '../analysis/index.js';
import { toBrief, toBriefHtml } from './brief.js';
import { buildCaseView, type CaseView } from './case-view.js';
import { toClaimsCsv, toEntitiesCsv } from './csv.js';
import { toFtmLines } from './ftm.js';
import { toGraphml } from './graphml.js';
import { toStixBundle } from './stix.js';

/** What every exporter receives: the case as stored. Exporters that need assertions compute them from it. */
export interface ExportInput {
  readonly snapshot: CaseSnapshot;
  /** The snapshot's analysis when the caller already has it (the server caches one); computed when absent. */
  readonly analysis?: CaseAnalysis;
}

/** Exporters of the analysed case share one set of lookups. */
const viewOf = (input: ExportInput): CaseView => buildCaseView(input.snapshot, input.analysis ?? analyzeCase(input.snapshot));

type Exporter = (input: ExportInput) => string;

// One row per format: the CLI's `export --format` and the API's `/api/export?format=` both read this table.
const EXPORTERS = {
  eval: (input) => `${JSON.stringify(toEvalFormat(input.snapshot.documents, input.snapshot.resolution), null, 2)}\n`,
  stix: (input) => toStixBundle(viewOf(input)),
  ftm: (input) => toFtmLines(viewOf(input)),
  graphml: (input) => toGraphml(viewOf(input)),
  'csv-claims': (input) => toClaimsCsv(viewOf(input)),
  'csv-entities': (input) => toEntitiesCsv(viewOf(input)),
  brief: (input) => toBrief(viewOf(input)),
  'brief-html': (input) => toBriefHtml(viewOf(input)),
} satisfies Record<string, Exporter>;

export type ExportFormat = keyof typeof EXPORTERS;
export const EXPORT_FORMATS = Object.keys(EXPORTERS) as ExportFormat[];

/** Media types for HTTP responses and file extensions for `--out`. */
export const EXPORT_MEDIA: Record<ExportFormat, { readonly type: string; readonly extension: string }> = {
  eval: { type: 'application/json', extension: 'json' },
  stix: { type: 'application/stix+json;version=2.1', extension: 'stix.json' },
  ftm: { type: 'application/x-ndjson', extension: 'ftm.jsonl' },
  graphml: { type: 'application/graphml+xml', extension: 'graphml' },
  'csv-claims': { type: 'text/csv; charset=utf-8; header=present', extension: 'claims.csv' },
  'csv-entities': { type: 'text/csv; charset=utf-8; header=present', extension: 'entities.csv' },
  brief: { type: 'text/markdown; charset=utf-8', extension: 'md' },
  'brief-html': { type: 'text/html; charset=utf-8', extension: 'html' },
};

export function isExportFormat(format: string): format is ExportFormat {
  return Object.hasOwn(EXPORTERS, format);
}

/** @example exportCase('eval', { snapshot: await store.loadCase() }) */
export function exportCase(format: string, input: ExportInput): string {
  if (!isExportFormat(format)) {
    throw new ExportError('EXPORT_UNKNOWN_FORMAT', `unknown format "${format}"; choose one of ${EXPORT_FORMATS.join(', ')}`, { field: 'format' });
  }
  return EXPORTERS[format](input);
}

export { toEvalFormat, type EvalFile, type EvalDocument, type EvalRelation } from './eval-format.js';
export { toStixBundle, type StixOptions } from './stix.js';
// STIX import lives beside the export: both directions read one mapping (relationship types, the claims extension),
// and an import that drifted from the export would no longer round-trip. It is pure too; the CLI writes the result.
export { importStixBundle, type StixImport } from './stix-import.js';
export { CONFIDENCE_OF_GRADE, RELATIONSHIP_TYPE } from './stix-mapping.js';
export { toFtmEntities, toFtmLines, type FtmEntity } from './ftm.js';
export { toGraphml } from './graphml.js';
export { toClaimsCsv, toEntitiesCsv } from './csv.js';
export { toBrief, toBriefHtml, DEFAULT_BRIEF_OPTIONS, type BriefOptions } from './brief.js';
export { buildCaseView, type CaseView } from './case-view.js';
