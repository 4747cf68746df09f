import type { Found } from '../construction.js';
import { PLACE_NOUNS } from '../lexicon.js';
import type { Unit } from '../sentence-view.js';
import { actorsAt, placesAt, prepOf } from './paths.js';
import { baseRel, type UnitTree } from './tree.js';

/** Where the parse puts one named place inside another, wherever the words stand. */
export const PLACE_IN_PLACE_ROW = { name: 'parse-place-in-place', example: 'Shelling hit Osk in Alder, and Brell and other towns in Alder, including Tarn.' } as const;

const LISTING = ['including', 'such as', 'like', 'notably', 'especially'];
const isPlace = (units: readonly Unit[], k: number): boolean => units[k]!.mention?.type === 'location';

/**
 * "Osk in Alder" (the phrase on the name), "Osk and other towns in Alder" (on the coordinated place noun),
 * "towns in Alder including Osk and Brell" and "Alder, including Osk" (the places listed): each lies in the
 * place named by "in".
 */
export function findPlacesInPlaces(units: readonly Unit[], tree: UnitTree): Found[] {
  const out: Found[] = [];
  const push = (inner: number, outer: number, trigger: number): void => {
    if (inner !== outer && isPlace(units, inner) && isPlace(units, outer)) out.push({ subject: inner, object: outer, predicate: 'located_in', role: null, trigger, rule: PLACE_IN_PLACE_ROW.name, voice: { background: true, carrier: null } });
  };
  for (let k = 0; k < units.length; k++) {
    if (isPlace(units, k)) {
      for (const p of placesAt(tree, units, k, ['in'])) push(k, p, k);
      for (const m of listed(units, tree, k)) push(m, k, k);
      continue;
    }
    if (units[k]!.mention || !PLACE_NOUNS.has(units[k]!.lower)) continue;
    const outers = placesAt(tree, units, k, ['in', 'of']);
    // "Aleppo and other towns in Syria": the name the place noun is coordinated with.
    const h = tree.head[k]!;
    const others = h >= 0 && tree.deprel[k] === 'conj' && isPlace(units, h) && tree.children[k]!.some((c) => units[c]!.lower === 'other') ? [h] : [];
    for (const o of outers) {
      for (const m of [...others, ...listed(units, tree, k), ...listed(units, tree, o)]) push(m, o, k);
    }
    // "the region of Brell in northern Alder", "the port of Osk, in the state of Brell": the place the noun
    // names lies in the place its "in" phrase gives.
    // Not "Osk and Brell districts of Alder", where the names come first and the "of" place holds them.
    const namedBefore = tree.children[k]!.some((c) => c < k && isPlace(units, c));
    const named = namedBefore ? [] : tree.children[k]!.filter((c) => c > k && isPlace(units, c) && ((baseRel(tree.deprel[c]!) === 'nmod' && prepOf(tree, units, c) === 'of') || tree.deprel[c] === 'appos'));
    for (const n of named) for (const o of placesAt(tree, units, k, ['in'])) if (o > n && !named.includes(o)) push(n, o, k);
  }
  return out;
}

// The places a phrase lists: "including Osk and Brell", "such as Osk".
function listed(units: readonly Unit[], tree: UnitTree, k: number): number[] {
  const out: number[] = [];
  for (const c of tree.children[k]!) {
    const base = baseRel(tree.deprel[c]!);
    if (base !== 'nmod' && base !== 'obl' && base !== 'acl') continue;
    const p = prepOf(tree, units, c) ?? (units[c]!.lower === 'including' ? 'including' : null);
    if (p === null || !LISTING.includes(p)) continue;
    for (const a of actorsAt(tree, units, c)) if (isPlace(units, a.unit)) out.push(a.unit);
  }
  return out;
}
