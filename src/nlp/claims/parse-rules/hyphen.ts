import type { Found } from '../construction.js';
import { HYPHEN_PARTICIPLES, ledBy } from '../lexicon.js';
import { isJoiningDash } from '../phrases.js';
import type { Unit } from '../sentence-view.js';
import { holdersOf } from './roles.js';
import { parseScope } from './scope.js';
import { prepOf } from './paths.js';
import { baseRel, type UnitTree } from './tree.js';

/**
 * "Hamas is an Alder-backed movement", "describes the Front as an Alder-funded militia", "the Front, long
 * an Osk-based group": a hyphened participle on a description relates its first word to whoever the
 * description is of. The window row reads it when a name follows straight after; the parse finds the
 * holder wherever the description stands.
 */
export const HYPHEN_DESCRIPTION_ROW = { name: 'parse-hyphen-description', example: 'Officials described the Front as an Alder-backed militia.' } as const;

const NOMINAL = new Set(['NOUN', 'PROPN']);

export function findHyphenDescriptions(units: readonly Unit[], tree: UnitTree): Found[] {
  const out: Found[] = [];
  for (let p = 2; p < units.length; p++) {
    const sense = HYPHEN_PARTICIPLES.get(units[p]!.lower);
    const first = p - 2;
    if (!sense || !isJoiningDash(units, p - 1) || !units[first]!.mention) continue;
    const noun = describedNoun(units, tree, p);
    if (noun < 0 || units[noun]!.mention) continue;
    const type = units[first]!.mention!.type;
    const predicate = ledBy(sense.predicate, type);
    const scope = parseScope(tree, units, noun);
    for (const h of describedBy(units, tree, noun)) {
      if (h === first || units[h]!.mention!.type === 'location') continue;
      const [subject, object] = sense.inverse ? [h, first] : [first, h];
      if (sense.inverse && type !== 'location') continue;
      out.push({ subject, object, predicate, role: sense.predicate === 'leader_of' ? 'leader' : null, trigger: p, rule: HYPHEN_DESCRIPTION_ROW.name, negated: scope.negated, denied: scope.denied, hedged: scope.hedged });
    }
  }
  return out;
}

// The noun the participle modifies: its head in the parse, or the next noun when the parse hangs it elsewhere.
function describedNoun(units: readonly Unit[], tree: UnitTree, p: number): number {
  const h = tree.head[p]!;
  if (h > p && NOMINAL.has(tree.upos[h]!)) return h;
  for (let k = p + 1; k < units.length && k - p <= 3; k++) if (NOMINAL.has(tree.upos[k]!) && !units[k]!.mention) return k;
  return -1;
}

// Who the description is of: its holder, or the name an "as" phrase hangs on ("describe the Front as an
// Alder-backed militia" attached to the name rather than the verb).
function describedBy(units: readonly Unit[], tree: UnitTree, noun: number): number[] {
  const h = tree.head[noun]!;
  if (h >= 0 && units[h]!.mention && baseRel(tree.deprel[noun]!) === 'nmod' && prepOf(tree, units, noun) === 'as') return [h];
  return holdersOf(units, tree, noun);
}
