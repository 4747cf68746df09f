import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { activeRows, rowMatches, ruleNames, unknownPatterns } from '../../../src/nlp/claims/rule-tables.js';
import { dossierBin, fixturePath } from '../../fixtures/paths.js';

const ROWS = [{ name: 'verb' }, { name: 'hyphen-pair' }, { name: 'hyphen-participle' }, { name: 'nominal' }];

const MATCHES: ReadonlyArray<[pattern: string, kept: string[]]> = [
  ['verb', ['hyphen-pair', 'hyphen-participle', 'nominal']],
  ['constructions:verb', ['hyphen-pair', 'hyphen-participle', 'nominal']],
  ['parse:verb', ['verb', 'hyphen-pair', 'hyphen-participle', 'nominal']],   // another table's row of the same name
  ['hyphen-*', ['verb', 'nominal']],
  ['hyphen', ['verb', 'hyphen-pair', 'hyphen-participle', 'nominal']],       // a bare name is exact, never a prefix
];
for (const [pattern, kept] of MATCHES) {
  test(`ablation pattern ${pattern}`, () => assert.deepEqual(activeRows('constructions', ROWS, [pattern]).map((r) => r.name), kept, pattern));
}

test('with nothing switched off the table itself runs, in order', () => assert.equal(activeRows('constructions', ROWS, []), ROWS));
test('rowMatches reads table:name', () => assert.equal(rowMatches('parse', 'attack-verb', 'parse:attack-*'), true));

test('every construction row is listed by name, and unknown patterns are reported', () => {
  const listed = ruleNames().map((r) => `${r.table}:${r.name}`);
  assert.ok(listed.includes('constructions:verb'));
  assert.equal(new Set(listed).size, listed.length, 'row names are unique within their table');
  assert.deepEqual(unknownPatterns(['verb', 'no-such-row', 'nominal*']), ['no-such-row']);
});

test('dossier extract --without drops the named row and refuses a name that matches none', () => {
  const sample = fixturePath('..', '..', 'examples', 'sample');
  const all = spawnSync(process.execPath, [dossierBin, 'extract', sample, '--format', 'eval'], { encoding: 'utf8' });
  assert.equal(all.status, 0, all.stderr);
  const off = spawnSync(process.execPath, [dossierBin, 'extract', sample, '--format', 'eval', '--without', 'verb'], { encoding: 'utf8' });
  assert.equal(off.status, 0, off.stderr);
  const count = (out: string): number => (JSON.parse(out) as { documents: { relations: unknown[] }[] }).documents.reduce((n, d) => n + d.relations.length, 0);
  assert.ok(count(off.stdout) < count(all.stdout), 'the verb row finds relations in the sample, so switching it off loses some');
  const typo = spawnSync(process.execPath, [dossierBin, 'extract', sample, '--without', 'verbb'], { encoding: 'utf8' });
  assert.notEqual(typo.status, 0);
  assert.match(typo.stderr, /no claim rule named "verbb"/);
});

test('dossier extract --list-rules prints table<TAB>name', () => {
  const run = spawnSync(process.execPath, [dossierBin, 'extract', '--list-rules'], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /^constructions\tname-then-title$/m);
});
