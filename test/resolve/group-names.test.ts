// Group, place and country names joined across articles and inside them: every name here is invented.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Entity, ResolveResult } from '../../src/core/index.js';
import { resolveEntities } from '../../src/resolve/index.js';
import { isFictionalNationality, makeDocument } from './make-document.js';

const entityWith = (result: ResolveResult, form: string): Entity | undefined => result.entities.find((e) => e.aliases.includes(form) || e.name === form);
const sameEntity = (result: ResolveResult, a: string, b: string): boolean => {
  const ea = entityWith(result, a);
  return ea !== undefined && ea === entityWith(result, b);
};

test('joins: a group name without the foreign head noun and particle that open it, in one article', () => {
  const result = resolveEntities([makeDocument('d0', 'Arms reached the [Gardiens du Lac Morne|organization]. The [Mouvement des Gardiens du Lac Morne|organization] denied it.')]);
  assert.ok(sameEntity(result, 'Gardiens du Lac Morne', 'Mouvement des Gardiens du Lac Morne'));
  assert.ok(entityWith(result, 'Gardiens du Lac Morne')!.merges.some((m) => m.rule === 'group-short-form-in-document'));
  const apart = resolveEntities([makeDocument('d0', 'The [Gardiens du Lac Morne|organization] met.'), makeDocument('d1', 'The [Mouvement des Gardiens du Lac Morne|organization] met.')]);
  assert.ok(!sameEntity(apart, 'Gardiens du Lac Morne', 'Mouvement des Gardiens du Lac Morne'), 'in two articles the two names may be two groups');
});

test('joins: a description set off by commas that gives another name of the group or person just named', () => {
  const group = resolveEntities([makeDocument('d0', 'Arms reached the [Lac Morne Guardians|organization] militia. The Ostria-backed group, known locally as [Masu Tafki|person], holds six villages.')]);
  assert.ok(sameEntity(group, 'Lac Morne Guardians', 'Masu Tafki'));
  assert.equal(entityWith(group, 'Masu Tafki')!.type, 'organization');
  const which = resolveEntities([makeDocument('d0', 'Arms reached the [Lac Morne Guardians|organization]. The militia, which is also known as [Masu Tafki|organization], holds six villages.')]);
  assert.ok(sameEntity(which, 'Lac Morne Guardians', 'Masu Tafki'));
  const person = resolveEntities([makeDocument('d0', 'He met [Tomas Vell|person], the [Heron Cartel|organization] chief better known as [El Zorzal|person], in May.')]);
  assert.ok(sameEntity(person, 'Tomas Vell', 'El Zorzal'));
  assert.ok(!sameEntity(person, 'Heron Cartel', 'El Zorzal'));
});

test('a restrictive "the organization known as X" introduces X, it does not rename the group before it', () => {
  const result = resolveEntities([makeDocument('d0', 'Fighters of the [Red Valley Front|organization] joined the umbrella organization known as the [Ostrian Shura Council|organization].')]);
  assert.ok(!sameEntity(result, 'Red Valley Front', 'Ostrian Shura Council'));
});

test('joins: a group name in one article and the one name in the case that a place opens it with', () => {
  const docs = ['Shelling hit [Kessa|location]. The [Kessa Guard Units|organization] said so.', 'The so-called [Guard Units|organization] are no partner, an officer said.'];
  const result = resolveEntities(docs.map((t, i) => makeDocument(`d${i}`, t)));
  assert.ok(sameEntity(result, 'Kessa Guard Units', 'Guard Units'));
  assert.ok(entityWith(result, 'Guard Units')!.merges.some((m) => m.rule === 'place-dropped'));
  const two = resolveEntities([...docs, 'In [Varn|location] the [Varn Guard Units|organization] grew.'].map((t, i) => makeDocument(`d${i}`, t)));
  assert.ok(!sameEntity(two, 'Kessa Guard Units', 'Guard Units'), 'two places open the name: the bare name could be either');
  const initials = resolveEntities(['The [OSN Guard Units|organization] met.', 'The [Guard Units|organization] met.'].map((t, i) => makeDocument(`d${i}`, t)));
  assert.ok(!sameEntity(initials, 'OSN Guard Units', 'Guard Units'), 'initials are an organisation, not a place');
});

test('a nationality left out inside a group name makes another body, a plain word does not', () => {
  const docs = ['The [Royal Ostrian Air Force|organization] flew.', 'The [Royal Air Force|organization] flew.'];
  const result = resolveEntities(docs.map((t, i) => makeDocument(`d${i}`, t)), [], { isNationality: isFictionalNationality });
  assert.ok(!sameEntity(result, 'Royal Ostrian Air Force', 'Royal Air Force'));
  const plain = resolveEntities(['The [Al-Vorna Media Foundation|organization] posted.', 'The [Al Vorna Foundation|organization] posted.'].map((t, i) => makeDocument(`d${i}`, t)), [], { isNationality: isFictionalNationality });
  assert.ok(sameEntity(plain, 'Al-Vorna Media Foundation', 'Al Vorna Foundation'));
});

