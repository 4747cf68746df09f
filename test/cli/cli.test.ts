import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { dossierBin, repoPath, sharedPath } from '../fixtures/paths.js';

// The CLI end to end on the fictional sample corpus, through the same binary a user runs.
const sample = repoPath('examples', 'sample');
const manifest = join(sample, 'manifest.csv');

function dossier(args: readonly string[], input?: string): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [dossierBin, ...args], { encoding: 'utf8', input, env: { ...process.env, DOSSIER_CASE: '' } });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('dossier CLI on the fictional sample', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-cli-'));
  const caseFile = join(dir, 'case.sqlite');
  let firstIngest: ReturnType<typeof dossier>;

  before(() => {
    firstIngest = dossier(['ingest', sample, '--manifest', manifest, '--case', caseFile]);
  });

  test('ingest adds every sample article and says what the case holds', () => {
    const articles = readdirSync(sample).filter((f) => /\.(txt|md|html)$/.test(f)).length;
    assert.equal(firstIngest.status, 0, firstIngest.stderr);
    assert.match(firstIngest.stdout, new RegExp(`^${articles} added, 0 unchanged, 0 rejected`, 'm'));
  });

  test('a second ingest changes nothing and says so', () => {
    const again = dossier(['ingest', sample, '--manifest', manifest, '--case', caseFile]);
    assert.equal(again.status, 0, again.stderr);
    assert.match(again.stdout, /0 added, \d+ unchanged, 0 rejected — nothing changed/);
  });

  test('a bad file is named with its reason, the good one still goes in, and the exit code is 1', () => {
    const batch = mkdtempSync(join(tmpdir(), 'dossier-bad-'));
    writeFileSync(join(batch, 'empty.txt'), '');
    writeFileSync(join(batch, 'good.txt'), 'The Harbour Front (THF) reportedly opened an office in Port Alder in 2024, officials said.\n');
    const other = join(dir, 'other.sqlite');
    const run = dossier(['ingest', batch, '--case', other, '--json']);
    assert.equal(run.status, 1);
    const report = JSON.parse(run.stdout) as { added: unknown[]; rejected: { input: string; code: string }[] };
    assert.equal(report.added.length, 1);
    assert.equal(report.rejected.length, 1);
    assert.match(report.rejected[0]!.input, /empty\.txt$/);
    assert.equal(report.rejected[0]!.code, 'INGEST_EMPTY');
  });

  test('entities --json lists resolved entities with their aliases', () => {
    const run = dossier(['entities', '--case', caseFile, '--json']);
    assert.equal(run.status, 0, run.stderr);
    const entities = JSON.parse(run.stdout) as { name: string; type: string; aliases: string[] }[];
    assert.ok(entities.length > 10, `${entities.length} entities`);
    assert.ok(entities.every((e) => ['person', 'organization', 'location', 'event', 'work'].includes(e.type)));
  });

  test('show prints an entity with its claims, or a coded error for an unknown name', () => {
    const entities = JSON.parse(dossier(['entities', '--case', caseFile, '--json']).stdout) as { id: string; name: string; claims: number }[];
    const busiest = entities[0]!;
    const shown = dossier(['show', busiest.id, '--case', caseFile]);
    assert.equal(shown.status, 0, shown.stderr);
    assert.ok(shown.stdout.startsWith(busiest.name), shown.stdout.slice(0, 200));
    const missing = dossier(['show', 'Nobody Of That Name Anywhere', '--case', caseFile]);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /ENTITY_NOT_FOUND/);
  });

  test('extract --format eval needs no case and the shared scorer finds nothing invalid in it', () => {
    const out = join(dir, 'extract.json');
    const run = dossier(['extract', sample, '--manifest', manifest, '--format', 'eval']);
    assert.equal(run.status, 0, run.stderr);
    writeFileSync(out, run.stdout);
    const gold = repoPath('test', 'fixtures', 'sample-gold.json');
    const scored = spawnSync(process.execPath, [sharedPath('eval', 'score.mjs'), gold, out], { encoding: 'utf8' });
    assert.equal(scored.status, 0, scored.stderr);
    assert.doesNotMatch(scored.stdout, /invalid/i, scored.stdout);
  });

  test('export --format eval of the case matches what extract gives for the same documents', () => {
    const exported = JSON.parse(dossier(['export', '--format', 'eval', '--case', caseFile]).stdout) as { documents: { doc: string }[] };
    const extracted = JSON.parse(dossier(['extract', sample, '--manifest', manifest, '--format', 'eval']).stdout) as { documents: { doc: string }[] };
    assert.deepEqual(exported.documents.map((d) => d.doc).sort(), extracted.documents.map((d) => d.doc).sort());
  });

  test('a reading command on a case that does not exist says so and creates nothing', () => {
    const missing = join(dir, 'typo.sqlite');
    const run = dossier(['entities', '--case', missing]);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /typo\.sqlite.*STORE_NOT_FOUND/);
    assert.equal(existsSync(missing), false);
  });

  test('an unknown export format is a coded error naming the formats', () => {
    const run = dossier(['export', '--format', 'pdf', '--case', caseFile]);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /EXPORT_UNKNOWN_FORMAT/);
  });

  test('--help says what each command does', () => {
    const help = dossier(['--help']);
    for (const command of ['ingest', 'extract', 'export', 'entities', 'claims', 'show']) assert.match(help.stdout, new RegExp(`^  ${command}\\b`, 'm'), command);
  });

  test('the development corpus extracts in the evaluation format without invalid lines', () => {
    const corpus = sharedPath('corpus');
    const files = readdirSync(corpus).filter((f) => f.endsWith('.txt')).map((f) => join(corpus, f));
    const run = dossier(['extract', ...files, '--manifest', join(corpus, 'manifest.csv'), '--format', 'eval']);
    assert.equal(run.status, 0, run.stderr);
    const out = join(dir, 'dev.json');
    writeFileSync(out, run.stdout);
    const scored = spawnSync(process.execPath, [sharedPath('eval', 'score.mjs'), sharedPath('eval', 'gold', 'seeds.json'), out], { encoding: 'utf8' });
    assert.equal(scored.status, 0, scored.stderr);
    assert.doesNotMatch(scored.stdout, /invalid/i, scored.stdout);
  });
});

