import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { repoPath } from './fixtures/paths.js';

// A suite that needs what this machine may lack (Chromium, a PostgreSQL server) must say so in the
// runner's summary (`# skipped`), never pass by running nothing. Every test file that asks for either
// is run here with both taken away, and must finish green with its skip counted and its reason given.
const NEEDS = /\b(testPostgresUrl|hasChromium)\b/;
const distTests = repoPath('dist', 'test');
const self = 'skipped-suites.test.js';

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return testFiles(path);
    return entry.name.endsWith('.test.js') && entry.name !== self ? [path] : [];
  });
}

const dependent = testFiles(distTests).filter((file) => NEEDS.test(readFileSync(file, 'utf8'))).sort();

test('the browser and PostgreSQL suites are found (so the checks below check something)', () => {
  const names = dependent.map((file) => relative(distTests, file));
  assert.ok(names.includes(join('web', 'ui.test.js')), names.join(', '));
  assert.ok(names.filter((n) => /postgres/.test(n)).length >= 3, names.join(', '));
});

for (const file of dependent) {
  test(`without Chromium or PostgreSQL, ${relative(distTests, file)} reports its skip in the summary`, { timeout: 120_000 }, () => {
    // NODE_TEST_CONTEXT would make the inner runner report to this one instead of printing its summary.
    const { DOSSIER_TEST_PG_URL: _pg, NODE_TEST_CONTEXT: _context, ...env } = process.env;
    const run = spawnSync(process.execPath, ['--test', '--test-reporter=tap', file], {
      encoding: 'utf8',
      env: { ...env, DOSSIER_CHROMIUM: join(distTests, 'no-such-chromium') },
      timeout: 110_000,
    });
    const summary = (name: string): number => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(run.stdout)?.[1] ?? NaN);
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.equal(summary('fail'), 0, run.stdout);
    assert.ok(summary('skipped') >= 1, `no test counted as skipped:\n${run.stdout}`);
    assert.match(run.stdout.split('\n').filter((line) => line.includes('# SKIP')).join('\n'), /DOSSIER_TEST_PG_URL|Chromium/, 'the skip says what is missing');
  });
}
