import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { repoPath } from '../../fixtures/paths.js';
import { freshPostgresCase, testPostgresUrl } from '../../fixtures/postgres.js';
import { dumpCase, dumpPostgresCase, type CaseDump } from '../../store/case-dump.js';
import { dossierSync, startDossier } from './run-dossier.js';

// Two `dossier ingest` processes on one SQLite case at once, started together on a case that does not
// exist yet (so they also race to create and migrate it). Both must succeed, and the case must hold what
// one run of all the documents leaves: each document once, its rows once, the entities of all of them.

const sample = repoPath('examples', 'sample');
const manifest = join(sample, 'manifest.csv');
const articles = readdirSync(sample).filter((f) => /\.(txt|md|html)$/.test(f)).sort().map((f) => join(sample, f));

interface IngestReport { readonly added: readonly { docId: string }[]; readonly unchanged: readonly { docId: string }[]; readonly rejected: readonly unknown[] }

async function ingestAtOnce(caseFile: string, batches: readonly (readonly string[])[]): Promise<IngestReport[]> {
  const runs = batches.map((files) => startDossier(['ingest', ...files, '--manifest', manifest, '--case', caseFile, '--json']));
  try {
    const results = await Promise.all(runs.map((r) => r.finished));
    return results.map((result, i) => {
      assert.equal(result.code, 0, `ingest ${i + 1} of ${batches.length} failed: ${result.stderr}`);
      return JSON.parse(result.stdout) as IngestReport;
    });
  } finally {
    for (const run of runs) run.kill();
  }
}

function assertAddedOnce(reports: readonly IngestReport[]): void {
  const added = reports.flatMap((r) => r.added.map((a) => a.docId));
  assert.equal(new Set(added).size, added.length, 'no document added by both processes');
  assert.equal(added.length, articles.length, 'every document added by one of them');
  for (const report of reports) assert.deepEqual(report.rejected, []);
}

function assertConsistent(caseFile: string): void {
  const check = dossierSync(['check', '--case', caseFile, '--json']);
  assert.equal(check.code, 0, check.stdout);
  const report = JSON.parse(check.stdout) as { problems: unknown[]; pending: unknown[] };
  assert.deepEqual([report.problems, report.pending], [[], []]);
}

describe('two dossier ingest processes on one SQLite case at once', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-concurrent-'));
  let clean: CaseDump;

  before(() => {
    const cleanFile = join(dir, 'clean.sqlite');
    const run = dossierSync(['ingest', ...articles, '--manifest', manifest, '--case', cleanFile]);
    assert.equal(run.code, 0, run.stderr);
    clean = dumpCase(cleanFile);
  });

  test('overlapping batches: both succeed, each document is added once, the case equals one run of all', async (t) => {
    const caseFile = join(dir, 'overlapping.sqlite');
    const middle = Math.floor(articles.length / 2);
    const reports = await ingestAtOnce(caseFile, [articles.slice(0, middle + 2), articles.slice(middle - 2)]);
    t.diagnostic(`added: ${reports.map((r) => r.added.length).join(' and ')}`);
    assertAddedOnce(reports);
    assertConsistent(caseFile);
    assert.deepEqual(dumpCase(caseFile), clean);
  });

  test('the same batch twice: every document raced, each added by exactly one process', async (t) => {
    const caseFile = join(dir, 'same.sqlite');
    const reports = await ingestAtOnce(caseFile, [articles, articles]);
    t.diagnostic(`added: ${reports.map((r) => r.added.length).join(' and ')} (both above 0: their writes interleaved)`);
    assertAddedOnce(reports);
    for (const report of reports) assert.equal(report.added.length + report.unchanged.length, articles.length, 'each process accounts for every document');
    assertConsistent(caseFile);
    assert.deepEqual(dumpCase(caseFile), clean);
  });
});

describe('two dossier ingest processes on one PostgreSQL case at once', () => {
  if (!testPostgresUrl) {
    test.skip('no DOSSIER_TEST_PG_URL (set it to run the concurrent ingest on PostgreSQL)', () => {});
    return;
  }
  const pgUrl = testPostgresUrl;

  test('the same batch twice: both succeed, each document added by one, the case equals one SQLite run of all', async () => {
    const cleanFile = join(mkdtempSync(join(tmpdir(), 'dossier-concurrent-pg-')), 'clean.sqlite');
    const cleanRun = dossierSync(['ingest', ...articles, '--manifest', manifest, '--case', cleanFile]);
    assert.equal(cleanRun.code, 0, cleanRun.stderr);
    const store = await freshPostgresCase(pgUrl, 'concurrent');
    const runs = [articles, articles].map((files) => startDossier(['ingest', ...files, '--manifest', manifest, '--store', store, '--json']));
    try {
      const results = await Promise.all(runs.map((r) => r.finished));
      for (const result of results) assert.equal(result.code, 0, result.stderr);
      assertAddedOnce(results.map((r) => JSON.parse(r.stdout) as IngestReport));
    } finally {
      for (const run of runs) run.kill();
    }
    const check = dossierSync(['check', '--store', store, '--json']);
    assert.equal(check.code, 0, check.stdout + check.stderr);
    assert.deepEqual(await dumpPostgresCase(store), dumpCase(cleanFile));
  });
});
