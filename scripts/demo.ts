import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeCase } from '../src/analysis/index.js';
import { openStore } from '../src/store/index.js';

// `npm run demo`: builds the fictional sample case into ./demo.sqlite with the real CLI, prints what it
// holds and its best-supported links, then serves the web UI on it. Every article in examples/ is invented.
// `-- --case <file>` and `-- --port <n>` choose another case file and port; `-- --no-serve` stops after the summary.
const root = fileURLToPath(new URL('../..', import.meta.url));
const argValue = (name: string): string | undefined => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
};
const caseFile = argValue('--case') ?? join(root, 'demo.sqlite');
const port = argValue('--port');
const sample = join(root, 'examples', 'sample');

// The CLI runs as a child process that this one waits for without blocking, and a SIGINT or SIGTERM to the
// demo is passed on: stopping the demo stops the ingest or the server it started instead of leaving it
// holding the case and the port. The child has a process group of its own so that Ctrl-C reaches it once,
// through here, and the server shuts down cleanly rather than being killed by a second signal.
const SIGNAL_EXIT = { SIGINT: 130, SIGTERM: 143 } as const;
let running: ReturnType<typeof spawn> | null = null;
let stopping: keyof typeof SIGNAL_EXIT | null = null;
const stop = (signal: keyof typeof SIGNAL_EXIT): void => {
  stopping = signal;
  if (running && running.exitCode === null && running.signalCode === null) running.kill(signal);
  else process.exit(SIGNAL_EXIT[signal]);
};
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => stop(signal));
// Whoever started the demo (npm, a shell, an IDE) may die without passing its signal on: an orphaned demo
// (its parent gone, so it was handed to init) stops as if it had been sent SIGTERM.
const parent = process.ppid;
setInterval(() => { if (process.ppid !== parent && stopping === null) stop('SIGTERM'); }, 500).unref();
async function dossier(...args: string[]): Promise<void> {
  const child = spawn(process.execPath, [join(root, 'bin', 'dossier.js'), ...args], { stdio: ['ignore', 'inherit', 'inherit'], detached: true });
  running = child;
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (exitCode) => resolve(exitCode));
  });
  running = null;
  if (stopping) process.exit(SIGNAL_EXIT[stopping]);
  if (code !== 0) {
    console.error(`demo: dossier ${args[0]} exited with ${code ?? 'a signal'}`);
    process.exit(1);
  }
}

console.log(`Ingesting the fictional sample corpus (${sample}) into ${caseFile} …`);
await dossier('ingest', sample, '--manifest', join(sample, 'manifest.csv'), '--case', caseFile);

const store = await openStore({ case: caseFile });
const snapshot = await store.loadCase();
await store.close();
const analysis = analyzeCase(snapshot);
const counts = { documents: snapshot.documents.length, entities: snapshot.resolution.entities.length, claims: snapshot.documents.reduce((n, d) => n + d.claims.length, 0) };
console.log(`\nThe case holds ${counts.documents} documents, ${counts.entities} entities, ${counts.claims} claims, ${analysis.assertions.length} assertions, ${analysis.contradictions.length} contradictions.`);
console.log('\nStrongest links (by independent origins, then documents):');
const strongest = [...analysis.assertions].filter((a) => !a.negated)
  .sort((a, b) => b.origins - a.origins || b.documents - a.documents || a.id.localeCompare(b.id)).slice(0, 8);
for (const a of strongest) {
  console.log(`  ${a.subject.name} —${a.predicate}→ ${a.object.name}   ${a.origins} origin(s), ${a.documents} document(s), ${a.grade.label}`);
}
console.log(`
Look further:
  npx dossier entities --case demo.sqlite
  npx dossier show "Red Valley Front" --case demo.sqlite
  npx dossier assertions --case demo.sqlite
  npx dossier contradictions --case demo.sqlite
  npx dossier export --format brief-html --case demo.sqlite --out demo-brief.html
  npx dossier export --format stix --case demo.sqlite > demo.stix.json`);

if (process.argv.includes('--no-serve') || !existsSync(join(root, 'dist', 'src', 'cli', 'commands', 'serve.js'))) process.exit(0);
console.log('\nServing the web UI on the demo case (Ctrl-C to stop) …');
await dossier('serve', '--case', caseFile, ...(port === undefined ? [] : ['--port', port]));
