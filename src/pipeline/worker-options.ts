export interface WorkerOptions {
  readonly leaseMs: number;
  readonly maxAttempts: number;
  readonly retryDelayMs: number;
  readonly pollMs: number;
  readonly untilIdle: boolean;
}

export const DEFAULT_WORKER_OPTIONS: WorkerOptions = Object.freeze({
  // A lease must outlast the slowest document a live worker may still finish: NLP runs synchronously, so no
  // heartbeat timer can fire mid-document. Over twice the 120 s per-document time limit, with room to save.
  leaseMs: 300_000,
  maxAttempts: 3,           // a failure that is the input's own (binary bytes) fails the same way every time; three rule out a passing fault
  retryDelayMs: 5_000,      // times the attempts made so far: 5 s, then 10 s
  pollMs: 1_000,            // how often an idle worker looks for new jobs
  untilIdle: false,         // by default a worker waits for more jobs; --until-idle exits once none is pending or running
});
