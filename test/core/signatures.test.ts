import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fitsSignature, type EntityType, type Predicate } from '../../src/core/index.js';

const CASES: ReadonlyArray<[predicate: Predicate, subject: EntityType, object: EntityType, fits: boolean]> = [
  ['leader_of', 'person', 'organization', true],
  ['leader_of', 'person', 'location', false],          // a title held over a country is no leader_of
  ['sponsors', 'location', 'organization', true],      // a state acting, as its place
  ['sponsors', 'organization', 'location', false],     // "under the Front's control" said of a town is no sponsorship
  ['operates_in', 'organization', 'location', true],
  ['operates_in', 'location', 'location', false],
  ['attacked', 'organization', 'event', true],
  ['relative_of', 'person', 'organization', false],
];
for (const [predicate, subject, object, fits] of CASES) {
  test(`signature: ${subject} ${predicate} ${object} → ${fits}`, () => assert.equal(fitsSignature(predicate, subject, object), fits));
}
