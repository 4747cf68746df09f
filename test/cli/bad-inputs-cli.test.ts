import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { dossierBin, fixturePath } from '../fixtures/paths.js';

// The bad-input folder as a user meets it: `dossier ingest` over it names every file once, with its reason.
const badDir = fixturePath('bad');
const scratch = mkdtempSync(join(tmpdir(), 'dossier-bad-cli-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

function dossier(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const { DOSSIER_CASE: _case, DOSSIER_STORE: _store, ...env } = process.env;
  return spawnSync(process.execPath, [dossierBin, ...args], { encoding: 'utf8', env, timeout: 300_000 });
}

interface Report {
  added: { input: string }[];
  unchanged: { input: string }[];
  rejected: { input: string; code: string; reason: string }[];
  skipped: { path: string; reason: string }[];
}

const EXPECTED_REJECTIONS: Record<string, string> = {
  'pdf-named.txt': 'INGEST_BINARY',
  'png-named.txt': 'INGEST_BINARY',
  'docx-renamed.txt': 'INGEST_BINARY',
  'invalid-utf8.txt': 'INGEST_NOT_UTF8',
  'utf16le-no-bom.txt': 'INGEST_BINARY',
  'scripts-only.html': 'INGEST_NOT_AN_ARTICLE',
};

test('ingest of the bad-input folder: every file is added, rejected or skipped, once, with a reason', () => {
  const run = dossier('ingest', badDir, '--case', join(scratch, 'json.sqlite'), '--json');
  assert.equal(run.status, 1, 'rejected files make the exit code 1');
  const report = JSON.parse(run.stdout) as Report;
  const base = (path: string): string => path.split(/[/\\]/).pop()!;
  const seen = [...report.added.map((a) => a.input), ...report.unchanged.map((u) => u.input), ...report.rejected.map((r) => r.input), ...report.skipped.map((s) => s.path)].map(base);
  assert.deepEqual([...seen].sort(), readdirSync(badDir).sort(), 'each file of the folder appears exactly once');
  // Markdown is an article format, so the folder's own README goes in beside the two UTF-16 files.
  assert.deepEqual(report.added.map((a) => base(a.input)).sort(), ['README.md', 'utf16be-bom.txt', 'utf16le-bom.txt']);
  assert.deepEqual(Object.fromEntries(report.rejected.map((r) => [base(r.input), r.code])), EXPECTED_REJECTIONS);
  for (const r of report.rejected) assert.ok(r.reason.length > 10, `${r.input} has a reason`);
  for (const s of report.skipped) assert.match(s.reason, /is not a format dossier reads/, s.path);
});

test('the same run in lines: one line per bad file, no stack trace', () => {
  const run = dossier('ingest', badDir, '--case', join(scratch, 'lines.sqlite'));
  assert.equal(run.status, 1);
  const lines = run.stderr.trim().split('\n');
  assert.doesNotMatch(run.stderr, /^\s+at /m, 'no stack trace');
  for (const [name, code] of Object.entries(EXPECTED_REJECTIONS)) {
    const line = lines.filter((l) => l.includes(`${name}:`));
    assert.equal(line.length, 1, `one line for ${name}:\n${run.stderr}`);
    assert.match(line[0]!, new RegExp(`^error: .*${name.replace('.', '\\.')}: .+ \\[${code}\\]$`));
  }
  assert.match(run.stdout, /^3 added, 0 unchanged, 6 rejected, 9 skipped$/m);
});

test('a bad manifest stops the run before anything is read, naming file, line and reason in one line', () => {
  const caseFile = join(scratch, 'manifest.sqlite');
  const run = dossier('ingest', join(badDir, 'utf16le-bom.txt'), '--manifest', join(badDir, 'manifest-bad-date.csv'), '--case', caseFile);
  assert.equal(run.status, 1);
  assert.equal(run.stderr, `dossier: ${join(badDir, 'manifest-bad-date.csv')}:3: published "31/02/2026" is not YYYY, YYYY-MM or YYYY-MM-DD [MANIFEST_INVALID]\n`);
  assert.equal(run.stdout, '');
});

test('a manifest row for a file that is not an input is a warning, and the run goes on', () => {
  const run = dossier('ingest', join(badDir, 'utf16le-bom.txt'), '--manifest', join(badDir, 'manifest-unknown-files.csv'), '--case', join(scratch, 'unknown.sqlite'));
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stderr, /^warning: .*manifest-unknown-files\.csv: the row for "no-such-article\.txt" matches no input$/m);
  assert.match(run.stdout, /^1 added/m);
});

test('--time-limit: each document over it is reported with the step and the limit, and the run goes on to the next', () => {
  const caseFile = join(scratch, 'limit.sqlite');
  const small = join(scratch, 'small.txt');
  const large = join(scratch, 'large.txt');
  writeFileSync(small, 'The Korvath Watch said on Monday that its patrols had left Port Ardel.\n');
  writeFileSync(large, 'The Selvane Brigade said on Tuesday that it held the Ardel ferry landing.\n'.repeat(2000));
  // A limit of a microsecond: any document runs over it, however fast the machine.
  const run = dossier('ingest', large, join(badDir, 'pdf-named.txt'), small, '--case', caseFile, '--time-limit', '0.000001', '--json');
  assert.equal(run.status, 1, run.stderr);
  const report = JSON.parse(run.stdout) as Report;
  assert.deepEqual(report.rejected.map((r) => r.code), ['INGEST_TIME_LIMIT', 'INGEST_BINARY', 'INGEST_TIME_LIMIT']);
  assert.match(report.rejected[0]!.reason, /^gave up after .+: over the 0\.001 ms per-document limit \(raise it with --time-limit\)$/);
  assert.equal(report.added.length, 0);
  assert.equal(dossier('ingest', large, small, '--case', caseFile).status, 0, 'with the default limit both go in');
});

test('--time-limit takes seconds above 0, or it is a usage error', () => {
  const run = dossier('ingest', join(badDir, 'utf16le-bom.txt'), '--case', join(scratch, 'usage.sqlite'), '--time-limit', 'soon');
  assert.equal(run.status, 2);
  assert.match(run.stderr, /^dossier: time-limit: --time-limit must be a number of seconds above 0, got "soon" \[CONFIG_INVALID\]$/m);
});
