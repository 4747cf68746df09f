import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyseAndStore } from '../src/server/analyse-and-store.js';
import { openStore, type SqlStore } from '../src/store/index.js';
import type { AnalyzedDocument } from '../src/core/index.js';
import { syntheticDocuments } from '../test/server/synthetic-case.js';
import { repoPath } from '../test/fixtures/paths.js';
import { hasChromium, launchChromium } from '../test/web/browser.js';
import type { BenchResult } from './harness.js';

// API latency on synthetic cases of 50,000 claims (the figures of earlier rounds: the baseline) and of
// DOSSIER_BENCH_API_CLAIMS claims (default 1,000,000). Each case is written in bulk and its analysis stored,
// as the background job leaves it; then `dossier serve` runs in its own process, so the load generator does
// not share its event loop, and all traffic stays on loopback. First render in Chromium on the small case.
const BASELINE_CLAIMS = 50_000;
const LARGE_CLAIMS = Number(process.env.DOSSIER_BENCH_API_CLAIMS ?? 1_000_000);
/** DOSSIER_BENCH_API_BASELINE=0 skips the 50,000-claim case (to measure one large case within a time limit). */
const SIZES = process.env.DOSSIER_BENCH_API_BASELINE === '0' ? [LARGE_CLAIMS] : [...new Set([BASELINE_CLAIMS, LARGE_CLAIMS])];
const CLAIMS_PER_DOCUMENT = 10;
/** 5,300 entities for 5,000 documents at 50,000 claims: names recur across documents at the same rate at every size. */
const ENTITIES_PER_DOCUMENT = 1.06;
const WRITE_BATCH_DOCUMENTS = 2_000;
const CONCURRENCY = 16;
const REQUESTS_PER_WORKLOAD = 2_000;
/** One client at a time: latency without queueing behind 15 other requests on a 2-core machine. */
const SERIAL_REQUESTS = 500;
/** The whole-network answer is megabytes; fewer requests keep the run bounded on a small machine. */
const REQUESTS_PER_HEAVY_WORKLOAD = 200;
const RENDER_RUNS = 3;

/** What the UI leaves on window for this benchmark (see src/web/app/network-view.ts). */
type UiWindow = typeof globalThis & { __dossierFirstRenderMs?: number };

export async function run(): Promise<readonly BenchResult[]> {
  const results: BenchResult[] = [];
  for (const claims of SIZES) results.push(...(await benchCase(claims, claims === BASELINE_CLAIMS)));
  return results;
}

