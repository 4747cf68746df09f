import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fixturePath } from '../fixtures/paths.js';
import { useTestApi } from './open-case.js';

// The files of test/fixtures/bad uploaded through the API: the same reasons as the CLI gives, as a 4xx.
const ctx = useTestApi();
const bad = (name: string): string => fixturePath('bad', name);

async function upload(name: string): Promise<{ status: number; body: { error?: { code: string; message: string } } }> {
  const form = new FormData();
  form.set('file', new File([readFileSync(bad(name))], name));
  const res = await ctx.api.fetch(new Request('http://dossier.test/api/documents', { method: 'POST', body: form }));
  return { status: res.status, body: (await res.json()) as { error?: { code: string; message: string } } };
}

const REFUSED: ReadonlyArray<readonly [string, number, string, RegExp]> = [
  ['pdf-named.txt', 422, 'INGEST_BINARY', /a PDF document, not text/],
  ['png-named.txt', 422, 'INGEST_BINARY', /a PNG image, not text/],
  ['docx-renamed.txt', 422, 'INGEST_BINARY', /a ZIP archive/],
  ['invalid-utf8.txt', 422, 'INGEST_NOT_UTF8', /not valid UTF-8/],
  ['utf16le-no-bom.txt', 422, 'INGEST_BINARY', /UTF-16 text without a byte-order mark/],
  ['scripts-only.html', 422, 'INGEST_NOT_AN_ARTICLE', /no text outside its scripts/],
];
for (const [name, status, code, reason] of REFUSED) {
  test(`upload of ${name}: ${status} ${code} naming the file and the reason`, async () => {
    const res = await upload(name);
    assert.equal(res.status, status);
    assert.equal(res.body.error?.code, code);
    assert.match(res.body.error?.message ?? '', reason);
    assert.match(res.body.error?.message ?? '', new RegExp(`upload:${name.replace('.', '\\.')}`));
  });
}

test('upload of UTF-16 with a byte-order mark is decoded and added', async () => {
  const res = await upload('utf16le-bom.txt');
  assert.equal(res.status, 201, JSON.stringify(res.body));
});

test('each malformed URL posted for fetching is a 4xx, never a fetch', async () => {
  const urls = readFileSync(bad('malformed-urls.list'), 'utf8').split('\n').filter(Boolean);
  for (const url of urls) {
    const res = await ctx.api.fetch(new Request('http://dossier.test/api/documents', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ url }) }));
    const body = (await res.json()) as { error?: { code: string; field?: string } };
    assert.ok(res.status === 400 || res.status === 403, `${url}: ${res.status}`);
    assert.ok(body.error?.code === 'INPUT_INVALID' || body.error?.code === 'INGEST_URL_REFUSED', `${url}: ${JSON.stringify(body)}`);
  }
});
