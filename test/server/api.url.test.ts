import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { createApi } from '../../src/server/index.js';
import { openTestCase, type TestCase } from './open-case.js';

// POST /api/documents {"url"} follows the rules of `dossier ingest URL`: a page server on 127.0.0.1 is refused
// unless the API was made with allowPrivateUrls (the server's --allow-private-urls / DOSSIER_ALLOW_PRIVATE_URLS=1).
const PAGE = '<!doctype html><html><head><title>Dunmere talks</title></head><body><article><p>The Grey Ford Movement met envoys of the Brenholt council in Dunmere on Tuesday, a mediator said, and both sides agreed to meet again in May.</p></article></body></html>';

let pages: Server;
let base = '';
let tc: TestCase;

before(async () => {
  pages = createServer((req, res) => {
    if (req.url === '/article') { res.writeHead(200, { 'content-type': 'text/html' }); res.end(PAGE); }
    else if (req.url === '/to-metadata') { res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }); res.end(); }
    else { res.writeHead(404); res.end(); }
  });
  await new Promise<void>((resolve) => pages.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(pages.address() as AddressInfo).port}`;
  tc = await openTestCase();
});
after(async () => {
  pages.closeAllConnections();
  pages.close();
  await tc.dispose();
});

const postUrl = (allowPrivateUrls: boolean | undefined, url: string): Promise<Response> =>
  createApi({ store: tc.store, webRoot: null, ...(allowPrivateUrls === undefined ? {} : { allowPrivateUrls }) })
    .fetch(new Request('http://dossier.test/api/documents', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ url }) }));

test('by default a URL on loopback is refused with 403, naming the address and the reason', async () => {
  for (const allow of [undefined, false]) {
    const res = await postUrl(allow, `${base}/article`);
    assert.equal(res.status, 403);
    const body = (await res.json()) as { error: { code: string; message: string; file: string } };
    assert.equal(body.error.code, 'INGEST_URL_REFUSED');
    assert.equal(body.error.file, `${base}/article`);
    assert.match(body.error.message, /127\.0\.0\.1 is a loopback address/);
  }
});

test('with allowPrivateUrls the same URL is fetched and added', async () => {
  const res = await postUrl(true, `${base}/article`);
  assert.equal(res.status, 201, await res.clone().text());
  assert.equal(((await res.json()) as { status: string }).status, 'added');
});

test('a redirect is checked again: to the metadata address it is refused even when private URLs are allowed', async () => {
  const res = await postUrl(true, `${base}/to-metadata`);
  assert.equal(res.status, 403);
  assert.match(((await res.json()) as { error: { message: string } }).error.message, /redirected to http:\/\/169\.254\.169\.254\/.*cloud metadata address/);
});

test('a private address never reaches the network without the option', async () => {
  const res = await postUrl(false, 'http://10.0.0.7/internal');
  assert.equal(res.status, 403);
  assert.match(((await res.json()) as { error: { message: string } }).error.message, /private address \(RFC 1918\)/);
});
