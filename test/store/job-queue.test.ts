import assert from 'node:assert/strict';
import { test } from 'node:test';
import { StoreError } from '../../src/core/index.js';
import { openJobQueue, type JobSource } from '../../src/store/index.js';
import { freshPostgresCase, testPostgresUrl } from '../fixtures/postgres.js';
import { sampleDocument } from './sample-document.js';

// The queue's own guarantees, on the JobQueue API without the NLP: one job per content, one claim at a
// time, nothing written by a claim that was taken over, retries and the dead letter.
const url = testPostgresUrl;
const source = (text: string, origin = `/corpus/${text.length}.txt`): JobSource => ({
  name: origin.split('/').pop()!, origin, format: 'txt', bytes: new TextEncoder().encode(text), published: '2026-05', outlet: 'Harbour Ledger', url: null,
});
const openQueue = async () => openJobQueue({ store: await freshPostgresCase(url!, 'queue') });
const noRetry = { maxAttempts: 2, retryDelayMs: 0 };

test('a SQLite case has no queue, and says to use --store postgres://', async () => {
  await assert.rejects(openJobQueue({ case: ':memory:' }), (err: unknown) => err instanceof StoreError && err.code === 'QUEUE_NEEDS_POSTGRES' && /postgres:\/\//.test(err.message));
});

if (url) {
  test('enqueueing the same bytes twice is one job, whatever the file is called', async () => {
    const { queue } = await openQueue();
    try {
      const first = await queue.enqueue(source('Ilsa Varn led the Front.'));
      const again = await queue.enqueue(source('Ilsa Varn led the Front.', '/elsewhere/copy.txt'));
      const other = await queue.enqueue(source('Corvin Maddoc led the Front.'));
      assert.equal(first.status, 'queued');
      assert.deepEqual(again, { status: 'already-queued', id: first.id, state: 'pending' });
      assert.equal(other.status, 'queued');
      assert.equal((await queue.counts()).pending, 2);
    } finally {
      await queue.close();
    }
  });

  test('a claimed job is nobody else\'s until its lease runs out; then the first claim can no longer finish it', async () => {
    const { store, queue } = await openQueue();
    try {
      await queue.enqueue(source('one article'));
      const slow = await queue.take('worker-a', 300);
      assert.ok(slow);
      assert.equal(await queue.take('worker-b', 60_000), null, 'held under a live lease');
      await new Promise((resolve) => setTimeout(resolve, 400));
      const taker = await queue.take('worker-b', 60_000);
      assert.equal(taker?.id, slow.id, 'taken again once the lease ran out');
      assert.equal(taker?.attempts, 2);
      assert.match(taker?.previousReason ?? '', /worker-a stopped holding it/);
      assert.equal(await queue.complete(slow, sampleDocument()), 'lost');
      assert.equal((await store.counts()).documents, 0, 'the superseded claim wrote nothing');
      assert.equal(await queue.complete(taker!, sampleDocument()), 'inserted');
      assert.deepEqual({ ...(await store.counts()) }, { documents: 1, sentences: 1, mentions: 3, entities: 0, claims: 1 });
      assert.equal(await queue.complete(taker!, sampleDocument()), 'lost', 'a finished job is not finished twice');
      assert.equal((await queue.counts()).done, 1);
    } finally {
      await queue.close();
    }
  });

  test('a document and its job commit together: a failure before the commit leaves neither', async () => {
    const { store, queue } = await openQueue();
    try {
      await queue.enqueue(source('an article whose save is interrupted'));
      const job = (await queue.take('worker-a', 60_000))!;
      await assert.rejects(queue.complete(job, sampleDocument(), async () => { throw new Error('killed here'); }), /killed here/);
      assert.equal((await store.counts()).documents, 0);
      assert.equal((await store.counts()).mentions, 0);
      const counts = await queue.counts();
      assert.equal(counts.running, 1, 'still the worker\'s claim until its lease runs out');
      assert.equal(counts.done, 0);
    } finally {
      await queue.close();
    }
  });

  test('a failing job is retried, then kept as a dead letter with its reason and attempts', async () => {
    const { queue } = await openQueue();
    try {
      await queue.enqueue(source('bytes that never read'));
      const first = (await queue.take('worker-a', 60_000))!;
      assert.equal(await queue.fail(first, { code: 'INGEST_BINARY', reason: 'a PDF, not text' }, noRetry), 'retry');
      assert.equal((await queue.counts()).pending, 1);
      const second = (await queue.take('worker-b', 60_000))!;
      assert.equal(second.attempts, 2);
      assert.equal(await queue.fail(second, { code: 'INGEST_BINARY', reason: 'a PDF, not text' }, noRetry), 'failed');
      assert.equal(await queue.take('worker-c', 60_000), null, 'a dead letter is not taken again');
      const [dead] = await queue.failedJobs();
      assert.equal(dead?.attempts, 2);
      assert.equal(dead?.code, 'INGEST_BINARY');
      assert.equal(dead?.reason, 'a PDF, not text');
      assert.deepEqual({ ...(await queue.counts()) }, { pending: 0, running: 0, failed: 1, done: 0, ready: 0, expiredLeases: 0 });
    } finally {
      await queue.close();
    }
  });

  test('a retry waits out its delay before anyone may take it', async () => {
    const { queue } = await openQueue();
    try {
      await queue.enqueue(source('an article that fails once'));
      const job = (await queue.take('worker-a', 60_000))!;
      await queue.fail(job, { code: 'INTERNAL', reason: 'flaky' }, { maxAttempts: 3, retryDelayMs: 60_000 });
      const counts = await queue.counts();
      assert.equal(counts.pending, 1);
      assert.equal(counts.ready, 0);
      assert.equal(await queue.take('worker-b', 60_000), null);
    } finally {
      await queue.close();
    }
  });

  test('a released job goes back to pending without counting the attempt', async () => {
    const { queue } = await openQueue();
    try {
      await queue.enqueue(source('an article handed back'));
      await queue.release((await queue.take('worker-a', 60_000))!);
      assert.equal((await queue.take('worker-b', 60_000))?.attempts, 1);
    } finally {
      await queue.close();
    }
  });

  test('two workers claiming at once never get the same job', async () => {
    const { queue } = await openQueue();
    try {
      for (let i = 0; i < 40; i++) await queue.enqueue(source(`article number ${i}`));
      const claims = await Promise.all(Array.from({ length: 8 }, async (_, w) => {
        const ids: number[] = [];
        for (let job = await queue.take(`worker-${w}`, 60_000); job; job = await queue.take(`worker-${w}`, 60_000)) ids.push(job.id);
        return ids;
      }));
      const all = claims.flat();
      assert.equal(all.length, 40);
      assert.equal(new Set(all).size, 40);
    } finally {
      await queue.close();
    }
  });
} else {
  test.skip('job queue: no DOSSIER_TEST_PG_URL (set it to run the queue suite on PostgreSQL)', () => {});
}
