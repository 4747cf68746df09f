import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ablationRows, eachRow, EVAL_SETS, EvalUsageError, parseEvalArgs, tableRow, type Scores } from '../../scripts/eval.js';

const names = (argv: string[]): string[] => parseEvalArgs(argv).sets.map((s) => s.name);

const SET_CASES: ReadonlyArray<[label: string, argv: string[], sets: string[]]> = [
  ['no arguments: every set, in order', [], ['five', 're3d', 'wire']],
  ['--set NAME picks one', ['--set', 'wire'], ['wire']],
  ['--set=NAME works too', ['--set=re3d'], ['re3d']],
  ['commas and repeats; printed in table order, once', ['--set', 'wire,five', '--set', 'wire'], ['five', 'wire']],
];
for (const [label, argv, sets] of SET_CASES) test(`eval args: ${label}`, () => assert.deepEqual(names(argv), sets, label));

test('eval args: --verbose, --list and --ablate are read; --ablate takes commas and repeats', () => {
  const args = parseEvalArgs(['--verbose', '--ablate', 'verb,nominal', '--ablate=hyphen-*', '--list']);
  assert.equal(args.verbose, true);
  assert.equal(args.list, true);
  assert.deepEqual(args.ablate, ['verb', 'nominal', 'hyphen-*']);
  const none = parseEvalArgs([]);
  assert.equal(none.verbose, false);
  assert.deepEqual(none.ablate, []);
});

const BAD: ReadonlyArray<[label: string, argv: string[], message: RegExp]> = [
  ['an unknown set', ['--set', 'nope'], /unknown set "nope"/],
  ['--set without a value', ['--set'], /--set needs a value/],
  ['--ablate followed by another flag', ['--ablate', '--verbose'], /--ablate needs a value/],
  ['an unknown flag', ['--fast'], /unknown argument "--fast"/],
  ['a stray word', ['wire'], /unknown argument "wire"/],
  ['--ablate with --ablate-each', ['--ablate', 'verb', '--ablate-each'], /do not go together/],
];
for (const [label, argv, message] of BAD) {
  test(`eval args are refused: ${label}`, () => assert.throws(() => parseEvalArgs(argv), (err: unknown) => err instanceof EvalUsageError && message.test(err.message)));
}

test('every set names a corpus folder and a gold file', () => {
  for (const set of EVAL_SETS) assert.match(set.gold, /^eval\/gold\/.+\.json$/, set.name);
});

const prf = (p: number, r: number, f: number, tp: number, sys: number, gold: number) => ({ p, r, f, tp, sys, gold });
const scores = (relations: ReturnType<typeof prf>, predicates: Scores['predicates']): Scores => ({
  entities: prf(0.9, 0.9, 0.9, 9, 10, 10), relations, attribution: prf(0.8, 0.8, 0.8, 8, 10, 10), resolution: prf(1, 1, 1, 1, 1, 1),
  hedging: { accuracy: 0.95 }, dates: 0.5, predicates,
});

test('the table row shows relations P/R/F1 with counts, and the other summary figures', () => {
  const row = tableRow('wire', 24, scores(prf(0.75, 0.5, 0.6, 30, 40, 60), {}));
  assert.match(row, /^wire\s+24\s+0\.900\s+0\.750 \/ 0\.500 \/ 0\.600 \(30\/40\/60\)\s+0\.800\s+0\.950\s+0\.500\s+1\.000$/);
});

test('an ablation prints signed differences, and per predicate what was lost or spared', () => {
  const base = scores(prf(0.75, 0.5, 0.6, 30, 40, 60), { attacked: prf(1, 1, 1, 5, 6, 5), sponsors: prf(1, 1, 1, 2, 2, 2) });
  const off = scores(prf(0.8, 0.4, 0.533, 24, 30, 60), { attacked: prf(1, 1, 1, 3, 3, 5), sponsors: prf(1, 1, 1, 2, 2, 2) });
  const [head, ...rest] = ablationRows('wire', base, off);
  assert.match(head!, /^Δ wire\s+±0\.000\s+\+0\.050 \/ −0\.100 \/ −0\.067 \(−6\/−10\)/);
  assert.equal(rest.length, 1, 'only the predicate that moved');
  assert.match(rest[0]!, /attacked\s+tp −2\s+system −3\s+\(1 fewer false positives, 2 gold relations lost\)/);
});

test('--ablate-each: one line per row saying what it earns on each set, and whether it changes nothing', () => {
  assert.equal(parseEvalArgs(['--ablate-each']).ablateEach, true);
  const base = scores(prf(0.75, 0.5, 0.6, 30, 40, 60), {});
  const off = scores(prf(0.8, 0.4, 0.533, 24, 30, 60), {});
  assert.match(eachRow('constructions:verb', ['wire'], [base], [off]), /^constructions:verb\s+wire tp \+6 sys \+10 F1 \+0\.067$/);
  assert.match(eachRow('parse:idle', ['five', 'wire'], [base, base], [base, base]), /\(changes nothing\)$/);
});
