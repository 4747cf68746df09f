import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createApi, type Api } from '../../src/server/index.js';
import { openTestCase, type TestCase } from './open-case.js';

const TOKEN = 'test-token-0123456789abcdef';
let tc: TestCase;
let api: Api;
before(async () => {
  tc = await openTestCase();
  api = createApi({ store: tc.store, webRoot: null, token: TOKEN, maxUploadBytes: 64 * 1024 });
});
after(async () => tc.dispose());

const call = (path: string, init?: RequestInit) => api.fetch(new Request(`http://dossier.test${path}`, init));
const post = (body: unknown, headers: Record<string, string> = {}) =>
  call('/api/documents', { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}`, ...headers }, body: JSON.stringify(body) });

describe('bad input is a 400 naming the field', () => {
  const CASES: ReadonlyArray<[name: string, path: string, field: string]> = [
    ['unknown predicate', '/api/graph?predicate=befriends', 'predicate'],
    ['malformed date', '/api/timeline?from=March', 'from'],
    ['impossible month', '/api/assertions?to=2023-13', 'to'],
    ['minOrigins below one', '/api/graph?minOrigins=0', 'minOrigins'],
    ['minOrigins not a number', '/api/graph?minOrigins=many', 'minOrigins'],
    ['limit too large', '/api/entities?limit=100000', 'limit'],
    ['unknown entity type', '/api/entities?type=planet', 'type'],
    ['misspelt parameter', '/api/entities?qq=front', 'qq'],
    ['search without a query', '/api/search', 'q'],
    ['blank search', '/api/search?q=%20%20', 'q'],
    ['export without format', '/api/export', 'format'],
    ['other without entity', '/api/assertions?other=e-ilsa-varn', 'other'],
  ];
  for (const [name, path, field] of CASES) {
    test(name, async () => {
      const res = await call(path);
      assert.equal(res.status, 400, path);
      const body = (await res.json()) as { error: { code: string; field: string; message: string } };
      assert.equal(body.error.code, 'INPUT_INVALID', path);
      assert.equal(body.error.field, field, `${path}: ${body.error.message}`);
    });
  }

  test('unknown export format', async () => {
    const res = await call('/api/export?format=docx');
    assert.equal(res.status, 400);
    assert.equal(((await res.json()) as any).error.code, 'EXPORT_UNKNOWN_FORMAT');
  });
});

describe('unknown ids and routes are 404 with a reason', () => {
  const CASES: ReadonlyArray<[name: string, path: string, code: string]> = [
    ['entity', '/api/entities/e-nobody', 'ENTITY_NOT_FOUND'],
    ['document', '/api/documents/0000', 'DOCUMENT_NOT_FOUND'],
    ['route', '/api/people', 'NOT_FOUND'],
  ];
  for (const [name, path, code] of CASES) {
    test(name, async () => {
      const res = await call(path);
      assert.equal(res.status, 404);
      const body = (await res.json()) as { error: { code: string; message: string } };
      assert.equal(body.error.code, code);
      assert.ok(body.error.message.length > 0);
    });
  }
});

describe('writes need the token', () => {
  test('no Authorization header: 401, nothing ingested', async () => {
    const before = (await tc.store.counts()).documents;
    const res = await call('/api/documents', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'a.txt', text: 'The Amber Coast Militia attacked Port Alder.' }) });
    assert.equal(res.status, 401);
    assert.match(res.headers.get('www-authenticate') ?? '', /Bearer/);
    assert.equal(((await res.json()) as any).error.code, 'AUTH_REQUIRED');
    assert.equal((await tc.store.counts()).documents, before);
  });

  test('wrong token: 401', async () => {
    const res = await post({ name: 'a.txt', text: 'x' }, { authorization: 'Bearer not-the-token' });
    assert.equal(res.status, 401);
  });

  test('reads need no token', async () => {
    assert.equal((await call('/api/entities')).status, 200);
  });

  test('a cross-origin write is refused even with the token', async () => {
    const res = await post({ name: 'a.txt', text: 'x' }, { origin: 'http://evil.example' });
    assert.equal(res.status, 403);
  });
});

describe('uploads that are not articles', () => {
  const CASES: ReadonlyArray<[name: string, init: () => Promise<Response>, status: number]> = [
    ['body is not JSON', () => call('/api/documents', { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` }, body: '{nope' }), 400],
    ['neither url nor text', () => post({ title: 'x' }), 400],
    ['a path for a name', () => post({ name: '../etc/passwd', text: 'x' }), 400],
    ['a non-http URL', () => post({ url: 'file:///etc/passwd' }), 400],
    ['plain text body', () => call('/api/documents', { method: 'POST', headers: { 'content-type': 'text/plain', authorization: `Bearer ${TOKEN}` }, body: 'hello' }), 415],
    ['over the size limit', () => post({ name: 'big.txt', text: 'a'.repeat(70 * 1024) }), 413],
    ['text that is only spaces', () => post({ name: 'blank.txt', text: '   \n  ' }), 422],
  ];
  for (const [name, send, status] of CASES) {
    test(name, async () => {
      const res = await send();
      assert.equal(res.status, status, `${name}: ${await res.clone().text()}`);
      assert.ok(((await res.json()) as any).error.code);
    });
  }
});
