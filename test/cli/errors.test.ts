import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { dossierBin } from '../fixtures/paths.js';

// Every failure the CLI expects: one line naming the file, flag or value and the reason in words; exit 2 for
// a command line that cannot be, 1 for work that failed; a stack trace only with --debug.
interface Run { readonly status: number | null; readonly stdout: string; readonly stderr: string }

function dossier(args: readonly string[]): Run {
  const run = spawnSync(process.execPath, [dossierBin, ...args], { encoding: 'utf8', env: { ...process.env, DOSSIER_CASE: '', DOSSIER_STORE: '' } });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function assertOneLineError(run: Run, expected: { status: number; names: RegExp; hint?: string }): void {
  assert.equal(run.status, expected.status, run.stderr);
  const lines = run.stderr.trimEnd().split('\n').filter((l) => !/^(skipped|warning):/.test(l));
  const errorLines = lines.filter((l) => !l.startsWith('see `'));
  assert.equal(errorLines.length, 1, `one error line, got:\n${run.stderr}`);
  assert.match(errorLines[0]!, expected.names);
  assert.doesNotMatch(run.stderr, /^\s+at /m, 'no stack trace');
  assert.doesNotMatch(run.stderr, /^(Usage|Options):/m, 'not the whole help');
  if (expected.hint) assert.ok(lines.includes(`see \`${expected.hint}\``), `hint ${expected.hint} in:\n${run.stderr}`);
}

const digest = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex');
const dir = mkdtempSync(join(tmpdir(), 'dossier-cli-errors-'));
const caseFile = join(dir, 'case.sqlite');
const corpus = join(dir, 'corpus');

before(() => {
  mkdirSync(corpus);
  writeFileSync(join(corpus, 'front.txt'), 'The Harbour Front (THF) reportedly opened an office in Port Alder in 2024, officials said.\n');
  writeFileSync(join(corpus, 'report.docx'), 'PK\u0003\u0004 not an article');
  const made = dossier(['ingest', corpus, '--case', caseFile]);
  assert.equal(made.status, 0, made.stderr);
  // The batch itself shows a skipped file: listed with its reason, counted in the summary, not an error.
  assert.match(made.stderr, /^skipped: .*report\.docx: \.docx is not a format dossier reads/m);
  assert.match(made.stdout, /^1 added, 0 unchanged, 0 rejected, 1 skipped$/m);
});

describe('usage errors: exit 2, one line and a hint, never the whole help', () => {
  const CASES: readonly [string, string[], RegExp, string][] = [
    ['an unknown option', ['ingest', corpus, '--bogus'], /^dossier ingest: unknown option '--bogus'/, 'dossier ingest --help'],
    ['a missing argument', ['ingest'], /missing required argument 'sources'/, 'dossier ingest --help'],
    ['an unknown command', ['injest', corpus], /unknown command 'injest'/, 'dossier --help'],
    ['an unknown --predicate', ['claims', '--case', caseFile, '--predicate', 'allied'], /unknown --predicate "allied"; use one of .*allied_with/, 'dossier claims --help'],
    ['an unknown --predicate on assertions', ['assertions', '--case', caseFile, '--predicate', 'friends'], /unknown --predicate "friends"; use one of .*hostile_to/, 'dossier assertions --help'],
    ['an unknown --type', ['entities', '--case', caseFile, '--type', 'persn'], /unknown --type "persn"; use one of person, organization, location, event, work/, 'dossier entities --help'],
    ['an unknown --grade', ['assertions', '--case', caseFile, '--grade', 'solid'], /unknown --grade "solid"; use one of corroborated/, 'dossier assertions --help'],
    ['a --fetch-timeout that is not a number', ['extract', corpus, '--fetch-timeout', 'soon'], /--fetch-timeout must be a number of seconds above 0, got "soon"/, 'dossier extract --help'],
    ['a --min-origins that is not a number', ['assertions', '--case', caseFile, '--min-origins', 'many'], /--min-origins must be a whole number .* got "many"/, 'dossier assertions --help'],
  ];
  for (const [name, args, names, hint] of CASES) {
    test(name, () => assertOneLineError(dossier(args), { status: 2, names, hint }));
  }
});

describe('failed work: exit 1, the file or URL and the reason in words', () => {
  test('export --out into a missing folder names the path and says "no such file or directory"', () => {
    const out = join(dir, 'no-such-folder', 'claims.csv');
    assertOneLineError(dossier(['export', '--format', 'csv-claims', '--case', caseFile, '--out', out]), { status: 1, names: /no-such-folder\/claims\.csv: cannot write --out: no such file or directory \[OUTPUT_UNWRITABLE\]/ });
  });

  test('--debug adds the stack trace, and only then', () => {
    const run = dossier(['export', '--format', 'csv-claims', '--case', caseFile, '--out', join(dir, 'missing', 'x.csv'), '--debug']);
    assert.equal(run.status, 1);
    assert.match(run.stderr, /^\s+at /m);
  });

  test('an unreachable URL says "connection refused" and names it', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/article`;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const run = dossier(['extract', url, '--allow-private-urls']);
    assertOneLineError(run, { status: 1, names: new RegExp(`${url.replace(/[.]/g, '\\.')}: connection refused`) });
    assert.doesNotMatch(run.stderr, /fetch failed/);
  });

  test('a server that does not answer in time says "timed out after" the limit', async () => {
    const silent = createServer(() => undefined);  // accepts the request and never answers
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(silent.address() as AddressInfo).port}/slow`;
    try {
      const run = await new Promise<Run>((resolve) => {
        const child = spawn(process.execPath, [dossierBin, 'extract', url, '--allow-private-urls', '--fetch-timeout', '0.5'], { env: { ...process.env, DOSSIER_CASE: '' } });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (c: Buffer) => { stdout += c.toString(); });
        child.stderr.on('data', (c: Buffer) => { stderr += c.toString(); });
        child.on('close', (status) => resolve({ status, stdout, stderr }));
      });
      assertOneLineError(run, { status: 1, names: /\/slow: timed out after 0\.5 s \[INGEST_FETCH_FAILED\]/ });
    } finally {
      silent.closeAllConnections();
      silent.close();
    }
  });

  test('a loopback URL is refused without --allow-private-urls', () => {
    assertOneLineError(dossier(['extract', 'http://127.0.0.1:9/article']), { status: 1, names: /127\.0\.0\.1 is a loopback address; pass --allow-private-urls .*\[INGEST_URL_REFUSED\]/ });
  });

  test('ftp:// is an unsupported scheme, not a missing file', () => {
    const run = dossier(['extract', 'ftp://example.org/article.txt']);
    assertOneLineError(run, { status: 1, names: /ftp:\/\/example\.org\/article\.txt: unsupported URL scheme "ftp:"/ });
    assert.doesNotMatch(run.stderr, /no such file/);
  });

  test('a manifest with an unterminated quote names the file and line', () => {
    const manifest = join(dir, 'broken.csv');
    writeFileSync(manifest, 'file,outlet\nfront.txt,"Harbour Ledger\n');
    assertOneLineError(dossier(['extract', corpus, '--manifest', manifest]), { status: 1, names: /broken\.csv:2: a quote opened on this line is never closed \[MANIFEST_INVALID\]/ });
  });

  test('a missing input file is named with "no such file or directory"', () => {
    assertOneLineError(dossier(['extract', join(dir, 'nope.txt')]), { status: 1, names: /nope\.txt: cannot read: no such file or directory/ });
  });

  test('a .docx named directly is rejected; in a directory it is listed as skipped with the reason', () => {
    assertOneLineError(dossier(['extract', join(corpus, 'report.docx')]), { status: 1, names: /report\.docx: \.docx is not a format dossier reads/ });
    const inDir = dossier(['extract', corpus]);
    assert.equal(inDir.status, 0, inDir.stderr);
    assert.match(inDir.stderr, /^skipped: .*report\.docx: \.docx is not a format dossier reads/m);
  });
});

