// Export speed over the synthetic case of analysis.bench.ts (invented names, reproducible anywhere). Each format is timed
// with the analysis done once beforehand, as the server does; the baseline is JSON.stringify of the same analysis,
// the floor any serialiser of these objects pays.
import { analyzeCase } from '../src/analysis/index.js';
import { EXPORT_FORMATS, exportCase } from '../src/export/index.js';
import { syntheticCase } from './analysis.bench.js';
import { timeMs, type BenchResult, type BenchRun } from './harness.js';

const SIZES = [1_000, 10_000] as const;

export const run: BenchRun = async () => {
  const results: BenchResult[] = [];
  for (const claims of SIZES) {
    const snapshot = syntheticCase(claims);
    const analysis = analyzeCase(snapshot);
    const floor = timeMs(() => JSON.stringify(analysis), 500);
    for (const format of EXPORT_FORMATS) {
      const ms = timeMs(() => exportCase(format, { snapshot, analysis }), 500);
      results.push({ name: `export ${format}, ${claims.toLocaleString('en-US')} claims`, value: ms, unit: 'ms', baseline: { name: 'JSON.stringify(analysis)', value: floor } });
    }
  }
  return results;
};
