/** Every code a DossierError can carry; docs/errors.md explains each, and a test keeps the two in step. */
export const ERROR_CODES = [
  'INGEST_UNREADABLE',
  'INGEST_EMPTY',
  'INGEST_BINARY',
  'INGEST_NOT_UTF8',
  'INGEST_TOO_LARGE',
  'INGEST_NOT_AN_ARTICLE',
  'INGEST_FETCH_FAILED',
  'INGEST_UNSUPPORTED_TYPE',
  'INGEST_URL_REFUSED',
  'INGEST_TIME_LIMIT',
  'MANIFEST_INVALID',
  'STORE_SCHEMA_TOO_NEW',
  'STORE_UNAVAILABLE',
  'STORE_NOT_FOUND',
  'STORE_BUSY',
  'QUEUE_NEEDS_POSTGRES',
  'CONFIG_INVALID',
  'EXPORT_UNKNOWN_FORMAT',
  'OUTPUT_UNWRITABLE',
  'MODEL_MISSING',
  'ENTITY_NOT_FOUND',
  'ENTITY_AMBIGUOUS',
  'INPUT_INVALID',
  'DOCUMENT_NOT_FOUND',
  'AUTH_REQUIRED',
  'NOT_FOUND',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ErrorSite {
  readonly file?: string;
  readonly line?: number;
  readonly field?: string;
}

/** Every failure we expect carries a code and the place that caused it, so a reader can fix it without a stack trace. */
export class DossierError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly detail: string,
    readonly site: ErrorSite = {},
    options?: ErrorOptions,
  ) {
    super(`${[site.file, site.line].filter((part) => part !== undefined).join(':') || site.field || 'dossier'}: ${detail}`, options);
    this.name = new.target.name;
  }
}

export class IngestError extends DossierError {}
export class StoreError extends DossierError {}
export class ConfigError extends DossierError {}
export class ExportError extends DossierError {}
export class ModelError extends DossierError {}
export class QueryError extends DossierError {}
