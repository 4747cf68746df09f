import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { DossierError, ERROR_CODES, IngestError } from '../../src/core/index.js';
import { repoPath } from '../fixtures/paths.js';

test('docs/errors.md documents exactly the codes in ERROR_CODES', () => {
  const table = readFileSync(repoPath('docs', 'errors.md'), 'utf8');
  const documented = [...table.matchAll(/^\| `([A-Z_0-9]+)` \|/gm)].map((m) => m[1]);
  assert.deepEqual([...documented].sort(), [...ERROR_CODES].sort());
});

test('an error names its file and line first, and keeps its code and subclass', () => {
  const err = new IngestError('INGEST_NOT_UTF8', 'not valid UTF-8', { file: 'a.txt', line: 3 });
  assert.equal(err.message, 'a.txt:3: not valid UTF-8');
  assert.equal(err.name, 'IngestError');
  assert.ok(err instanceof DossierError);
  assert.equal(err.code, 'INGEST_NOT_UTF8');
});

test('an error with only a field names the field', () => {
  assert.equal(new DossierError('CONFIG_INVALID', 'must be a port', { field: 'port' }).message, 'port: must be a port');
});
