// Pairs that must stay apart: every group, person and place here is invented.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ResolveResult } from '../../src/core/index.js';
import { resolveEntities } from '../../src/resolve/index.js';
import { isFictionalNationality, makeDocument } from './make-document.js';

const entityOf = (result: ResolveResult, form: string): string | undefined => result.entities.find((e) => e.aliases.includes(form) || e.name === form)?.id;

const APART: ReadonlyArray<[name: string, documents: readonly string[], a: string, b: string]> = [
  ['a province is not its parent', ['The [Islamic Valley Khorasan Province|organization] and the [Islamic Valley|organization].', '[Islamic Valley|organization] spoke.'], 'Islamic Valley Khorasan Province', 'Islamic Valley'],
  ['two complements leave the bare name apart', ['[Communal Party of Ostria|organization] and [Communal Party of Varnia|organization].', 'The [Communal Party|organization] met.'], 'Communal Party', 'Communal Party of Ostria'],
  ['the parent acronym in brackets after its branch', ['The [Red Valley Front|organization] grew. The [Ashfen Brigade|organization] ([RVF|organization]) struck.'], 'Ashfen Brigade', 'RVF'],
  ['a branch acronym is not the parent', ['[IVKP|organization] and [Islamic Valley|organization] and [Islamic Valley Khorasan Province|organization].'], 'IVKP', 'Islamic Valley'],
  ['a national qualifier is not the movement', ['The [Ostrian Salar|organization] and [Tehrik-e-Salar Ostria|organization].'], 'Ostrian Salar', 'Tehrik-e-Salar Ostria'],
  ['one word of a group name', ['[Salar|organization] fighters and [Tehrik-e-Salar Ostria|organization].', '[Salar|organization] again.'], 'Salar', 'Tehrik-e-Salar Ostria'],
  ['father and son across documents', ['[Nasir Varro|person] ruled.', '[Mir Shafiq Varro|person] fought.'], 'Nasir Varro', 'Mir Shafiq Varro'],
  ['a renamed group is kept apart', ['The [Dawn Column|organization], formerly known as the [Tarvel Column|organization], struck.'], 'Dawn Column', 'Tarvel Column'],
  ['a shared surname alone across documents', ['[Tarek Olm|person] spoke.', 'Then [Olm|person] left.'], 'Tarek Olm', 'Olm'],
  ['an honorific and a name is not the longer name', ['[Hafiz Vendi|person] preached.', '[Hafiz Vendi Kessar|person] led.'], 'Hafiz Vendi', 'Hafiz Vendi Kessar'],
  ['an honorific and a name in one document', ['[Hafiz Vendi Kessar|person] led. [Hafiz Vendi|person] preached.'], 'Hafiz Vendi', 'Hafiz Vendi Kessar'],
  ['an acronym that fits two defined names', ['[Inter-Service Intelligence|organization] ([ISI|organization]).', '[Islamic State of Irvania|organization] ([ISI|organization]).', 'The [ISI|organization] said.'], 'Inter-Service Intelligence', 'Islamic State of Irvania'],
  ['a short name that fits two people', ['[Tarek Ansel Olm|person] and [Tarek Bruno Olm|person].', '[Tarek Olm|person] spoke.'], 'Tarek Ansel Olm', 'Tarek Bruno Olm'],
  ['a place is not a person of that surname', ['[Orvan|person] district.', '[Hafiz Vendi Orvan|person] led.'], 'Orvan', 'Hafiz Vendi Orvan'],
  ['South and South East are two regions', ['[South Varnia|location] and [South East Varnia|location].'], 'South Varnia', 'South East Varnia'],
  ['two one-word places a vowel apart', ['[Malvo|location] and [Melvo|location].'], 'Malvo', 'Melvo'],
  ['a religious title with one name is not the surname of a full name', ['[Mullah Varro|person] preached.', '[Tarek Varro|person] spoke.'], 'Mullah Varro', 'Tarek Varro'],
  ['a person and a place with one word', ['[Varro|person] spoke.', '[Varro|location] lies east.'], 'Varro', 'Varro'],
  ['a first family name that fits two full names', ['[Tomás Berro Alcázar|person] and [Inés Berro Lumbre|person] fled. Later [Berro|person] spoke.'], 'Tomás Berro Alcázar', 'Berro'],
  ['two family names shared by two siblings', ['[Tomás Berro Alcázar|person] and [Inés Berro Alcázar|person] fled.', '[Berro Alcázar|person] was seen.'], 'Tomás Berro Alcázar', 'Berro Alcázar'],
  ['a dash that lists, not restates', ['The [Ostan Islamic Union|organization] — [Kessa Front|organization] and others — fought.'], 'Ostan Islamic Union', 'Kessa Front'],
  ['a country\'s short form is not the initials of a place', ['Shelling hit [Urem al-Kasra|location].', 'The [UK|location] condemned it.'], 'Urem al-Kasra', 'UK'],
  ['a valley is not the region it runs through', ['Fighting in the [Kessa Valley|location] spread across [Kessa|location].'], 'Kessa Valley', 'Kessa'],
  ['"the Army" is no foreign-headed group', ['The [Jaish Nasr al-Kessa|organization] struck. The [Army|organization] replied.'], 'Jaish Nasr al-Kessa', 'Army'],
  ['an acronym is no place opening a name', ['The [UN|location] sent the [UN Board of Inquiry|organization]; the [Board of Inquiry|organization] sat.'], 'UN Board of Inquiry', 'UN'],
  ['a bare name beside two units of that name', ['[Varn Province|location] and [Varn City|location] were shelled.', 'Then [Varn|location] fell.'], 'Varn Province', 'Varn'],
  ['"or" between two groups is a choice, not a name', ['Either the [Kessa Front|organization], or the [Orvan Guard|organization] struck first.'], 'Kessa Front', 'Orvan Guard'],
  ['an acronym in a list after a name', ['The [External Security Bureau|organization], the [KKB|organization], and the army met.'], 'External Security Bureau', 'KKB'],
  ['an "Islamic State of" group is no state', ['The [Islamic State of Ostravia|organization] struck.', 'Fighting in [Ostravia|location] went on.'], 'Islamic State of Ostravia', 'Ostravia'],
  ['a Russian-style ending on a son\'s surname', ['[Orlan Varn|person] ruled.', '[Tomas Varnov|person] fought.'], 'Orlan Varn', 'Tomas Varnov'],
];
for (const [name, texts, a, b] of APART) {
  test(`apart: ${name}`, () => {
    const result = resolveEntities(texts.map((t, i) => makeDocument(`d${i}`, t)));
    const ea = entityOf(result, a);
    const eb = entityOf(result, b);
    assert.ok(ea !== undefined && eb !== undefined, `${name}: both should be found`);
    if (a === b) assert.equal(result.entities.filter((e) => e.name === a).length, 2, `${name}: two entities named ${a}`);
    else assert.notEqual(ea, eb, `${name}: "${a}" and "${b}" must stay apart`);
  });
}

