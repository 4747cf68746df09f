import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeCase } from '../../src/analysis/index.js';
import { buildCase, type DocSpec } from './case-builder.js';

// Fictional pieces that look close to a contradiction but are not one; each must yield none.
const CASES: ReadonlyArray<readonly [name: string, docs: readonly DocSpec[]]> = [
  ['the same triple asserted twice', [
    { name: 'a.txt', outlet: 'Northwire', text: 'The Amber Hand sponsors the Red Valley Front.\n', claims: [{ s: 'Amber Hand', p: 'sponsors', o: 'Red Valley Front', sentence: 'The Amber Hand sponsors the Red Valley Front.' }] },
    { name: 'b.txt', outlet: 'Daily Lantern', text: 'Ilsa Varn said the Amber Hand sponsors the Red Valley Front.\n', claims: [{ s: 'Amber Hand', p: 'sponsors', o: 'Red Valley Front', sentence: 'Ilsa Varn said the Amber Hand sponsors the Red Valley Front.', source: { entity: 'Ilsa Varn' } }] },
  ]],
  ['a negation about a different pair', [
    { name: 'a.txt', outlet: 'Northwire', text: 'The Amber Hand attacked Port Alder.\n', claims: [{ s: 'Amber Hand', p: 'attacked', o: 'Port Alder', sentence: 'The Amber Hand attacked Port Alder.' }] },
    { name: 'b.txt', outlet: 'Daily Lantern', text: 'The Red Valley Front never attacked Port Alder.\n', claims: [{ s: 'Red Valley Front', p: 'attacked', o: 'Port Alder', sentence: 'The Red Valley Front never attacked Port Alder.', negated: true }] },
  ]],
  ['allied with one group, hostile to another', [
    { name: 'a.txt', outlet: 'Northwire', text: 'The Amber Hand is allied with the Red Valley Front and hostile to the Grey Lantern Movement.\n', claims: [
      { s: 'Amber Hand', p: 'allied_with', o: 'Red Valley Front', sentence: 'The Amber Hand is allied with the Red Valley Front and hostile to the Grey Lantern Movement.' },
      { s: 'Amber Hand', p: 'hostile_to', o: 'Grey Lantern Movement', sentence: 'The Amber Hand is allied with the Red Valley Front and hostile to the Grey Lantern Movement.' },
    ] },
  ]],
  ['a negated hostility beside an alliance (a non-aggression pact says both)', [
    { name: 'a.txt', outlet: 'Northwire', text: 'The Amber Hand and the Red Valley Front agreed not to fight and became allies.\n', claims: [
      { s: 'Amber Hand', p: 'allied_with', o: 'Red Valley Front', sentence: 'The Amber Hand and the Red Valley Front agreed not to fight and became allies.' },
      { s: 'Amber Hand', p: 'hostile_to', o: 'Red Valley Front', sentence: 'The Amber Hand and the Red Valley Front agreed not to fight and became allies.', negated: true },
    ] },
  ]],
  ['present in a region, absent from one town in it (the region does not imply the town)', [
    { name: 'a.txt', outlet: 'Northwire', text: 'The Amber Hand operates in Kessel Province.\nPort Alder lies in Kessel Province.\n', claims: [
      { s: 'Amber Hand', p: 'operates_in', o: 'Kessel Province', sentence: 'The Amber Hand operates in Kessel Province.' },
      { s: 'Port Alder', p: 'located_in', o: 'Kessel Province', sentence: 'Port Alder lies in Kessel Province.' },
    ] },
    { name: 'b.txt', outlet: 'Daily Lantern', text: 'The Amber Hand has no presence in Port Alder.\n', claims: [{ s: 'Amber Hand', p: 'operates_in', o: 'Port Alder', sentence: 'The Amber Hand has no presence in Port Alder.', negated: true }] },
  ]],
  ['an attack dated only once', [
    { name: 'a.txt', outlet: 'Northwire', text: 'The Amber Hand attacked Port Alder in March 2020.\n', claims: [{ s: 'Amber Hand', p: 'attacked', o: 'Port Alder', sentence: 'The Amber Hand attacked Port Alder in March 2020.', date: '2020-03' }] },
    { name: 'b.txt', outlet: 'Daily Lantern', text: 'The Amber Hand attacked Port Alder.\n', claims: [{ s: 'Amber Hand', p: 'attacked', o: 'Port Alder', sentence: 'The Amber Hand attacked Port Alder.' }] },
  ]],
];

for (const [name, docs] of CASES) {
  test(`no contradiction: ${name}`, () => {
    assert.deepEqual(analyzeCase(buildCase(docs)).contradictions.map((c) => c.summary), [], name);
  });
}

test('an empty case analyses to empty results, not an error', () => {
  const analysis = analyzeCase(buildCase([]));
  assert.deepEqual([analysis.assertions.length, analysis.contradictions.length, analysis.timeline.length, analysis.network.nodes.length], [0, 0, 0, 0]);
});
