import assert from 'node:assert/strict';
import { test } from 'node:test';
import { osReason } from '../../src/ingest/index.js';

const errno = (code: string): Error => Object.assign(new Error(`${code}: raw`), { code });

test('system error codes read as words', () => {
  assert.equal(osReason(errno('ENOENT')), 'no such file or directory');
  assert.equal(osReason(errno('ECONNREFUSED')), 'connection refused');
  assert.equal(osReason(errno('ETIMEDOUT')), 'timed out');
  assert.equal(osReason(errno('EACCES')), 'permission denied');
});

test('the reason is found through a wrapping error ("fetch failed" → its cause)', () => {
  assert.equal(osReason(new Error('fetch failed', { cause: errno('ECONNREFUSED') })), 'connection refused');
});

test('an error with no known code keeps its own message', () => {
  assert.equal(osReason(new Error('something odd')), 'something odd');
  assert.equal(osReason('a string'), 'a string');
});
