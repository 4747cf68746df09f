import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import fc from 'fast-check';
import { createApi, startServer, type Api } from '../../src/server/index.js';
import { openTestCase, type TestCase } from './open-case.js';

// Random query strings and bodies to every route the API lists: whatever arrives, the answer is the
// route's own (2xx) or the client's fault (4xx), never a 500, and the server keeps answering. Seeded and
// bounded so `npm test` stays fast and a failure replays; DOSSIER_FUZZ_RUNS searches longer.
const SEED = Number(process.env.DOSSIER_FUZZ_SEED ?? 20261207);
const RUNS = Number(process.env.DOSSIER_FUZZ_RUNS ?? 150);

let tc: TestCase;
let api: Api;
before(async () => {
  tc = await openTestCase();
  api = createApi({ store: tc.store, webRoot: null, maxUploadBytes: 64 * 1024 });
});
after(async () => tc.dispose());

const PARAMS = ['limit', 'offset', 'q', 'type', 'predicate', 'source', 'from', 'to', 'minOrigins', 'entity', 'other', 'document', 'maxNodes', 'format'];
// Values a form, a script or an attacker might send: numbers out of range, lists, dates, junk, Unicode.
const value = fc.oneof(
  fc.constantFrom('', '0', '-1', '1', '1e309', 'NaN', '5000', '99999999999999999999', '2026', '2026-13', '2026-02-30', 'eng', 'attacked,allied_with', ',,,', 'stix', 'csv', 'graphml', 'ftm', 'eval', 'brief', '../../etc/passwd', 'e-ilsa-varn'),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.integer().map(String),
);
const key = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...PARAMS) }, { weight: 1, arbitrary: fc.string({ maxLength: 8 }) });
// Encoded pairs, plus raw fragments that are not valid percent-encoding at all.
const queryPart = fc.oneof(
  { weight: 5, arbitrary: fc.tuple(key, value).map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`) },
  { weight: 1, arbitrary: fc.constantFrom('%', '%zz', 'q=%E0%A4', 'limit=%', '=', '&&', 'q', 'q=%00', 'q=a+b', 'predicate=%2C') },
);
const query = fc.array(queryPart, { maxLength: 4 }).map((parts) => (parts.length > 0 ? `?${parts.join('&')}` : ''));
const pathParam = fc.oneof(
  fc.string({ maxLength: 20 }).map(encodeURIComponent),
  fc.constantFrom('0', '-1', '99999999999999999999', '%', '%zz', '%2F', '..', 'e-ilsa-varn', '1.5', 'NaN'),
);

function fillPath(template: string, values: readonly string[]): string {
  let i = 0;
  return template.replace(/\{\w+\}/g, () => values[i++] ?? 'x');
}

async function expectNoServerError(res: Response, label: string): Promise<void> {
  const text = await res.text();
  assert.ok(res.status < 500, `${label} answered ${res.status}: ${text.slice(0, 300)}`);
  if (res.status >= 400) {
    const body = JSON.parse(text) as { error?: { code?: unknown; message?: unknown } };
    assert.equal(typeof body.error?.code, 'string', `${label}: a 4xx carries an error code`);
    assert.equal(typeof body.error?.message, 'string', `${label}: a 4xx carries a message`);
  }
}

test('the fuzzed routes are every route the API lists', () => {
  const gets = api.routes.filter((r) => r.startsWith('GET '));
  assert.ok(gets.length >= 12, api.routes.join(', '));
  assert.ok(api.routes.includes('POST /api/documents'));
});

// The case's own document and entity ids, so the fuzz also reaches past the not-found answers.
async function caseIds(): Promise<string[]> {
  const ids = async (path: string): Promise<string[]> => ((await (await api.fetch(new Request(`http://dossier.test${path}`))).json()) as { items: { id: string }[] }).items.map((i) => encodeURIComponent(i.id));
  return [...(await ids('/api/documents?limit=5')), ...(await ids('/api/entities?limit=5'))];
}

test('random query strings and path parameters to every GET route: 2xx or 4xx, never 5xx', async () => {
  const gets = api.routes.filter((r) => r.startsWith('GET ')).map((r) => r.slice(4));
  const ids = await caseIds();
  assert.ok(ids.length >= 6, 'the fictional case has documents and entities');
  const param = fc.oneof(pathParam, fc.constantFrom(...ids), fc.nat({ max: 60 }).map(String));
  await fc.assert(fc.asyncProperty(fc.constantFrom(...gets), fc.array(param, { minLength: 2, maxLength: 2 }), query, async (route, params, search) => {
    const path = `${fillPath(route, params)}${search}`;
    await expectNoServerError(await api.fetch(new Request(`http://dossier.test${path}`)), `GET ${path}`);
  }), { seed: SEED, numRuns: RUNS });
});

// A `url` that would parse points at an address the server refuses before any socket opens, so the
// fuzz never reaches the network (a fetch of a public page that fails is a 502 by design).
const refusedUrl = fc.constantFrom('http://127.0.0.1:1/x', 'http://10.0.0.7/a', 'http://169.254.169.254/latest/meta-data', 'https://[::1]/', 'http://192.168.1.1/', 'ftp://files.example/x', 'http://', 'not a url');
const field = fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 40 }), fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }), fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 2 }));
const uploadLike = fc.record({
  name: fc.oneof(field, fc.constantFrom('story.txt', 'story.html', 'story.md', 'a/b.txt', '..', ' ', 'x'.repeat(300))),
  text: fc.oneof(field, fc.constantFrom('The Korvath Watch said on Monday that its patrols had left Port Ardel.', '<html><body><script>x</script></body></html>', '\u0000\u0001', ' ')),
  published: fc.oneof(field, fc.constantFrom('2026', '2026-02-30', '31/02/2026')),
  outlet: field,
  url: fc.oneof(field, refusedUrl),
}, { requiredKeys: [] });
const jsonBody = fc.oneof(
  { weight: 4, arbitrary: uploadLike.map((b) => JSON.stringify(b)) },
  { weight: 1, arbitrary: fc.record({ url: fc.oneof(field, refusedUrl) }).map((b) => JSON.stringify(b)) },
  { weight: 2, arbitrary: fc.json({ maxDepth: 3 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 60 }) },
);
const contentType = fc.constantFrom('application/json', 'application/json; charset=utf-8', 'text/plain', 'multipart/form-data', 'multipart/form-data; boundary=x', 'application/x-www-form-urlencoded', '');

