import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';
import { dossierBin, repoPath } from '../fixtures/paths.js';
import { freshPostgresCase, testPostgresUrl } from '../fixtures/postgres.js';

// The same CLI on a PostgreSQL case; .ci/run provides the server through DOSSIER_TEST_PG_URL.
const url = testPostgresUrl;
const sample = repoPath('examples', 'sample');

if (url) {
  test('ingest, re-ingest and export a case kept in PostgreSQL', async () => {
    const store = await freshPostgresCase(url, 'cli');
    const dossier = (...args: string[]) => spawnSync(process.execPath, [dossierBin, ...args, '--store', store], { encoding: 'utf8' });
    const first = dossier('ingest', sample, '--manifest', join(sample, 'manifest.csv'), '--json');
    assert.equal(first.status, 0, first.stderr);
    const report = JSON.parse(first.stdout) as { added: unknown[]; counts: { documents: number; claims: number } };
    assert.ok(report.added.length > 10);
    assert.equal(report.counts.documents, report.added.length);
    const again = JSON.parse(dossier('ingest', sample, '--json').stdout) as { added: unknown[]; unchanged: unknown[] };
    assert.equal(again.added.length, 0);
    assert.equal(again.unchanged.length, report.added.length);
    const exported = dossier('export', '--format', 'eval');
    assert.equal(exported.status, 0, exported.stderr);
    assert.equal((JSON.parse(exported.stdout) as { documents: unknown[] }).documents.length, report.added.length);
    assert.doesNotMatch(first.stderr + exported.stderr, /password/i);
  });
} else {
  test.skip('postgres CLI: no DOSSIER_TEST_PG_URL (set it to run the CLI against PostgreSQL)', () => {});
}