test('a manifest row that matches no input is a warning naming the row', () => {
  const manifest = join(dir, 'typo.csv');
  writeFileSync(manifest, 'file,published\nfront.txt,2024\nfornt.txt,2024\n');
  const run = dossier(['extract', corpus, '--manifest', manifest]);
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stderr, /^warning: .*typo\.csv: the row for "fornt\.txt" matches no input$/m);
  assert.doesNotMatch(run.stderr, /"front\.txt"/);
});

describe('read commands never create or modify a file', () => {
  test('an existing empty file is refused and left empty', () => {
    const empty = join(dir, 'empty.sqlite');
    writeFileSync(empty, '');
    const before = statSync(empty).mtimeMs;
    for (const command of ['entities', 'claims', 'assertions', 'timeline']) {
      assertOneLineError(dossier([command, '--case', empty]), { status: 2, names: /empty\.sqlite: is an empty file, not a case/ });
    }
    assert.equal(statSync(empty).size, 0);
    assert.equal(statSync(empty).mtimeMs, before);
  });

  test('a file that is not SQLite is refused and left as it was', () => {
    const notes = join(dir, 'notes.txt');
    writeFileSync(notes, 'my notes\n');
    assertOneLineError(dossier(['entities', '--case', notes]), { status: 2, names: /notes\.txt: is not a SQLite file.*\[STORE_NOT_FOUND\]/, hint: 'dossier entities --help' });
    assertOneLineError(dossier(['ingest', corpus, '--case', notes]), { status: 2, names: /notes\.txt: is not a SQLite file/ });
    assert.equal(readFileSync(notes, 'utf8'), 'my notes\n');
  });

  test('reading a case leaves its bytes as they were and adds no file beside it', () => {
    const was = digest(caseFile);
    const files = readdirSync(dir).sort();
    for (const args of [['entities'], ['claims'], ['assertions'], ['contradictions'], ['timeline'], ['export', '--format', 'eval'], ['grade']]) {
      const run = dossier([...args, '--case', caseFile]);
      assert.equal(run.status, 0, `${args.join(' ')}: ${run.stderr}`);
    }
    assert.equal(digest(caseFile), was);
    assert.deepEqual(readdirSync(dir).sort(), files);
  });
});
