import { Hono } from 'hono';
import type { Store } from '../core/index.js';
import { AnalysisJob, DEFAULT_ANALYSIS_JOB_OPTIONS, workerAnalysisRunner, type AnalysisRunner } from './analysis-job.js';
import { CaseCache } from './case-cache.js';
import { buildCaseView, type CaseView } from './case-view.js';
import { errorResponse } from './errors.js';
import { allowOnlyHosts, refuseCrossOriginWrites, requireTokenForWrites } from './guards.js';
import { buildOpenApiDocument } from './openapi.js';
import { registerReadRoutes } from './routes-read.js';
import { registerStoredRoutes } from './routes-stored.js';
import { registerWriteRoutes } from './routes-write.js';
import { serveStaticFile, DEFAULT_WEB_ROOT } from './static-files.js';

export interface ApiOptions {
  readonly store: Store;
  /** With a token, writes need `Authorization: Bearer <token>`; null leaves writes open (loopback only by default). */
  readonly token?: string | null;
  /** The built UI (dist/web); null serves the API alone. */
  readonly webRoot?: string | null;
  /** Host headers accepted, read on every request; null accepts any (in-process tests). startServer sets it for loopback once the port is known. */
  readonly allowedHosts?: readonly string[] | null;
  /** Largest request body a POST may carry. */
  readonly maxUploadBytes?: number;
  /**
   * Let `POST /api/documents {"url"}` fetch loopback, private, link-local and metadata addresses. Off by
   * default: anyone who can post to the server could otherwise make it read the host's own network.
   */
  readonly allowPrivateUrls?: boolean;
  /** How the background analysis runs; a worker thread by default. Tests hold it back to see readers answered meanwhile. */
  readonly analysisRunner?: AnalysisRunner;
}

export const DEFAULT_MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

export interface Api {
  /** The whole server as a function: tests call it in-process, startServer hands it to node:http. */
  fetch(request: Request): Promise<Response>;
  /** The case analysed in memory, for the routes that still need it (built on first use). */
  view(): Promise<CaseView>;
  /** The background job keeping the stored analysis caught up with the case. */
  readonly analysis: AnalysisJob;
  /** Every API route as `METHOD /path/{param}`, for checking the OpenAPI document against what is served. */
  readonly routes: readonly string[];
}

/**
 * Builds the HTTP API and UI host over one case.
 * @example const api = createApi({ store }); const res = await api.fetch(new Request('http://x/api/entities?q=front'));
 */
export function createApi(options: ApiOptions): Api {
  const cache = new CaseCache(options.store, buildCaseView);
  const analysis = new AnalysisJob(options.store, options.analysisRunner ?? workerAnalysisRunner(), DEFAULT_ANALYSIS_JOB_OPTIONS);
  const app = new Hono();
  const openApi = JSON.stringify(buildOpenApiDocument());
  const webRoot = options.webRoot === undefined ? DEFAULT_WEB_ROOT : options.webRoot;

  app.onError((err) => errorResponse(err));
  app.use('*', allowOnlyHosts(() => options.allowedHosts ?? null));
  app.use('/api/*', refuseCrossOriginWrites(), requireTokenForWrites(options.token ?? null));
  app.use('/api/*', async (c, next) => {
    await next();
    c.header('x-content-type-options', 'nosniff');
    c.header('cache-control', 'no-store');
  });

  app.get('/openapi.json', (c) => c.body(openApi, 200, { 'content-type': 'application/json' }));
  registerStoredRoutes(app, options.store.readModel(), analysis);
  registerReadRoutes(app, () => cache.current());
  registerWriteRoutes(app, options.store, { invalidate: () => { cache.invalidate(); analysis.invalidate(); } }, { maxUploadBytes: options.maxUploadBytes ?? DEFAULT_MAX_UPLOAD_BYTES, allowPrivateUrls: options.allowPrivateUrls ?? false });
  app.all('/api/*', (c) => c.json({ error: { code: 'NOT_FOUND', message: `no API route ${c.req.method} ${new URL(c.req.url).pathname}` } }, 404));
  app.get('*', async (c) => {
    const file = webRoot === null ? null : await serveStaticFile(webRoot, new URL(c.req.url).pathname);
    return file ?? c.text(webRoot === null ? 'this server has no UI' : 'not found (is the UI built? run `npm run build`)', 404);
  });

  return {
    fetch: async (request) => app.fetch(request),
    view: () => cache.current(),
    analysis,
    routes: [...new Set(app.routes.filter((r) => r.path.startsWith('/api/') && r.path !== '/api/*' && r.method !== 'ALL').map((r) => `${r.method} ${r.path.replace(/:(\w+)/g, '{$1}')}`))],
  };
}
