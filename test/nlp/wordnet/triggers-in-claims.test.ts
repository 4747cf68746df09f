import assert from 'node:assert/strict';
import { test } from 'node:test';
import { claimsOf } from '../claims/annotated.js';

// Verbs and nouns that only the WordNet trigger sets supply (no hand table lists them), read in invented
// sentences through the whole claims stage; and a stop-listed word that must stay silent.
const CASES: ReadonlyArray<[sentence: string, relation: string | null, absent?: string]> = [
  ['The [Red Valley Front|o] strafed [Osk|l] on Monday.', 'Red Valley Front attacked Osk'],
  ['The [Red Valley Front|o] besieged [Osk|l] for a month.', 'Red Valley Front attacked Osk'],
  ['The [Alder Guard|o] incarcerated [Tam Hale|p] in May.', 'Alder Guard arrested Tam Hale'],
  ['The [Cope Brigade|o] skirmished with the [Alder Guard|o] near [Osk|l].', 'Cope Brigade hostile_to Alder Guard'],
  ['The [Cope Brigade|o] tackled the [Alder Guard|o] in the final.', null, 'Cope Brigade attacked Alder Guard'],
];

for (const [sentence, relation, absent] of CASES) {
  test(`wordnet trigger in a sentence: ${sentence}`, () => {
    const { claims, name } = claimsOf(sentence);
    const found = claims.map((c) => `${name(c.subjectId)} ${c.negated ? 'NOT ' : ''}${c.predicate} ${name(c.objectId)}`);
    if (relation) assert.ok(found.includes(relation), `${relation} not in [${found.join('; ')}]`);
    if (absent) assert.ok(!found.includes(absent), `${absent} in [${found.join('; ')}]`);
  });
}
