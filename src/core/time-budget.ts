import { IngestError } from './errors.js';

/**
 * The time one document may take from its bytes to its claims. Reading and extraction run on the main
 * thread, so the limit is checked between their steps: a step in progress finishes, then the document is
 * reported as failed and the run goes on to the next one.
 */
export interface TimeBudget {
  /** `performance.now()` when work on the document began. */
  readonly startedMs: number;
  readonly limitMs: number;
}

export function startTimeBudget(limitMs: number): TimeBudget {
  return { startedMs: performance.now(), limitMs };
}

/** Throws INGEST_TIME_LIMIT, naming the step that ran over, once the budget is spent. */
export function checkTimeBudget(budget: TimeBudget | undefined, step: string, file: string): void {
  if (budget === undefined) return;
  const elapsedMs = performance.now() - budget.startedMs;
  if (elapsedMs <= budget.limitMs) return;
  throw new IngestError('INGEST_TIME_LIMIT', `gave up after ${duration(elapsedMs)} ${step}: over the ${duration(budget.limitMs)} per-document limit (raise it with --time-limit)`, { file });
}

function duration(ms: number): string {
  if (ms >= 10_000) return `${Math.round(ms / 1000)} s`;
  if (ms >= 1000) return `${(ms / 1000).toFixed(1)} s`;
  return `${Number(ms.toPrecision(3))} ms`;
}
