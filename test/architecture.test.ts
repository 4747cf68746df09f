import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { test } from 'node:test';
import { repoPath } from './fixtures/paths.js';

// Data flows one way: a stage imports its own folder, core, or an upstream stage through its index.ts.
// The pipeline comes after the store: it hands what ingest, nlp and resolve make to a Store (and a worker to
// the job queue), so the store itself never imports a stage that reads documents.
const RANK: Record<string, number> = { core: 0, ingest: 1, nlp: 2, resolve: 3, store: 4, pipeline: 5, analysis: 6, export: 7, cli: 8, server: 8, web: 8 };
const src = repoPath('src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'app' ? [] : sourceFiles(path);   // src/web/app is the browser bundle, built by Vite
    return e.name.endsWith('.ts') ? [path] : [];
  });
}

const stageOf = (file: string): string => relative(src, file).split(/[\\/]/)[0]!;

test('every stage folder is known to the architecture rule', () => {
  const stages = readdirSync(src, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
  for (const stage of stages) assert.ok(stage in RANK, `src/${stage} has no rank in test/architecture.test.ts`);
});

test('stages import only their own folder, core, or upstream stages via index.ts', () => {
  const problems: string[] = [];
  for (const file of sourceFiles(src)) {
    const from = stageOf(file);
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/(?:from\s+|import\()\s*'(\.[^']+)'/g)) {
      const target = resolve(dirname(file), match[1]!);
      const to = stageOf(target);
      if (to === from) continue;
      const where = relative(src, file);
      if ((RANK[to] ?? 99) > (RANK[from] ?? -1)) problems.push(`${where}: ${from} must not import ${to} (downstream)`);
      else if (to !== 'core' && !/\/index\.js$/.test(match[1]!)) problems.push(`${where}: import ${to}/index.js, not its internals (${match[1]})`);
      else if (to === 'core' && !/\/core\/index\.js$/.test(match[1]!)) problems.push(`${where}: import core/index.js (${match[1]})`);
    }
  }
  assert.deepEqual(problems, []);
});
