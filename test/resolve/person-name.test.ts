// Invented people; each row says why two names are, or cannot be, one person.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fullNameRelation, namesConflict, shortFormRelation } from '../../src/resolve/person-name.js';
import { parseSurfaceForm } from '../../src/resolve/surface-form.js';

const person = (text: string) => parseSurfaceForm(text, 'person');

const FULL: ReadonlyArray<[a: string, b: string, relation: string | null, why: string]> = [
  ['Tarek Olm', 'Gen. Tarek Olm', 'same-name', 'title stripped'],
  ['Shafiq Varro', 'Mir Shafiq Varro', 'same-name', 'honorific dropped'],
  ['Rana Ashvel', 'Rana Mohammad Ashvel', 'middle-name-dropped', 'middle name left out'],
  ['Hafiz Vendi Kessar', 'Hafiz Vendi Kessar Orvani', 'name-extended', 'tribal name added'],
  ['Mohammad Tarvel', 'Muhammad Tarvel', 'same-name', 'transliteration'],
  ['Hafiz Vendi', 'Hafiz Vendi Kessar', null, 'an honorific and one name is its own name'],
  ['Nasir Varro', 'Shafiq Varro', null, 'father and son share only a surname'],
  ['Tarek Olm', 'Tarek Ulvar', null, 'share only a given name'],
  ['Hafiz Vendi', 'Qari Vendi', null, 'different honorifics with one name'],
  ['A. Q. Varro', 'Abdul Qadir Varro', 'same-name', 'initials for given names'],
  ['Anna Mahjar-Varro', 'Anna Mahjar Varro', 'same-name', 'a hyphen or a space inside the surname'],
  ['E. Varro', 'Elin Varro', 'same-name', 'an initial that looks like a connector'],
  ['A. Varro', 'Tarek Varro', null, 'an initial that does not fit'],
  ['Orlan Tesvar', 'Orlan Tesvarov', 'same-name', 'a Russian-style ending on one surname'],
  ['Berro Alcázar', 'Tomás Berro Alcázar', 'given-name-dropped', 'two family names without the given name'],
  ['Abu Yasir al-Tamuwi', 'Abou Yassir al-Tamoui', 'same-name', 'French romanisation: ou for u, w dropped, doubled s'],
  ['Tomas Varnov', 'Orlan Varn', null, 'a father and a son whose surname adds an ending'],
];
for (const [a, b, relation, why] of FULL) test(`fullNameRelation: ${a} / ${b} (${why})`, () => assert.equal(fullNameRelation(person(a), person(b)), relation));

const SHORT: ReadonlyArray<[short: string, full: string, relation: string | null]> = [
  ['Olm', 'Tarek Olm', 'surname'],
  ['Tarek', 'Tarek Olm', 'given-name'],
  ['Ansel', 'Tarek Ansel Olm', null],        // a middle name alone is not how people are named
  ['Hafiz Vendi', 'Hafiz Vendi Kessar', null],
  ['bin Varro', 'Osama bin Varro', 'surname'],          // a particle belongs to the surname
  ['Mahjar-Varro', 'Anna Mahjar-Varro', 'surname'],     // a hyphenated surname is one word
  ['al-Turvel', 'Abu Yasir al-Turvel', 'surname'],      // an Arabic article is not
  ['A.', 'Amael Tursk', null],                          // a lone initial names no one
  ['Varn', 'Tomas Varnov', null],                       // the ending may be a son's: only the plain surname counts
];
const FIRST_FAMILY: ReadonlyArray<[short: string, full: string, relation: string | null]> = [
  ['Berro', 'Tomás Berro Alcázar', 'first-family-name'],   // Spanish and Portuguese call a person by the first family name
  ['Alcázar', 'Tomás Berro Alcázar', 'surname'],
  ['Ansel', 'Tarek Ansel Olm Varro', null],                // only in a name of three words
];
for (const [short, full, relation] of FIRST_FAMILY) test(`shortFormRelation, first family name allowed: ${short} → ${full}`, () => assert.equal(shortFormRelation(person(short), person(full), true), relation));

for (const [short, full, relation] of SHORT) test(`shortFormRelation: ${short} → ${full}`, () => assert.equal(shortFormRelation(person(short), person(full)), relation));

const CONFLICTS: ReadonlyArray<[a: string, b: string, conflict: boolean]> = [
  ['Nasir Varro', 'Mir Shafiq Varro', true],      // kin: one surname, two people
  ['Hafiz Vendi', 'Hafiz Vendi Kessar', true],
  ['Tomas Vell', 'Abu Ferro', false],             // no shared word: may be an alias the text gives
  ['Rana Ashvel', 'Rana Mohammad Ashvel', false],
];
for (const [a, b, conflict] of CONFLICTS) test(`namesConflict: ${a} / ${b} is ${conflict}`, () => assert.equal(namesConflict(person(a), person(b)), conflict));
