import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { DEFAULT_INGEST_OPTIONS, fetchSource, loadSources, type IngestOptions, type LoadOutcome } from '../../src/ingest/index.js';

// Page servers on 127.0.0.1 only. Without allowPrivateUrls they must be refused; with it, fetched by the same rules.
const PAGE = `<!doctype html><html><head><title>Ashfen talks stall</title><meta property="og:site_name" content="Northgate Wire">
<meta name="date" content="2026-04-02"></head><body><article><p>Talks between the Grey Ford Movement and officials in Brenholt stalled on Tuesday, a mediator said, after the group refused to hand over its weapons.</p>
<p>The mediator, who asked not to be named, said a second round was planned for May in the coastal town of Dunmere.</p></article></body></html>`;

let server: Server;
let base = '';
let port = 0;
const ALLOW: Partial<IngestOptions> = { allowPrivateUrls: true };

before(async () => {
  server = createServer((req, res) => {
    const url = req.url ?? '';
    const hops = /^\/hop\/(\d+)$/.exec(url);
    if (url === '/article') { res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }); res.end(PAGE); }
    else if (url === '/image') { res.writeHead(200, { 'content-type': 'image/png' }); res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47])); }
    else if (hops) { const n = Number(hops[1]); res.writeHead(302, { location: n > 0 ? `/hop/${n - 1}` : '/article' }); res.end(); }
    else if (url === '/loop') { res.writeHead(301, { location: '/loop' }); res.end(); }
    else if (url === '/to-metadata') { res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }); res.end(); }
    else if (url === '/to-ftp') { res.writeHead(302, { location: 'ftp://127.0.0.1/article' }); res.end(); }
    else if (url === '/big-declared') { res.writeHead(200, { 'content-type': 'text/plain', 'content-length': '5000' }); res.end('x'.repeat(5000)); }
    else if (url === '/big-streamed') {
      res.writeHead(200, { 'content-type': 'text/plain' });  // chunked: no length to trust, so the limit is counted while reading
      for (let i = 0; i < 10; i++) res.write('word '.repeat(100));
      res.end();
    }
    else if (url === '/slow') { res.writeHead(200, { 'content-type': 'text/plain' }); res.write('Talks began'); }  // never ends
    else { res.writeHead(404, 'Not Found'); res.end('not here'); }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
});
after(() => {
  server.closeAllConnections();
  server.close();
});

async function load(url: string, options: Partial<IngestOptions> = ALLOW): Promise<LoadOutcome> {
  for await (const outcome of loadSources([url], new Map(), options)) return outcome;
  throw new Error('no outcome');
}

async function rejection(url: string, options: Partial<IngestOptions> = ALLOW): Promise<{ code: string; message: string }> {
  const outcome = await load(url, options);
  assert.ok(outcome.status === 'rejected', `${url} should be rejected`);
  return { code: outcome.error.code, message: outcome.error.message };
}

