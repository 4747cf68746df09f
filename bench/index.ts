import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { environmentLine, type BenchResult, type BenchRun } from './harness.js';

// Each area adds its module here; they run in this order, one at a time, so figures don't share a core.
const SUITES: ReadonlyArray<readonly [string, () => Promise<{ run: BenchRun }>]> = [
  ['extract', () => import('./extract.bench.js')],
  ['scale', () => import('./scale.bench.js')],
  ['ner', () => import('./ner.bench.js')],
  ['parser', () => import('./parser.bench.js')],
  ['export', () => import('./export.bench.js')],
  ['resolve', () => import('./resolve.bench.js')],
  ['analysis', () => import('./analysis.bench.js')],
  ['api', () => import('./api.bench.js')],
  ['incremental', () => import('./incremental.bench.js')],
  ['queue', () => import('./queue.bench.js')],
];

const only = process.argv.slice(2);
const results: BenchResult[] = [];
console.log(environmentLine());
for (const [name, load] of SUITES) {
  if (only.length > 0 && !only.includes(name)) continue;
  console.log(`\n## ${name}`);
  const figures = await (await load()).run();
  for (const figure of figures) {
    const baseline = figure.baseline ? `   (baseline ${figure.baseline.name}: ${format(figure.baseline.value)})` : '';
    console.log(`${figure.name.padEnd(58)} ${format(figure.value).padStart(12)} ${figure.unit}${baseline}`);
  }
  results.push(...figures);
}
// A run of some suites replaces their figures and keeps the others', so `npm run bench -- parser` does not erase the rest.
const resultsFile = new URL('../../bench/results.json', import.meta.url);
const earlier: BenchResult[] = only.length > 0 && existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) as BenchResult[] : [];
const fresh = new Set(results.map((r) => r.name));
writeFileSync(resultsFile, JSON.stringify([...earlier.filter((r) => !fresh.has(r.name)), ...results], null, 2) + '\n');

function format(value: number): string {
  return Math.abs(value) >= 100 ? Math.round(value).toLocaleString('en-US') : value.toFixed(3);
}
