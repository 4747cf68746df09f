import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DossierError } from '../../src/core/index.js';
import { parseCsv, parseManifest, unmatchedManifestRows } from '../../src/ingest/index.js';

test('csv: quoted commas, doubled quotes and CRLF', () => {
  assert.deepEqual(parseCsv('a,"b, c","say ""hi"""\r\n1,2,3\r\n'), [['a', 'b, c', 'say "hi"'], ['1', '2', '3']]);
});

test('manifest: only file is required and entries are keyed by base name', () => {
  const manifest = parseManifest('file,published,outlet,url\nnews/a.txt,2025-07,The Harbour Ledger,\nb.txt,,,\n');
  assert.deepEqual(manifest.get('a.txt'), { file: 'news/a.txt', published: '2025-07', outlet: 'The Harbour Ledger', url: null });
  assert.deepEqual(manifest.get('b.txt'), { file: 'b.txt', published: null, outlet: null, url: null });
});

test('manifest: columns in any order, url only', () => {
  const manifest = parseManifest('url,file\nhttps://example.org/x,x.html\n');
  assert.equal(manifest.get('x.html')?.url, 'https://example.org/x');
});

test('manifest: a bad date names its line and field', () => {
  assert.throws(() => parseManifest('file,published\na.txt,2025-07\nb.txt,July 2025\n', 'm.csv'), (err: unknown) =>
    err instanceof DossierError && err.code === 'MANIFEST_INVALID' && err.site.line === 3 && err.site.field === 'published');
});

test('manifest: a header without file is rejected', () => {
  assert.throws(() => parseManifest('name,published\n'), (err: unknown) => err instanceof DossierError && err.code === 'MANIFEST_INVALID');
});

test('manifest: an unterminated quote is an error naming the file and the line it opened on', () => {
  assert.throws(() => parseManifest('file,outlet\na.txt,Ledger\nb.txt,"The Harbour\nc.txt,Wire\n', 'm.csv'), (err: unknown) =>
    err instanceof DossierError && err.code === 'MANIFEST_INVALID' && err.site.file === 'm.csv' && err.site.line === 3 && /never closed/.test(err.message));
});

test('manifest: a quoted field may still span lines when it is closed', () => {
  const manifest = parseManifest('file,outlet\r\na.txt,"Harbour\r\nLedger"\r\n', 'm.csv');
  assert.equal(manifest.get('a.txt')?.outlet, 'Harbour\r\nLedger');
});

test('manifest: rows that name no input are found, whatever path the inputs were given by', () => {
  const manifest = parseManifest('file,published\nnews/a.txt,2025\nb.txt,2025\ntypo.txt,2025\n');
  assert.deepEqual(unmatchedManifestRows(manifest, ['corpus/a.txt', '/abs/b.txt']).map((e) => e.file), ['typo.txt']);
  assert.deepEqual(unmatchedManifestRows(manifest, ['corpus/a.txt', 'b.txt', 'typo.txt']), []);
});
