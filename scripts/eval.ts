import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

// `npm run eval [-- --set NAME] [-- --verbose] [-- --ablate RULE[,RULE]] [-- --ablate-each] [-- --list]`:
// extracts every development set with the real CLI (the same path the graders use) and prints the shared
// scorer's figures per set. `--ablate` extracts again with those claim rows switched off
// (`dossier extract --without`) and prints what changes, so a row that helps nothing can be removed;
// `--ablate-each` does so for every row in turn and prints one line per row (slow: one run per row).

/** One development set: a corpus folder of .txt files with its manifest.csv, and its gold file. */
export interface EvalSet {
  readonly name: string;
  readonly corpus: string;
  readonly gold: string;
}

/** In the order printed. Paths are relative to ../shared. */
export const EVAL_SETS: readonly EvalSet[] = Object.freeze([
  { name: 'five', corpus: 'corpus', gold: 'eval/gold/seeds.json' },
  { name: 're3d', corpus: 'corpus-re3d', gold: 'eval/gold/re3d-dev.json' },
  { name: 'wire', corpus: 'corpus-wire', gold: 'eval/gold/wire.json' },
]);

export interface EvalArgs {
  readonly sets: readonly EvalSet[];
  readonly verbose: boolean;
  readonly ablate: readonly string[];
  readonly list: boolean;
  readonly ablateEach: boolean;
}

export class EvalUsageError extends Error {
  override readonly name = 'EvalUsageError';
}

export const USAGE = 'usage: npm run eval [-- --set five|re3d|wire[,…]] [--verbose] [--ablate RULE[,RULE] | --ablate-each] [--list]';

/** Reads the script's arguments; `--set` and `--ablate` take a value (`--set wire` or `--set=wire`), may repeat, and take commas. */
export function parseEvalArgs(argv: readonly string[]): EvalArgs {
  const sets: EvalSet[] = [];
  const ablate: string[] = [];
  let verbose = false;
  let list = false;
  let ablateEach = false;
  for (let k = 0; k < argv.length; k++) {
    const arg = argv[k]!;
    const eq = arg.indexOf('=');
    const flag = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    const value = (): string[] => {
      const v = eq > 0 && flag !== arg ? arg.slice(eq + 1) : argv[++k];
      if (v === undefined || v.startsWith('--') || v === '') throw new EvalUsageError(`${flag} needs a value\n${USAGE}`);
      return v.split(',').map((s) => s.trim()).filter(Boolean);
    };
    switch (flag) {
      case '--verbose': verbose = true; break;
      case '--list': list = true; break;
      case '--ablate-each': ablateEach = true; break;
      case '--set':
        for (const name of value()) {
          const set = EVAL_SETS.find((s) => s.name === name);
          if (!set) throw new EvalUsageError(`unknown set "${name}"; the sets are ${EVAL_SETS.map((s) => s.name).join(', ')}`);
          if (!sets.includes(set)) sets.push(set);
        }
        break;
      case '--ablate': ablate.push(...value()); break;
      default: throw new EvalUsageError(`unknown argument "${arg}"\n${USAGE}`);
    }
  }
  if (ablateEach && ablate.length) throw new EvalUsageError(`--ablate and --ablate-each do not go together\n${USAGE}`);
  return { sets: sets.length ? EVAL_SETS.filter((s) => sets.includes(s)) : EVAL_SETS, verbose, ablate, list, ablateEach };
}

interface Prf { readonly p: number; readonly r: number; readonly f: number; readonly tp: number; readonly sys: number; readonly gold: number }
/** The part of `score.mjs --json` this script prints. */
export interface Scores {
  readonly entities: Prf;
  readonly relations: Prf;
  readonly attribution: Prf;
  readonly resolution: Prf;
  readonly hedging: { readonly accuracy: number };
  readonly dates: number;
  readonly predicates: Readonly<Record<string, Prf>>;
}

