// Invented group names; each case says which abbreviation habit it covers.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { acronymOf, isAcronymOf } from '../../src/resolve/acronym.js';

const WRITTEN: ReadonlyArray<[name: string, acronym: string | null]> = [
  ['RVF', 'RVF'],
  ['LeV', 'LEV'],            // a lower-case connector inside
  ['IV-K', 'IVK'],           // hyphenated
  ['O.R.', 'OR'],            // dotted
  ['MI-404', 'MI404'],       // with digits
  ['Varnia', null],          // a word
  ['VarnStrat', null],       // camel case, mostly lower case
  ['Red Valley Front', null],
];
for (const [name, acronym] of WRITTEN) test(`acronymOf(${JSON.stringify(name)})`, () => assert.equal(acronymOf(name), acronym, name));

const ABBREVIATES: ReadonlyArray<[acronym: string, name: string, expected: boolean]> = [
  ['LEV', 'Lashkar-e-Varnia', true],                  // hyphenated parts count, connector kept
  ['TSO', 'Tehrik-e-Salar Ostria', true],             // connector dropped
  ['IVKP', 'Islamic Valley of Khorasan Province', true],
  ['ISO', 'Inter-Services Ostrian', true],            // a hyphenated first word gives two letters
  ['RVF', 'Red Valley Front', true],
  ['RVF', 'Red Valley Force Group', false],           // one initial too many
  ['VF', 'Red Valley Front', false],                  // not a prefix match
];
for (const [acronym, name, expected] of ABBREVIATES) test(`isAcronymOf(${acronym}, ${name}) is ${expected}`, () => assert.equal(isAcronymOf(acronym, name), expected));
