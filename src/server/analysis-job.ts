import { totalmem } from 'node:os';
import { Worker } from 'node:worker_threads';
import { StoreError, type Store } from '../core/index.js';
import { analyseAndStore, type AnalysisOutcome } from './analyse-and-store.js';

export const DEFAULT_ANALYSIS_JOB_OPTIONS = Object.freeze({
  /** How often the case's revision is compared with the analysed one, to notice an ingest made by another process. */
  recheckIntervalMs: 1000,
  /** After a failed analysis, wait this long before trying again, rather than failing in a loop. */
  retryAfterFailureMs: 30_000,
  /** The worker holds the whole case in memory while analysing it: about 5 GB at a million claims. */
  workerHeapMb: Math.max(4096, Math.floor(totalmem() / 2 ** 20 / 2)),
});
export type AnalysisJobOptions = typeof DEFAULT_ANALYSIS_JOB_OPTIONS;

/** Analyses the case and stores the result; the server never calls analysis on its own thread except through this. */
export type AnalysisRunner = (store: Store, stop: AbortSignal) => Promise<AnalysisOutcome>;

/**
 * Runs the analysis in a worker thread with its own connection to the case, so the thread answering requests
 * stays free while a large case is analysed. An in-memory case cannot be reached from another connection: it
 * is analysed in-process (such cases are small: tests and one-off runs).
 */
export function workerAnalysisRunner(heapMb: number = DEFAULT_ANALYSIS_JOB_OPTIONS.workerHeapMb): AnalysisRunner {
  return async (store, stop) => {
    if (store.reopenAt === null) return analyseAndStore(store);
    stop.throwIfAborted();
    const worker = new Worker(new URL('./analysis-worker.js', import.meta.url), { workerData: store.reopenAt, resourceLimits: { maxOldGenerationSizeMb: heapMb } });
    // Not unref'd: a reader may be waiting for this very run with nothing else keeping the process alive. A
    // server killed mid-analysis loses nothing: the analysis is written in one transaction or not at all.
    stop.addEventListener('abort', () => void worker.terminate(), { once: true });
    return new Promise<AnalysisOutcome>((resolve, reject) => {
      worker.once('message', (m: { ok: true; outcome: AnalysisOutcome } | { ok: false; message: string }) =>
        m.ok ? resolve(m.outcome) : reject(new StoreError('STORE_UNAVAILABLE', `background analysis failed: ${m.message}`, { file: store.location })));
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new StoreError('STORE_UNAVAILABLE', `background analysis stopped (exit code ${code}) before storing its result`, { file: store.location })));
    });
  };
}

/**
 * Keeps the stored analysis caught up with the case. Readers never wait for it once some analysis is stored:
 * they are answered from the last one, which says its revision; only a case never analysed makes the first
 * reader wait. A write through this server, or a changed revision seen at a check (another process ingested),
 * starts a run; writes during a run start another when it ends.
 */
export class AnalysisJob {
  #running: Promise<void> | null = null;
  #checkedAt = -Infinity;
  #failedAt = -Infinity;
  #lastError: unknown = null;
  #isStale = false;
  readonly #stop = new AbortController();

  constructor(
    private readonly store: Store,
    private readonly run: AnalysisRunner = workerAnalysisRunner(),
    private readonly options: AnalysisJobOptions = DEFAULT_ANALYSIS_JOB_OPTIONS,
  ) {}

  get isRunning(): boolean {
    return this.#running !== null;
  }

  /** Resolves once some analysis is stored: at once when one is, else when the first run ends. */
  async ready(): Promise<void> {
    await this.check();
    while ((await this.store.readModel().state()).analysedRevision === null) {
      if (this.#running === null) {
        if (this.#lastError !== null) throw this.#lastError;
        if (this.#stop.signal.aborted) throw new StoreError('STORE_UNAVAILABLE', 'the server is closing; the case was never analysed', { file: this.store.location });
        this.#start();
      }
      await this.#running;
    }
  }

  /** Compares revisions (at most once per interval) and starts a run when the stored analysis is behind. */
  async check(): Promise<void> {
    const now = performance.now();
    if (now - this.#checkedAt < this.options.recheckIntervalMs) return;
    this.#checkedAt = now;
    const { caseRevision, analysedRevision } = await this.store.readModel().state();
    if (analysedRevision !== null && analysedRevision >= caseRevision) return;
    if (this.#running !== null) { this.#isStale = true; return; }
    if (now - this.#failedAt < this.options.retryAfterFailureMs) return;
    this.#start();
  }

  /** The case was written through this server: analyse again without waiting for the next check. */
  invalidate(): void {
    this.#checkedAt = -Infinity;
    this.#failedAt = -Infinity;
    if (this.#running !== null) this.#isStale = true;
    else this.#start();
  }

  /** Ends a run in progress (its worker is terminated, nothing is written) and starts no more: the server is closing. */
  stop(): void {
    this.#stop.abort();
  }

  /** Resolves when no run is going on (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.#running !== null) await this.#running;
  }

  #start(): void {
    if (this.#stop.signal.aborted) return;
    this.#isStale = false;
    this.#running = this.run(this.store, this.#stop.signal).then(
      () => { this.#lastError = null; },
      (err: unknown) => { this.#lastError = err; this.#failedAt = performance.now(); },
    ).finally(() => {
      this.#running = null;
      if (this.#isStale) this.#start();
    });
  }
}