const f3 = (x: number): string => x.toFixed(3);
const signed = (x: number): string => (x > 0 ? '+' : x < 0 ? '−' : '±') + Math.abs(x).toFixed(3);
const signedInt = (x: number): string => (x > 0 ? '+' : x < 0 ? '−' : '±') + String(Math.abs(x));

export const TABLE_HEADER = `${'set'.padEnd(6)} ${'docs'.padStart(4)}  ${'entities'.padStart(8)}  ${'relations P / R / F1'.padEnd(21)} ${'(tp/sys/gold)'.padEnd(15)} ${'attrib'.padStart(6)}  ${'hedging'.padStart(7)}  ${'dates'.padStart(5)}  ${'resol'.padStart(5)}`;

/** One compact line per set: the scorer's summary. */
export function tableRow(name: string, docs: number, s: Scores): string {
  const r = s.relations;
  return `${name.padEnd(6)} ${String(docs).padStart(4)}  ${f3(s.entities.f).padStart(8)}  ${`${f3(r.p)} / ${f3(r.r)} / ${f3(r.f)}`.padEnd(21)} ${`(${r.tp}/${r.sys}/${r.gold})`.padEnd(15)} ${f3(s.attribution.f).padStart(6)}  ${f3(s.hedging.accuracy).padStart(7)}  ${f3(s.dates).padStart(5)}  ${f3(s.resolution.f).padStart(5)}`;
}

/** One line per row for `--ablate-each`: per set, what the row earns (relations tp and system it adds, F1 it adds). */
export function eachRow(row: string, sets: readonly string[], base: readonly Scores[], off: readonly Scores[]): string {
  const cells = sets.map((name, k) => {
    const b = base[k]!.relations;
    const o = off[k]!.relations;
    return `${name} tp ${signedInt(b.tp - o.tp)} sys ${signedInt(b.sys - o.sys)} F1 ${signed(b.f - o.f)}`;
  });
  const helps = base.some((b, k) => b.relations.tp !== off[k]!.relations.tp || b.relations.sys !== off[k]!.relations.sys);
  return `${row.padEnd(40)} ${cells.join('   ')}${helps ? '' : '   (changes nothing)'}`;
}

/** What switching rows off did to one set: the same columns as differences, then the predicates that moved. */
export function ablationRows(name: string, base: Scores, off: Scores): string[] {
  const r = off.relations;
  const b = base.relations;
  const lines = [`${`Δ ${name}`.padEnd(11)}  ${signed(off.entities.f - base.entities.f).padStart(8)}  ${`${signed(r.p - b.p)} / ${signed(r.r - b.r)} / ${signed(r.f - b.f)}`.padEnd(21)} ${`(${signedInt(r.tp - b.tp)}/${signedInt(r.sys - b.sys)})`.padEnd(15)} ${signed(off.attribution.f - base.attribution.f).padStart(6)}  ${signed(off.hedging.accuracy - base.hedging.accuracy).padStart(7)}  ${signed(off.dates - base.dates).padStart(5)}  ${signed(off.resolution.f - base.resolution.f).padStart(5)}`];
  for (const p of new Set([...Object.keys(base.predicates), ...Object.keys(off.predicates)])) {
    const x = base.predicates[p];
    const y = off.predicates[p];
    const dtp = (y?.tp ?? 0) - (x?.tp ?? 0);
    const dsys = (y?.sys ?? 0) - (x?.sys ?? 0);
    if (dtp || dsys) lines.push(`    ${p.padEnd(13)} tp ${signedInt(dtp)}  system ${signedInt(dsys)}  (${dsys - dtp > 0 ? `${dsys - dtp} more false positives` : dsys - dtp < 0 ? `${dtp - dsys} fewer false positives` : 'same false positives'}, ${dtp < 0 ? `${-dtp} gold relations lost` : dtp > 0 ? `${dtp} gained` : 'no recall change'})`);
  }
  return lines;
}

