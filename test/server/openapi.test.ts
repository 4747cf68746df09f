import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { ENTITY_TYPES, PREDICATES } from '../../src/core/index.js';
import { EXPORT_FORMATS, EXPORT_MEDIA } from '../../src/export/index.js';
import { buildOpenApiDocument, createApi, type Api } from '../../src/server/index.js';
import { openTestCase, type TestCase } from './open-case.js';

// Every route is called for real over the fictional case, its errors included, and each answer must be one the OpenAPI
// document declares: a listed status, a listed content type, and a body its schema accepts.
type Json = Record<string, any>;
const doc = buildOpenApiDocument() as Json;
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
const ajv = addFormats(new Ajv2020({ strict: false, allErrors: true }));
ajv.addSchema(doc, 'openapi.json');
const pointer = (...parts: string[]): string => parts.map((p) => p.replaceAll('~', '~0').replaceAll('/', '~1')).join('/');
const validators = new Map<string, ValidateFunction>();

/** The response object the document declares for this path, method and status (following a $ref into components). */
function declared(path: string, method: string, status: number): Json | undefined {
  const response = doc.paths[path]?.[method]?.responses?.[String(status)] as Json | undefined;
  if (response?.$ref) return doc.components.responses[String(response.$ref).split('/').at(-1)!];
  return response;
}

const TOKEN = 'openapi-test-token';
const seen: string[] = [];

/** Calls the API and checks the answer against the document; returns the parsed body for JSON answers. */
async function check(api: Api, path: string, url: string, init: RequestInit = {}): Promise<{ status: number; body: any }> {
  const method = (init.method ?? 'GET').toLowerCase();
  const res = await api.fetch(new Request(`http://dossier.test${url}`, init));
  const response = declared(path, method, res.status);
  assert.ok(response, `${method.toUpperCase()} ${url} answered ${res.status}, which the document does not list for ${path}`);
  const type = res.headers.get('content-type') ?? '';
  const media = response.content?.[type];
  assert.ok(media, `${method.toUpperCase()} ${url} ${res.status}: content type "${type}" is not declared (declared: ${Object.keys(response.content ?? {}).join(', ')})`);
  const text = await res.text();
  const body = type.includes('json') && !type.includes('ndjson') ? JSON.parse(text) : text;
  const status = doc.paths[path][method].responses[String(res.status)].$ref
    ? `components/responses/${String(doc.paths[path][method].responses[String(res.status)].$ref).split('/').at(-1)}`
    : pointer('paths', path, method, 'responses', String(res.status));
  const ref = `openapi.json#/${status}/${pointer('content', type, 'schema')}`;
  const validate = validators.get(ref) ?? validators.set(ref, ajv.compile({ $ref: ref })).get(ref)!;
  assert.ok(validate(body), `${method.toUpperCase()} ${url} ${res.status}: ${ajv.errorsText(validate.errors)}`);
  seen.push(`${method.toUpperCase()} ${path} ${res.status}`);
  return { status: res.status, body };
}

