import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeCase, type Contradiction } from '../../src/analysis/index.js';
import { buildCase, idOf } from './case-builder.js';
import { ALLIED_AND_HOSTILE, NEGATION, TWO_DATES, TWO_RAIDS_ONE_PIECE } from './scenarios.js';

const involves = (c: Contradiction, a: string, b: string): boolean =>
  c.sides.every((s) => [s.subject.id, s.object.id].sort().join() === [idOf(a), idOf(b)].sort().join());

test('negation: a triple asserted in one piece and negated in another, with both sides\' evidence', () => {
  const analysis = analyzeCase(buildCase(NEGATION));
  const found = analysis.contradictions.filter((c) => c.kind === 'negation');
  assert.equal(found.length, 1);
  const [asserted, negated] = found[0]!.sides;
  assert.equal(asserted.negated, false);
  assert.equal(negated.negated, true);
  assert.match(asserted.evidence[0]!.evidenceText, /attacked the Northern Shield Brigade near Port Alder/);
  assert.match(negated.evidence[0]!.evidenceText, /never attacked/);
  assert.equal(found[0]!.timing, 'undated');
  const graded = analysis.assertions.filter((a) => a.predicate === 'attacked' && a.subject.id === idOf('Amber Hand'));
  assert.equal(graded.length, 2);
  assert.ok(graded.every((a) => a.grade.label === 'contested' && a.grade.contested));
});

test('incompatible: allied and hostile over the same pair, one side undated', () => {
  const found = analyzeCase(buildCase(ALLIED_AND_HOSTILE)).contradictions.filter((c) => c.kind === 'incompatible');
  const pact = found.filter((c) => involves(c, 'Red Valley Front', 'Grey Lantern Movement'));
  assert.equal(pact.length, 1);
  assert.deepEqual(pact[0]!.sides.map((s) => s.predicate), ['allied_with', 'hostile_to']);
  assert.equal(pact[0]!.timing, 'undated');
  assert.match(pact[0]!.summary, /Red Valley Front allied_with Grey Lantern Movement/);
});

test('incompatible: an alliance in 2015 and a war in 2022 are a change, reported only when asked for', () => {
  const byDefault = analyzeCase(buildCase(ALLIED_AND_HOSTILE)).contradictions.filter((c) => involves(c, 'Amber Hand', 'Grey Lantern Movement'));
  assert.equal(byDefault.length, 0);
  const asked = analyzeCase(buildCase(ALLIED_AND_HOSTILE), { includeSequential: true }).contradictions.filter((c) => involves(c, 'Amber Hand', 'Grey Lantern Movement'));
  assert.equal(asked.length, 1);
  assert.equal(asked[0]!.timing, 'sequential');
});

test('date: one attack dated March by one piece and May by another', () => {
  const found = analyzeCase(buildCase(TWO_DATES)).contradictions.filter((c) => c.kind === 'date');
  assert.equal(found.length, 1);
  assert.deepEqual(found[0]!.sides.map((s) => s.date?.value).sort(), ['2022-03', '2022-05']);
  assert.deepEqual(found[0]!.sides.map((s) => s.evidence[0]!.docName).sort(), ['siege-march.txt', 'siege-may.txt']);
});

test('date: a refinement ("2022" and "2022-03") is agreement, not a contradiction', () => {
  const refined = TWO_DATES.map((d, i) => i === 1 ? { ...d, claims: d.claims!.map((c) => ({ ...c, date: '2022' })) } : d);
  assert.equal(analyzeCase(buildCase(refined)).contradictions.length, 0);
});

test('date: a piece that itself tells of two raids on different dates is two events, not a contradiction', () => {
  const found = analyzeCase(buildCase([TWO_RAIDS_ONE_PIECE, { ...TWO_DATES[0]!, text: 'The Red Valley Front attacked Port Alder in March 2021.\n', claims: [{ s: 'Red Valley Front', p: 'attacked', o: 'Port Alder', sentence: 'The Red Valley Front attacked Port Alder in March 2021.', date: '2021-03' }] }])).contradictions;
  assert.equal(found.length, 0);
});

test('date: an event entity dated differently by the claims about it', () => {
  const docs = [
    { name: 'bombing-a.txt', outlet: 'Northwire', text: 'The Amber Hand carried out the Port Alder siege in 2019.\n', claims: [{ s: 'Amber Hand', p: 'attacked' as const, o: 'Port Alder siege', sentence: 'The Amber Hand carried out the Port Alder siege in 2019.', date: '2019' }] },
    { name: 'bombing-b.txt', outlet: 'Daily Lantern', text: 'Ilsa Varn planned the Port Alder siege in 2020.\n', claims: [{ s: 'Ilsa Varn', p: 'attacked' as const, o: 'Port Alder siege', sentence: 'Ilsa Varn planned the Port Alder siege in 2020.', date: '2020' }] },
  ];
  const found = analyzeCase(buildCase(docs)).contradictions.filter((c) => c.kind === 'date');
  assert.equal(found.length, 1);
  assert.notEqual(found[0]!.sides[0].assertionId, found[0]!.sides[1].assertionId);
});

test('negation through a place: "in Port Alder" against "not in Kessel Province", with "Port Alder lies in Kessel" shown as the step', () => {
  const docs = [
    { name: 'camp.txt', outlet: 'Northwire', text: 'The Amber Hand runs a camp in Port Alder.\nPort Alder, a town in Kessel Province, is quiet.\n', claims: [
      { s: 'Amber Hand', p: 'operates_in' as const, o: 'Port Alder', sentence: 'The Amber Hand runs a camp in Port Alder.' },
      { s: 'Port Alder', p: 'located_in' as const, o: 'Kessel Province', sentence: 'Port Alder, a town in Kessel Province, is quiet.' },
    ] },
    { name: 'absent.txt', outlet: 'Daily Lantern', text: 'Ilsa Varn said the Amber Hand has no presence in Kessel Province.\n', claims: [
      { s: 'Amber Hand', p: 'operates_in' as const, o: 'Kessel Province', sentence: 'Ilsa Varn said the Amber Hand has no presence in Kessel Province.', source: { entity: 'Ilsa Varn' }, negated: true },
    ] },
  ];
  const found = analyzeCase(buildCase(docs)).contradictions;
  assert.equal(found.length, 1);
  assert.equal(found[0]!.kind, 'negation');
  assert.equal(found[0]!.sides[0].object.name, 'Port Alder');
  assert.equal(found[0]!.sides[1].object.name, 'Kessel Province');
  assert.equal(found[0]!.via?.predicate, 'located_in');
  assert.match(found[0]!.summary, /Port Alder lies in Kessel Province/);
});

test('incompatible: an attack between two groups said to be allies, the alliance undated', () => {
  const docs = [
    { name: 'allies.txt', outlet: 'Northwire', text: 'The Amber Hand is allied with the Red Valley Front.\n', claims: [{ s: 'Amber Hand', p: 'allied_with' as const, o: 'Red Valley Front', sentence: 'The Amber Hand is allied with the Red Valley Front.' }] },
    { name: 'raid.txt', outlet: 'Daily Lantern', text: 'The Red Valley Front attacked the Amber Hand in June 2024.\n', claims: [{ s: 'Red Valley Front', p: 'attacked' as const, o: 'Amber Hand', sentence: 'The Red Valley Front attacked the Amber Hand in June 2024.', date: '2024-06' }] },
  ];
  const found = analyzeCase(buildCase(docs)).contradictions;
  assert.deepEqual(found.map((c) => [c.kind, c.timing, c.sides.map((s) => s.predicate).join('/')]), [['incompatible', 'undated', 'allied_with/attacked']]);
});
