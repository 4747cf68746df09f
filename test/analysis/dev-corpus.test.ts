// Checks the analysis against what the development gold says (read at run time from ../shared), independently of
// extraction: the gold's relations are fed in as claims. The gold notes name two contradictions worth keeping.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeCase, type CaseAnalysis } from '../../src/analysis/index.js';
import { isGoldAvailable, loadGoldCase } from './gold-case.js';

const available = isGoldAvailable();
const analysis = (): CaseAnalysis => analyzeCase(loadGoldCase());
const pairOf = (ids: readonly string[]): string => [...ids].sort().join('|');

if (!available) {
  test.skip('dev corpus: ../shared/eval/gold/seeds.json is not beside the checkout');
} else {
  test('dev corpus: LeT present in Balochistan (author) against Ehsan\'s "no significant footprint" is a negation contradiction', () => {
    const found = analysis().contradictions.find((c) => c.kind === 'negation' && c.sides[0].subject.id === 'let' && c.sides[0].predicate === 'operates_in' && c.sides[0].object.id === 'balochistan');
    assert.ok(found, 'missing');
    assert.ok(found.sides[1].evidence.some((m) => m.sourceLabel === 'Ehsanullah Ehsan'));
  });

  test('dev corpus: the ISKP–BLA secret pact against the declared war is found as incompatible and as a negation', () => {
    const about = analysis().contradictions.filter((c) => c.sides.every((s) => pairOf([s.subject.id, s.object.id]) === pairOf(['iskp', 'bla'])));
    assert.ok(about.some((c) => c.kind === 'negation' && c.sides[0].predicate === 'hostile_to'), 'hostile_to asserted and negated');
    assert.ok(about.some((c) => c.kind === 'incompatible' && c.sides.map((s) => s.predicate).join() === 'allied_with,hostile_to'), 'pact against war');
  });

  test('dev corpus: the ISKP–LeT alliance counts fewer independent origins than documents', () => {
    const alliance = analysis().assertions.find((a) => a.predicate === 'allied_with' && !a.negated && pairOf([a.subject.id, a.object.id]) === pairOf(['iskp', 'let']));
    assert.ok(alliance);
    assert.ok(alliance.origins < alliance.documents, `${alliance.origins} origins, ${alliance.documents} documents`);
    assert.ok(alliance.origins >= 1);
  });
}
