// The analysis commands end to end through the binary a user runs, on a fictional case written straight into a
// store (no extraction involved), checking the --json contracts other tools rely on.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { openStore } from '../../src/store/index.js';
import { dossierBin } from '../fixtures/paths.js';
import { buildCase } from './case-builder.js';
import { ALLIED_AND_HOSTILE, NAMED_WITNESS, NEGATION, REPEATED_DOSSIER, TWO_DATES } from './scenarios.js';

function dossier(args: readonly string[]): { status: number | null; stdout: string; stderr: string } {
  const env = { ...process.env };
  delete env.DOSSIER_CASE;
  delete env.DOSSIER_STORE;
  const run = spawnSync(process.execPath, [dossierBin, ...args], { encoding: 'utf8', env });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const json = <T>(args: readonly string[]): T => {
  const run = dossier([...args, '--json']);
  assert.equal(run.status, 0, run.stderr);
  return JSON.parse(run.stdout) as T;
};

describe('dossier assertions | contradictions | timeline | path | grade', () => {
  const caseFile = join(mkdtempSync(join(tmpdir(), 'dossier-analysis-')), 'case.sqlite');

  before(async () => {
    const snapshot = buildCase([...REPEATED_DOSSIER, NAMED_WITNESS, ...NEGATION, ...ALLIED_AND_HOSTILE, ...TWO_DATES]);
    const store = await openStore({ case: caseFile });
    try {
      for (const doc of snapshot.documents) await store.saveDocument(doc);
      await store.saveResolution(snapshot.resolution);
    } finally {
      await store.close();
    }
  });

  test('assertions --json: names, counts of documents and independent origins, grade', () => {
    const rows = json<Array<Record<string, unknown>>>(['assertions', '--case', caseFile]);
    const alliance = rows.find((r) => r.predicate === 'allied_with' && [r.subject, r.object].includes('Red Valley Front') && [r.subject, r.object].includes('Amber Hand'));
    assert.ok(alliance);
    assert.equal(alliance.negated, false);
    assert.equal(alliance.documents, 6);
    assert.equal(alliance.origins, 2);
    assert.equal((alliance.grade as { label: string }).label, 'corroborated');
  });

  test('contradictions --json: both sides with names and evidence', () => {
    const rows = json<Array<{ kind: string; sides: Array<{ subject: string; predicate: string; object: string; evidence: Array<{ evidence: string }> }> }>>(['contradictions', '--case', caseFile]);
    assert.deepEqual([...new Set(rows.map((r) => r.kind))].sort(), ['date', 'incompatible', 'negation']);
    for (const row of rows) {
      assert.equal(row.sides.length, 2);
      for (const side of row.sides) {
        assert.equal(typeof side.subject, 'string');
        assert.ok(side.evidence.length > 0 && side.evidence.every((e) => e.evidence.length > 0));
      }
    }
  });

  test('timeline --json: dated items with precision, in order', () => {
    const rows = json<Array<{ date: string; precision: string; stated: boolean }>>(['timeline', '--case', caseFile]);
    assert.ok(rows.length >= 5);
    assert.ok(rows.every((r) => ['year', 'month', 'day'].includes(r.precision) && typeof r.stated === 'boolean'));
    assert.deepEqual(rows.map((r) => r.date.slice(0, 4)), rows.map((r) => r.date.slice(0, 4)).sort());
  });

  test('path: a chain between two entities by name, with the evidence for each hop; unknown names fail with a code', () => {
    const result = json<{ paths: Array<{ entities: Array<{ name: string }>; hops: Array<{ assertions: unknown[] }> }> }>(['path', 'rvf', 'Grey Lantern Movement', '--case', caseFile]);
    assert.ok(result.paths.length > 0);
    assert.deepEqual(result.paths.map((p) => p.entities.map((e) => e.name).join(' > ')), [
      'Red Valley Front > Grey Lantern Movement',
      'Red Valley Front > Amber Hand > Grey Lantern Movement',
    ]);
    assert.ok(result.paths[0]!.hops.every((h) => h.assertions.length > 0));
    const missing = dossier(['path', 'Red Valley Front', 'Zorbian Legion', '--case', caseFile]);
    assert.equal(missing.status, 2, missing.stderr);
    assert.match(missing.stderr, /ENTITY_NOT_FOUND/);
  });

  test('grade stores an Admiralty grade that assertions then show; a grade outside A–F is refused', () => {
    assert.equal(dossier(['grade', 'Ilsa Varn', 'b', '--case', caseFile]).status, 0);
    const rows = json<Array<{ subject: string; object: string; predicate: string; grade: { reliability: string | null } }>>(['assertions', '--case', caseFile, '--predicate', 'allied_with']);
    assert.ok(rows.some((r) => r.grade.reliability === 'B'));
    const bad = dossier(['grade', 'Ilsa Varn', 'G', '--case', caseFile]);
    assert.equal(bad.status, 2, bad.stderr);
    assert.match(bad.stderr, /INPUT_INVALID/);
  });
});
