import type { Found } from '../construction.js';
import type { Unit } from '../sentence-view.js';
import { actorsAt, prepOf } from './paths.js';
import { baseRel, type UnitTree } from './tree.js';

/** "the fall of Mosul to ISIL", "the capture of Osk by the Front": who took a place holds it. */
export const TAKEOVER_ROW = { name: 'parse-fall-of', example: 'A year after the fall of Osk to the Front, the town is quiet.' } as const;

const TAKING = new Set(['fall', 'capture', 'seizure', 'takeover', 'conquest', 'occupation', 'recapture', 'loss']);

export function findTakeovers(units: readonly Unit[], tree: UnitTree): Found[] {
  const out: Found[] = [];
  for (let k = 0; k < units.length; k++) {
    if (units[k]!.mention || !TAKING.has(units[k]!.lower)) continue;
    const places: number[] = [];
    const takers: number[] = [];
    for (const c of tree.children[k]!) {
      if (baseRel(tree.deprel[c]!) !== 'nmod') continue;
      const p = prepOf(tree, units, c);
      const found = actorsAt(tree, units, c).map((a) => a.unit);
      if (p === 'of') places.push(...found.filter((u) => units[u]!.mention!.type === 'location'));
      // "the fall of X to Y", "the capture of X by Y"; "the loss of X" names who lost it, not who took it.
      else if ((p === 'to' && units[k]!.lower !== 'loss') || (p === 'by' && units[k]!.lower !== 'fall')) takers.push(...found.filter((u) => units[u]!.mention!.type !== 'location'));
    }
    for (const t of takers) for (const p of places) out.push({ subject: t, object: p, predicate: 'operates_in', role: null, trigger: k, rule: TAKEOVER_ROW.name });
  }
  return out;
}
