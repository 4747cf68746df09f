import type { Found } from '../construction.js';
import type { Unit } from '../sentence-view.js';
import { actorsAt, placesAt, prepOf } from './paths.js';
import { baseRel, type UnitTree } from './tree.js';

/** "the fall of Mosul to ISIL", "the capture of Osk by the Front": who took a place holds it. */
export const TAKEOVER_ROW = { name: 'parse-fall-of', example: 'A year after the fall of Osk to the Front, the town is quiet.' } as const;

const FALLING = new Set(['fell', 'fall', 'falls', 'fallen', 'falling']);
const TAKING = new Set(['fall', 'capture', 'seizure', 'takeover', 'conquest', 'occupation', 'recapture', 'loss']);

export function findTakeovers(units: readonly Unit[], tree: UnitTree): Found[] {
  const out: Found[] = [];
  for (let k = 0; k < units.length; k++) {
    if (units[k]!.mention) continue;
    // "Osk fell to the Front in June": the verb's subject is the place, its "to" phrase the taker.
    const fell = tree.upos[k] === 'VERB' && FALLING.has(units[k]!.lower);
    if (!fell && !TAKING.has(units[k]!.lower)) continue;
    const places: number[] = [];
    const takers: number[] = [];
    for (const c of tree.children[k]!) {
      if (fell) {
        const found = actorsAt(tree, units, c).map((a) => a.unit);
        if (baseRel(tree.deprel[c]!) === 'nsubj') places.push(...found.filter((u) => units[u]!.mention!.type === 'location'));
        else if (baseRel(tree.deprel[c]!) === 'obl' && prepOf(tree, units, c) === 'to') takers.push(...found.filter((u) => units[u]!.mention!.type !== 'location'));
        continue;
      }
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

/** "captured Osk from the Front", "retook the town of Osk from the Front": who took it fought who held it, and who held it was there. */
export const TAKEN_FROM_ROW = { name: 'parse-taken-from', example: 'In May the Guard retook the town of Osk from the Front.' } as const;

const TAKING_VERBS = new Set(['capture', 'captured', 'captures', 'capturing', 'seize', 'seized', 'seizes', 'seizing', 'take', 'took', 'taken', 'takes', 'taking', 'retake', 'retook', 'retaken', 'retakes', 'recapture', 'recaptured', 'recaptures', 'wrest', 'wrested', 'wrests', 'win', 'won', 'wins', 'liberate', 'liberated', 'liberates']);

export function findTakenFrom(units: readonly Unit[], tree: UnitTree, doersOf: (k: number) => readonly number[]): Found[] {
  const out: Found[] = [];
  for (let k = 0; k < units.length; k++) {
    if (tree.upos[k] !== 'VERB' || !TAKING_VERBS.has(units[k]!.lower)) continue;
    const places: number[] = [];
    const holders: number[] = [];
    for (const c of tree.children[k]!) {
      const rel = baseRel(tree.deprel[c]!);
      const found = actorsAt(tree, units, c).map((a) => a.unit);
      if (rel === 'obj') {
        places.push(...found.filter((u) => units[u]!.mention!.type === 'location'));
        // "captured the town of Osk": the named place under a place noun.
        for (const g of tree.children[c]!) {
          const gp = prepOf(tree, units, g);
          if (gp === 'of') places.push(...actorsAt(tree, units, g).map((a) => a.unit).filter((u) => units[u]!.mention!.type === 'location'));
          // "from the Front" hung on the place rather than on the verb.
          else if (gp === 'from') holders.push(...actorsAt(tree, units, g).map((a) => a.unit).filter((u) => units[u]!.mention!.type !== 'location'));
        }
        // "seized several camps near Osk from the Front": the holder was where its posts were.
        if (!units[c]!.mention) {
          const near = placesAt(tree, units, c, ['in', 'near', 'around', 'outside', 'inside']);
          places.push(...near);
          // "from the Front" hung on that place.
          for (const p of near) for (const g of tree.children[p]!) if (prepOf(tree, units, g) === 'from') holders.push(...actorsAt(tree, units, g).map((a) => a.unit).filter((u) => units[u]!.mention!.type !== 'location'));
        }
      } else if (rel === 'obl' && prepOf(tree, units, c) === 'from') holders.push(...found.filter((u) => units[u]!.mention!.type !== 'location'));
    }
    if (places.length === 0 || holders.length === 0) continue;
    for (const h of holders) {
      for (const p of places) out.push({ subject: h, object: p, predicate: 'operates_in', role: null, trigger: k, rule: TAKEN_FROM_ROW.name });
      for (const d of doersOf(k)) if (d !== h) out.push({ subject: d, object: h, predicate: 'hostile_to', role: null, trigger: k, rule: TAKEN_FROM_ROW.name });
    }
  }
  return out;
}
