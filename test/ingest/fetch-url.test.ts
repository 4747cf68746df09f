import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { loadSources, type LoadOutcome } from '../../src/ingest/index.js';

// A page server on loopback only: the URL path is the one network access dossier makes, and only when asked.
const PAGE = `<!doctype html><html><head><title>Ashfen talks stall</title><meta property="og:site_name" content="Northgate Wire">
<meta name="date" content="2026-04-02"></head><body><article><p>Talks between the Grey Ford Movement and officials in Brenholt stalled on Tuesday, a mediator said, after the group refused to hand over its weapons.</p>
<p>The mediator, who asked not to be named, said a second round was planned for May in the coastal town of Dunmere.</p></article></body></html>`;

let server: Server;
let base = '';

before(async () => {
  server = createServer((req, res) => {
    if (req.url === '/article') { res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }); res.end(PAGE); }
    else if (req.url === '/image') { res.writeHead(200, { 'content-type': 'image/png' }); res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47])); }
    else { res.writeHead(404); res.end('not here'); }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => server.close());

async function load(url: string): Promise<LoadOutcome> {
  for await (const outcome of loadSources([url])) return outcome;
  throw new Error('no outcome');
}

test('a URL is fetched and read as an article with its metadata', async () => {
  const outcome = await load(`${base}/article`);
  assert.ok(outcome.status === 'loaded', outcome.status === 'rejected' ? outcome.error.message : '');
  assert.equal(outcome.document.outlet, 'Northgate Wire');
  assert.equal(outcome.document.published, '2026-04-02');
  assert.equal(outcome.document.url, `${base}/article`);
  assert.match(outcome.document.text, /Grey Ford Movement/);
});

test('an HTTP error is a rejection naming the URL and the status', async () => {
  const outcome = await load(`${base}/missing`);
  assert.ok(outcome.status === 'rejected');
  assert.equal(outcome.error.code, 'INGEST_FETCH_FAILED');
  assert.match(outcome.error.message, /missing.*404/);
});

test('a URL that is not an article is rejected by its content type', async () => {
  const outcome = await load(`${base}/image`);
  assert.ok(outcome.status === 'rejected');
  assert.equal(outcome.error.code, 'INGEST_UNSUPPORTED_TYPE');
});
