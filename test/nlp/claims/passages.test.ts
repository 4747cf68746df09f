import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describedClaimsOf } from './annotated.js';

// Whole invented passages in the styles of wire copy on different conflicts, each with every claim it
// must yield (relation | source | modality | date). Exact lists: a claim too many fails like one missing.
type Passage = readonly [name: string, published: string, text: string, expected: readonly string[]];

const PASSAGES: readonly Passage[] = [
  [
    'wire report with a spokesman, a passive and a hedge', '2024-11-20',
    'Fighters of the [Kora Liberation Front|o] attacked an army base in [Lower Sela|l] on Tuesday, killing 12 soldiers, ' +
      'the [Sela Army|o] said. The group, which is reportedly funded by the [Marn Council|o], has controlled much of [Lower Sela|l] since 2019.',
    [
      'Kora Liberation Front attacked Lower Sela | by Sela Army | asserted | 2024-11-19', // the Tuesday before publication
      'Kora Liberation Front operates_in Lower Sela | author | asserted | 2019',
      'Marn Council sponsors Kora Liberation Front | author | hedged | 2019',
    ],
  ],
  [
    'a cartel story with titles, an arrest and a denial', '2025-02-03',
    '[Ortiz Cartel|o] leader [Rafael Ortiz|p], alias El Gato, was arrested by the [Federal Police|o] in [Puerto Vela|l] in January. ' +
      'His lawyer said [Ortiz|p] was never a member of the [Vela Brotherhood|o].',
    [
      'Federal Police arrested Rafael Ortiz | author | asserted | 2025-01',
      'Federal Police operates_in Puerto Vela | author | asserted | 2025-01',
      'Ortiz member_of Vela Brotherhood | ~His lawyer | negated | undated',
      'Rafael Ortiz leader_of Ortiz Cartel | author | asserted | 2025-01',
      'Rafael Ortiz operates_in Puerto Vela | author | asserted | 2025-01',
    ],
  ],
  [
    'analysts, an alliance noun and a place in apposition', '2023-06-15',
    'Analysts believe the [Dunmore Brigade|o]–[Sable Front|o] alliance was sealed in [Hollin|l], a border town in northern [Veska|l]. ' +
      'According to a leaked report, the [Veska Interior Ministry|o] has quietly supplied both groups with rifles.',
    [
      'Dunmore Brigade allied_with Sable Front | ~Analysts | hedged | undated',
      'Hollin located_in Veska | author | asserted | undated',
      'Veska Interior Ministry supplied Dunmore Brigade | ~leaked report | asserted | undated',
      'Veska Interior Ministry supplied Sable Front | ~leaked report | asserted | undated',
    ],
  ],
];

for (const [name, published, text, expected] of PASSAGES) {
  test(`passage: ${name}`, () => {
    assert.deepEqual(describedClaimsOf(text, published), [...expected].sort(), text);
  });
}
