// Invented names; the table says what each case strips or keeps.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EntityType } from '../../src/core/index.js';
import { resolveEntities } from '../../src/resolve/index.js';
import { parseSurfaceForm, titleBefore } from '../../src/resolve/surface-form.js';
import { makeDocument } from './make-document.js';

const CASES: ReadonlyArray<[text: string, type: EntityType, name: string, extra: Partial<{ titled: string; nickname: string; bracketed: string; honorific: string }>]> = [
  ['Dr. Naseem Varro', 'person', 'Naseem Varro', { titled: 'Dr. Naseem Varro' }],
  ['Lt. Gen. Tarek Olm', 'person', 'Tarek Olm', { titled: 'Lt. Gen. Tarek Olm' }],
  ['Sheikh Ilyas Varn', 'person', 'Ilyas Varn', { titled: 'Sheikh Ilyas Varn' }],
  ['Mullah Varro', 'person', 'Mullah Varro', { honorific: 'mullah' }],          // a religious title with one name is the name
  ['Dr Varro', 'person', 'Varro', { titled: 'Dr Varro' }],                      // other titles leave the surname
  ['Hafiz Vendi', 'person', 'Hafiz Vendi', { honorific: 'hafiz' }],            // an honorific that is half the name stays
  ['Tomas "the Heron" Vell', 'person', 'Tomas Vell', { nickname: 'Heron' }],
  ["the Red Valley Front's", 'organization', 'Red Valley Front', {}],
  ['Ostria’s', 'location', 'Ostria', {}],
  ['Red Valley Front (RVF)', 'organization', 'Red Valley Front', { bracketed: 'RVF' }],
  ['anti-Red Valley Front', 'organization', 'Red Valley Front', {}],
  ['General Varnia Motors', 'organization', 'General Varnia Motors', {}],       // titles are stripped from people only
  ['General', 'person', 'General', {}],
  ['former Minister Ilsa Varn', 'person', 'Ilsa Varn', { titled: 'former Minister Ilsa Varn' }],
  ['Comisario Heriberto Varro', 'person', 'Heriberto Varro', { titled: 'Comisario Heriberto Varro' }],   // Spanish titles too
  ['Capitán Ilsa Varn', 'person', 'Ilsa Varn', { titled: 'Capitán Ilsa Varn' }],                          // compared without accents
  ['Comandante Anselvo', 'person', 'Comandante Anselvo', { honorific: 'comandante' }],                  // a guerrilla's nom de guerre
  ['bin Varro', 'person', 'bin Varro', {}],                                     // a particle before a surname is not a description
  ['Varnwatch.org', 'organization', 'Varnwatch', { titled: 'Varnwatch.org' }],                          // an outlet by its web address                                         // nothing left after the title: keep it
];
for (const [text, type, name, extra] of CASES) {
  test(`parseSurfaceForm(${JSON.stringify(text)}, ${type})`, () => {
    const form = parseSurfaceForm(text, type);
    assert.equal(form.name, name, text);
    if (extra.titled !== undefined) assert.equal(form.titled, extra.titled, `${text}: titled`);
    if (extra.nickname !== undefined) assert.equal(form.nickname, extra.nickname, `${text}: nickname`);
    if (extra.bracketed !== undefined) assert.equal(form.bracketed, extra.bracketed, `${text}: bracketed`);
    if (extra.honorific !== undefined) assert.equal(form.honorific, extra.honorific, `${text}: honorific`);
  });
}

test('titleBefore: the title written right before a name the tagger left it out of', () => {
  assert.equal(titleBefore('He met Lieutenant-Colonel Oumar Varro', 'He met Lieutenant-Colonel '.length), 'Lieutenant-Colonel');
  assert.equal(titleBefore('said Ostrian President Ilsa Varn', 'said Ostrian President '.length), 'President');
  assert.equal(titleBefore('said Major General Tarek Olm', 'said Major General '.length), 'Major General');
  assert.equal(titleBefore('Fighters of Kessa Tarek Olm', 'Fighters of Kessa '.length), null);
  assert.equal(titleBefore('an aide to Mian Saqib Varro', 'an aide to Mian '.length), 'Mian');
});

test('a title written right before a person name is kept as an alias of the person', () => {
  const result = resolveEntities([makeDocument('d0', 'Officers of Colonel [Siaka Varro|person] left.')]);
  assert.ok(result.entities[0]!.aliases.includes('Colonel Siaka Varro'));
});
