import assert from 'node:assert/strict';
import { test } from 'node:test';
import { relationsOf } from './annotated.js';

// Sentences that must yield no relation: no second participant, unnamed actors, opinion, headlines
// without a relation noun, numbers that look like dates. All invented.
const NONE: readonly string[] = [
  'The weather in [Brell|l] was mild all week.',
  '[Ilsa Varn|p] spoke to reporters after the hearing.',
  "The [Front|o]'s spokesman declined to comment.",
  '[Front|o]–[Guard|o] talks resume',
  'The [Red Valley Front|o] was founded in 1999.',
  'Ruritanian forces attacked the town before dawn.',
  'It may rain in [Osk|l] in May.',
  'The report on the [Front|o] was published in [Brell|l] last week.',
  'The attack on [Osk|l] killed 30 people.',
  '[Ilsa Varn|p] was born in [Osk|l].',
  'Analysts expect the [Front|o] to weaken.',
  'The [Front|o] denied the report and called it propaganda.',
  'About 2,019 families fled [Osk|l] and [Brell|l].',
  '[Tam Hale|p] and [Ilsa Varn|p] disagree about almost everything.',
  'If the [Front|o] attacks the [Guard|o], the region will burn.',
  '[Alder|l] backed a [Brell Council|o] resolution on [Osk|l] on Tuesday.',
  'Speaking in [Osk|l], [Tam Hale|p] said the army had killed hundreds of rebels in [Brell|l].',
  '[Naya Orlan|p], whose brother was killed by the [Front|o] in 2019, now leads a victims group.',
  'The [Front|o] was set up to counter what [Alder|l] calls foreign agents.',
  'Unless the [Guard|o] arms the [Front|o], talks will fail.',
];

for (const sentence of NONE) {
  test(`no relation: ${sentence}`, () => assert.deepEqual(relationsOf(sentence), [], sentence));
}
