import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { repoPath } from '../../fixtures/paths.js';
import { documentCount, dossierSync, sleep, startDossier, type Finished } from './run-dossier.js';

// Ctrl-C (SIGINT) or SIGTERM during `dossier ingest` stops it after the document in hand, with entities
// resolved: the case is current, only shorter, and the same command again adds the rest. A signal that
// comes after the run ended proves nothing, so the run is tried again until one lands (it does at once
// unless the machine reads the whole sample in the few milliseconds between two polls).

const sample = repoPath('examples', 'sample');
const articles = readdirSync(sample).filter((f) => /\.(txt|md|html)$/.test(f)).length;
const TRIES = 5;

async function interruptAfterFirstDocument(caseFile: string, signal: NodeJS.Signals): Promise<Finished> {
  const run = startDossier(['ingest', sample, '--case', caseFile]);
  let ended = false;
  void run.finished.then(() => { ended = true; });
  try {
    while (!ended && (documentCount(caseFile) ?? 0) === 0) await sleep(10);
    if (!ended) run.child.kill(signal);
    return await run.finished;
  } finally {
    run.kill();
  }
}

// The rerun is shown once, after Ctrl-C; SIGTERM stops the same way.
for (const [signal, exitCode, rerun] of [['SIGINT', 130, true], ['SIGTERM', 143, false]] as const) {
  test(`${signal} during ingest stops after the document in hand with the entities resolved${rerun ? '; the same command completes it' : ''}`, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-interrupt-'));
    for (let attempt = 1; attempt <= TRIES; attempt++) {
      const caseFile = join(dir, `case-${attempt}.sqlite`);
      const run = await interruptAfterFirstDocument(caseFile, signal);
      if (run.code === 0) continue;   // the run ended before the signal: try again
      assert.equal(run.code, exitCode, run.stderr);
      assert.match(run.stderr, new RegExp(`^dossier: ${signal}: stopping after the document in hand, then resolving entities; send it again to stop at once$`, 'm'));
      assert.match(run.stdout, new RegExp(`^stopped by ${signal} before the other sources; the same command again adds them$`, 'm'));
      const check = JSON.parse(dossierSync(['check', '--case', caseFile, '--json']).stdout) as { problems: unknown[]; pending: unknown[]; counts: { documents: number; entities: number } };
      assert.deepEqual([check.problems, check.pending], [[], []], 'the entities were resolved before stopping');
      assert.ok(check.counts.documents >= 1 && check.counts.documents < articles, `${check.counts.documents} documents: stopped early`);
      assert.ok(check.counts.entities > 0);

      if (!rerun) return;
      const again = dossierSync(['ingest', sample, '--case', caseFile]);
      assert.equal(again.code, 0, again.stderr);
      assert.match(again.stdout, new RegExp(`^${articles - check.counts.documents} added, ${check.counts.documents} unchanged`, 'm'));
      return;
    }
    assert.fail(`${TRIES} runs all ended before ${signal} reached them`);
  });
}
