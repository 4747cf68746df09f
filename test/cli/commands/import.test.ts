// `dossier import stix` end to end on the fictional sample corpus (examples/sample is invented): a case exported as
// STIX and imported into an empty case holds the same entities and claims, through the same binary a user runs.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { readClaimsExtension } from '../../../src/export/stix-extension.js';
import { dossierBin, repoPath } from '../../fixtures/paths.js';

const sample = repoPath('examples', 'sample');

function dossier(args: readonly string[]): { status: number | null; stdout: string; stderr: string } {
  const { DOSSIER_CASE: _case, DOSSIER_STORE: _store, ...env } = process.env;
  const run = spawnSync(process.execPath, [dossierBin, ...args], { encoding: 'utf8', env });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

type Bundle = { objects: (Record<string, unknown> & { id: string; type: string })[] };
interface EntityRow { readonly id: string; readonly name: string; readonly type: string; readonly aliases: readonly string[] }
const entities = (caseFile: string): string[] =>
  (JSON.parse(dossier(['entities', '--case', caseFile, '--json']).stdout) as EntityRow[]).map((e) => `${e.id}|${e.type}|${e.name}|${[...e.aliases].sort().join(';')}`).sort();
const claimMentions = (bundle: Bundle): string[] => bundle.objects.filter((o) => o.type === 'relationship')
  .flatMap((r) => ((readClaimsExtension(r)?.mentions ?? []) as Record<string, unknown>[]).map((m) => `${r.id} ${JSON.stringify(Object.entries(m).sort())}`)).sort();

describe('dossier import stix on the fictional sample', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-import-'));
  const original = join(dir, 'original.sqlite');
  const copy = join(dir, 'copy.sqlite');
  const bundleFile = join(dir, 'case.stix.json');
  let firstImport: ReturnType<typeof dossier>;

  before(() => {
    assert.equal(dossier(['ingest', sample, '--manifest', join(sample, 'manifest.csv'), '--case', original]).status, 0);
    assert.equal(dossier(['export', '--format', 'stix', '--case', original, '--out', bundleFile]).status, 0);
    firstImport = dossier(['import', 'stix', bundleFile, '--case', copy, '--json']);
  });

  test('the import reports what it added and what it skipped', () => {
    assert.equal(firstImport.status, 0, firstImport.stderr);
    const report = JSON.parse(firstImport.stdout) as { added: number; skipped: { type: string; reason: string }[] };
    assert.equal(report.added, 14);
    assert.deepEqual(report.skipped.map((s) => s.type), ['identity'], 'only the exporter identity is left out');
  });

  test('the imported case has the same entities as the exported one', () => {
    assert.deepEqual(entities(copy), entities(original));
  });

  test('exporting the imported case gives back every claim mention: evidence, source, hedge, date, role, parties', () => {
    const again = join(dir, 'again.stix.json');
    assert.equal(dossier(['export', '--format', 'stix', '--case', copy, '--out', again]).status, 0);
    const before = JSON.parse(readFileSync(bundleFile, 'utf8')) as Bundle;
    const after = JSON.parse(readFileSync(again, 'utf8')) as Bundle;
    assert.ok(claimMentions(before).length > 50);
    assert.deepEqual(claimMentions(after), claimMentions(before));
    assert.deepEqual(after.objects.map((o) => o.id).sort(), before.objects.map((o) => o.id).sort());
  });

  test('importing the bundle again changes nothing', () => {
    const run = dossier(['import', 'stix', bundleFile, '--case', copy]);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /^0 documents added, 14 unchanged/m);
  });

  test("into a case that has documents, another tool's names join the entities already there", () => {
    const T = '2026-06-01T00:00:00.000Z';
    const id = (type: string, n: number): string => `${type}--00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
    const foreign = {
      type: 'bundle', id: 'bundle--00000000-0000-4000-8000-000000000001', objects: [
        { type: 'identity', spec_version: '2.1', id: id('identity', 9), created: T, modified: T, name: 'Valley Watch', identity_class: 'organization' },
        { type: 'threat-actor', spec_version: '2.1', id: id('threat-actor', 1), created: T, modified: T, created_by_ref: id('identity', 9), name: 'Red Valley Front' },
        { type: 'location', spec_version: '2.1', id: id('location', 2), created: T, modified: T, created_by_ref: id('identity', 9), name: 'Dunmere', country: 'ZZ' },
        { type: 'relationship', spec_version: '2.1', id: id('relationship', 3), created: T, modified: T, created_by_ref: id('identity', 9),
          relationship_type: 'located-at', source_ref: id('threat-actor', 1), target_ref: id('location', 2), description: 'Red Valley Front fighters were seen in Dunmere.' },
      ],
    };
    const file = join(dir, 'watch.json');
    writeFileSync(file, JSON.stringify(foreign));
    const before = entities(original).filter((e) => e.includes('|Red Valley Front|'));
    const run = dossier(['import', 'stix', file, '--case', original]);
    assert.equal(run.status, 0, run.stderr);
    const after = entities(original).filter((e) => e.includes('|Red Valley Front|'));
    assert.equal(after.length, 1, 'still one Red Valley Front');
    assert.deepEqual(after.map((e) => e.split('|')[0]), before.map((e) => e.split('|')[0]));
    const claims = JSON.parse(dossier(['claims', '--case', original, '--json']).stdout) as { predicate: string; evidence: string | { text: string } }[];
    assert.ok(JSON.stringify(claims).includes('Red Valley Front fighters were seen in Dunmere.'), 'the relationship is a claim in the case');
  });

  test('a file that is not a STIX bundle is refused with its name and INPUT_INVALID, and no case is made', () => {
    const bad = join(dir, 'notes.json');
    writeFileSync(bad, '{"type": "note"}');
    const run = dossier(['import', 'stix', bad, '--case', join(dir, 'never.sqlite')]);
    assert.notEqual(run.status, 0);
    assert.match(run.stderr, /notes\.json: not a STIX bundle .*\[INPUT_INVALID\]/);
    assert.equal(existsSync(join(dir, 'never.sqlite')), false);
  });
});