const root = fileURLToPath(new URL('../..', import.meta.url));
const shared = join(root, '..', 'shared');
const run = promisify(execFile);

interface Extracted { readonly set: EvalSet; readonly docs: number; readonly systemFile: string; readonly seconds: number }

async function extract(set: EvalSet, without: readonly string[], dir: string): Promise<Extracted> {
  const corpus = join(shared, set.corpus);
  const files = readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort().map((f) => join(corpus, f));
  const started = performance.now();
  const args = [join(root, 'bin', 'dossier.js'), 'extract', ...files, '--manifest', join(corpus, 'manifest.csv'), '--format', 'eval'];
  if (without.length) args.push('--without', without.join(','));
  const { stdout } = await run(process.execPath, args, { maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' });
  const systemFile = join(dir, `${set.name}${without.length ? '-ablated' : ''}.json`);
  writeFileSync(systemFile, stdout);
  return { set, docs: files.length, systemFile, seconds: (performance.now() - started) / 1000 };
}

function score(set: EvalSet, systemFile: string): Scores {
  const out = spawnSync(process.execPath, [join(shared, 'eval', 'score.mjs'), join(shared, set.gold), systemFile, '--json'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (out.status !== 0) throw new Error(`score.mjs failed on ${set.name}: ${out.stderr}`);
  return JSON.parse(out.stdout) as Scores;
}

async function main(argv: readonly string[]): Promise<number> {
  let args: EvalArgs;
  try {
    args = parseEvalArgs(argv);
  } catch (err) {
    if (!(err instanceof EvalUsageError)) throw err;
    console.error(err.message);
    return 2;
  }
  if (args.list) {
    const listed = spawnSync(process.execPath, [join(root, 'bin', 'dossier.js'), 'extract', '--list-rules'], { stdio: 'inherit' });
    return listed.status ?? 1;
  }
  const dir = mkdtempSync(join(tmpdir(), 'dossier-eval-'));
  // Sets extract concurrently (each is its own CLI process); scoring and printing keep set order.
  const base = await Promise.all(args.sets.map((set) => extract(set, [], dir)));
  const off = args.ablate.length ? await Promise.all(args.sets.map((set) => extract(set, args.ablate, dir))) : [];
  for (const e of base) {
    console.log(`${e.set.name}: extracted ${e.docs} documents in ${e.seconds.toFixed(2)} s → ${e.systemFile}`);
    if (args.verbose) {
      console.log(`\n=== ${e.set.name} (${e.set.gold}) ===`);
      spawnSync(process.execPath, [join(shared, 'eval', 'score.mjs'), join(shared, e.set.gold), e.systemFile, '--verbose'], { stdio: 'inherit' });
      console.log('');
    }
  }
  console.log(`\n${TABLE_HEADER}`);
  const scores = base.map((e) => score(e.set, e.systemFile));
  base.forEach((e, k) => console.log(tableRow(e.set.name, e.docs, scores[k]!)));
  if (args.ablateEach) {
    const rows = spawnSync(process.execPath, [join(root, 'bin', 'dossier.js'), 'extract', '--list-rules'], { encoding: 'utf8' }).stdout.trim().split('\n').map((l) => l.replace('\t', ':'));
    console.log(`\nwhat each row earns (figures with the row minus figures without it; + on F1 means the row helps):`);
    for (const row of rows) {
      const without = await Promise.all(args.sets.map((set) => extract(set, [row], dir)));
      console.log(eachRow(row, args.sets.map((s) => s.name), scores, without.map((e) => score(e.set, e.systemFile))));
    }
  }
  if (off.length) {
    console.log(`\nwithout ${args.ablate.join(', ')} (difference from the table above; − on F1 means the row helps):`);
    off.forEach((e, k) => {
      for (const line of ablationRows(e.set.name, scores[k]!, score(e.set, e.systemFile))) console.log(line);
    });
  }
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 1;
  });
}
