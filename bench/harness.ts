import { cpus } from 'node:os';

/** One figure as bench/results.json records it; the baseline is measured in the same run. */
export interface BenchResult {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly baseline: { readonly name: string; readonly value: number } | null;
}

/** A benchmark module: bench/<area>.bench.ts exports `run`. */
export type BenchRun = () => Promise<readonly BenchResult[]>;

export function environmentLine(): string {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  return `node ${process.version} · ${cpu} · ${cpus().length} cores · ${process.platform}/${process.arch}`;
}

/** Runs `work` until at least `minMs` have passed and returns the mean milliseconds per call. */
export function timeMs(work: () => unknown, minMs = 1000, minRuns = 1): number {
  let runs = 0;
  const start = performance.now();
  let elapsed = 0;
  while (runs < minRuns || elapsed < minMs) {
    work();
    runs++;
    elapsed = performance.now() - start;
  }
  return elapsed / runs;
}
