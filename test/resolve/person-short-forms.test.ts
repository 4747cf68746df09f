// Short and variant forms of person names inside articles and across the case: every name here is invented.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Entity, ResolveResult } from '../../src/core/index.js';
import { resolveEntities } from '../../src/resolve/index.js';
import { makeDocument } from './make-document.js';

const entityWith = (result: ResolveResult, form: string): Entity | undefined => result.entities.find((e) => e.aliases.includes(form) || e.name === form);
const sameEntity = (result: ResolveResult, a: string, b: string): boolean => {
  const ea = entityWith(result, a);
  return ea !== undefined && ea === entityWith(result, b);
};

test('a bare surname is the person the article is about, not the one it brings in as a relative', () => {
  const doc = makeDocument('d0', 'Guards arrested [Hamel Varro|person], a courier and the son of the sect\'s founder [Sheikh Odran Varro|person], in the port. Officials said [Varro|person] had confessed.');
  const result = resolveEntities([doc]);
  assert.equal(result.entityOfMention.get(doc.mentions[2]!.id), result.entityOfMention.get(doc.mentions[0]!.id), 'Varro is the man arrested');
  const nephew = makeDocument('d1', 'The rebels follow [Orlan Kessim Dabro|person]. Troops held a nephew of the commander, [Ilsa Dabro|person], at dawn. [Dabro|person] has not spoken since.');
  const second = resolveEntities([nephew]);
  assert.equal(second.entityOfMention.get(nephew.mentions[2]!.id), second.entityOfMention.get(nephew.mentions[0]!.id), 'Dabro is the commander, not his nephew');
});

test('a bare name fits a full name before it as first family name before one after it as surname', () => {
  const doc = makeDocument('d0', 'Lawyers for [Tomás Berro Alcázar|person] spoke; his rival is married to a daughter of [Berro|person]. Later [Ilson Mata Berro|person] was held.');
  const result = resolveEntities([doc]);
  assert.equal(result.entityOfMention.get(doc.mentions[1]!.id), result.entityOfMention.get(doc.mentions[0]!.id));
});

test('a group-typed name that fits a person named in another article is that person, unless it ends in a group noun', () => {
  const result = resolveEntities([
    makeDocument('d0', 'Rebels follow "Comandante Ruiz" ([Anselmo Vidrio Quesada|organization]).'),
    makeDocument('d1', 'The commander, [Anselmo Vidrio|person], met them. The [Anselmo Vidrio Brigade|organization] fights.'),
  ]);
  assert.equal(entityWith(result, 'Anselmo Vidrio Quesada')!.type, 'person');
  assert.ok(sameEntity(result, 'Anselmo Vidrio Quesada', 'Anselmo Vidrio'));
  assert.equal(entityWith(result, 'Anselmo Vidrio Brigade')!.type, 'organization');
});

test('an article-led nickname that clips two given names in the article joins neither', () => {
  const result = resolveEntities([makeDocument('d0', '[Fidencio Varro|person] met [Fidelio Quiroga|person]. [El Fide|person] kept the books.')]);
  assert.ok(!sameEntity(result, 'El Fide', 'Fidencio Varro') && !sameEntity(result, 'El Fide', 'Fidelio Quiroga'));
});

test('one spokesman spelt three ways in an article is one person', () => {
  const doc = makeDocument('d0', 'Spokesman [Velan al-Dhumari|person] spoke. Later [Dhumary|person] denied it, and [Zumari|person] added more.');
  const result = resolveEntities([doc]);
  const ids = doc.mentions.map((m) => result.entityOfMention.get(m.id));
  assert.equal(new Set(ids).size, 1, ids.join(', '));
});

test('a two-word group named like a person in another article stays a group', () => {
  const result = resolveEntities([
    makeDocument('d0', 'Fighters of [Abu Varro|organization] struck.'),
    makeDocument('d1', 'Its founder, [Abu Varro al-Kessi|person], died.'),
  ]);
  assert.equal(entityWith(result, 'Abu Varro')!.type, 'organization');
});
