import type { Predicate } from '../../../core/index.js';
import type { Found } from '../construction.js';
import type { Unit } from '../sentence-view.js';
import { actorsAt, prepOf } from './paths.js';
import { holdersOf, isPredicated, UNSCOPED } from './roles.js';
import { parseScope } from './scope.js';
import { baseRel, type UnitTree } from './tree.js';

/** "the Osk Front, the Coalition's partner force", "Alder, an ally of the Front", "the Guard's arch-rival, the Front". */
export const TIE_NOUN_ROW = { name: 'parse-tie-noun', example: "The strikes were coordinated with the Osk Front, the Alder Coalition's partner force." } as const;

// Nouns that describe a body by its tie to another, not by a post in it (titles.ts has those).
const TIE_NOUNS: ReadonlyMap<string, Predicate> = new Map([
  ...['ally', 'allies', 'partner', 'partners', 'co-belligerent', 'co-belligerents'].map((w): [string, Predicate] => [w, 'allied_with']),
  ...['rival', 'rivals', 'arch-rival', 'arch-rivals', 'archrival', 'enemy', 'enemies', 'foe', 'foes', 'adversary', 'adversaries', 'nemesis'].map((w): [string, Predicate] => [w, 'hostile_to']),
]);
// "partner force", "allied militia": a tie noun modifying the noun that is in apposition.
const BODY_HEADS = new Set(['force', 'forces', 'group', 'groups', 'militia', 'militias', 'organisation', 'organization', 'faction', 'army', 'movement', 'network', 'state', 'country', 'government']);
const OWNER_PREPS = ['of', 'to'];

export function findTieNouns(units: readonly Unit[], tree: UnitTree): Found[] {
  const out: Found[] = [];
  for (let k = 0; k < units.length; k++) {
    const predicate = TIE_NOUNS.get(units[k]!.lower);
    if (!predicate || units[k]!.mention) continue;
    const h = tree.head[k]!;
    const described = h > k && ['compound', 'amod'].includes(tree.deprel[k]!) && BODY_HEADS.has(units[h]!.lower) ? h : k;
    const holders = holdersOf(units, tree, described);
    if (holders.length === 0) holders.push(...setOffNames(units, tree, described));
    const others = [described, k].flatMap((n) => owners(units, tree, n));
    if (holders.length === 0 || others.length === 0) continue;
    const scope = isPredicated(tree, units, described) ? parseScope(tree, units, described) : UNSCOPED;
    for (const s of holders) for (const o of others) {
      if (s === o) continue;
      out.push({ subject: s, object: o, predicate, role: null, trigger: k, rule: TIE_NOUN_ROW.name, negated: scope.negated, denied: scope.denied });
    }
  }
  return out;
}

// Whose ally or rival: the possessor, or the "of/to" phrase ("an ally of the Front", "a rival to the Guard").
function owners(units: readonly Unit[], tree: UnitTree, n: number): number[] {
  const out: number[] = [];
  for (const c of tree.children[n]!) {
    const rel = tree.deprel[c]!;
    if (rel === 'nmod:poss' || (baseRel(rel) === 'nmod' && OWNER_PREPS.includes(prepOf(tree, units, c) ?? ''))) out.push(...actorsAt(tree, units, c).map((a) => a.unit));
  }
  return [...new Set(out)];
}

// The parse often misses the apposition of a description set off by commas: "the Front, the Coalition's
// partner force," (the name just before the phrase) or "its arch-rival, the Guard," (the name just after).
function setOffNames(units: readonly Unit[], tree: UnitTree, n: number): number[] {
  const span = subtree(tree, n).filter((c) => tree.deprel[c] !== 'punct');
  const first = Math.min(...span);
  const last = Math.max(...span);
  const before = units[first - 1]?.text === ',' && units[first - 2]?.mention && units[first - 3]?.text !== ',' ? [first - 2] : [];
  const after = units[last + 1]?.text === ',' ? (units[last + 2]?.lower === 'the' ? last + 3 : last + 2) : -1;
  // An apposition after the phrase closes with punctuation: "its allies, Tam Hale said" names a speaker.
  const closed = after > 0 && /^[,.;:)—–-]$/.test(units[after + 1]?.text ?? '.');
  return [...before, ...(closed && units[after]?.mention && !span.includes(after) ? [after] : [])];
}

function subtree(tree: UnitTree, n: number): number[] {
  const out = [n];
  for (let i = 0; i < out.length; i++) out.push(...tree.children[out[i]!]!);
  return out;
}
