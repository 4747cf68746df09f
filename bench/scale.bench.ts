import type { SourceDocument } from '../src/core/index.js';
import { analyzeDocument } from '../src/nlp/index.js';
import { inventedNewsText } from '../test/fixtures/invented-text.js';
import type { BenchResult } from './harness.js';

// Extraction time per MB of one document at 1, 4 and 16 MB of invented news text (test/fixtures/
// invented-text.ts: made-up names and templates, no article text). Flat seconds per MB is linear growth;
// a step up between sizes is work that grows faster than the text. One document per size, because
// that is where a quadratic step would hide: a corpus of small articles grows linearly by construction.
// DOSSIER_BENCH_SCALE_MB=1,2 picks other sizes (16 MB takes minutes and a few GB of memory).
const SIZES_MB = (process.env.DOSSIER_BENCH_SCALE_MB ?? '1,4,16').split(',').map(Number).filter((n) => n > 0);

export async function run(): Promise<readonly BenchResult[]> {
  analyzeDocument(asDocument(inventedNewsText(50_000, 2)));   // warm up: loads the models, compiles hot paths
  const results: BenchResult[] = [];
  let first: { mb: number; cpu: number; wall: number } | null = null;
  for (const mb of SIZES_MB) {
    const text = inventedNewsText(mb * 1_000_000, 1);
    const megabytes = Buffer.byteLength(text) / 1_000_000;
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    const analyzed = analyzeDocument(asDocument(text));
    const wall = (performance.now() - started) / 1000 / megabytes;
    const used = process.cpuUsage(cpuBefore);
    const cpu = (used.user + used.system) / 1e6 / megabytes;
    console.log(`  ${megabytes.toFixed(2)} MB: ${analyzed.sentences.length.toLocaleString('en-US')} sentences, ${analyzed.mentions.length.toLocaleString('en-US')} mentions, ${analyzed.claims.length.toLocaleString('en-US')} claims; heap ${Math.round(process.memoryUsage().heapUsed / 1e6)} MB`);
    first ??= { mb, cpu, wall };
    const baseline = (value: number) => (mb === first!.mb ? null : { name: `at ${first!.mb} MB`, value });
    results.push(
      { name: `extraction time per MB, one ${mb} MB document (wall)`, value: wall, unit: 's/MB', baseline: baseline(first.wall) },
      { name: `extraction time per MB, one ${mb} MB document (CPU)`, value: cpu, unit: 's/MB', baseline: baseline(first.cpu) },
    );
  }
  return results;
}

function asDocument(text: string): SourceDocument {
  return { id: 'bench-scale', name: 'bench-scale.txt', origin: 'bench', format: 'txt', title: null, text, published: '2026-03', publishedFrom: 'manifest', outlet: null, url: null };
}
