import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Assertion } from '../../src/analysis/index.js';
import type { EntityType, Predicate } from '../../src/core/index.js';
import { classifyArmedGroups, relationshipTypeOf } from '../../src/export/stix-mapping.js';

// Invented actors: the Grey Ford Movement (militia), the Cassarian Army, the Directorate (agency), Kestrel Hill (town).
const TYPES: Record<string, EntityType> = { gfm: 'organization', army: 'organization', dsi: 'organization', wing: 'organization', kestrel: 'location', orrin: 'person' };
const claim = (s: string, p: Predicate, o: string, negated = false): Assertion =>
  ({ id: `${s}|${p}|${o}|${negated ? 'not' : 'is'}`, subject: { id: s, name: s, type: TYPES[s]! }, predicate: p, object: { id: o, name: o, type: TYPES[o]! }, negated }) as unknown as Assertion;
const ORGS = new Set(['gfm', 'army', 'dsi', 'wing']);

const CASES: ReadonlyArray<[name: string, claims: Assertion[], armed: string[]]> = [
  ['a group that is supplied and attacks is armed', [claim('dsi', 'supplied', 'gfm'), claim('gfm', 'attacked', 'army')], ['gfm']],
  ['an army that arrests more than it is said to attack stays an identity', [claim('army', 'arrested', 'orrin'), claim('army', 'arrested', 'gfm'), claim('army', 'attacked', 'kestrel')], ['gfm']],
  ['"sponsors" a town is not state-like (wrong object type), so it does not veto', [claim('gfm', 'sponsors', 'kestrel'), claim('gfm', 'attacked', 'army')], ['gfm']],
  ['a denied supply makes nobody armed', [claim('dsi', 'supplied', 'gfm', true)], []],
  ['a branch of an armed group is armed', [claim('dsi', 'sponsors', 'gfm'), claim('wing', 'part_of', 'gfm')], ['gfm', 'wing']],
  ['a branch of an agency is not', [claim('wing', 'part_of', 'dsi'), claim('dsi', 'sponsors', 'gfm')], ['gfm']],
  ['people are never classified', [claim('dsi', 'supplied', 'orrin')], []],
];
for (const [name, claims, armed] of CASES) {
  test(`classifyArmedGroups: ${name}`, () => assert.deepEqual([...classifyArmedGroups(claims, ORGS).keys()].sort(), armed));
}

const TYPE_CASES: ReadonlyArray<[Predicate, boolean, string]> = [
  ['attacked', false, 'targets'], ['operates_in', false, 'located-at'], ['leader_of', false, 'leader-of'],
  ['sponsors', true, 'not-sponsors'], ['attacked', true, 'not-targets'],
];
for (const [p, negated, expected] of TYPE_CASES) {
  test(`relationshipTypeOf: ${negated ? 'NOT ' : ''}${p} → ${expected}`, () => assert.equal(relationshipTypeOf(claim('gfm', p, 'army', negated)), expected));
}
