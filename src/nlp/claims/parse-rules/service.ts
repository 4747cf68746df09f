import type { Found } from '../construction.js';
import type { Unit } from '../sentence-view.js';
import { doerOf } from './clause.js';
import { actorsAt, prepOf } from './paths.js';
import { parseScope } from './scope.js';
import { baseRel, type UnitTree } from './tree.js';

/** "sits on the council", "served in the Alder Army", "fought for the Front": a person serving in a body belongs to it. */
export const SERVICE_ROW = { name: 'parse-serves-in', example: 'Tam Orlan, who served in the Alder Army for a decade, now sits on the Osk Council.' } as const;

// Each verb with the prepositions that make its oblique the body served ("served in Iraq" names a place, left out by type).
const SERVICE_PREPS: readonly (readonly [string, readonly string[]])[] = [
  ['sit sits sat sitting', ['on']],
  ['serve serves served serving', ['on', 'in', 'with']],
  ['fight fights fought fighting', ['for', 'in']],
  ['enlist enlists enlisted enrol enrols enrolled enroll enrolls', ['in', 'with']],
];
const SERVICE: ReadonlyMap<string, readonly string[]> = new Map(SERVICE_PREPS.flatMap(([words, preps]) => words.split(' ').map((w): [string, readonly string[]] => [w, preps])));

export function findService(units: readonly Unit[], tree: UnitTree): Found[] {
  const out: Found[] = [];
  for (let k = 0; k < units.length; k++) {
    const preps = SERVICE.get(units[k]!.lower);
    if (!preps || tree.upos[k] !== 'VERB') continue;
    const people = doerOf(tree, units, k).actors.filter((a) => units[a.unit]!.mention!.type === 'person');
    if (people.length === 0) continue;
    const scope = parseScope(tree, units, k);
    for (const c of tree.children[k]!) {
      if (baseRel(tree.deprel[c]!) !== 'obl' || !preps.includes(prepOf(tree, units, c) ?? '')) continue;
      for (const body of actorsAt(tree, units, c)) {
        if (units[body.unit]!.mention!.type !== 'organization') continue;
        for (const p of people) out.push({ subject: p.unit, object: body.unit, predicate: 'member_of', role: null, trigger: k, rule: SERVICE_ROW.name, negated: scope.negated, denied: scope.denied, hedged: scope.hedged });
      }
    }
  }
  return out;
}
