import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { DossierError, StoreError } from '../../src/core/index.js';
import { openStore } from '../../src/store/index.js';
import { MIGRATIONS } from '../../src/store/schema.js';
import { SqliteRunner } from '../../src/store/sqlite-runner.js';
import { storeContract } from './contract.js';
import { incrementalContract } from './incremental-contract.js';
import { readModelContract } from './read-model-contract.js';

const freshFile = (): string => join(mkdtempSync(join(tmpdir(), 'dossier-store-')), 'case.sqlite');

storeContract('sqlite', () => openStore({ case: freshFile() }));
readModelContract('sqlite', () => openStore({ case: freshFile() }));
incrementalContract('sqlite', () => openStore({ case: freshFile() }));

test('sqlite: a case from a newer dossier is refused, not overwritten', async () => {
  const file = freshFile();
  await (await openStore({ case: file })).close();
  const db = new Database(file);
  db.prepare("UPDATE meta SET value = '999' WHERE key = 'schema_version'").run();
  db.close();
  await assert.rejects(openStore({ case: file }), (err: unknown) => err instanceof DossierError && err.code === 'STORE_SCHEMA_TOO_NEW' && err.message.includes(file));
});

test('sqlite: a file that is not a database is reported with its name', async () => {
  const file = freshFile();
  writeFileSync(file, 'this is not sqlite '.repeat(100));
  await assert.rejects(openStore({ case: file }), (err: unknown) => err instanceof Error && err.message.includes(file));
});

test('sqlite: a case made by schema version 1 is migrated in place and keeps its rows', async () => {
  const file = freshFile();
  const db = new Database(file);
  for (const statement of MIGRATIONS[0]!) db.exec(statement as string);
  db.prepare("INSERT INTO meta VALUES ('schema_version', '1')").run();
  db.prepare("INSERT INTO entities VALUES ('e1', 'Red Valley Front', 'organization', '[]', '[]')").run();
  db.prepare("INSERT INTO entity_mentions VALUES ('doc1:0-3', 'e1')").run();
  db.close();
  const store = await openStore({ case: file });
  const resolution = await store.loadResolution();
  assert.equal(resolution.entities[0]?.name, 'Red Valley Front');
  assert.equal(resolution.version, 'unknown');
  await store.close();
  const after = new Database(file);
  assert.equal(after.prepare("SELECT value FROM meta WHERE key = 'schema_version'").pluck().get(), String(MIGRATIONS.length));
  after.close();
});

test('sqlite: the case is in WAL mode', async () => {
  const file = freshFile();
  await (await openStore({ case: file })).close();
  const db = new Database(file);
  assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
  db.close();
});

test('sqlite: a write waits for another process\'s lock, and one held too long is STORE_BUSY naming the case', async () => {
  const file = freshFile();
  await (await openStore({ case: file })).close();
  // better-sqlite3 waits for a lock synchronously, so the holder must be another process, as in real use.
  const holder = spawn(process.execPath, ['-e', `
    const db = new (require(${JSON.stringify(createRequire(import.meta.url).resolve('better-sqlite3'))}))(${JSON.stringify(file)});
    db.exec('BEGIN IMMEDIATE'); console.log('locked');
    setTimeout(() => { db.exec('COMMIT'); db.close(); }, 1500);`], { stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = once(holder, 'exit');
  await once(holder.stdout, 'data');
  const impatient = SqliteRunner.open(file, 200);
  await assert.rejects(impatient.transaction(async () => undefined), (err: unknown) =>
    err instanceof StoreError && err.code === 'STORE_BUSY' && err.message.startsWith(`${file}: the case stayed locked by another process for over 0.2s`));
  const patient = SqliteRunner.open(file, 30_000);
  assert.equal(await patient.transaction(async () => 'written'), 'written', 'a lock released in time is waited for');
  await impatient.close();
  await patient.close();
  await exited;
});
