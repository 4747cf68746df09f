// `dossier retype` end to end on the fictional sample corpus (examples/sample is invented).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { dossierBin, repoPath } from '../fixtures/paths.js';

const sample = repoPath('examples', 'sample');

function dossier(args: readonly string[]): { status: number | null; stdout: string; stderr: string } {
  const { DOSSIER_CASE: _case, DOSSIER_STORE: _store, ...env } = process.env;
  const run = spawnSync(process.execPath, [dossierBin, ...args], { encoding: 'utf8', env });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

interface EntityRow { readonly id: string; readonly name: string; readonly type: string; readonly aliases: readonly string[] }
const entities = (caseFile: string): EntityRow[] => JSON.parse(dossier(['entities', '--case', caseFile, '--json']).stdout) as EntityRow[];

describe('dossier retype on the fictional sample', () => {
  const caseFile = join(mkdtempSync(join(tmpdir(), 'dossier-retype-')), 'case.sqlite');

  before(() => {
    const run = dossier(['ingest', join(sample, '01-harbour-ledger-sallow-ford-bombing.txt'), join(sample, '12-harbour-ledger-maddoc-profile.md'), '--case', caseFile]);
    assert.equal(run.status, 0, run.stderr);
  });

  test('retype changes the type, keeps the decision across a later ingest, and show gives the reason', () => {
    const place = entities(caseFile).find((e) => e.type === 'location');
    assert.ok(place, 'a place to retype');
    const run = dossier(['retype', place.name, 'organization', '--case', caseFile]);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /typed/);
    const again = dossier(['ingest', join(sample, '07-harbour-ledger-rvf-gfm-clashes.txt'), '--case', caseFile]);
    assert.equal(again.status, 0, again.stderr);
    const after = entities(caseFile).find((e) => e.name === place.name);
    assert.equal(after?.type, 'organization', 'the override survives re-resolution');
    const show = dossier(['show', place.name, '--case', caseFile]);
    assert.match(show.stdout, /why an organization:[\s\S]*\[override\/retype\]/);
  });

  test('a type that is no entity type is refused and nothing is stored', () => {
    const any = entities(caseFile)[0]!;
    const run = dossier(['retype', any.name, 'faction', '--case', caseFile]);
    assert.notEqual(run.status, 0);
    assert.match(run.stderr, /no entity type/);
  });

  test('retyping to the type it has changes nothing', () => {
    const any = entities(caseFile).find((e) => e.type === 'person')!;
    const run = dossier(['retype', any.id, 'person', '--case', caseFile]);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /already a person/);
  });
});
