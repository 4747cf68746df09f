import { IngestError, type DocumentFormat } from '../core/index.js';
import type { RawSource } from './load-document.js';
import { DEFAULT_INGEST_OPTIONS, type IngestOptions } from './options.js';

/** Fetches a page the user asked for: the only network access dossier ever makes. */
export async function fetchSource(url: string, options: IngestOptions = DEFAULT_INGEST_OPTIONS): Promise<RawSource> {
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(options.fetchTimeoutMs), redirect: 'follow', headers: { 'user-agent': 'dossier/0.1 (+article ingest)' } });
  } catch (err) {
    throw new IngestError('INGEST_FETCH_FAILED', `fetch failed: ${(err as Error).message}`, { file: url }, { cause: err });
  }
  if (!response.ok) throw new IngestError('INGEST_FETCH_FAILED', `HTTP ${response.status} ${response.statusText}`, { file: url });
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.length > options.maxBytes) throw new IngestError('INGEST_TOO_LARGE', `${bytes.length} bytes is over the ${options.maxBytes}-byte limit`, { file: url });
  const type = response.headers.get('content-type') ?? '';
  const format: DocumentFormat | null = /html/i.test(type) ? 'html' : /text\/plain/i.test(type) ? 'txt' : /markdown/i.test(type) ? 'md' : null;
  if (!format && !/^text\//i.test(type) && type) throw new IngestError('INGEST_UNSUPPORTED_TYPE', `content type ${type} is not an article`, { file: url });
  const name = new URL(url).pathname.split('/').filter(Boolean).pop() ?? new URL(url).hostname;
  return { name, origin: url, bytes, format };
}
