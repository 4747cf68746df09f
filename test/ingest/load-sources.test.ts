import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadSources, loadUpload, parseManifest, type LoadOutcome } from '../../src/ingest/index.js';

// Every article here is fictional, written for these tests.
const ARTICLE = 'Red Valley Front claims depot raid\nPublished: 4 February 2026\n\nThe Red Valley Front (RVF) reportedly attacked a fuel depot near Port Alder, police said.\n';
const HTML = `<!doctype html><html><head><title>Front raid | Harbour Ledger</title>
<meta property="og:site_name" content="The Harbour Ledger"><meta property="article:published_time" content="2026-02-04T09:00:00Z">
</head><body><nav><a href="/">Home</a> · <a href="/world">World</a></nav><article><h1>Front claims depot raid</h1>
<p>The Red Valley Front reportedly attacked a fuel depot near Port Alder on Tuesday, according to police in the port city, who said the raid lasted an hour.</p>
<p>A spokesman for the group, Tomas Vell, denied that the Front had any link to the smuggling ring operating along the northern coast.</p>
<p><script>alert(1)</script><img src=x onerror="alert(2)">The ministry said inquiries continue.</p></article>
<footer>Copyright The Harbour Ledger</footer></body></html>`;

function corpusDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-ingest-'));
  mkdirSync(join(dir, 'nested'));
  writeFileSync(join(dir, 'a.txt'), ARTICLE);
  writeFileSync(join(dir, 'nested', 'b.html'), HTML);
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]));
  writeFileSync(join(dir, 'latin1.txt'), Buffer.from('Caf\xe9 de la Fronti\xe8re', 'latin1'));
  writeFileSync(join(dir, 'notes.csv'), 'file\n');
  return dir;
}

async function collect(targets: string[], manifestText?: string): Promise<LoadOutcome[]> {
  const out: LoadOutcome[] = [];
  for await (const o of loadSources(targets, manifestText ? parseManifest(manifestText) : new Map())) out.push(o);
  return out;
}

test('a directory is read recursively, articles only, and each bad file gets its own reason', async () => {
  const outcomes = await collect([corpusDir()]);
  const byName = new Map(outcomes.map((o) => [o.input.split('/').pop()!, o]));
  assert.equal(byName.has('notes.csv'), false, 'a CSV in the directory is not an article');
  assert.equal(byName.get('a.txt')?.status, 'loaded');
  assert.equal(byName.get('b.html')?.status, 'loaded');
  const code = (name: string): string | undefined => { const o = byName.get(name); return o?.status === 'rejected' ? o.error.code : undefined; };
  assert.equal(code('empty.txt'), 'INGEST_EMPTY');
  assert.equal(code('binary.txt'), 'INGEST_BINARY');
  assert.equal(code('latin1.txt'), 'INGEST_NOT_UTF8');
  const latin = byName.get('latin1.txt');
  assert.ok(latin?.status === 'rejected' && latin.error.message.includes('latin1.txt'), 'the error names the file');
});

test('a missing path is rejected, the rest still load', async () => {
  const dir = corpusDir();
  const outcomes = await collect([join(dir, 'nope.txt'), join(dir, 'a.txt')]);
  assert.deepEqual(outcomes.map((o) => o.status), ['rejected', 'loaded']);
});

test('publication date: manifest first, then page metadata, then a dateline', async () => {
  const dir = corpusDir();
  const [fromDateline] = await collect([join(dir, 'a.txt')]);
  assert.ok(fromDateline?.status === 'loaded');
  assert.equal(fromDateline.document.published, '2026-02-04');
  assert.equal(fromDateline.document.publishedFrom, 'dateline');
  const [fromManifest] = await collect([join(dir, 'a.txt')], 'file,published,outlet\na.txt,2026-01,Coastal Wire\n');
  assert.ok(fromManifest?.status === 'loaded');
  assert.equal(fromManifest.document.published, '2026-01');
  assert.equal(fromManifest.document.publishedFrom, 'manifest');
  assert.equal(fromManifest.document.outlet, 'Coastal Wire');
});

test('html: main text through Readability, metadata read, navigation and markup left out', async () => {
  const [outcome] = await collect([join(corpusDir(), 'nested', 'b.html')]);
  assert.ok(outcome?.status === 'loaded');
  const doc = outcome.document;
  assert.equal(doc.format, 'html');
  assert.equal(doc.outlet, 'The Harbour Ledger');
  assert.equal(doc.published, '2026-02-04');
  assert.equal(doc.publishedFrom, 'metadata');
  assert.match(doc.text, /reportedly attacked a fuel depot/);
  assert.doesNotMatch(doc.text, /Home|Copyright/, 'boilerplate stays out');
  assert.doesNotMatch(doc.text, /<script|onerror|alert/, 'markup never reaches the text');
});

test('the same content gives the same id whatever the line endings', () => {
  const a = loadUpload({ name: 'a.txt', origin: 'a.txt', bytes: Buffer.from(ARTICLE), format: 'txt' });
  const b = loadUpload({ name: 'b.txt', origin: 'b.txt', bytes: Buffer.from(`\uFEFF${ARTICLE.replace(/\n/g, '\r\n')}`), format: 'txt' });
  assert.ok(a.status === 'loaded' && b.status === 'loaded');
  assert.equal(a.document.id, b.document.id);
});

test('markdown keeps the words and drops the markup', () => {
  const md = loadUpload({ name: 'c.md', origin: 'c.md', bytes: Buffer.from('# Front raid\n\nThe **Red Valley Front** met [envoys](http://x.example) in _Port Alder_.\n'), format: 'md' });
  assert.ok(md.status === 'loaded');
  assert.equal(md.document.text, 'Front raid\n\nThe Red Valley Front met envoys in Port Alder.');
});

test('an oversized upload is rejected with the limit in the reason', () => {
  const big = loadUpload({ name: 'big.txt', origin: 'big.txt', bytes: Buffer.alloc(6 * 1024 * 1024, 0x61), format: 'txt' });
  assert.ok(big.status === 'rejected' && big.error.code === 'INGEST_TOO_LARGE');
});
