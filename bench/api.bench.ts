import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../src/store/index.js';
import { syntheticCase } from '../test/server/synthetic-case.js';
import { repoPath } from '../test/fixtures/paths.js';
import { hasChromium, launchChromium } from '../test/web/browser.js';
import type { BenchResult } from './harness.js';

// API latency under concurrent load, and first render of a 5,000-node graph in Chromium, on a
// synthetic case of 50,000 claims. The server runs as `dossier serve` in its own process, so the
// load generator does not share its event loop; all traffic stays on loopback.
const CASE = { documents: 5_000, claimsPerDocument: 10, entities: 5_300, seed: 7 } as const;
const CONCURRENCY = 16;
const REQUESTS_PER_WORKLOAD = 2_000;
/** The whole-network answer is megabytes; fewer requests keep the run bounded on a small machine. */
const REQUESTS_PER_HEAVY_WORKLOAD = 200;
const RENDER_RUNS = 3;

/** What the UI leaves on window for this benchmark (see src/web/app/network-view.ts). */
type UiWindow = typeof globalThis & { __dossierFirstRenderMs?: number };

export async function run(): Promise<readonly BenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-api-bench-'));
  const results: BenchResult[] = [];
  let server: { url: string; child: ChildProcess } | null = null;
  try {
    const caseFile = join(dir, 'case.sqlite');
    const content = syntheticCase(CASE);
    const store = await openStore({ case: caseFile });
    for (const doc of content.documents) await store.saveDocument(doc);
    await store.saveResolution(content.resolution);
    const counts = await store.counts();
    await store.close();
    console.log(`case: ${counts.documents} documents, ${counts.claims} claims, ${counts.entities} entities (synthetic, seed ${CASE.seed}); ${CONCURRENCY} concurrent clients over loopback`);

    // Latency on a shared 2-core machine depends on what else runs; the load average says how quiet it was.
    console.log(`load average before: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
    server = await serveCase(caseFile);
    const started = performance.now();
    await getOk(`${server.url}api/case`);
    results.push({ name: 'api: first answer after start (load + analyse the case)', value: performance.now() - started, unit: 'ms', baseline: null });

    const entities = ((await (await fetch(`${server.url}api/entities?limit=1000`)).json()) as { items: { id: string }[] }).items.map((e) => e.id);
    const floor = await load(server.url, () => 'api/case', REQUESTS_PER_WORKLOAD);
    const WORKLOADS: ReadonlyArray<[name: string, path: (i: number) => string, requests: number]> = [
      // The 1,000 most-claimed entities, round-robin: hubs carry the largest answers.
      ['GET /api/entities/:id', (i) => `api/entities/${encodeURIComponent(entities[i % entities.length]!)}`, REQUESTS_PER_WORKLOAD],
      ['GET /api/graph (whole network, ≤5,000 nodes)', () => 'api/graph', REQUESTS_PER_HEAVY_WORKLOAD],
      ['GET /api/graph?minOrigins=2 (filtered per request)', () => 'api/graph?minOrigins=2', REQUESTS_PER_HEAVY_WORKLOAD],
      ['GET /api/graph?entity=:id (one entity\'s links)', (i) => `api/graph?entity=${encodeURIComponent(entities[i % entities.length]!)}`, REQUESTS_PER_WORKLOAD],
    ];
    results.push(...figures('GET /api/case (floor: tiny JSON)', floor, null));
    for (const [name, path, requests] of WORKLOADS) {
      console.log(`load: ${name} (${requests} requests)`);
      results.push(...figures(name, await load(server.url, path, requests), floor));
    }

    console.log(`load average after the API workloads: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
    if (hasChromium()) results.push(...(await firstRender(server.url)));
    else console.log('skipped: first render in Chromium (no /usr/bin/chromium)');
  } finally {
    server?.child.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
  return results;
}

interface Load { readonly latenciesMs: readonly number[]; readonly wallMs: number }

/** `requests` requests from CONCURRENCY clients, each sending its next request when the last one answers. */
async function load(base: string, path: (i: number) => string, requests: number): Promise<Load> {
  for (let i = 0; i < 20; i++) await getOk(base + path(i));   // warm the route and the connection pool
  const latenciesMs: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
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
