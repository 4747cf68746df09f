import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchResult } from './harness.js';
import { writeQueueCorpus } from './queue-corpus.js';

// Documents per second through the PostgreSQL work queue with 1 and 2 worker processes, beside the embedded
// SQLite case read by one `dossier ingest` process, on one generated corpus in the same run. Every figure is
// end to end: from the first document to the last one saved and the entities resolved (the workers resolve
// when the queue is idle; ingest resolves at its end). Queueing itself is timed apart: it only copies bytes.
// Beside wall time, the CPU seconds of the dossier processes (Linux: the bench's reaped children, from
// /proc/self/stat; the PostgreSQL server's own CPU is not in it) give documents per CPU second, which a
// machine shared with other jobs bends far less than wall time.
// DOSSIER_BENCH_PG_URL names a PostgreSQL database the bench may make schemas in (skipped without it);
// DOSSIER_BENCH_QUEUE_DOCS sets the corpus size (default 10,000).
const PG_URL = process.env.DOSSIER_BENCH_PG_URL;
const DOCS = Number(process.env.DOSSIER_BENCH_QUEUE_DOCS ?? 10_000);
const dossierBin = fileURLToPath(new URL('../../bin/dossier.js', import.meta.url));

export async function run(): Promise<readonly BenchResult[]> {
  if (!PG_URL) {
    console.log('  skipped: no DOSSIER_BENCH_PG_URL (a postgres:// URL of a database the bench may make schemas in)');
    return [];
  }
  const dir = mkdtempSync(join(tmpdir(), 'dossier-queue-bench-'));
  try {
    const corpus = writeQueueCorpus(join(dir, 'corpus'), DOCS);
    console.log(`  corpus: ${corpus.files.toLocaleString('en-US')} generated articles, ${(corpus.bytes / 1e6).toFixed(1)} MB`);
    const manifest = join(corpus.dir, 'manifest.csv');

    const sqlite = await timed(() => dossier(['ingest', corpus.dir, '--manifest', manifest, '--case', join(dir, 'bench.sqlite')]));
    console.log(`  SQLite, one ingest process: ${sqlite.wall.toFixed(1)} s wall, ${sqlite.cpu.toFixed(1)} CPU s`);

    const perWorkers = new Map<number, { wall: number; cpu: number }>();
    for (const workers of [1, 2]) {
      const store = await freshSchema(PG_URL, `bench_queue_${workers}`);
      const enqueue = await timed(() => dossier(['ingest', '--store', store, '--enqueue', corpus.dir, '--manifest', manifest]));
      let resolveSeconds = 0;
      const drain = await timed(() => Promise.all(Array.from({ length: workers }, async () => {
        const report = JSON.parse(await dossier(['worker', '--store', store, '--until-idle', '--poll', '0.2', '--json'])) as { workers: { resolveSeconds: number }[] };
        resolveSeconds += report.workers.reduce((sum, w) => sum + w.resolveSeconds, 0);
      })));
      perWorkers.set(workers, drain);
      console.log(`  PostgreSQL, ${workers} worker process${workers > 1 ? 'es' : ''}: ${drain.wall.toFixed(1)} s wall, ${drain.cpu.toFixed(1)} CPU s, of which resolving at the end ${resolveSeconds.toFixed(1)} s wall (queueing took ${enqueue.wall.toFixed(1)} s)`);
    }
    const one = perWorkers.get(1)!;
    const two = perWorkers.get(2)!;
    return [
      { name: `queue: ${DOCS} documents, PostgreSQL, 1 worker`, value: DOCS / one.wall, unit: 'docs/s', baseline: { name: 'SQLite, one dossier ingest', value: DOCS / sqlite.wall } },
      { name: `queue: ${DOCS} documents, PostgreSQL, 2 workers`, value: DOCS / two.wall, unit: 'docs/s', baseline: { name: 'PostgreSQL, 1 worker', value: DOCS / one.wall } },
      { name: 'queue: speed-up of 2 workers over 1 (target ≥ 1.8)', value: one.wall / two.wall, unit: '×', baseline: null },
      { name: `queue: ${DOCS} documents, PostgreSQL, 1 worker (per CPU s)`, value: DOCS / one.cpu, unit: 'docs/CPU s', baseline: { name: 'SQLite, one dossier ingest', value: DOCS / sqlite.cpu } },
      { name: `queue: ${DOCS} documents, PostgreSQL, 2 workers (per CPU s)`, value: DOCS / two.cpu, unit: 'docs/CPU s', baseline: { name: 'PostgreSQL, 1 worker', value: DOCS / one.cpu } },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function timed(work: () => Promise<unknown>): Promise<{ readonly wall: number; readonly cpu: number }> {
  const started = performance.now();
  const cpuBefore = reapedChildrenCpuSeconds();
  await work();
  return { wall: (performance.now() - started) / 1000, cpu: reapedChildrenCpuSeconds() - cpuBefore };
}

// Fields 16 and 17 of /proc/self/stat (cutime, cstime): CPU of the children this process has waited for,
// in clock ticks (100 a second on Linux). NaN elsewhere, and the CPU figures say so.
function reapedChildrenCpuSeconds(): number {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').replace(/^.*\) /, '').split(' ');
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return NaN;
  }
}

/** Runs the CLI as its own process, as a user would; resolves to what it printed. */
function dossier(args: readonly string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [dossierBin, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => { out += chunk.toString('utf8'); });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`dossier ${args[0]} exited with ${code}`))));
  });
}

/** A new, empty schema (dropped first if an earlier run left it) and a URL whose search_path points at it. */
async function freshSchema(url: string, schema: string): Promise<string> {
  const { default: pg } = await import('pg');
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.query(`CREATE SCHEMA ${schema}`);
  } finally {
    await admin.end();
  }
  return `${url}${url.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
}
