import assert from 'node:assert/strict';
import { test } from 'node:test';
import { claimsOf, relationsOf } from './annotated.js';

// A hyphened participle on a description ("an Alder-backed militia") relates its first word to whoever
// the description is of, wherever the description stands (issue 13: constructions over the parse).

test('a copula, an "as" description and an apposition each carry the hyphened sponsor to their holder', () => {
  assert.ok(relationsOf('The [Osk Front|o] is an [Alder|l]-backed movement.').includes('Alder sponsors Osk Front'));
  assert.ok(relationsOf('Officials describe the [Osk Front|o] as an [Alder|l]-funded militia.').includes('Alder sponsors Osk Front'));
  assert.ok(relationsOf('Diplomats regard the [Osk Front|o] as an [Alder|l]-backed militia.').includes('Alder sponsors Osk Front'));
  assert.ok(relationsOf('The [Osk Front|o], long an [Alder|l]-backed faction, denied it.').includes('Alder sponsors Osk Front'));
});

test('a negated description is a denied tie, and "-based" puts the holder in the place', () => {
  const { claims, name } = claimsOf('The [Osk Front|o] is not an [Alder|l]-backed movement, its spokesman said.');
  const tie = claims.find((c) => c.predicate === 'sponsors' && name(c.subjectId) === 'Alder');
  assert.ok(tie, JSON.stringify(claims.map((c) => `${name(c.subjectId)} ${c.predicate} ${name(c.objectId)}`)));
  assert.equal(tie.negated, true);
  assert.ok(relationsOf('The [Osk Front|o] is a [Brell|l]-based militia.').includes('Osk Front operates_in Brell'));
});

test('"the Alder-backed group" refers back to the group, and the state named inside it stays the sponsor', () => {
  const found = relationsOf('The [Osk Front|o] seized [Brell|l] in May. The [Alder|l]-backed group is led by [Tam Orlan|p].');
  assert.ok(found.includes('Alder sponsors Osk Front'), JSON.stringify(found));
  assert.ok(found.includes('Tam Orlan leader_of Osk Front'), JSON.stringify(found));
});

test('"the group" is never the government or the police the sentence before named', () => {
  const found = relationsOf('The [Alder Government|o] accused the [Osk Front|o] of attacks. The [Brell|l]-backed group is led by [Tam Orlan|p].');
  assert.ok(found.includes('Tam Orlan leader_of Osk Front'), JSON.stringify(found));
  assert.ok(!found.includes('Tam Orlan leader_of Alder Government'), JSON.stringify(found));
});

test('"the Alder-backed group, known as …," keeps its reading when the parse makes the group the name\'s apposition', () => {
  const found = relationsOf('The [Osk Front|o] seized [Brell|l] in May. The [Haut-Alder|l]-backed group, known locally as the Kogi, is led by [Tam Orlan|p], a former customs officer.');
  assert.ok(found.includes('Tam Orlan leader_of Osk Front'), JSON.stringify(found));
});

test('a junta described before its name ("the ruling junta in neighbouring Alder, the Shield Council,") is no "group"', () => {
  const found = relationsOf('Brell accused the ruling junta in neighbouring [Alder|l], the [Shield Council|o], of arming the [Osk Front|o] militia. The group is led by [Tam Orlan|p].');
  assert.ok(found.includes('Tam Orlan leader_of Osk Front'), JSON.stringify(found));
  assert.ok(!found.includes('Tam Orlan leader_of Shield Council'), JSON.stringify(found));
});
