import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { sharedPath } from '../fixtures/paths.js';

test('the shared scorer passes its own self-test (gold read as a system scores 1.0)', () => {
  const run = spawnSync(process.execPath, [sharedPath('eval', 'selftest.mjs')], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stdout + run.stderr);
  assert.match(run.stdout, /\b7 passed, 0 failed/);
});
