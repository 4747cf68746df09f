import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countryCodeOf, regionOf } from '../../src/export/country-codes.js';

const CASES: ReadonlyArray<[name: string, code: string | undefined]> = [
  ['France', 'FR'],
  ['the Netherlands', 'NL'],
  ['côte d’ivoire', 'CI'],
  ['Ashfen Province', undefined],   // invented
  ['Morvania', undefined],          // invented
  ['European Union', undefined],    // a pseudo-region, not a country
];
for (const [name, code] of CASES) test(`countryCodeOf(${name})`, () => assert.equal(countryCodeOf(name), code));

const MORE: ReadonlyArray<[name: string, code: string | undefined]> = [
  ['Turkey', 'TR'],        // ICU now says Türkiye; news still says Turkey
  ['U.S.', 'US'],
  ['UK', 'GB'],
];
for (const [name, code] of MORE) test(`countryCodeOf(${name}), a name ICU does not give`, () => assert.equal(countryCodeOf(name), code));

const REGIONS: ReadonlyArray<[name: string, region: string | undefined]> = [
  ['South Asia', 'southern-asia'],
  ['Central Asia', 'central-asia'],
  ['Western Europe', 'western-europe'],
  ['the Ashfen hills', undefined],
];
for (const [name, region] of REGIONS) test(`regionOf(${name})`, () => assert.equal(regionOf(name), region));
