import assert from 'node:assert/strict';
import { test } from 'node:test';
import { uuidV5 } from '../../src/export/uuid-v5.js';

test('uuidV5 matches the RFC 4122 reference (Python uuid5(NAMESPACE_DNS, "python.org"))', () => {
  assert.equal(uuidV5('python.org', '6ba7b810-9dad-11d1-80b4-00c04fd430c8'), '886313e1-3b8a-5372-9b90-0c9aee199e5d');
});

test('uuidV5 differs by name and is stable', () => {
  assert.notEqual(uuidV5('entity:rvf'), uuidV5('entity:gfm'));
  assert.equal(uuidV5('entity:rvf'), uuidV5('entity:rvf'));
});
