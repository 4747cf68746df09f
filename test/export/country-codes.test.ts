import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countryCodeOf } from '../../src/export/country-codes.js';

const CASES: ReadonlyArray<[name: string, code: string | undefined]> = [
  ['France', 'FR'],
  ['the Netherlands', 'NL'],
  ['côte d’ivoire', 'CI'],
  ['Ashfen Province', undefined],   // invented
  ['Morvania', undefined],          // invented
  ['European Union', undefined],    // a pseudo-region, not a country
];
for (const [name, code] of CASES) test(`countryCodeOf(${name})`, () => assert.equal(countryCodeOf(name), code));
