import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { dossierBin, fixturePath, repoPath } from '../fixtures/paths.js';
import { freshPostgresCase, testPostgresUrl } from '../fixtures/postgres.js';

// Issue 15's order test, through the CLI and PostgreSQL: one corpus (the fictional sample and two invented
// stories that share no name with it) queued in two orders and read by one worker or by four worker processes,
// the second case in two rounds so that its second resolution is incremental. The exports must be
// byte-identical, and `dossier reanalyse --check` must find nothing to change in either case.
const url = testPostgresUrl;
const sample = repoPath('examples', 'sample');
const manifest = join(sample, 'manifest.csv');
const stories = fixturePath('incremental');
const files = [
  ...readdirSync(sample).filter((f) => f !== 'manifest.csv').map((f) => join(sample, f)),
  ...readdirSync(stories).map((f) => join(stories, f)),
].sort();

const dossierSync = (...args: string[]) => spawnSync(process.execPath, [dossierBin, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

function enqueue(store: string, inputs: readonly string[]): void {
  const queued = dossierSync('ingest', '--store', store, '--enqueue', ...inputs, '--manifest', manifest, '--json');
  assert.equal(queued.status, 0, queued.stderr);
  assert.equal((JSON.parse(queued.stdout) as { queued: unknown[] }).queued.length, inputs.length);
}

async function work(store: string, concurrency: number): Promise<void> {
  const child = spawn(process.execPath, [dossierBin, 'worker', '--store', store, '--until-idle', '--poll', '0.2', '--concurrency', String(concurrency), '--json']);
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
  child.stdout.resume();
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  assert.equal(code, 0, stderr);
}

if (url) {
  test('one corpus queued in two orders, read by 1 worker and by 4, gives byte-identical exports; reanalyse agrees with both', async () => {
    const [one, four] = [await freshPostgresCase(url, 'ione'), await freshPostgresCase(url, 'ifour')];
    enqueue(one, files);
    await work(one, 1);
    const reversed = [...files].reverse();
    enqueue(four, reversed.slice(0, 8));
    await work(four, 4);
    enqueue(four, reversed.slice(8));
    await work(four, 4);
    for (const format of ['eval', 'stix', 'csv-claims', 'csv-entities', 'graphml', 'brief']) {
      const [a, b] = [one, four].map((store) => dossierSync('export', '--format', format, '--store', store));
      assert.equal(a!.status, 0, a!.stderr);
      assert.ok(a!.stdout.length > 1000, format);
      assert.equal(b!.stdout, a!.stdout, `${format}: 1 worker in file order vs 4 workers in reverse order, in two rounds`);
    }
    for (const store of [one, four]) {
      const check = dossierSync('reanalyse', '--store', store, '--check', '--json');
      assert.equal(check.status, 0, check.stdout + check.stderr);
      assert.equal((JSON.parse(check.stdout) as { agreed: boolean }).agreed, true);
    }
  });
} else {
  test.skip('incremental order test: no DOSSIER_TEST_PG_URL (set it to run the workers against PostgreSQL)', () => {});
}
