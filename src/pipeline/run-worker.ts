import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import type { ManifestEntry } from '../core/index.js';
import { loadUpload } from '../ingest/index.js';
import type { ClaimedJob, JobFinish, JobQueue, SqlStore } from '../store/index.js';
import { analyzeSource } from './analyze-source.js';
import { resolvePending } from './build-case.js';
import type { WorkerOptions } from './worker-options.js';

export interface WorkerReport {
  readonly workerId: string;
  readonly added: number;
  readonly unchanged: number;
  /** Attempts that failed and were put back for another try. */
  readonly retried: number;
  /** Jobs this worker moved to the dead letter. */
  readonly failed: number;
  /** Jobs whose lease another worker took over before this one finished: nothing was written for them. */
  readonly lost: number;
  /** What this worker's resolution came to, or null when it ran none (entities current, or another worker resolving). */
  readonly resolution: 'current' | 'outdated' | null;
  /** Wall seconds this worker spent resolving: the part of a run that one worker does alone. */
  readonly resolveSeconds: number;
}

export interface WorkerHooks {
  /** Aborted by SIGTERM/SIGINT: the job in hand is finished, no new one is taken. */
  readonly stop?: AbortSignal;
  readonly onJob?: (job: ClaimedJob, finish: JobFinish) => void;
  /** Runs inside a document's transaction, after its rows are written and before they commit (a test hook). */
  readonly insideCommit?: (job: ClaimedJob) => Promise<void>;
}

/**
 * Takes jobs from the case's queue until stopped (or, with `untilIdle`, until none is pending or running):
 * each is read by the same pipeline step as `dossier ingest` and saved with its job marked done in one
 * transaction. Entities are resolved when the queue is idle, not after each document: resolution reads the
 * whole case, so doing it per document would cost O(n²) over a run, and many workers resolving at once would
 * only supersede each other. An advisory lock lets one worker resolve at a time, and the store's
 * inputs-generation guard (`saveResolution(result, basedOn)`) still refuses a result older than the one saved,
 * so a resolution that started before a later document arrived can never overwrite a newer one.
 * @example await runWorker(store, queue, { ...DEFAULT_WORKER_OPTIONS, untilIdle: true });
 */
export async function runWorker(store: SqlStore, queue: JobQueue, options: WorkerOptions, hooks: WorkerHooks = {}): Promise<WorkerReport> {
  const workerId = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const tally = { added: 0, unchanged: 0, retried: 0, failed: 0, lost: 0 };
  let resolution: WorkerReport['resolution'] = null;
  let resolveSeconds = 0;
  const stopped = (): boolean => hooks.stop?.aborted === true;
  while (!stopped()) {
    // Analysing a document never yields to the event loop: give a signal handler its turn between jobs.
    await new Promise((resolve) => setImmediate(resolve));
    if (stopped()) break;
    const job = await queue.take(workerId, options.leaseMs);
    if (job === null) {
      const counts = await queue.counts();
      if (counts.ready === 0 && counts.running === 0 && !(await store.resolutionState()).isCurrent) {
        const started = performance.now();
        const result = await queue.exclusively('resolve', async () => {
          // Another worker may have resolved between the check above and taking the lock.
          if ((await store.resolutionState()).isCurrent) return null;
          await resolvePending(store);
          return (await store.resolutionState()).isCurrent ? 'current' as const : 'outdated' as const;
        });
        if (result) resolveSeconds += (performance.now() - started) / 1000;
        resolution = result ?? resolution;
      }
      if (options.untilIdle && counts.pending === 0 && counts.running === 0) break;
      await sleep(options.pollMs, hooks.stop);
      continue;
    }
    const finish = await processJob(store, queue, job, options, workerId, hooks);
    if (finish === 'inserted') tally.added++;
    else if (finish === 'unchanged') tally.unchanged++;
    else if (finish === 'retry') tally.retried++;
    else tally[finish]++;
    hooks.onJob?.(job, finish);
  }
  return { workerId, ...tally, resolution, resolveSeconds };
}

async function processJob(store: SqlStore, queue: JobQueue, job: ClaimedJob, options: WorkerOptions, workerId: string, hooks: WorkerHooks): Promise<JobFinish> {
  const policy = { maxAttempts: options.maxAttempts, retryDelayMs: options.retryDelayMs };
  // Claimed once too often: the workers that held it before all stopped mid-document (killed, out of memory).
  if (job.attempts > options.maxAttempts) {
    return queue.fail(job, { code: 'WORKER_LOST', reason: `${job.previousReason ?? 'its workers stopped holding it'}; ${job.attempts - 1} attempts` }, policy);
  }
  try {
    const loaded = loadUpload({ name: job.name, origin: job.origin, bytes: job.bytes, format: job.format }, manifestEntryOf(job));
    const outcome = await analyzeSource(store, loaded);
    if (outcome.status === 'rejected') return queue.fail(job, { code: outcome.error.code, reason: outcome.error.message }, policy);
    if (outcome.status === 'unchanged') return queue.complete(job, { unchangedDocId: outcome.docId });
    const insideCommit = hooks.insideCommit;
    return await queue.complete(job, outcome.analyzed, insideCommit ? () => insideCommit(job) : undefined);
  } catch (err) {
    // A bug one document trips must not stop the worker, nor come back for ever: it is that job's failure,
    // retried and then dead-lettered with the message, like bad input.
    if (isDatabaseGone(err)) throw err;
    return queue.fail(job, { code: 'INTERNAL', reason: `${(err as Error).message} (worker ${workerId})` }, policy);
  }
}

function manifestEntryOf(job: ClaimedJob): ManifestEntry | undefined {
  if (job.published === null && job.outlet === null && job.url === null) return undefined;
  return { file: job.name, published: job.published, outlet: job.outlet, url: job.url };
}

// Lost connections are the worker's trouble, not the document's: the job's lease runs out and another worker takes it.
const isDatabaseGone = (err: unknown): boolean =>
  err instanceof Error && /Connection terminated|ECONNREFUSED|ECONNRESET|terminating connection/i.test(err.message);

function sleep(ms: number, stop?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done(): void {
      clearTimeout(timer);
      stop?.removeEventListener('abort', done);
      resolve();
    }
    stop?.addEventListener('abort', done, { once: true });
  });
}