async function benchCase(claims: number, isBaseline: boolean): Promise<BenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-api-bench-'));
  const size = `${claims.toLocaleString('en-US')} claims`;
  const results: BenchResult[] = [];
  let server: { url: string; child: ChildProcess } | null = null;
  try {
    const caseFile = join(dir, 'case.sqlite');
    const documents = Math.round(claims / CLAIMS_PER_DOCUMENT);
    const store = await openStore({ case: caseFile });
    let started = performance.now();
    await writeCase(store, documents);
    const writeMs = performance.now() - started;
    started = performance.now();
    await analyseAndStore(store);
    const analyseMs = performance.now() - started;
    const counts = await store.counts();
    await store.close();
    console.log(`case: ${counts.documents} documents, ${counts.claims} claims, ${counts.entities} entities (synthetic, seed 7), ${(statSync(caseFile).size / 2 ** 20).toFixed(0)} MiB; ${CONCURRENCY} concurrent clients over loopback`);
    console.log(`  written in ${(writeMs / 1000).toFixed(1)} s, analysed and stored in ${(analyseMs / 1000).toFixed(1)} s`);
    results.push({ name: `api ${size}: write the case in bulk (generate + insert)`, value: writeMs, unit: 'ms', baseline: null });
    results.push({ name: `api ${size}: analyse and store the analysis (background job)`, value: analyseMs, unit: 'ms', baseline: null });

    // Latency on a shared 2-core machine depends on what else runs; the load average says how quiet it was.
    console.log(`load average before: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
    started = performance.now();
    server = await serveCase(caseFile);
    await getOk(`${server.url}api/case`);
    const firstMs = performance.now() - started;
    console.log(`  first answer ${firstMs.toFixed(0)} ms after spawning the server`);
    results.push({ name: `api ${size}: first answer, from spawning \`dossier serve\``, value: firstMs, unit: 'ms', baseline: null });

    const entities = ((await (await fetch(`${server.url}api/entities?limit=1000`)).json()) as { items: { id: string; name: string }[] }).items;
    const id = (i: number): string => encodeURIComponent(entities[i % entities.length]!.id);
    // The first word of a name, as someone types it: hubs first, so the hardest searches come round often.
    const word = (i: number): string => encodeURIComponent(entities[i % entities.length]!.name.split(' ')[0]!.slice(0, 6));
    const PREDICATES = ['member_of', 'attacked', 'allied_with', 'supplied', 'operates_in'];
    const floor = await load(server.url, () => 'api/case', REQUESTS_PER_WORKLOAD, CONCURRENCY);
    const WORKLOADS: ReadonlyArray<[name: string, path: (i: number) => string, requests: number]> = [
      // The 1,000 most-claimed entities, round-robin: hubs carry the largest answers.
      ['GET /api/entities/:id', (i) => `api/entities/${id(i)}`, REQUESTS_PER_WORKLOAD],
      ['GET /api/assertions?entity=:id', (i) => `api/assertions?entity=${id(i)}&limit=100`, REQUESTS_PER_WORKLOAD],
      ['GET /api/assertions?predicate=P', (i) => `api/assertions?predicate=${PREDICATES[i % PREDICATES.length]}&limit=100`, REQUESTS_PER_WORKLOAD],
      ['GET /api/search?q=name', (i) => `api/search?q=${word(i)}`, REQUESTS_PER_WORKLOAD],
      ['GET /api/graph?entity=:id (one entity\'s links)', (i) => `api/graph?entity=${id(i)}`, REQUESTS_PER_WORKLOAD],
      ['GET /api/graph (whole network, ≤5,000 nodes)', () => 'api/graph', REQUESTS_PER_HEAVY_WORKLOAD],
      ['GET /api/graph?minOrigins=2 (filtered per request)', () => 'api/graph?minOrigins=2', REQUESTS_PER_HEAVY_WORKLOAD],
    ];
    results.push(...figures(`api ${size}: GET /api/case (floor: tiny JSON)`, floor, null));
    for (const [name, path, requests] of WORKLOADS) {
      console.log(`load: ${name} (${requests} requests)`);
      results.push(...figures(`api ${size}: ${name}`, await load(server.url, path, requests, CONCURRENCY), floor));
    }
    for (const [name, path] of WORKLOADS.slice(0, 4)) {
      results.push(...figures(`api ${size}: ${name}, one client`, await load(server.url, path, SERIAL_REQUESTS, 1), null));
    }

    console.log(`load average after the API workloads: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
    if (!isBaseline) return results;
    if (hasChromium()) results.push(...(await firstRender(server.url)));
    else console.log('skipped: first render in Chromium (no /usr/bin/chromium)');
  } finally {
    server?.child.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
  return results;
}

/** Generates and writes the case in batches of documents, one transaction each, then its entities. */
async function writeCase(store: SqlStore, documents: number): Promise<void> {
  const generator = syntheticDocuments({ documents, claimsPerDocument: CLAIMS_PER_DOCUMENT, entities: Math.round(documents * ENTITIES_PER_DOCUMENT), seed: 7 });
  let batch: AnalyzedDocument[] = [];
  for (let step = generator.next(); ; step = generator.next()) {
    if (!step.done) batch.push(step.value);
    if (batch.length >= WRITE_BATCH_DOCUMENTS || (step.done && batch.length > 0)) {
      await store.saveDocuments(batch);
      batch = [];
    }
    if (step.done) {
      await store.saveResolution(step.value);
      return;
    }
  }
}

interface Load { readonly latenciesMs: readonly number[]; readonly wallMs: number }

/** `requests` requests from `clients` clients, each sending its next request when the last one answers. */
async function load(base: string, path: (i: number) => string, requests: number, clients: number): Promise<Load> {
  for (let i = 0; i < 20; i++) await getOk(base + path(i));   // warm the route and the connection pool
  const latenciesMs: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(Array.from({ length: clients }, async () => {
    while (next < requests) {
      const i = next++;
      const t = performance.now();
      await getOk(base + path(i));
      latenciesMs.push(performance.now() - t);
    }
  }));
  return { latenciesMs, wallMs: performance.now() - started };
}

function figures(name: string, run: Load, floor: Load | null): BenchResult[] {
  const sorted = [...run.latenciesMs].sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  const floorSorted = floor ? [...floor.latenciesMs].sort((a, b) => a - b) : null;
  const floorAt = (q: number): number => floorSorted![Math.min(floorSorted!.length - 1, Math.floor(q * floorSorted!.length))]!;
  const baseline = (q: number) => (floorSorted ? { name: 'GET /api/case', value: floorAt(q) } : null);
  // Printed as measured too: the whole suite takes long on a large case, and a stopped run keeps what it has.
  console.log(`  ${name}: p50 ${at(0.5).toFixed(1)} ms, p99 ${at(0.99).toFixed(1)} ms`);
  return [
    { name: `${name} p50`, value: at(0.5), unit: 'ms', baseline: baseline(0.5) },
    { name: `${name} p99`, value: at(0.99), unit: 'ms', baseline: baseline(0.99) },
    { name: `${name} throughput`, value: (run.latenciesMs.length / run.wallMs) * 1000, unit: 'req/s', baseline: floor ? { name: 'GET /api/case', value: (floor.latenciesMs.length / floor.wallMs) * 1000 } : null },
  ];
}

async function firstRender(base: string): Promise<BenchResult[]> {
  const browser = await launchChromium();
  try {
    const runs: { total: number; fetched: number; laidOut: number; nodes: number }[] = [];
    for (let i = 0; i < RENDER_RUNS; i++) {
      const page = await browser.context.newPage();
      await page.goto(`${base}#/network`);
      await page.waitForFunction(() => (window as UiWindow).__dossierFirstRenderMs !== undefined, undefined, { timeout: 120_000 });
      runs.push(await page.evaluate(() => {
        const at = (name: string): number => performance.getEntriesByName(`dossier:${name}`)[0]?.startTime ?? NaN;
        return { total: (window as UiWindow).__dossierFirstRenderMs!, fetched: at('graph-fetched'), laidOut: at('graph-laid-out'), nodes: Number(/(\d[\d,]*) entities/.exec(document.querySelector('.graph-status')?.textContent ?? '')?.[1]?.replace(/,/g, '') ?? 0) };
      }));
      await page.close();
    }
    const median = (pick: (r: (typeof runs)[number]) => number): number => runs.map(pick).sort((a, b) => a - b)[Math.floor(runs.length / 2)]!;
    const nodes = runs[0]!.nodes;
    console.log(`first render: ${nodes} nodes drawn; median of ${RENDER_RUNS} page loads, from navigation start`);
    return [
      { name: `ui: first render of the ${nodes.toLocaleString('en-US')}-node graph`, value: median((r) => r.total), unit: 'ms', baseline: { name: 'graph JSON fetched', value: median((r) => r.fetched) } },
      { name: 'ui: of which layout', value: median((r) => r.laidOut - r.fetched), unit: 'ms', baseline: null },
      { name: 'ui: of which sigma indexing + first WebGL frame', value: median((r) => r.total - r.laidOut), unit: 'ms', baseline: null },
    ];
  } finally {
    await browser.close();
  }
}

async function serveCase(caseFile: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [repoPath('bin', 'dossier.js'), 'serve', '--case', caseFile, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (match) resolve(match[1]!);
    });
    child.once('exit', (code) => reject(new Error(`dossier serve exited with ${code}: ${out}`)));
  });
  return { url, child };
}

async function getOk(url: string): Promise<void> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  await res.arrayBuffer();
}
