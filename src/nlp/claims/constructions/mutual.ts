import type { Predicate } from '../../../core/index.js';
import { subjectOf } from '../arguments.js';
import { conjunctsLeft } from '../phrases.js';
import { relation, type Construction, type Found } from '../construction.js';
import { NOUNS } from '../lexicon.js';
import type { Unit } from '../sentence-view.js';

// A tie both parties share, named by a noun with no other side: "the two groups kept their pact
// secret", "the Front and the Guild avoided clashes". The relation holds between the parties of the
// plural subject, each with each.

const SYMMETRIC = new Set<Predicate>(['allied_with', 'hostile_to']);

/**
 * Verbs that make a plural subject the parties of the tie their object names. Verbs that merely talk
 * about a tie ("condemned the alliance", "denounced the crackdown") are not here: their subject is no party.
 */
const SHARE = new Set([
  'refrain', 'refrains', 'refrained', 'avoid', 'avoids', 'avoided', 'abstain', 'abstains', 'abstained',
  'engage', 'engages', 'engaged', 'wage', 'wages', 'waged', 'resume', 'resumed', 'resumes', 'halt', 'halted',
  'end', 'ended', 'ends', 'escalate', 'escalated', 'maintain', 'maintained', 'maintains', 'keep', 'kept', 'keeps',
  'have', 'has', 'had', 'renew', 'renewed', 'deepen', 'deepened', 'strengthen', 'strengthened', 'continue',
  'continued', 'deny', 'denied', 'denies', 'suspend', 'suspended', 'break', 'broke', 'abandon', 'abandoned',
]);
const LINKS = new Set(['from', 'in', 'any', 'a', 'an', 'the', 'no', 'all', 'further', 'or', 'and', 'their', 'open', 'direct']);
const OTHER_SIDE = new Set(['with', 'to', 'against', 'between', 'on', 'toward', 'towards']);
const MODIFIER_POS = new Set(['ADJ', 'NOUN', 'VERB', 'CCONJ']);

/**
 * The parties a plural slot stands for: a coordination ("the Front and the Guild") or a plural
 * anaphor ("both groups", which carries its members as partners). Null for a single party.
 */
export function partiesAt(units: readonly Unit[], subject: number): number[] | null {
  if (units[subject]!.partners?.length) return [subject];
  const list = conjunctsLeft(units, subject);
  return list.length >= 2 ? list : null;
}

/** Each pair of parties once; a plural anaphor relates itself, which its partners expand. */
export function eachWithEach(parties: readonly number[], predicate: Predicate, trigger: number, rule: string): Found[] {
  if (parties.length === 1) return [relation(parties[0]!, predicate, parties[0]!, trigger, rule)];
  const out: Found[] = [];
  for (let a = 0; a < parties.length; a++) for (let b = a + 1; b < parties.length; b++) out.push(relation(parties[a]!, predicate, parties[b]!, trigger, rule));
  return out;
}

export const sharedTie: Construction = {
  name: 'shared-tie',
  predicates: ['allied_with', 'hostile_to'],
  example: 'Both groups kept their pact of non-aggression quiet and refrained from open clashes.',
  find(units) {
    const out: Found[] = [];
    for (let i = 1; i < units.length; i++) {
      const u = units[i]!;
      const predicate = u.mention ? undefined : NOUNS.get(u.lower);
      if (!predicate || !SYMMETRIC.has(predicate) || OTHER_SIDE.has(units[i + 1]?.lower ?? '')) continue;
      if (units[i + 1]?.lower === 'of' && OTHER_SIDE.has(units[i + 3]?.lower ?? '')) continue;
      const anchor = governor(units, i);
      if (anchor < 0) continue;
      const subject = subjectOf(units, anchor);
      if (subject < 0) continue;
      const parties = partiesAt(units, subject);
      if (parties) out.push(...eachWithEach(parties, predicate, i, this.name));
    }
    return out;
  },
};

// What hands the noun to the clause's subject: "their" ("kept their pact"), or a sharing verb
// ("refrained from verbal or physical clashes"). Returns the slot to take the subject of, or -1.
function governor(units: readonly Unit[], noun: number): number {
  for (let k = noun - 1; k >= 0 && noun - k <= 6; k--) {
    const w = units[k]!;
    if (w.mention) return -1;
    if (w.lower === 'their') return k;
    if (SHARE.has(w.lower) && (w.pos === 'VERB' || w.pos === 'AUX')) return k;
    if (!LINKS.has(w.lower) && !MODIFIER_POS.has(w.pos)) return -1;
  }
  return -1;
}
