import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { DossierError } from '../../src/core/index.js';
import { openStore } from '../../src/store/index.js';
import { storeContract } from './contract.js';

const freshFile = (): string => join(mkdtempSync(join(tmpdir(), 'dossier-store-')), 'case.sqlite');

storeContract('sqlite', () => openStore({ case: freshFile() }));

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

test('sqlite: the case is in WAL mode', async () => {
  const file = freshFile();
  await (await openStore({ case: file })).close();
  const db = new Database(file);
  assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
  db.close();
});
