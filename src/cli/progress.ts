/**
 * A one-line progress display for long ingests: documents done, rate, time left. Only on a terminal:
 * piped output and --json stay quiet so scripts read clean streams.
 */
export function createProgress(total: number, enabled: boolean): { tick(done: number): void; end(): void } {
  const started = performance.now();
  let last = 0;
  return {
    tick(done) {
      if (!enabled) return;
      const now = performance.now();
      if (now - last < 100 && done < total) return;
      last = now;
      const seconds = (now - started) / 1000;
      const rate = done / Math.max(seconds, 1e-3);
      const left = rate > 0 ? (total - done) / rate : 0;
      process.stderr.write(`\r${done}/${total} documents · ${rate.toFixed(1)} docs/s · ${formatDuration(left)} left   `);
    },
    end() {
      if (enabled) process.stderr.write('\n');
    },
  };
}

function formatDuration(seconds: number): string {
  if (seconds < 60) return `${Math.ceil(seconds)}s`;
  return `${Math.floor(seconds / 60)}m${String(Math.ceil(seconds % 60)).padStart(2, '0')}s`;
}