test('random bodies to POST /api/documents: 2xx or 4xx, never 5xx', async () => {
  await fc.assert(fc.asyncProperty(jsonBody, contentType, query, async (body, type, search) => {
    const headers: Record<string, string> = type === '' ? {} : { 'content-type': type };
    const res = await api.fetch(new Request(`http://dossier.test/api/documents${search}`, { method: 'POST', headers, body }));
    await expectNoServerError(res, `POST /api/documents (${type}) ${body.slice(0, 120)}`);
  }), { seed: SEED, numRuns: RUNS });
});

test('random multipart uploads (any bytes, any file name, any fields): 2xx or 4xx, never 5xx', async () => {
  const bytes = fc.oneof(
    fc.uint8Array({ maxLength: 300 }),
    fc.string({ unit: 'binary', maxLength: 200 }).map((t) => new TextEncoder().encode(t)),
    fc.constantFrom(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d]), new Uint8Array([0xff, 0xfe, 0x41, 0x00]), new Uint8Array([0xfe, 0xff, 0xd8, 0x00])),
  );
  const fileName = fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('story.txt', 'story.html', 'story.pdf', 'C:\\x\\story.txt', '../story.md', ''));
  const fields = fc.dictionary(fc.oneof(fc.constantFrom('published', 'outlet', 'url', 'name', 'text'), fc.string({ maxLength: 6 })), fc.oneof(fc.string({ maxLength: 20 }), refusedUrl), { maxKeys: 3 });
  await fc.assert(fc.asyncProperty(bytes, fileName, fields, fc.boolean(), async (content, name, extra, withFile) => {
    const form = new FormData();
    if (withFile) form.set('file', new File([content], name));
    for (const [k, v] of Object.entries(extra)) form.append(k, v);
    const res = await api.fetch(new Request('http://dossier.test/api/documents', { method: 'POST', body: form }));
    await expectNoServerError(res, `multipart ${name} ${JSON.stringify(extra)}`);
  }), { seed: SEED, numRuns: RUNS });
});

test('other methods on every route: 4xx, never 5xx', async () => {
  const paths = [...new Set(api.routes.map((r) => r.slice(r.indexOf(' ') + 1)))];
  await fc.assert(fc.asyncProperty(fc.constantFrom(...paths), fc.constantFrom('PUT', 'DELETE', 'PATCH', 'POST', 'OPTIONS'), jsonBody, async (route, method, body) => {
    const path = fillPath(route, ['x', '0']);
    const res = await api.fetch(new Request(`http://dossier.test${path}`, { method, headers: { 'content-type': 'application/json' }, body }));
    await expectNoServerError(res, `${method} ${path}`);
  }), { seed: SEED, numRuns: Math.ceil(RUNS / 3) });
});

test('over a real socket, after a fuzzed burst, the server still answers', async () => {
  const server = await startServer({ store: tc.store, port: 0 });
  try {
    const base = server.url.replace(/\/$/, '');
    const gets = api.routes.filter((r) => r.startsWith('GET ')).map((r) => r.slice(4));
    const requests = fc.sample(fc.tuple(fc.constantFrom(...gets), fc.array(pathParam, { minLength: 2, maxLength: 2 }), query), { seed: SEED, numRuns: 40 });
    for (const [route, params, search] of requests) {
      const path = `${fillPath(route, params)}${search}`;
      await expectNoServerError(await fetch(`${base}${path}`), `GET ${path} over HTTP`);
    }
    const res = await fetch(`${base}/api/case`);
    assert.equal(res.status, 200);
  } finally {
    await server.close();
  }
});
