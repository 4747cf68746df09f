import assert from 'node:assert/strict';
import { test } from 'node:test';
import { claimsOf } from './annotated.js';

// Hedging and negation with scope, on invented sentences: [relation, hedged, negated] for the named relation.
type Case = readonly [passage: string, relation: string, hedged: boolean, negated: boolean];

const CASES: readonly Case[] = [
  ['The [Front|o] reportedly attacked the [Guard|o].', 'Front attacked Guard', true, false],
  ['The [Front|o] allegedly armed the [Cope Brigade|o].', 'Front sponsors Cope Brigade', true, false],
  ['[Tam Hale|p] is believed to have joined the [Front|o] in 2010.', 'Tam Hale member_of Front', true, false],
  ['The [Front|o] is said to be allied with the [Guard|o].', 'Front allied_with Guard', true, false],
  ['The [Front|o] and the [Guild|o] were reported in January to have agreed a pact.', 'Front allied_with Guild', true, false],
  ['The [Front|o] was reported to the police for attacking the [Guild|o].', 'Front attacked Guild', false, false],
  ['Both groups stayed quiet. The [Front|o] and the [Guild|o] refrained from open clashes.', 'Front hostile_to Guild', false, true],
  ['The [Front|o] likely attacked the [Guard|o].', 'Front attacked Guard', true, false],
  ['The [Front|o] appears to be allied with the [Guard|o].', 'Front allied_with Guard', true, false],
  ['The [Front|o] operates under [Alder|l]\'s tolerance, if not protection.', 'Alder sponsors Front', true, false],
  ['Analysts believe the [Front|o]–[Guard|o] partnership is growing.', 'Front allied_with Guard', true, false],
  ['The alleged [Front|o]–[Guard|o] nexus worries officials.', 'Front allied_with Guard', true, false],
  ['The [Front|o] was not tied to [Tam Hale|p].', 'Front allied_with Tam Hale', false, true],
  ['The [Front|o] has never targeted the [Guard|o].', 'Front attacked Guard', false, true],
  ['The [Front|o] had no significant footprint in [Brell|l].', 'Front operates_in Brell', false, true],
  ['The [Front|o] is no longer allied with the [Guard|o].', 'Front allied_with Guard', false, true],
  ['The report found no evidence that the [Cope Group|o] had operated in [Osk|l].', 'Cope Group operates_in Osk', false, true],
  ['[Alder|l] stopped funding the [Front|o] in 2019.', 'Alder sponsors Front', false, true],
  ['The [Guard|o] cut its ties with the [Front|o] last year.', 'Guard allied_with Front', false, true],
  ['The [Guard|o] on Saturday denied any link to the [Front|o].', 'Guard allied_with Front', false, true],
  // cues outside the claim's clause or phrase do not reach it
  ['The [Front|o] attacked the [Guard|o]; the [Brigade|o] reportedly fled to [Osk|l].', 'Front attacked Guard', false, false],
  ['It was not easy for the [Front|o] to fight the [Guard|o].', 'Front hostile_to Guard', false, false],
  ['[Front|o] chief [Ilsa Varn|p] met the [Guard|o] under alleged [Alder|l] patronage.', 'Ilsa Varn leader_of Front', false, false],
  ['[Front|o] chief [Ilsa Varn|p] is believed to have trained in [Osk|l] in 2006.', 'Ilsa Varn leader_of Front', false, false],
  ["[Alder|l]'s spies are said to have restructured the [Front|o]'s footprint in [Osk|l].", 'Front operates_in Osk', false, false],
  ['The [Front|o] attacked not only the [Guard|o] but also the [Brigade|o].', 'Front attacked Guard', false, false],
  ['The [Front|o] attacked the [Guard|o] in May 2019.', 'Front attacked Guard', false, false],
  // a hedge in a relative or conjoined clause qualifies that clause only (read from the parse)
  ['The [Guard|o] arrested [Tam Hale|p], a nephew who allegedly runs the depots, at his home.', 'Guard arrested Tam Hale', false, false],
  ['The [Front|o], which has fought in [Osk|l] since 2019 and whose fighters are believed to shelter in [Brell|l], grew.', 'Front operates_in Osk', false, false],
  ['The [Front|o], which has fought in [Osk|l] since 2019 and whose fighters are believed to shelter in [Brell|l], grew.', 'Front operates_in Brell', true, false],
  ['Locals said the [Front|o] appears to have seized camps near [Osk|l] and has clashed with the [Guard|o] in [Brell|l].', 'Front hostile_to Guard', false, false],
  ['Locals said the [Front|o] appears to have seized camps near [Osk|l] and has clashed with the [Guard|o] in [Brell|l].', 'Front operates_in Osk', true, false],
  ['The [Front|o] is believed to have attacked [Osk|l] and seized [Brell|l].', 'Front attacked Brell', true, false],
  // a group's claim about itself is attribution; allegations hedge what they allege
  ['The [Front|o] claimed to have overrun a [Guard|o] camp.', 'Front attacked Guard', false, false],
  ['The [Guard|o] is claimed to have attacked the [Front|o].', 'Guard attacked Front', true, false],
  ['The panel received allegations that the [Front|o] had recruited minors in [Brell|l].', 'Front operates_in Brell', true, false],
  ['The arrest of [Tam Hale|p] by the [Guard|o] drew attention to allegations that the state backs militants.', 'Guard arrested Tam Hale', false, false],
  ['In 2025, after the rains ended, the [Guard|o] attacked the [Front|o].', 'Guard attacked Front', false, false],
];

for (const [passage, relation, hedged, negated] of CASES) {
  test(`modality: ${passage}`, () => {
    const { claims, name } = claimsOf(passage);
    const claim = claims.find((c) => `${name(c.subjectId)} ${c.predicate} ${name(c.objectId)}` === relation);
    assert.ok(claim, `${relation} not found in: ${passage}`);
    assert.equal(claim.hedged, hedged, `hedged: ${passage}`);
    assert.equal(claim.negated, negated, `negated: ${passage}`);
  });
}

test('modality: a denial negates what the speaker denies', () => {
  const { claims } = claimsOf('[Tam Hale|p] denied that the [Front|o] attacked the [Guard|o].');
  const claim = claims.find((c) => c.predicate === 'attacked');
  assert.ok(claim);
  assert.equal(claim.negated, true);
  assert.equal(claim.source.kind, 'entity');
});
