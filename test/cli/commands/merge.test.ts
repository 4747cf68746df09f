// `dossier merge` and `dossier split` end to end on the fictional sample corpus (examples/sample is invented).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { dossierBin, repoPath } from '../../fixtures/paths.js';

const sample = repoPath('examples', 'sample');

function dossier(args: readonly string[]): { status: number | null; stdout: string; stderr: string } {
  const { DOSSIER_CASE: _case, DOSSIER_STORE: _store, ...env } = process.env;
  const run = spawnSync(process.execPath, [dossierBin, ...args], { encoding: 'utf8', env });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

interface EntityRow { readonly id: string; readonly name: string; readonly aliases: readonly string[] }
const entities = (caseFile: string): EntityRow[] => JSON.parse(dossier(['entities', '--case', caseFile, '--json']).stdout) as EntityRow[];
const holderOf = (rows: readonly EntityRow[], form: string): string | undefined => rows.find((e) => e.name === form || e.aliases.includes(form))?.id;

describe('dossier merge / split on the fictional sample', () => {
  const caseFile = join(mkdtempSync(join(tmpdir(), 'dossier-merge-')), 'case.sqlite');

  before(() => {
    const run = dossier(['ingest', join(sample, '01-harbour-ledger-sallow-ford-bombing.txt'), join(sample, '12-harbour-ledger-maddoc-profile.md'), '--case', caseFile]);
    assert.equal(run.status, 0, run.stderr);
  });

  test('merge joins two entities, keeps the decision, and show gives it as a reason', () => {
    const rows = entities(caseFile);
    const [a, b] = rows.filter((e) => e.aliases.length > 0).slice(0, 2);
    assert.ok(a && b && a.id !== b.id, 'two entities to merge');
    const run = dossier(['merge', a.name, b.name, '--case', caseFile]);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /merged/);
    const after = entities(caseFile);
    assert.equal(holderOf(after, a.name), holderOf(after, b.name));
    const show = dossier(['show', a.name, '--case', caseFile]);
    assert.match(show.stdout, /\[override\/merge\]/);
    const again = dossier(['merge', a.name, b.name, '--case', caseFile]);
    assert.match(again.stdout, /already one entity/);
  });

  test('the override survives a later ingest', () => {
    const before = entities(caseFile);
    const merged = before.find((e) => e.aliases.length > 1)!;
    const run = dossier(['ingest', join(sample, '06-northgate-wire-rvf-gfm-pact.txt'), '--case', caseFile]);
    assert.equal(run.status, 0, run.stderr);
    const after = entities(caseFile);
    for (const alias of merged.aliases) assert.equal(holderOf(after, alias), holderOf(after, merged.aliases[0]!), `${alias} still with ${merged.aliases[0]}`);
  });

  test('split moves an alias off an entity', () => {
    const person = entities(caseFile).find((e) => e.id.startsWith('person:') && e.aliases.length > 1)!;
    const alias = person.aliases.find((a) => a !== person.name)!;
    const run = dossier(['split', person.name, alias, '--case', caseFile]);
    assert.equal(run.status, 0, run.stderr);
    const after = entities(caseFile);
    assert.notEqual(holderOf(after, alias), holderOf(after, person.name));
  });

  test('an unknown name exits 2 with its code, and stores nothing', () => {
    const run = dossier(['merge', 'Nobody Of That Name', 'Another Nobody', '--case', caseFile]);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /ENTITY_NOT_FOUND/);
    const bad = dossier(['split', entities(caseFile)[0]!.name, 'Not An Alias Of It', '--case', caseFile]);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /INPUT_INVALID/);
  });
});
