import assert from 'node:assert/strict';
import { test } from 'node:test';
import { refusalOf } from '../../src/ingest/index.js';

const CASES: readonly [address: string, reason: RegExp | null][] = [
  ['127.0.0.1', /loopback/], ['127.255.0.9', /loopback/], ['::1', /loopback/],
  ['::ffff:127.0.0.1', /loopback/], ['::ffff:7f00:1', /loopback/], ['::ffff:a00:1', /RFC 1918/],
  ['10.0.0.1', /RFC 1918/], ['172.16.0.1', /RFC 1918/], ['172.31.255.255', /RFC 1918/], ['192.168.1.1', /RFC 1918/],
  ['169.254.0.1', /link-local/], ['fe80::1', /link-local/], ['169.254.169.254', /metadata/], ['fd00:ec2::254', /metadata/],
  ['fc00::1', /unique local/], ['fdff::1', /unique local/], ['0.0.0.0', /unspecified/], ['::', /unspecified/],
  ['100.64.0.1', /RFC 6598/], ['224.0.0.1', /multicast/], ['ff02::1', /multicast/],
  // Public addresses, including neighbours of the refused ranges.
  ['93.184.216.34', null], ['172.15.255.255', null], ['172.32.0.1', null], ['192.169.0.1', null], ['11.0.0.1', null],
  ['2606:4700::1111', null], ['fec0::1', null], ['::ffff:93.184.216.34', null],
];

for (const [address, reason] of CASES) {
  test(`${address} → ${reason ?? 'public'}`, () => {
    const got = refusalOf(address);
    if (reason === null) assert.equal(got, null);
    else assert.match(got ?? 'allowed', reason);
  });
}

test('with allowPrivate only metadata addresses are refused', () => {
  assert.equal(refusalOf('127.0.0.1', true), null);
  assert.equal(refusalOf('10.0.0.1', true), null);
  assert.match(refusalOf('169.254.169.254', true) ?? 'allowed', /metadata/);
});

test('a name is not an address: DNS has to answer first', () => {
  assert.equal(refusalOf('example.org'), 'not an IP address');
});
