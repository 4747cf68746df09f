import { spawn, type ChildProcess } from 'node:child_process';
import type { Command } from 'commander';
import { ConfigError } from '../../core/index.js';
import { DEFAULT_WORKER_OPTIONS, runWorker, type WorkerOptions, type WorkerReport } from '../../pipeline/index.js';
import { openJobQueue, type QueueCounts } from '../../store/index.js';
import type { CommandModule } from '../command.js';
import { printJson } from '../output.js';
import { exitCodeForSignal, stopOnSignal } from '../stop-signal.js';
import { storeLocation, withStoreOptions, type StoreOptions } from '../store-option.js';

interface WorkerFlags extends StoreOptions {
  readonly concurrency: string;
  readonly untilIdle?: boolean;
  readonly lease?: string;
  readonly maxAttempts?: string;
  readonly retryDelay?: string;
  readonly poll?: string;
  readonly json?: boolean;
}

interface WorkerRun {
  readonly case: string;
  readonly workers: readonly WorkerReport[];
  readonly queue: QueueCounts;
  readonly stoppedBy: NodeJS.Signals | null;
}

// Tests set this to hold a worker inside a document's transaction, rows written and not committed, and kill it there.
const TEST_PAUSE_MS = Number(process.env.DOSSIER_TEST_WORKER_PAUSE_MS ?? 0);

export const registerWorker: CommandModule = (program: Command) => {
  withStoreOptions(program.command('worker')
    .description('Take queued documents (`dossier ingest --enqueue`) from a PostgreSQL case and read them into it, one\ntransaction per document with its job marked done. Any number of workers on any number of machines\nshare a queue; a worker killed mid-document loses nothing (its job returns after the lease). Entities\nare resolved when the queue is idle. SIGTERM or Ctrl-C stops after the document in hand.')
    .option('--concurrency <n>', 'worker processes to run here (the NLP is CPU-bound: one per core)', '1')
    .option('--until-idle', 'exit once no job is pending or running (after resolving the entities), instead of waiting for more')
    .option('--lease <seconds>', `how long a claimed job stays this worker's before another may take it (default: ${DEFAULT_WORKER_OPTIONS.leaseMs / 1000})`)
    .option('--max-attempts <n>', `attempts before a failing job becomes a dead letter (default: ${DEFAULT_WORKER_OPTIONS.maxAttempts})`)
    .option('--retry-delay <seconds>', `wait before a failed job is tried again, times its attempts (default: ${DEFAULT_WORKER_OPTIONS.retryDelayMs / 1000})`)
    .option('--poll <seconds>', `how often an idle worker looks for jobs (default: ${DEFAULT_WORKER_OPTIONS.pollMs / 1000})`)
    .option('--json', 'print one JSON report when done'))
    .action(async (flags: WorkerFlags) => {
      const concurrency = count('concurrency', flags.concurrency);
      const options: WorkerOptions = Object.freeze({
        leaseMs: seconds('lease', flags.lease, DEFAULT_WORKER_OPTIONS.leaseMs),
        maxAttempts: flags.maxAttempts === undefined ? DEFAULT_WORKER_OPTIONS.maxAttempts : count('max-attempts', flags.maxAttempts),
        retryDelayMs: seconds('retry-delay', flags.retryDelay, DEFAULT_WORKER_OPTIONS.retryDelayMs, true),
        pollMs: seconds('poll', flags.poll, DEFAULT_WORKER_OPTIONS.pollMs),
        untilIdle: flags.untilIdle === true,
      });
      const run = concurrency === 1 ? await runHere(flags, options) : await runProcesses(concurrency);
      if (flags.json) printJson(run);
      else {
        for (const w of run.workers) process.stdout.write(`worker ${w.workerId}: ${w.added} added, ${w.unchanged} unchanged, ${w.retried} retried, ${w.failed} failed, ${w.lost} lost${w.resolution ? `; entities resolved (${w.resolution})` : ''}\n`);
        process.stdout.write(describeQueue(run.case, run.queue));
      }
      if (run.stoppedBy) process.exitCode = exitCodeForSignal(run.stoppedBy);
    });
};

