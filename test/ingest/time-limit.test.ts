import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { IngestError, type TimeBudget } from '../../src/core/index.js';
import { loadUpload, type LoadOutcome } from '../../src/ingest/index.js';
import { analyzeDocument } from '../../src/nlp/index.js';
import { ingestIntoCase } from '../../src/pipeline/index.js';
import { openStore } from '../../src/store/index.js';

// The per-document time limit, made independent of the machine's speed: a budget that started a minute
// ago with a second to spend is spent before any work, whatever the work costs.
const SPENT: TimeBudget = { startedMs: performance.now() - 60_000, limitMs: 1000 };
const scratch = mkdtempSync(join(tmpdir(), 'dossier-time-limit-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

function upload(name: string, text: string): Extract<LoadOutcome, { status: 'loaded' }> {
  const outcome = loadUpload({ name, origin: `upload:${name}`, bytes: new TextEncoder().encode(text), format: 'txt' });
  assert.equal(outcome.status, 'loaded');
  return outcome as Extract<LoadOutcome, { status: 'loaded' }>;
}

test('extraction with a spent budget stops with INGEST_TIME_LIMIT naming the document', () => {
  const { document } = upload('spent.txt', 'The Korvath Watch said on Monday that its patrols had left Port Ardel.');
  assert.throws(() => analyzeDocument(document, { budget: SPENT }), (err: unknown) => {
    assert.ok(err instanceof IngestError);
    assert.equal(err.code, 'INGEST_TIME_LIMIT');
    assert.equal(err.site.file, 'upload:spent.txt');
    assert.match(err.detail, /^gave up after \d+ s before extraction: over the 1\.0 s per-document limit/);
    return true;
  });
});

test('a budget that runs out partway names the step it ran out in', () => {
  // Tens of thousands of words take far longer than a millisecond in every step.
  const { document } = upload('long.txt', 'The Selvane Brigade said on Tuesday that it held the Ardel ferry landing.\n'.repeat(3000));
  assert.throws(() => analyzeDocument(document, { budget: { startedMs: performance.now(), limitMs: 1 } }), (err: unknown) => {
    assert.ok(err instanceof IngestError && err.code === 'INGEST_TIME_LIMIT');
    assert.match(err.detail, /^gave up after .+ (splitting sentences|finding names|parsing sentences|finding claims): over the 1 ms per-document limit/);
    return true;
  });
});

test('in a run, the document over its limit is rejected and the ones after it are still added', async () => {
  const store = await openStore({ case: join(scratch, 'case.sqlite') });
  try {
    const slow = { ...upload('slow.txt', 'The Korvath Watch said on Monday that its patrols had left Port Ardel.'), budget: SPENT };
    const next = upload('next.txt', 'The Selvane Brigade denied on Tuesday that it held the Ardel ferry.');
    const outcomes = await ingestIntoCase(store, [slow, next]);
    assert.deepEqual(outcomes.map((o) => o.status), ['rejected', 'added']);
    const [rejected] = outcomes;
    assert.ok(rejected?.status === 'rejected' && rejected.error.code === 'INGEST_TIME_LIMIT');
    const counts = await store.counts();
    assert.equal(counts.documents, 1, 'nothing of the slow document was saved');
  } finally {
    await store.close();
  }
});
