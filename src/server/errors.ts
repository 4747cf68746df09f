import { DossierError, type ErrorCode } from '../core/index.js';

// A code not listed here is a server-side failure (store down, model missing) and answers 500,
// so a client never mistakes our fault for theirs.
const STATUS: Partial<Record<ErrorCode, number>> = {
  INPUT_INVALID: 400,
  CONFIG_INVALID: 400,
  EXPORT_UNKNOWN_FORMAT: 400,
  ENTITY_AMBIGUOUS: 400,
  ENTITY_NOT_FOUND: 404,
  DOCUMENT_NOT_FOUND: 404,
  AUTH_REQUIRED: 401,
  INGEST_TOO_LARGE: 413,
  INGEST_UNSUPPORTED_TYPE: 415,
  INGEST_EMPTY: 422,
  INGEST_BINARY: 422,
  INGEST_NOT_UTF8: 422,
  INGEST_UNREADABLE: 422,
  INGEST_NOT_AN_ARTICLE: 422,
  INGEST_FETCH_FAILED: 502,
  INGEST_URL_REFUSED: 403,
  INGEST_TIME_LIMIT: 422,
  STORE_UNAVAILABLE: 503,
  STORE_BUSY: 503,
};

export interface ErrorBody {
  readonly error: { readonly code: string; readonly message: string; readonly field?: string; readonly file?: string; readonly line?: number };
}

export function statusOf(code: ErrorCode): number {
  return STATUS[code] ?? 500;
}

/** Maps a thrown value to a JSON error; anything that is not a DossierError is a bug, logged and hidden. */
export function errorResponse(err: unknown): Response {
  if (err instanceof DossierError) {
    const body: ErrorBody = { error: { code: err.code, message: err.message, ...err.site } };
    const headers: Record<string, string> = err.code === 'AUTH_REQUIRED' ? { 'www-authenticate': 'Bearer realm="dossier"' } : {};
    return Response.json(body, { status: statusOf(err.code), headers });
  }
  console.error(err);
  return Response.json({ error: { code: 'INTERNAL', message: 'internal error' } } satisfies ErrorBody, { status: 500 });
}
