import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument } from '../../../src/nlp/index.js';
import { relationsOf } from './annotated.js';

// "the attack" in the sentence after an attack stands for what it struck; a clause that names who did it
// makes that actor the attacker of those places. Invented sentences.

const ATTACK = 'Gunmen bombed a market in [Brell|l] on Friday.';

test('the perpetrator of "the attack" named beside it struck what the attack struck', () => {
  for (const frame of [
    'The attack was carried out by the [Osk Front|o], officials said.',
    'Officials blamed the [Osk Front|o] for the attack.',
    'Officials blamed the attack on the [Osk Front|o].',
    'Police say the [Osk Front|o] carried out the attack.',
    'The [Osk Front|o] was behind the bombing, police said.',
    'The [Osk Front|o] claimed responsibility for the attack.',
  ]) {
    const found = relationsOf(`${ATTACK} ${frame}`);
    assert.ok(found.includes('Osk Front attacked Brell'), `${frame} ${JSON.stringify(found)}`);
  }
});

test('who only speaks of the attack did not carry it out', () => {
  for (const frame of ['The [Osk Front|o] condemned the attack.', 'The [Osk Front|o] said the attack was a crime.', 'The attack was condemned by the [Osk Front|o].']) {
    const found = relationsOf(`${ATTACK} ${frame}`);
    assert.ok(!found.includes('Osk Front attacked Brell'), `${frame} ${JSON.stringify(found)}`);
  }
});

test('a body introduced as a group\'s media outlet is never "the group"', () => {
  const found = relationsOf('The [Osk Front|o] shelled [Brell|l] in May. In a statement carried by its media arm, [Radio Dawn|o], the group said its fighters had attacked [Kresna|l] on Saturday.');
  assert.ok(found.includes('Osk Front attacked Kresna'), JSON.stringify(found));
  assert.ok(!found.includes('Radio Dawn attacked Kresna'), JSON.stringify(found));
});

test('"the town" never stands for a national adjective that names a state', () => {
  // Through the recogniser, which marks the adjective as the state acting.
  const text = 'A Russian-backed militia, the Kessa Valley Front, seized the town on Sunday.';
  const analyzed = analyzeDocument({ id: 'd', name: 'd.txt', origin: 'test', format: 'txt', title: null, text, published: '2025-07-15', publishedFrom: 'manifest', outlet: null, url: null });
  const byId = new Map(analyzed.mentions.map((m) => [m.id, m]));
  assert.ok(analyzed.mentions.some((m) => m.text === 'Russian' && m.rule === 'pattern/acting-state'), JSON.stringify(analyzed.mentions));
  const placed = analyzed.claims.filter((c) => byId.get(c.objectId)?.text === 'Russian' && c.predicate !== 'sponsors');
  assert.deepEqual(placed, []);
});

test('both sides of "clashes between A and B" were where the clashes were, and a place that "has seen" them is that place', () => {
  const found = relationsOf('[Brell|l] has seen months of clashes between the [Osk Front|o] and the [Alder Guard|o].');
  assert.ok(found.includes('Osk Front operates_in Brell') && found.includes('Alder Guard operates_in Brell'), JSON.stringify(found));
  // A place that only reports on the clashes did not host them.
  assert.ok(!relationsOf('Officials in [Brell|l] condemned the clashes between the [Osk Front|o] and the [Alder Guard|o].').includes('Osk Front operates_in Brell'));
});
