import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findEntity, lookupEntity } from '../../src/analysis/index.js';
import { QueryError } from '../../src/core/index.js';
import { buildCase, idOf, WORLD } from './case-builder.js';

const snapshot = buildCase([], { entities: [...WORLD, { name: 'Amber Hand Youth', type: 'organization' }, { name: 'Varnholt', type: 'location', aliases: ['RVF'] }] });

const CASES: ReadonlyArray<readonly [query: string, expected: string | 'ambiguous' | 'not-found', matchedBy?: string]> = [
  ['amber hand', 'Amber Hand', 'name'],
  ['AMBER HAND YOUTH', 'Amber Hand Youth', 'name'],
  ['nsb', 'Northern Shield Brigade', 'alias'],
  ['RVF', 'ambiguous'],
  ['kessel prov', 'Kessel Province', 'prefix'],
  ['shield', 'Northern Shield Brigade', 'substring'],
  ['port alder', 'Port Alder', 'name'],
  ['Varn', 'Ilsa Varn', 'alias'],
  ['Zorbian Legion', 'not-found'],
  ['', 'not-found'],
];
for (const [query, expected, matchedBy] of CASES) {
  test(`lookup "${query}" → ${expected}`, () => {
    const found = lookupEntity(snapshot, query);
    if (expected === 'ambiguous' || expected === 'not-found') return assert.equal(found.status, expected);
    assert.equal(found.status, 'found');
    if (found.status !== 'found') return;
    assert.equal(found.entity.name, expected);
    assert.equal(found.matchedBy, matchedBy);
  });
}

test('lookup by id', () => assert.equal(findEntity(snapshot, idOf('Amber Hand')).name, 'Amber Hand'));

test('findEntity throws coded errors a user can act on', () => {
  assert.throws(() => findEntity(snapshot, 'RVF'), (err: unknown) => err instanceof QueryError && err.code === 'ENTITY_AMBIGUOUS' && /Red Valley Front/.test(err.message) && /Varnholt/.test(err.message));
  assert.throws(() => findEntity(snapshot, 'Zorbian Legion'), (err: unknown) => err instanceof QueryError && err.code === 'ENTITY_NOT_FOUND');
});
