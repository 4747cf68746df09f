import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import Database from 'better-sqlite3';
import { repoPath } from '../../fixtures/paths.js';
import { dossierSync } from './run-dossier.js';

// `dossier check` end to end: exit 0 when consistent, 1 with one line per inconsistency, --json for
// scripts, --repair; and `dossier ingest` completing a case an earlier run left with entities behind.

const sample = repoPath('examples', 'sample');
const articles = ['01-harbour-ledger-sallow-ford-bombing.txt', '12-harbour-ledger-maddoc-profile.md'].map((f) => join(sample, f));

interface CheckJson {
  readonly consistent: boolean;
  readonly problems: readonly { kind: string; message: string; docId?: string }[];
  readonly pending: readonly { kind: string }[];
  readonly counts: { documents: number; entities: number };
  readonly repaired?: readonly string[];
}

const FIRST = "SELECT id FROM documents WHERE name LIKE '01-%'";

function edit(file: string, ...statements: string[]): void {
  const db = new Database(file);
  db.pragma('foreign_keys = OFF');
  for (const sql of statements) db.exec(sql);
  db.close();
}

describe('dossier check', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-check-cli-'));
  const whole = join(dir, 'whole.sqlite');
  let n = 0;
  const copy = (): string => {
    const file = join(dir, `copy-${++n}.sqlite`);
    copyFileSync(whole, file);
    return file;
  };

  before(() => {
    const run = dossierSync(['ingest', ...articles, '--case', whole]);
    assert.equal(run.code, 0, run.stderr);
  });

  test('a whole case: exit 0, one line, and the file is left as it was', () => {
    const bytes = readFileSync(whole);
    const run = dossierSync(['check', '--case', whole]);
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.match(run.stdout, /^case .*whole\.sqlite: consistent — 2 documents, \d+ claims, \d+ entities\n$/);
    assert.ok(readFileSync(whole).equals(bytes), 'check wrote to the case');
  });

  test('a damaged case: exit 1, each inconsistency on its own line naming table and document', () => {
    const file = copy();
    edit(file, `DELETE FROM claims WHERE rowid IN (SELECT rowid FROM claims WHERE doc_id = (${FIRST}) LIMIT 2)`, "DELETE FROM documents WHERE name LIKE '12-%'");
    const run = dossierSync(['check', '--case', file]);
    assert.equal(run.code, 1, run.stdout + run.stderr);
    const lines = run.stdout.trimEnd().split('\n');
    const problems = lines.filter((line) => line.startsWith('inconsistent: '));
    assert.ok(problems.some((line) => /^inconsistent: document 01-harbour-ledger-sallow-ford-bombing\.txt \([0-9a-f]{12}\): saved with \d+ claims, \d+ present \[partial-document\]$/.test(line)), run.stdout);
    for (const table of ['sentences', 'mentions', 'entity_mentions']) {
      assert.ok(problems.some((line) => new RegExp(`^inconsistent: ${table}: \\d+ rows of document [0-9a-f]{12}, which is not in the case \\[orphan-rows\\]$`).test(line)), `${table}: ${run.stdout}`);
    }
    assert.match(lines.at(-1)!, new RegExp(`: ${problems.length} inconsistencies; \`dossier check --repair\` fixes what it can`));

    const json = dossierSync(['check', '--case', file, '--json']);
    assert.equal(json.code, 1);
    const report = JSON.parse(json.stdout) as CheckJson;
    assert.equal(report.consistent, false);
    assert.deepEqual(report.problems.map((p) => `inconsistent: ${p.message} [${p.kind}]`), problems, 'the JSON lists what the lines list');
  });

  test('--repair makes a damaged case consistent and says what it did', () => {
    const file = copy();
    edit(file, `DELETE FROM mentions WHERE rowid IN (SELECT rowid FROM mentions WHERE doc_id = (${FIRST}) LIMIT 3)`, "DELETE FROM documents WHERE name LIKE '12-%'");
    const run = dossierSync(['check', '--repair', '--case', file, '--json']);
    assert.equal(run.code, 0, run.stdout + run.stderr);
    const report = JSON.parse(run.stdout) as CheckJson;
    assert.deepEqual([report.consistent, report.problems, report.pending], [true, [], []]);
    assert.ok(report.repaired!.some((a) => /^deleted \d+ rows whose document is not in the case$/.test(a)), report.repaired!.join('\n'));
    assert.ok(report.repaired!.includes('read document 01-harbour-ledger-sallow-ford-bombing.txt again from its stored text'), report.repaired!.join('\n'));
    assert.equal(dossierSync(['check', '--case', file]).code, 0);
  });

  test('entities behind the documents (a killed ingest): exit 0 with the pending work, and the next ingest completes it', () => {
    const file = copy();
    edit(file, "UPDATE meta SET value = '0' WHERE key = 'resolved_generation'", 'DELETE FROM entity_mentions', 'DELETE FROM entities');
    const run = dossierSync(['check', '--case', file]);
    assert.equal(run.code, 0, run.stdout);
    assert.match(run.stdout, /^pending: entities are behind the case by 2 saved documents or overrides .*the next `dossier ingest` or `dossier check --repair` re-resolves them$/m);
    assert.match(run.stdout, /consistent, with pending work — 2 documents, \d+ claims, 0 entities \(behind\)$/m);

    const reader = dossierSync(['entities', '--case', file]);
    assert.equal(reader.code, 0, reader.stderr);
    assert.match(reader.stderr, /^dossier: note: .*: the entities are behind the documents .*`dossier check --repair` or the next `dossier ingest` brings them up to date\n$/, 'a reader says what it shows is behind');

    const again = dossierSync(['ingest', ...articles, '--case', file]);
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stdout, /^0 added, 2 unchanged, 0 rejected — entities re-resolved: an earlier run stopped before resolving them$/m);
    const after = JSON.parse(dossierSync(['check', '--case', file, '--json']).stdout) as CheckJson;
    assert.deepEqual([after.consistent, after.pending], [true, []]);
    assert.ok(after.counts.entities > 0);
    assert.match(dossierSync(['ingest', ...articles, '--case', file]).stdout, /— nothing changed$/m, 'and only once');
    assert.equal(dossierSync(['entities', '--case', file]).stderr, '', 'no note once the entities are current');
  });

  test('a case that is not there: exit 2, and no file is made', () => {
    const missing = join(dir, 'missing.sqlite');
    const run = dossierSync(['check', '--case', missing]);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /missing\.sqlite: no case here.*\[STORE_NOT_FOUND\]/);
    assert.equal(existsSync(missing), false);
  });
});