describe('fetching with --allow-private-urls (a local test server)', () => {
  test('a URL is fetched and read as an article with its metadata', async () => {
    const outcome = await load(`${base}/article`);
    assert.ok(outcome.status === 'loaded', outcome.status === 'rejected' ? outcome.error.message : '');
    assert.equal(outcome.document.outlet, 'Northgate Wire');
    assert.equal(outcome.document.published, '2026-04-02');
    assert.equal(outcome.document.url, `${base}/article`);
    assert.match(outcome.document.text, /Grey Ford Movement/);
  });

  test('an HTTP error is a rejection naming the URL and the status', async () => {
    const { code, message } = await rejection(`${base}/missing`);
    assert.equal(code, 'INGEST_FETCH_FAILED');
    assert.match(message, /missing.*404 Not Found/);
  });

  test('a URL that is not an article is rejected by its content type', async () => {
    assert.equal((await rejection(`${base}/image`)).code, 'INGEST_UNSUPPORTED_TYPE');
  });

  test('up to five redirects are followed by hand; the sixth is refused', async () => {
    const five = await load(`${base}/hop/4`);
    assert.ok(five.status === 'loaded', five.status === 'rejected' ? five.error.message : '');
    const { code, message } = await rejection(`${base}/hop/5`);
    assert.equal(code, 'INGEST_FETCH_FAILED');
    assert.match(message, /more than 5 redirects/);
    assert.match((await rejection(`${base}/loop`)).message, /more than 5 redirects/);
  });

  test('each redirect is checked again: a hop to the metadata address or to ftp is refused', async () => {
    const metadata = await rejection(`${base}/to-metadata`);
    assert.equal(metadata.code, 'INGEST_URL_REFUSED');
    assert.match(metadata.message, /redirected to http:\/\/169\.254\.169\.254\/.*cloud metadata address/);
    const ftp = await rejection(`${base}/to-ftp`);
    assert.equal(ftp.code, 'INGEST_URL_REFUSED');
    assert.match(ftp.message, /unsupported URL scheme "ftp:".*redirect/);
  });

  test('a body over the size limit is refused, declared or streamed', async () => {
    const small = { ...ALLOW, maxBytes: 1000 };
    const declared = await rejection(`${base}/big-declared`, small);
    assert.equal(declared.code, 'INGEST_TOO_LARGE');
    assert.match(declared.message, /5000 bytes is over the 1000-byte limit/);
    const streamed = await rejection(`${base}/big-streamed`, small);
    assert.equal(streamed.code, 'INGEST_TOO_LARGE');
    assert.match(streamed.message, /over the 1000-byte limit/);
  });

  test('a server that never finishes is reported as timed out', async () => {
    const { code, message } = await rejection(`${base}/slow`, { ...ALLOW, fetchTimeoutMs: 300 });
    assert.equal(code, 'INGEST_FETCH_FAILED');
    assert.match(message, /timed out after 0\.3 s/);
  });

  test('a closed port says "connection refused", not "fetch failed"', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const freed = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const { code, message } = await rejection(`http://127.0.0.1:${freed}/article`);
    assert.equal(code, 'INGEST_FETCH_FAILED');
    assert.match(message, /connection refused/);
    assert.doesNotMatch(message, /fetch failed/);
  });
});

describe('fetching without the flag refuses the host\'s own network', () => {
  const CASES: readonly [string, () => string, RegExp][] = [
    ['a literal loopback address', () => `${base}/article`, /127\.0\.0\.1 is a loopback address/],
    ['a name that resolves to loopback (checked after DNS)', () => `http://localhost:${port}/article`, /localhost resolves to (127\.0\.0\.1|::1), a loopback address/],
    ['IPv6 loopback', () => `http://[::1]:${port}/article`, /loopback address/],
    ['IPv4-mapped loopback', () => `http://[::ffff:127.0.0.1]:${port}/article`, /loopback address/],
    ['a private address', () => 'http://10.20.30.40/article', /private address \(RFC 1918\)/],
    ['a link-local address', () => 'http://169.254.10.1/', /link-local address/],
    ['the metadata address', () => 'http://169.254.169.254/latest/meta-data/', /cloud metadata address/],
    ['the unspecified address', () => `http://0.0.0.0:${port}/article`, /unspecified address/],
    ['a unique-local IPv6 address', () => 'http://[fd12:3456::1]/', /private address \(unique local/],
    ['a link-local IPv6 address', () => 'http://[fe80::1]/', /link-local address/],
  ];
  for (const [name, url, reason] of CASES) {
    test(`refused: ${name}`, async () => {
      const { code, message } = await rejection(url(), {});
      assert.equal(code, 'INGEST_URL_REFUSED');
      assert.match(message, reason);
      assert.match(message, /--allow-private-urls/);
    });
  }

  test('the metadata address stays refused even with the flag', async () => {
    await assert.rejects(fetchSource('http://169.254.169.254/latest/meta-data/', { ...DEFAULT_INGEST_OPTIONS, allowPrivateUrls: true }), /cloud metadata address; never fetched/);
  });

  test('only http and https: ftp and file URLs are refused as schemes, not read as paths', async () => {
    for (const url of ['ftp://example.org/article.txt', 'file:///etc/passwd']) {
      const { code, message } = await rejection(url, {});
      assert.equal(code, 'INGEST_URL_REFUSED');
      assert.match(message, /unsupported URL scheme/);
      assert.doesNotMatch(message, /no such file/);
    }
  });
});
