import type { Unit } from '../sentence-view.js';
import { baseRel } from './deprel.js';
import { repairParse } from './repairs.js';

/** One token's place in the sentence's dependency tree, as the parser gives it. */
export interface TokenArc {
  readonly start: number;
  readonly end: number;
  readonly upos: string;
  /** Index of the head token within the same sentence, or -1 for the root. */
  readonly head: number;
  readonly deprel: string;
}

/**
 * The dependency tree over a sentence's units. A mention collapsed into one unit takes the arc of its
 * own head token (the one whose head lies outside the mention), so "the Red Valley Front" attaches
 * where "Front" does and its inner compounds disappear.
 */
export interface UnitTree {
  readonly size: number;
  /** Head unit of each unit, -1 for the root (and for units the parse does not cover). */
  readonly head: Int32Array;
  readonly deprel: readonly string[];
  readonly upos: readonly string[];
  readonly children: readonly (readonly number[])[];
}

/**
 * Lays the token tree over the units: each unit is headed by the unit holding its head token's head.
 * Units built by joining tokens (mentions, "co-founder", a folded "(RVF)") keep the outermost arc.
 */
export function buildUnitTree(units: readonly Unit[], arcs: readonly TokenArc[]): UnitTree {
  const size = units.length;
  const unitOfToken = new Int32Array(arcs.length).fill(-1);
  let u = 0;
  for (let t = 0; t < arcs.length; t++) {
    const arc = arcs[t]!;
    while (u < size && units[u]!.end <= arc.start) u++;
    if (u < size && units[u]!.start < arc.end) unitOfToken[t] = u;
  }
  const headToken = new Int32Array(size).fill(-1);
  const depth = (t: number): number => {
    let d = 0;
    for (let k = t; k >= 0 && d <= arcs.length; k = arcs[k]!.head) d++;
    return d;
  };
  for (let t = 0; t < arcs.length; t++) {
    const owner = unitOfToken[t]!;
    if (owner < 0) continue;
    const h = arcs[t]!.head;
    const leavesUnit = h < 0 || unitOfToken[h] !== owner;
    if (!leavesUnit) continue;
    const current = headToken[owner]!;
    // Two tokens leaving one unit (a mention the parse split): the one nearer the root heads it.
    if (current < 0 || depth(t) < depth(current)) headToken[owner] = t;
  }
  const head = new Int32Array(size).fill(-1);
  const deprel: string[] = new Array(size).fill('dep');
  const upos: string[] = units.map((x) => x.pos);
  const children: number[][] = Array.from({ length: size }, () => []);
  for (let k = 0; k < size; k++) {
    const t = headToken[k]!;
    if (t < 0) continue;
    const arc = arcs[t]!;
    deprel[k] = arc.deprel;
    if (!units[k]!.mention) upos[k] = arc.upos;
    else upos[k] = 'PROPN';
    const h = arc.head < 0 ? -1 : unitOfToken[arc.head]!;
    head[k] = h === k ? -1 : h;
  }
  repairParse(units, upos, head, deprel);
  // The arcs above cannot form a cycle through a collapsed unit unless the parse was not a tree; guard anyway.
  for (let k = 0; k < size; k++) {
    let steps = 0;
    for (let h = head[k]!; h >= 0 && steps <= size; h = head[h]!) steps++;
    if (steps > size) head[k] = -1;
  }
  for (let k = 0; k < size; k++) if (head[k]! >= 0) children[head[k]!]!.push(k);
  return { size, head, deprel, upos, children };
}


export { baseRel } from './deprel.js';

export function childrenWith(tree: UnitTree, k: number, rels: ReadonlySet<string>): number[] {
  return tree.children[k]!.filter((c) => rels.has(tree.deprel[c]!) || rels.has(baseRel(tree.deprel[c]!)));
}

// A word the tagger called an adjective or name but that heads a noun phrase ("the Front's offensive"):
// a determiner or a possessor before it makes it a noun.
export function isNounLike(tree: UnitTree, k: number): boolean {
  return (tree.upos[k] === 'ADJ' || tree.upos[k] === 'PROPN') && tree.children[k]!.some((c) => c < k && (tree.deprel[c] === 'det' || tree.deprel[c] === 'nmod:poss'));
}

/** A noun, or a word heading a noun phrase whatever its tag. */
export const isNominalHead = (tree: UnitTree, k: number): boolean => tree.upos[k] === 'NOUN' || isNounLike(tree, k);