test('joins: names the country list gives for one country', () => {
  const countryOf = (name: string): string | null => (/^(Ostria|Ostrava Land)$/.test(name) ? 'Ostria' : null);
  const result = resolveEntities([
    makeDocument('d0', 'Troops of [Ostria|location] crossed.'),
    makeDocument('d1', 'The [Ostrava Land|location] envoy spoke.'),
  ], [], { countryOf });
  assert.ok(sameEntity(result, 'Ostria', 'Ostrava Land'));
  assert.ok(entityWith(result, 'Ostrava Land')!.merges.some((m) => m.rule === 'country-alias'));
});

test('a one-word group name is the name with the noun that says what kind of group it is, not a body it runs', () => {
  const inDoc = resolveEntities([makeDocument('d0', 'The [Dravek Network|organization] struck. [Dravek|organization] fighters fled. The [Solm Police|organization] and [Solm|organization] men met.')]);
  assert.ok(sameEntity(inDoc, 'Dravek Network', 'Dravek'));
  assert.ok(!sameEntity(inDoc, 'Solm Police', 'Solm'), 'a police force is a body of its own');
  const across = resolveEntities(['The [Dravek Network|organization] struck.', '[Dravek|organization] fighters fled.'].map((t, i) => makeDocument(`d${i}`, t)));
  assert.ok(sameEntity(across, 'Dravek Network', 'Dravek'));
  assert.ok(entityWith(across, 'Dravek')!.merges.some((m) => m.rule === 'head-noun-dropped'));
  const two = resolveEntities(['The [Dravek Network|organization] struck.', 'The [Dravek Movement|organization] marched.', '[Dravek|organization] fighters fled.'].map((t, i) => makeDocument(`d${i}`, t)));
  assert.ok(!sameEntity(two, 'Dravek Network', 'Dravek') && !sameEntity(two, 'Dravek Movement', 'Dravek'), 'two groups fit: the bare name could be either');
  const longer = resolveEntities(['The [Islamic Dravek group|organization] struck.', 'The [Islamic Dravek|organization] struck.'].map((t, i) => makeDocument(`d${i}`, t)));
  assert.ok(sameEntity(longer, 'Islamic Dravek group', 'Islamic Dravek'));
});

test('an acronym defined in two articles beside a name with its initials and a name in another language is one group', () => {
  const result = resolveEntities([
    makeDocument('d0', 'The [Jama\'at Nasr al-Vorna|organization] ([JNV|organization]) struck.'),
    makeDocument('d1', 'The [Victory Group of Vorna|organization] ([JNV|organization]) struck again.'),
  ]);
  assert.ok(sameEntity(result, "Jama'at Nasr al-Vorna", 'Victory Group of Vorna'));
  const two = resolveEntities([
    makeDocument('d0', 'The [Joint Naval Vanguard|organization] ([JNV|organization]) sailed.'),
    makeDocument('d1', 'The [Jama\'at Nasr al-Vorna|organization] ([JNV|organization]) struck.'),
  ]);
  assert.ok(!sameEntity(two, 'Joint Naval Vanguard', "Jama'at Nasr al-Vorna"), 'two names with the initials are two groups');
});

test('a one-word group qualified by the one nationality that qualifies it in the case is the bare name in other articles', () => {
  const opts = { isNationality: isFictionalNationality };
  const one = resolveEntities(['The [Ostrian Varnis|organization] struck.', 'The [Varnis|organization] struck again.'].map((t, i) => makeDocument(`d${i}`, t)), [], opts);
  assert.ok(sameEntity(one, 'Ostrian Varnis', 'Varnis'));
  const two = resolveEntities(['The [Ostrian Varnis|organization] struck.', 'The [Varnis|organization] struck again.', 'The [Morvanian Varnis|organization] fled.'].map((t, i) => makeDocument(`d${i}`, t)), [], opts);
  assert.ok(!sameEntity(two, 'Ostrian Varnis', 'Varnis'), 'two nationalities: the bare name could be either');
  const army = resolveEntities(['The [Ostrian Army|organization] struck.', 'The [Army|organization] struck again.'].map((t, i) => makeDocument(`d${i}`, t)), [], opts);
  assert.ok(!sameEntity(army, 'Ostrian Army', 'Army'), 'a generic noun is a description, not a name');
});

test('a group named by "in" and a place is an affiliate, not the group without its complement', () => {
  const result = resolveEntities(['The [Islamic Valley|organization] grew.', 'The [Islamic Valley in Kessa|organization] struck.'].map((t, i) => makeDocument(`d${i}`, t)));
  assert.ok(!sameEntity(result, 'Islamic Valley', 'Islamic Valley in Kessa'));
});

test('a person described in a new sentence is not whoever was named last', () => {
  const result = resolveEntities([makeDocument('d0', 'Officials named [Tarek Olm|person] as a witness. The group\'s leader, known as [Abu Ferro|person], fled.')]);
  assert.ok(!sameEntity(result, 'Tarek Olm', 'Abu Ferro'));
});

test('a group described in mid-sentence may be a new one, not the group named last', () => {
  const result = resolveEntities([makeDocument('d0', 'A spokesman for the [Ostrian Army|organization] said the militia, known as [Lac Morne Guard|organization], had fled.')]);
  assert.ok(!sameEntity(result, 'Ostrian Army', 'Lac Morne Guard'));
});