test('apart: a proper name that ends a longer group name is not its short form', () => {
  const result = resolveEntities([makeDocument('d0', 'The [Grey Hill Salar|organization] met. Later the [Salar|organization] left.')], [], { isNationality: isFictionalNationality });
  assert.notEqual(entityOf(result, 'Grey Hill Salar'), entityOf(result, 'Salar'));
});

test('apart: a head noun without "the" is not a short form', () => {
  const result = resolveEntities([makeDocument('d0', 'The [Ashfen Constabulary|organization] wrote. [Front|organization] Line news.')]);
  assert.notEqual(entityOf(result, 'Ashfen Constabulary'), entityOf(result, 'Front'));
});

test('apart: two nationalities qualify one bare name, so the bare name is neither', () => {
  const result = resolveEntities([makeDocument('d0', 'The [Ostrian Valley Front|organization], the [Morvanian Valley Front|organization] and the [Valley Front|organization].')], [], { isNationality: isFictionalNationality });
  assert.notEqual(entityOf(result, 'Ostrian Valley Front'), entityOf(result, 'Valley Front'));
  assert.notEqual(entityOf(result, 'Morvanian Valley Front'), entityOf(result, 'Valley Front'));
});

test('apart: a qualified name the gazetteer lists as another group', () => {
  const gazetteer = (name: string): string | null => (name === 'Ostrian Valley Front' ? 'FICT.002' : null);
  const result = resolveEntities([makeDocument('d0', 'The [Ostrian Valley Front|organization] and the [Valley Front|organization].')], [], { gazetteer, isNationality: isFictionalNationality });
  assert.notEqual(entityOf(result, 'Ostrian Valley Front'), entityOf(result, 'Valley Front'));
});

test('apart: a nationality-qualified group and the bare name in different documents only', () => {
  const result = resolveEntities([makeDocument('d0', 'The [Ostrian Valley Front|organization] met.'), makeDocument('d1', 'The [Valley Front|organization] met.')], [], { isNationality: isFictionalNationality });
  assert.notEqual(entityOf(result, 'Ostrian Valley Front'), entityOf(result, 'Valley Front'));
});

test('apart: a listed alias that shares no word with the group (a front or successor) is not merged by the list', () => {
  const gazetteer = (name: string): string | null => (/^(Valley Front|Relief Trust of Ostria)$/.test(name) ? 'FICT.003' : null);
  const result = resolveEntities([makeDocument('d0', 'The [Valley Front|organization] and its charity, the [Relief Trust of Ostria|organization].')], [], { gazetteer });
  assert.notEqual(entityOf(result, 'Valley Front'), entityOf(result, 'Relief Trust of Ostria'));
});

test('successors filed under one list entry stay apart when they share only a place', () => {
  const gazetteer = (name: string): string | null => (['Vorna Front in Ostravia', 'Islamic State of Ostravia'].includes(name) ? 'QDe.999' : null);
  const isPlace = (name: string): boolean => name.toLowerCase() === 'ostravia';
  const result = resolveEntities([
    makeDocument('d0', 'The [Vorna Front in Ostravia|organization] grew.'),
    makeDocument('d1', 'The [Islamic State of Ostravia|organization] followed.'),
  ], [], { gazetteer, isPlace });
  const holder = (form: string): string | undefined => result.entities.find((e) => e.aliases.includes(form))?.id;
  assert.notEqual(holder('Vorna Front in Ostravia'), holder('Islamic State of Ostravia'));
});

test('together: the names of a parent the list names only through its branches join, sharing no word', () => {
  const gazetteer = (name: string): string | null => (['Dorvesh', 'Valley State'].includes(name) ? 'derived:VALM' : null);
  const result = resolveEntities([makeDocument('d0', 'The [Valley State|organization] grew.'), makeDocument('d1', 'Fighters of [Dorvesh|organization] fled.')], [], { gazetteer });
  assert.equal(entityOf(result, 'Dorvesh'), entityOf(result, 'Valley State'));
});
