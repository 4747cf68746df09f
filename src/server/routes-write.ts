import type { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { QueryError, type ManifestEntry, type Store } from '../core/index.js';
import { formatOfName, loadSources, loadUpload, type LoadOutcome } from '../ingest/index.js';
import { ingestIntoCase } from '../pipeline/index.js';
import type { CaseCache } from './case-cache.js';
import { DocumentUpload, parseInput } from './query-schemas.js';

export interface WriteLimits {
  readonly maxUploadBytes: number;
  /** The fetch rules of `dossier ingest URL` apply to `{ url }`: loopback, private and metadata addresses need this. */
  readonly allowPrivateUrls: boolean;
}

/**
 * POST /api/documents takes one source: JSON `{ url }` (fetched now, because the user asked),
 * JSON `{ name, text, … }`, or a multipart form with a `file` field. Writes are serialised so that
 * two uploads never re-resolve the case over each other.
 */
export function registerWriteRoutes(app: Hono, store: Store, cache: Pick<CaseCache<unknown>, 'invalidate'>, limits: WriteLimits): void {
  const { maxUploadBytes } = limits;
  let writes: Promise<unknown> = Promise.resolve();
  const tooLarge = (): never => {
    throw new QueryError('INGEST_TOO_LARGE', `request body is over the ${maxUploadBytes}-byte limit`, { field: 'body' });
  };

  app.post('/api/documents', bodyLimit({ maxSize: maxUploadBytes, onError: tooLarge }), async (c) => {
    const loaded = await readSource(c.req.raw, limits.allowPrivateUrls);
    const run = writes.then(() => ingestIntoCase(store, [loaded]));
    writes = run.catch(() => undefined);
    const [outcome] = await run;
    if (outcome === undefined) throw new Error('ingestIntoCase returned no outcome for one source');
    if (outcome.status === 'rejected') throw outcome.error;
    if (outcome.status === 'added') cache.invalidate();
    const body = { status: outcome.status, document: { id: outcome.docId, name: outcome.name }, claims: outcome.claims };
    return c.json(body, outcome.status === 'added' ? 201 : 200);
  });
}

async function readSource(request: Request, allowPrivateUrls: boolean): Promise<LoadOutcome> {
  const type = request.headers.get('content-type') ?? '';
  if (type.startsWith('multipart/form-data')) return readForm(await formOf(request));
  if (!type.startsWith('application/json')) {
    throw new QueryError('INGEST_UNSUPPORTED_TYPE', 'send application/json ({ url } or { name, text }) or multipart/form-data with a `file` field', { field: 'content-type' });
  }
  let json: unknown;
  try {
    json = await request.json();
  } catch {
    throw new QueryError('INPUT_INVALID', 'request body is not valid JSON', { field: 'body' });
  }
  const upload = parseInput(DocumentUpload, json);
  if (!('name' in upload)) return firstOutcome(loadSources([upload.url], new Map(), { allowPrivateUrls }));
  const manifest = manifestOf(upload.name, upload.published, upload.outlet, upload.url);
  const bytes = new TextEncoder().encode(upload.text);
  return loadUpload({ name: upload.name, origin: `upload:${upload.name}`, bytes, format: formatOfName(upload.name) }, manifest);
}

// A body that does not match its multipart header (no boundary, a truncated part) is the client's error.
async function formOf(request: Request): Promise<FormData> {
  try {
    return await request.formData();
  } catch {
    throw new QueryError('INPUT_INVALID', 'the body is not a multipart form matching its content-type header (boundary and parts)', { field: 'body' });
  }
}

async function readForm(form: FormData): Promise<LoadOutcome> {
  const file = form.get('file');
  if (!(file instanceof File)) throw new QueryError('INPUT_INVALID', 'the form needs a `file` field holding the article', { field: 'file' });
  const fields = parseInput(
    DocumentUpload.options[1].omit({ text: true, name: true }),
    Object.fromEntries([...form.entries()].filter(([key, value]) => key !== 'file' && typeof value === 'string' && value !== '')),
  );
  const name = file.name.replace(/^.*[/\\]/, '') || 'upload.txt';
  const bytes = new Uint8Array(await file.arrayBuffer());
  return loadUpload({ name, origin: `upload:${name}`, bytes, format: formatOfName(name) }, manifestOf(name, fields.published, fields.outlet, fields.url));
}

function manifestOf(file: string, published: string | undefined, outlet: string | undefined, url: string | undefined): ManifestEntry | undefined {
  if (published === undefined && outlet === undefined && url === undefined) return undefined;
  return { file, published: published ?? null, outlet: outlet ?? null, url: url ?? null };
}

async function firstOutcome(outcomes: AsyncIterable<LoadOutcome>): Promise<LoadOutcome> {
  for await (const outcome of outcomes) return outcome;
  throw new QueryError('INPUT_INVALID', 'the URL gave nothing to ingest', { field: 'url' });
}
