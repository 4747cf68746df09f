import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// `npm run eval [-- --verbose]`: extracts the development corpus with the real CLI (the same path the
// graders use) and prints the shared scorer's figures. Extra arguments go to score.mjs.
const root = fileURLToPath(new URL('../..', import.meta.url));
const shared = join(root, '..', 'shared');
const corpus = join(shared, 'corpus');
const files = readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort().map((f) => join(corpus, f));
const started = performance.now();
const output = execFileSync(process.execPath, [join(root, 'bin', 'dossier.js'), 'extract', ...files, '--manifest', join(corpus, 'manifest.csv'), '--format', 'eval'], { maxBuffer: 256 * 1024 * 1024 });
const seconds = (performance.now() - started) / 1000;
const systemFile = join(mkdtempSync(join(tmpdir(), 'dossier-eval-')), 'system.json');
writeFileSync(systemFile, output);
console.log(`extracted ${files.length} documents in ${seconds.toFixed(2)} s → ${systemFile}`);
const scored = spawnSync(process.execPath, [join(shared, 'eval', 'score.mjs'), join(shared, 'eval', 'gold', 'seeds.json'), systemFile, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exitCode = scored.status ?? 1;