async function runHere(flags: WorkerFlags, options: WorkerOptions): Promise<WorkerRun> {
  const { store, queue } = await openJobQueue(storeLocation(flags));
  const stop = stopOnSignal('stopping after the document in hand');
  try {
    const report = await runWorker(store, queue, options, {
      stop: stop.signal,
      onJob: (job, finish) => {
        if (finish === 'retry' || finish === 'failed' || finish === 'lost') process.stderr.write(`job ${job.id} (${job.origin}): ${finish}\n`);
      },
      ...(TEST_PAUSE_MS > 0 ? { insideCommit: async (job) => {
        process.stderr.write(`dossier worker: test pause inside the commit of job ${job.id}\n`);
        await new Promise((resolve) => setTimeout(resolve, TEST_PAUSE_MS));
      } } : {}),
    });
    return { case: store.location, workers: [report], queue: await queue.counts(), stoppedBy: stop.received() };
  } finally {
    stop.dispose();
    await queue.close();
  }
}

/**
 * `--concurrency N`: N copies of this command, each a process with one worker. The NLP is synchronous and
 * CPU-bound, so N workers in one process would take turns on one core; processes (like workers on other
 * machines) share nothing but the queue. The copies run in a process group of their own, so Ctrl-C on a
 * terminal reaches them once, forwarded from here (a second signal would make them stop at once); each
 * finishes its document and reports, and this one gathers the reports.
 */
async function runProcesses(concurrency: number): Promise<WorkerRun> {
  const args = process.argv.slice(1).filter((arg, i, all) => arg !== '--concurrency' && all[i - 1] !== '--concurrency' && !arg.startsWith('--concurrency='));
  const stop = stopOnSignal('each worker stops after the document in hand');
  try {
    const children: ChildProcess[] = [];
    stop.signal.addEventListener('abort', () => children.forEach((child) => child.kill(stop.received() ?? 'SIGTERM')), { once: true });
    const runs = await Promise.all(Array.from({ length: concurrency }, () => runChild([...args.filter((a) => a !== '--json'), '--json'], children)));
    const last = runs.reduce((latest, r) => (r.queue.done + r.queue.failed >= latest.queue.done + latest.queue.failed ? r : latest));
    return { case: last.case, workers: runs.flatMap((r) => r.workers), queue: last.queue, stoppedBy: stop.received() ?? runs.find((r) => r.stoppedBy)?.stoppedBy ?? null };
  } finally {
    stop.dispose();
  }
}

function runChild(args: readonly string[], children: ChildProcess[]): Promise<WorkerRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'], detached: true });
    children.push(child);
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => { out += chunk.toString('utf8'); });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      try {
        resolve(JSON.parse(out) as WorkerRun);
      } catch {
        reject(new Error(`a worker process ended (${signal ?? `exit ${code}`}) without its report`));
      }
    });
  });
}

export function describeQueue(location: string, counts: QueueCounts): string {
  const expired = counts.expiredLeases > 0 ? ` (${counts.expiredLeases} with an expired lease)` : '';
  return `queue of ${location}: ${counts.pending} pending, ${counts.running} running${expired}, ${counts.failed} failed, ${counts.done} done\n`;
}

function count(name: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || value.trim() === '') throw new ConfigError('CONFIG_INVALID', `--${name} must be a whole number of at least 1, got "${value}"`, { field: name });
  return n;
}

function seconds(name: string, value: string | undefined, fallbackMs: number, zeroAllowed = false): number {
  if (value === undefined) return fallbackMs;
  const s = Number(value);
  if (!Number.isFinite(s) || s < 0 || (s === 0 && !zeroAllowed) || value.trim() === '') {
    throw new ConfigError('CONFIG_INVALID', `--${name} must be a number of seconds${zeroAllowed ? '' : ' above 0'}, got "${value}"`, { field: name });
  }
  return s * 1000;
}
