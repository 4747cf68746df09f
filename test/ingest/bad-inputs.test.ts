import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { DEFAULT_INGEST_OPTIONS, loadSources, loadUpload, readManifest, unmatchedManifestRows, type IngestOptions, type LoadOutcome } from '../../src/ingest/index.js';
import { fixturePath } from '../fixtures/paths.js';

// test/fixtures/bad/README.md lists each file and what it should give; this checks every row.
const bad = (name: string): string => fixturePath('bad', name);
const scratch = mkdtempSync(join(tmpdir(), 'dossier-bad-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

async function loadOne(path: string, options: Partial<IngestOptions> = {}): Promise<LoadOutcome> {
  const outcomes: LoadOutcome[] = [];
  for await (const outcome of loadSources([path], new Map(), options)) outcomes.push(outcome);
  assert.equal(outcomes.length, 1, `one outcome for ${path}`);
  return outcomes[0]!;
}

async function rejection(path: string, options: Partial<IngestOptions> = {}): Promise<{ code: string; detail: string; message: string }> {
  const outcome = await loadOne(path, options);
  assert.equal(outcome.status, 'rejected', `${path} should be rejected`);
  if (outcome.status !== 'rejected') throw new Error('unreachable');
  return { code: outcome.error.code, detail: outcome.error.detail, message: outcome.error.message };
}

const BINARY_NAMED_TXT: ReadonlyArray<readonly [string, RegExp]> = [
  ['pdf-named.txt', /^a PDF document, not text/],
  ['png-named.txt', /^a PNG image, not text/],
  ['docx-renamed.txt', /^a ZIP archive \(\.docx/],
];
for (const [name, reason] of BINARY_NAMED_TXT) {
  test(`${name}: a binary file named .txt is rejected as what it is`, async () => {
    const { code, detail, message } = await rejection(bad(name));
    assert.equal(code, 'INGEST_BINARY');
    assert.match(detail, reason);
    assert.match(message, new RegExp(`${name}: `), 'the error names the file');
  });
}

test('invalid UTF-8 is rejected with the offset of the first bad byte', async () => {
  const bytes = readFileSync(bad('invalid-utf8.txt'));
  const { code, detail } = await rejection(bad('invalid-utf8.txt'));
  assert.equal(code, 'INGEST_NOT_UTF8');
  assert.match(detail, new RegExp(`near offset ${bytes.indexOf(0xc3)}\\b`));
});

test('UTF-16 with a byte-order mark, little- or big-endian, is decoded and read', async () => {
  const le = await loadOne(bad('utf16le-bom.txt'));
  const be = await loadOne(bad('utf16be-bom.txt'));
  assert.ok(le.status === 'loaded' && be.status === 'loaded');
  assert.equal(le.document.text, 'The Korvath Watch said on Monday that its patrols had left Port Ardel.');
  assert.equal(be.document.text, 'The Selvane Brigade denied on Tuesday that it held the Ardel ferry.');
});

test('UTF-16 without a byte-order mark is named as such, not as unknown binary', async () => {
  const { code, detail } = await rejection(bad('utf16le-no-bom.txt'));
  assert.equal(code, 'INGEST_BINARY');
  assert.match(detail, /UTF-16 text without a byte-order mark.*re-save it as UTF-8/);
});

test('HTML whose only text is in scripts is not an article, and says why', async () => {
  const { code, detail } = await rejection(bad('scripts-only.html'));
  assert.equal(code, 'INGEST_NOT_AN_ARTICLE');
  assert.match(detail, /no text outside its scripts and styles/);
});

test('a file over the size limit is rejected without being read', async () => {
  const path = join(scratch, 'huge.txt');
  // Sparse: the file claims limit + 1 bytes and occupies none, so the test writes nothing large.
  writeFileSync(path, '');
  truncateSync(path, DEFAULT_INGEST_OPTIONS.maxBytes + 1);
  const { code, detail } = await rejection(path);
  assert.equal(code, 'INGEST_TOO_LARGE');
  assert.equal(detail, `${DEFAULT_INGEST_OPTIONS.maxBytes + 1} bytes is over the ${DEFAULT_INGEST_OPTIONS.maxBytes}-byte limit`);
});

test('HTML nested 100,000 deep is refused by its depth, before Readability could spend minutes on it', async () => {
  const depth = 100_000;
  const path = join(scratch, 'deep.html');
  const paragraph = '<p>The Korvath Watch said its patrols had left Port Ardel after two days of talks with the ferry crews.</p>';
  writeFileSync(path, `<!doctype html><html><body>${'<div>'.repeat(depth)}${paragraph.repeat(4)}${'</div>'.repeat(depth)}</body></html>`);
  const { code, detail } = await rejection(path);
  assert.equal(code, 'INGEST_NOT_AN_ARTICLE');
  assert.match(detail, /nested more than 256 elements deep/);
});

test('the depth limit leaves ordinary pages alone and is an option', async () => {
  const page = (depth: number): string => `<!doctype html><html><body>${'<div>'.repeat(depth)}<article>${'<p>The Selvane Brigade said on Tuesday that it held the Ardel ferry landing and would let the crews work.</p>'.repeat(3)}</article>${'</div>'.repeat(depth)}</body></html>`;
  const path = join(scratch, 'nested-40.html');
  writeFileSync(path, page(40));
  assert.equal((await loadOne(path)).status, 'loaded', 'a page 40 deep, as news pages are');
  assert.equal((await rejection(path, { maxHtmlDepth: 20 })).code, 'INGEST_NOT_AN_ARTICLE');
});

test('a 1 MB line with no sentence end loads as one document', async () => {
  const path = join(scratch, 'one-line.txt');
  const words = ['Korvath', 'patrols', 'crossed', 'the', 'Ardel', 'ferry', 'road', 'and', 'the', 'Selvane', 'crews', 'waited'];
  const parts: string[] = [];
  for (let i = 0, length = 0; length < 1_000_000; i++) { parts.push(words[(i * 5) % words.length]!); length += parts[parts.length - 1]!.length + 1; }
  writeFileSync(path, parts.join(' '));
  const outcome = await loadOne(path);
  assert.equal(outcome.status, 'loaded');
  if (outcome.status === 'loaded') assert.ok(outcome.document.text.length >= 1_000_000 && !outcome.document.text.includes('\n'));
});

test('a document whose time budget is spent while it is read is rejected naming the limit', () => {
  const html = `<!doctype html><html><body><article>${'<p>The Selvane Brigade said on Tuesday that it held the Ardel ferry landing and would let the crews work.</p>'.repeat(200)}</article></body></html>`;
  // A budget of a microsecond is spent by any page; nothing here depends on how fast the machine is.
  const outcome = loadUpload({ name: 'slow.html', origin: 'upload:slow.html', bytes: new TextEncoder().encode(html), format: 'html' }, undefined, { timeLimitMs: 0.001 });
  assert.equal(outcome.status, 'rejected');
  if (outcome.status === 'rejected') {
    assert.equal(outcome.error.code, 'INGEST_TIME_LIMIT');
    assert.match(outcome.error.detail, /^gave up after [\d.]+ m?s reading the page: over the 0\.001 ms per-document limit \(raise it with --time-limit\)$/);
  }
});

test('manifests: each mistake is named with its line and field', () => {
  const CASES: ReadonlyArray<readonly [string, number, string | undefined, RegExp]> = [
    ['manifest-no-file-column.csv', 1, undefined, /no "file" column/],
    ['manifest-unknown-column.csv', 1, 'date', /unknown column "date" \(the columns are file, published, outlet, url\)/],
    ['manifest-unquoted-comma.csv', 2, undefined, /5 fields where the header has 4; put a value holding a comma in double quotes/],
    ['manifest-bad-date.csv', 3, 'published', /published "31\/02\/2026" is not YYYY, YYYY-MM or YYYY-MM-DD/],
    ['manifest-bad-url.csv', 2, 'url', /url "courier\.example\/a" is not an http\(s\) URL/],
    ['manifest-duplicate-file.csv', 3, 'file', /"utf16le-bom\.txt" is listed again \(first on line 2\)/],
  ];
  for (const [name, line, field, reason] of CASES) {
    assert.throws(() => readManifest(bad(name)), (err: { code?: string; site?: { line?: number; field?: string }; detail?: string }) => {
      assert.equal(err.code, 'MANIFEST_INVALID', name);
      assert.equal(err.site?.line, line, name);
      assert.equal(err.site?.field, field, name);
      assert.match(err.detail ?? '', reason, name);
      return true;
    });
  }
});

test('manifests: short rows leave the missing fields empty; a row for no input is listed', () => {
  const short = readManifest(bad('manifest-short-rows.csv'));
  assert.deepEqual(short.get('utf16le-bom.txt'), { file: 'utf16le-bom.txt', published: null, outlet: null, url: null });
  assert.equal(short.get('utf16be-bom.txt')?.published, '2026-03');
  const unknown = readManifest(bad('manifest-unknown-files.csv'));
  assert.deepEqual(unmatchedManifestRows(unknown, [bad('utf16le-bom.txt')]).map((e) => e.file), ['no-such-article.txt']);
});

test('malformed and non-http URLs are each refused with a reason, before any network access', async () => {
  const urls = readFileSync(bad('malformed-urls.list'), 'utf8').split('\n').filter(Boolean);
  assert.ok(urls.length >= 10);
  for (const url of urls) {
    const { code, detail } = await rejection(url);
    assert.equal(code, 'INGEST_URL_REFUSED', url);
    // Either reason is given while the URL is parsed, before DNS or a socket.
    assert.match(detail, /is not a valid URL|unsupported URL scheme/, url);
  }
});
