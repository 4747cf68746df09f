import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeCase } from '../src/analysis/index.js';
import { openStore } from '../src/store/index.js';

// `npm run demo`: builds the fictional sample case into ./demo.sqlite with the real CLI, prints what it
// holds and its best-supported links, then serves the web UI on it. Every article in examples/ is invented.
const root = fileURLToPath(new URL('../..', import.meta.url));
const caseFile = join(root, 'demo.sqlite');
const sample = join(root, 'examples', 'sample');
const dossier = (...args: string[]): string => execFileSync(process.execPath, [join(root, 'bin', 'dossier.js'), ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });

console.log(`Ingesting the fictional sample corpus (${sample}) into ${caseFile} …`);
process.stdout.write(dossier('ingest', sample, '--manifest', join(sample, 'manifest.csv'), '--case', caseFile));

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
execFileSync(process.execPath, [join(root, 'bin', 'dossier.js'), 'serve', '--case', caseFile], { stdio: 'inherit' });