describe('the OpenAPI document against the server', () => {
  let tc: TestCase;
  let api: Api;
  let pages: Server;
  let closedPort = 0;
  before(async () => {
    tc = await openTestCase();
    api = createApi({ store: tc.store, webRoot: null });
    pages = createServer((_req, res) => { res.writeHead(500); res.end(); });
    await new Promise<void>((resolve) => pages.listen(0, '127.0.0.1', resolve));
    closedPort = (pages.address() as AddressInfo).port;
    pages.close();   // a port nothing listens on any more: fetching it fails, which is the 502 case
  });
  after(async () => tc.dispose());

  test('parameters carry the enums the server enforces', () => {
    const params = (path: string): Json[] => doc.paths[path].get.parameters;
    const predicate = params('/api/claims').find((p) => p.name === 'predicate')!;
    assert.deepEqual(predicate.schema.items, { $ref: '#/components/schemas/Predicate' });
    assert.deepEqual(doc.components.schemas.Predicate.enum, [...PREDICATES]);
    assert.equal(predicate.style, 'form');
    assert.equal(predicate.explode, false);
    assert.deepEqual(params('/api/entities').find((p) => p.name === 'type')!.schema.items, { $ref: '#/components/schemas/EntityType' });
    assert.deepEqual(doc.components.schemas.EntityType.enum, [...ENTITY_TYPES]);
    assert.deepEqual(params('/api/export').find((p) => p.name === 'format')!.schema.enum, [...EXPORT_FORMATS]);
  });

  test('every operation has its own operationId', () => {
    const ids = Object.values(doc.paths).flatMap((item) => Object.values(item as Json).map((op) => (op as Json).operationId));
    assert.ok(ids.every((id) => typeof id === 'string'));
    assert.equal(new Set(ids).size, ids.length);
  });

  test('the export lists every media type it serves', () => {
    const content = doc.paths['/api/export'].get.responses['200'].content as Json;
    assert.deepEqual(Object.keys(content).sort(), [...new Set(Object.values(EXPORT_MEDIA).map((m) => m.type))].sort());
  });

  test('every route answers what the document says, for reads with and without filters', async () => {
    const entities = (await check(api, '/api/entities', '/api/entities')).body.items as Json[];
    const documents = (await check(api, '/api/documents', '/api/documents?limit=5')).body.items as Json[];
    assert.ok(entities.length > 0 && documents.length > 0, 'the fictional case has entities and documents');
    await check(api, '/api/case', '/api/case');
    await check(api, '/api/entities', '/api/entities?type=person,organization&q=a');
    for (const e of entities.slice(0, 8)) await check(api, '/api/entities/{id}', `/api/entities/${encodeURIComponent(e.id)}`);
    for (const d of documents) {
      await check(api, '/api/documents/{id}', `/api/documents/${d.id}`);
      await check(api, '/api/documents/{id}/sentences/{n}/parse', `/api/documents/${d.id}/sentences/0/parse`);
    }
    await check(api, '/api/claims', '/api/claims');
    await check(api, '/api/claims', `/api/claims?entity=${encodeURIComponent(entities[0]!.id)}&predicate=${PREDICATES.join(',')}`);
    await check(api, '/api/assertions', '/api/assertions?limit=5000');
    await check(api, '/api/assertions', `/api/assertions?entity=${encodeURIComponent(entities[0]!.id)}&minOrigins=1&from=2000&to=2030`);
    await check(api, '/api/graph', '/api/graph');
    await check(api, '/api/graph', '/api/graph?predicate=member_of,leader_of&maxNodes=3');
    await check(api, '/api/timeline', '/api/timeline');
    await check(api, '/api/contradictions', '/api/contradictions');
    await check(api, '/api/contradictions', `/api/contradictions?entity=${encodeURIComponent(entities[0]!.id)}`);
    await check(api, '/api/search', `/api/search?q=${encodeURIComponent(String(entities[0]!.name).slice(0, 4))}`);
    for (const format of EXPORT_FORMATS) await check(api, '/api/export', `/api/export?format=${format}`);
  });

  test('the answers hold what the schemas check (guards the check against schemas that accept anything)', async () => {
    const contradictions = (await check(api, '/api/contradictions', '/api/contradictions')).body;
    assert.ok(contradictions.items.length > 0, 'the fictional case has a contradiction to validate');
    const timeline = (await check(api, '/api/timeline', '/api/timeline')).body;
    assert.ok(timeline.items.length > 0, 'the fictional case has dated claims');
    const validate = ajv.compile({ $ref: `openapi.json#/${pointer('paths', '/api/case', 'get', 'responses', '200', 'content', 'application/json', 'schema')}` });
    const counts = (await check(api, '/api/case', '/api/case')).body;
    assert.equal(validate({ ...counts, extra: 1 }), false, 'an undeclared field fails');
    const { claims: _claims, ...missing } = counts;
    assert.equal(validate(missing), false, 'a missing field fails');
    const claim = ajv.compile({ $ref: 'openapi.json#/components/schemas/Claim' });
    const first = (await check(api, '/api/claims', '/api/claims?limit=1')).body.items[0];
    assert.equal(claim(first), true);
    assert.equal(claim({ ...first, predicate: 'befriends' }), false, 'a predicate outside the enum fails');
  });

  test('every error status a route returns is declared, with the error body', async () => {
    const json = { 'content-type': 'application/json' };
    assert.equal((await check(api, '/api/entities', '/api/entities?colour=red')).status, 400);
    assert.equal((await check(api, '/api/claims', '/api/claims?predicate=befriends')).status, 400);
    assert.equal((await check(api, '/api/export', '/api/export?format=pdf')).status, 400);
    assert.equal((await check(api, '/api/entities/{id}', '/api/entities/no-such-entity')).status, 404);
    assert.equal((await check(api, '/api/documents/{id}', '/api/documents/no-such-document')).status, 404);
    assert.equal((await check(api, '/api/documents/{id}/sentences/{n}/parse', '/api/documents/no-such-document/sentences/0/parse')).status, 404);
    const post = (body: unknown, headers: Record<string, string> = json, to: Api = api) =>
      check(to, '/api/documents', '/api/documents', { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) });
    assert.equal((await post({ name: 'note.txt', text: 'The Grey Ford Movement met envoys of the Brenholt council in Dunmere on Tuesday, a mediator said.' })).status, 201);
    assert.equal((await post({ name: 'note.txt', text: 'The Grey Ford Movement met envoys of the Brenholt council in Dunmere on Tuesday, a mediator said.' })).status, 200);
    assert.equal((await post('{not json')).status, 400);
    assert.equal((await post('hello', { 'content-type': 'text/plain' })).status, 415);
    assert.equal((await post({ name: 'blank.txt', text: '  \n ' })).status, 422);
    assert.equal((await post({ url: 'http://10.0.0.7/internal' })).status, 403);
    assert.equal((await post({ name: 'x.txt', text: 'x' }, { ...json, origin: 'http://elsewhere.test' })).status, 403);
    const guarded = createApi({ store: tc.store, webRoot: null, token: TOKEN, maxUploadBytes: 1024, allowPrivateUrls: true, allowedHosts: ['dossier.test'] });
    // In-process requests carry no Host header of their own; the guarded API checks it, so these name the host served.
    assert.equal((await post({ name: 'x.txt', text: 'x' }, { ...json, host: 'dossier.test' }, guarded)).status, 401);
    const auth = { ...json, host: 'dossier.test', authorization: `Bearer ${TOKEN}` };
    assert.equal((await post({ name: 'big.txt', text: 'a'.repeat(4096) }, auth, guarded)).status, 413);
    assert.equal((await post({ url: `http://127.0.0.1:${closedPort}/gone` }, auth, guarded)).status, 502);
    assert.equal((await check(guarded, '/api/case', '/api/case', { headers: { host: 'elsewhere.test' } })).status, 421);
  });

  test('every served route and every declared status was exercised above', () => {
    const routes = [...api.routes].sort();
    const documented = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops as Json).map((m) => `${m.toUpperCase()} ${path}`)).sort();
    assert.deepEqual(documented, routes);
    for (const route of routes) assert.ok(seen.some((s) => s.startsWith(`${route} 200`) || s.startsWith(`${route} 201`)), `${route} was called`);
    const postStatuses = new Set(seen.filter((s) => s.startsWith('POST /api/documents ')).map((s) => s.split(' ').at(-1)));
    for (const status of ['200', '201', '400', '401', '403', '413', '415', '422', '502']) assert.ok(postStatuses.has(status), `POST /api/documents ${status} exercised`);
  });
});
