import type { CaseSnapshot } from '../core/index.js';
import { ExportError } from '../core/index.js';
import { toEvalFormat } from './eval-format.js';

/** What every exporter receives: the case as stored. Exporters that need assertions compute them from it. */
export interface ExportInput {
  readonly snapshot: CaseSnapshot;
}

type Exporter = (input: ExportInput) => string;

// One row per format: the CLI's `export --format` and the API's `/api/export?format=` both read this table.
const EXPORTERS = {
  eval: (input) => `${JSON.stringify(toEvalFormat(input.snapshot.documents, input.snapshot.resolution), null, 2)}\n`,
} satisfies Record<string, Exporter>;

export type ExportFormat = keyof typeof EXPORTERS;
export const EXPORT_FORMATS = Object.keys(EXPORTERS) as ExportFormat[];

/** Media types for HTTP responses and file extensions for `--out`. */
export const EXPORT_MEDIA: Record<ExportFormat, { readonly type: string; readonly extension: string }> = {
  eval: { type: 'application/json', extension: 'json' },
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
