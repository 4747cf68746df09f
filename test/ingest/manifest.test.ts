import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DossierError } from '../../src/core/index.js';
import { parseCsv, parseManifest } from '../../src/ingest/index.js';

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
