import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Mention } from '../../../src/core/index.js';
import { tokenize } from '../../../src/nlp/index.js';
import { retypeByPlaceContext } from '../../../src/nlp/ner/place-context.js';

// Invented names; each sentence frames a name the tagger might take for a person.
function mentionsIn(text: string, names: ReadonlyArray<[string, Mention['type']]>): Mention[] {
  let from = 0;
  return names.map(([needle, type]) => {
    const start = text.indexOf(needle, from);
    from = start + needle.length;
    return { id: `d:${start}`, docId: 'd', start, end: start + needle.length, text: needle, type, sentenceIndex: 0, rule: 'model/ner' };
  });
}
const typesAfter = (text: string, names: ReadonlyArray<[string, Mention['type']]>): string[] =>
  retypeByPlaceContext(tokenize(text).tokens, mentionsIn(text, names)).map((m) => `${m.text}:${m.type}`);

const CASES: ReadonlyArray<[name: string, text: string, names: ReadonlyArray<[string, Mention['type']]>, expected: string[]]> = [
  ['a name before "base"', "They planned it from the Front's Kestrel Hill base.", [['Kestrel Hill', 'person']], ['Kestrel Hill:location']],
  ['an appositive naming a kind of place', 'Kestrel Hill, a farming town in the north, fell.', [['Kestrel Hill', 'person']], ['Kestrel Hill:location']],
  ['every mention of the name follows', 'Rook Hill, a small village, burned. Rook Hill was empty.', [['Rook Hill', 'person'], ['Rook Hill', 'person']], ['Rook Hill:location', 'Rook Hill:location']],
  ['a person with an appositive job stays a person', 'Ilsa Varn, a senior commander, fled.', [['Ilsa Varn', 'person']], ['Ilsa Varn:person']],
  ['a group before "base" stays a group', 'Front base commanders met.', [['Front', 'organization']], ['Front:organization']],
  ['a person before a non-place noun stays a person', 'Ilsa Varn supporters gathered.', [['Ilsa Varn', 'person']], ['Ilsa Varn:person']],
  ['a kind of base between the name and "base"', 'Drones struck the Abu Warda air base.', [['Abu Warda', 'person']], ['Abu Warda:location']],
  ['a person before "air" and no place noun stays a person', 'Abu Warda air strikes were condemned.', [['Abu Warda', 'person']], ['Abu Warda:person']],
];
for (const [name, text, names, expected] of CASES) test(`place context: ${name}`, () => assert.deepEqual(typesAfter(text, names), expected, text));

test('a one-word "person" framed as a state is a place, unless it is the surname of a full name', () => {
  assert.deepEqual(typesAfter('Officials accused neighbouring Varkesh of arming the rebels.', [['Varkesh', 'person']]), ['Varkesh:location']);
  assert.deepEqual(typesAfter("Smugglers crossed Varkesh's border at night, and Varkesh denied it.", [['Varkesh', 'person'], ['Varkesh', 'person']]), ['Varkesh:location', 'Varkesh:location']);
  assert.deepEqual(typesAfter("Tam Varkesh spoke. Varkesh's foreign trips were cancelled.", [['Tam Varkesh', 'person'], ['Varkesh', 'person']]), ['Tam Varkesh:person', 'Varkesh:person']);
  assert.deepEqual(typesAfter("Varkesh's lawyer said the charges were false.", [['Varkesh', 'person']]), ['Varkesh:person']);
});

test('a name right after a person and "in" is where that person is', () => {
  assert.deepEqual(typesAfter('(Reporting by Tam Orlan in Birnin Osk; Editing by Ilsa Varn)', [['Tam Orlan', 'person'], ['Birnin Osk', 'person'], ['Ilsa Varn', 'person']]), ['Tam Orlan:person', 'Birnin Osk:location', 'Ilsa Varn:person']);
  assert.deepEqual(typesAfter('Voters put their trust in Tam Orlan.', [['Tam Orlan', 'person']]), ['Tam Orlan:person']);
});

test('a name straight after "near", "around" or "towards" is a place, unless it is an acronym or has a body\'s head word', () => {
  assert.deepEqual(typesAfter('The two militias clashed around Ngoro on Sunday.', [['Ngoro', 'organization']]), ['Ngoro:location']);
  assert.deepEqual(typesAfter('Fighters retreated towards Kessel Dorn and regrouped.', [['Kessel Dorn', 'person']]), ['Kessel Dorn:location']);
  assert.deepEqual(typesAfter('Shells fell near UPRN lines.', [['UPRN', 'organization']]), ['UPRN:organization']);
  assert.deepEqual(typesAfter('Troops massed near Osk Front positions.', [['Osk Front', 'organization']]), ['Osk Front:organization']);
  assert.deepEqual(typesAfter('The Guard fought the Front near Osk.', [['Guard', 'organization'], ['Front', 'organization']]), ['Guard:organization', 'Front:organization']);
});
