import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { planSources } from '../../src/ingest/index.js';

function corpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-collect-'));
  writeFileSync(join(dir, 'a.txt'), 'The Harbour Front opened an office in Port Alder.\n');
  writeFileSync(join(dir, 'report.docx'), 'PK\u0003\u0004');
  writeFileSync(join(dir, 'scan.pdf'), '%PDF-1.7');
  writeFileSync(join(dir, 'NOTES'), 'no extension');
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'sub', 'b.md'), '# The Front\n');
  return dir;
}

test('a directory gives its articles, and every other file is listed as skipped with its reason', () => {
  const dir = corpus();
  const plan = planSources([dir]);
  assert.deepEqual(plan.items.map((i) => (i.kind === 'file' ? i.path : i.url)), [join(dir, 'a.txt'), join(dir, 'sub', 'b.md')]);
  assert.deepEqual(plan.skipped.map((s) => s.path).sort(), [join(dir, 'NOTES'), join(dir, 'report.docx'), join(dir, 'scan.pdf')]);
  const docx = plan.skipped.find((s) => s.path.endsWith('.docx'))!;
  assert.match(docx.reason, /\.docx is not a format dossier reads \(\.txt, \.md/);
  assert.match(plan.skipped.find((s) => s.path.endsWith('NOTES'))!.reason, /no extension/);
  assert.equal(plan.errors.length, 0);
});

test('an unsupported file named directly is rejected, not read as text', () => {
  const dir = corpus();
  const plan = planSources([join(dir, 'report.docx'), join(dir, 'a.txt')]);
  assert.equal(plan.items.length, 1);
  assert.equal(plan.errors.length, 1);
  assert.equal(plan.errors[0]!.code, 'INGEST_UNSUPPORTED_TYPE');
  assert.equal(plan.errors[0]!.site.file, join(dir, 'report.docx'));
});

test('a URL in another scheme is refused as such, not looked up as a path', () => {
  const plan = planSources(['ftp://example.org/a.txt', 'HTTPS://example.org/b', 'http://example.org/c']);
  assert.deepEqual(plan.items.map((i) => i.kind), ['url', 'url']);
  assert.equal(plan.errors[0]!.code, 'INGEST_URL_REFUSED');
  assert.match(plan.errors[0]!.message, /^ftp:\/\/example\.org\/a\.txt: unsupported URL scheme "ftp:"/);
});

test('a missing path is named with the OS reason in words', () => {
  const plan = planSources([join(tmpdir(), 'no-such-dossier-input.txt')]);
  assert.equal(plan.errors[0]!.code, 'INGEST_UNREADABLE');
  assert.match(plan.errors[0]!.message, /no-such-dossier-input\.txt: cannot read: no such file or directory$/);
});
