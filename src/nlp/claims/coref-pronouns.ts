import type { EntityType, Mention } from '../../core/index.js';
import { TITLES, VERBS } from './lexicon.js';
import { isPossessiveMark } from './phrases.js';
import type { Unit } from './sentence-view.js';

// Pronouns for coref.ts: which words refer ("he", "its", a referring "it", "the latter") and to what type
// of entity, as against an expletive "it is natural to …". Separate from where the antecedent is looked
// for (coref-antecedents.ts), which descriptions share.

const PERSON_SUBJECT = new Set(['he', 'she']);
const PERSON_POSSESSIVE = new Set(['his', 'her', 'him', 'himself', 'herself']);
const ORG_POSSESSIVE = new Set(['its']);

// "her fighters clashed with the Front": a person's fighters act as the group she leads.
export const FORCES = new Set(['fighters', 'men', 'forces', 'militants', 'troops', 'gunmen', 'cadres', 'loyalists', 'militia', 'followers', 'commanders', 'group', 'organisation', 'organization', 'movement', 'outfit', 'faction']);

// A plural pronoun reaching back prefers a body whose name is plural.
export const PLURAL_PRONOUNS = new Set(['they', 'them', 'their', 'theirs']);
// "the Self-Defence Forces", "the River Guardians": a name whose last word is a plural noun.
export const hasPluralHead = (m: Mention): boolean => /[^su]s$/.test(m.text.split(/\s+/).pop() ?? '') && /^\p{Lu}/u.test(m.text.split(/\s+/).pop() ?? '');

// "the former" / "the latter" standing alone (a verb, a possessive or punctuation next), not "the former leader".
export function formerOrLatter(units: readonly Unit[], i: number): 'former' | 'latter' | null {
  if (units[i]!.lower !== 'the') return null;
  const w = units[i + 1]?.lower;
  if (w !== 'former' && w !== 'latter') return null;
  const next = units[i + 2];
  return !next || next.pos === 'VERB' || next.pos === 'AUX' || next.pos === 'PUNCT' || next.pos === 'ADV' || isPossessiveMark(next) ? w : null;
}

export function pronounType(units: readonly Unit[], i: number): { type: EntityType; subject: boolean } | null {
  const w = units[i]!.lower;
  if (PERSON_SUBJECT.has(w)) return { type: 'person', subject: true };
  if (PERSON_POSSESSIVE.has(w)) return { type: 'person', subject: false };
  if (ORG_POSSESSIVE.has(w)) return { type: 'organization', subject: false };
  // "Their commander-in-chief, X", "their fighters": a group's people; "their homes" is left alone.
  if (w === 'their' && (TITLES.has(units[i + 1]?.lower ?? '') || FORCES.has(units[i + 1]?.lower ?? ''))) return { type: 'organization', subject: false };
  // "It arrested …" refers; "it is remote enough to …" and "it was natural for …" do not.
  if (w === 'it') {
    let n = i + 1;
    while (units[n]?.pos === 'ADV') n++;
    const next = units[n];
    const after = units[n + 1];
    // wink reads "it shelters" as a pronoun and a noun; a lexicon verb in -s after "it" is a verb.
    if (next?.pos === 'VERB' || (next && VERBS.has(next.lower) && next.lower.endsWith('s'))) return { type: 'organization', subject: true };
    if (next && /^(has|had|have)$/.test(next.lower) && (after?.pos === 'VERB' || (after !== undefined && VERBS.has(after.lower)))) return { type: 'organization', subject: true };
    // "it has no units in Osk", "it had 300 fighters": "it" owning something is no expletive.
    if (next && /^(has|had)$/.test(next.lower) && after !== undefined && ['DET', 'NOUN', 'NUM', 'ADJ'].includes(after.pos) && !/^(to|been)$/.test(after.lower)) return { type: 'organization', subject: true };
    // "It was reportedly backed by …", "it was arming …": a passive or progressive subject refers; "it was
    // natural to …" does not.
    if (next?.pos === 'AUX') {
      let v = n + 1;
      while (units[v]?.pos === 'ADV' || units[v]?.pos === 'AUX') v++;
      if (units[v]?.pos === 'VERB' && /(ed|en|ing)$/.test(units[v]!.lower)) return { type: 'organization', subject: true };
      // wink reads "was arming" as a noun after the auxiliary; a lexicon verb in -ing there is the verb.
      if (units[v] && /ing$/.test(units[v]!.lower) && VERBS.has(units[v]!.lower)) return { type: 'organization', subject: true };
    }
    // "armed it", "used it as a proxy": an object pronoun takes the nearest group.
    if (units[i - 1]?.pos === 'VERB') return { type: 'organization', subject: false };
  }
  return null;
}
