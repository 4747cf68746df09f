import type { EntityType, Mention } from '../../core/index.js';
import { KIN, REPORT_VERBS, SPEAKING_VERBS, VERBS } from './lexicon.js';
import type { Referent } from './coref.js';
import type { Unit } from './sentence-view.js';

// Antecedent search for coref.ts: the referent lists searched (nearest, or the previous sentence's first
// subject) and the clause positions that rule a candidate in or out (inside a prepositional phrase, the
// local subject, the possessor, the speaker). Separate because pronouns and descriptions both use them.

// "Alder dismissed claims that it arms the Front", "the Front said it would fight on": a subject "it" in a
// clause its sentence's subject speaks for is that subject, group or state.
export function speakerOf(out: readonly Unit[], here: readonly Referent[]): Mention | null {
  let verb = out.length - 1;
  while (verb >= 0 && out[verb]!.pos !== 'VERB') verb--;
  if (verb < 0 || !SPEAKING_VERBS.has(out[verb]!.lower)) return null;
  // The name nearest before the verb with no other verb between: "GASSOULÉ — Haut-Zamou's ruling council
  // (CMS) dismissed reports that it …" is the council's, not the dateline's or the possessor's.
  for (let k = verb - 1; k >= 0; k--) {
    const w = out[k]!;
    if (w.pos === 'VERB') return null;
    const r = w.mention ? here.find((x) => x.mention.id === w.mention!.id) : undefined;
    if (r && !r.inPrepPhrase && !r.possessive && (r.mention.type === 'organization' || r.mention.type === 'location')) return r.mention;
  }
  return null;
}

// "the son of former governor Orlan Varn, he …": a name inside a prepositional phrase is no subject.
export function isGovernedByPreposition(before: readonly Unit[]): boolean {
  for (let j = before.length - 1; j >= 0 && before.length - j <= 6; j--) {
    const u = before[j]!;
    // "Fighters of the Front attacked …": the group after "of" is who acts, unless it is kin ("son of").
    if (u.lower === 'of') return j > 0 && KIN.has(before[j - 1]!.lower);
    if (u.pos === 'ADP') return u.lower !== 'by';
    if (u.pos === 'VERB' || u.pos === 'AUX' || u.pos === 'PUNCT' || u.pos === 'CCONJ') return false;
  }
  return false;
}

// "The Guard denied any link to the group": a description in its own clause's object position is not
// that clause's subject; "the Front said the group would fight on" crosses a reporting verb and may be.
export function isLocalSubject(before: readonly Unit[], mention: Mention): boolean {
  let p = before.length - 1;
  while (p >= 0 && before[p]!.mention?.id !== mention.id) p--;
  if (p < 0) return false;
  let verb = false;
  for (let k = p + 1; k < before.length; k++) {
    const u = before[k]!;
    if (u.text === ',' || u.pos === 'CCONJ' || u.pos === 'SCONJ' || u.pos === 'PRON' || (REPORT_VERBS.has(u.lower) && !u.lower.startsWith('den'))) return false;
    if (u.pos === 'VERB' || u.pos === 'AUX') verb = true;
  }
  return verb;
}

// "The Front threatened the Guard in videos released by its leader": a possessive deep in the clause
// takes the clause's subject (as Hobbs's search meets it first), but "the Front and its leader" the name
// it is coordinated with.
export function possessorInClause(out: readonly Unit[], here: readonly Referent[], type: EntityType): Mention | null {
  const conjoined = out[out.length - 2]?.mention;
  if (/^(and|or)$/.test(out[out.length - 1]?.lower ?? '') && conjoined?.type === type) return conjoined;
  // "Alder supports the Army in its fight against the Front": whom a backer backs is the one fighting.
  const verb = [...out].reverse().find((u) => u.pos === 'VERB');
  if (verb && VERBS.get(verb.lower)?.predicate === 'sponsors') return null;
  // "Alder remains steadfast in its support of the Front": a state (a place acting) is its clause's "its" too.
  const fits = (m: Mention): boolean => m.type === type || (type === 'organization' && m.type === 'location');
  return here.find((r) => fits(r.mention) && !r.inPrepPhrase && !r.possessive && isLocalSubject(out, r.mention))?.mention ?? null;
}

export function nearest(referents: readonly Referent[], type: EntityType): Mention | null {
  for (let k = referents.length - 1; k >= 0; k--) if (referents[k]!.mention.type === type) return referents[k]!.mention;
  return null;
}

// A subject pronoun opening a sentence usually continues the previous sentence's subject, which is
// its first mention outside a prepositional phrase; a description takes the last one named.
export function firstOrNearest(referents: readonly Referent[], type: EntityType, preferFirst: boolean): Mention | null {
  if (preferFirst) {
    const first = referents.find((r) => r.mention.type === type && !r.inPrepPhrase && !r.possessive);
    if (first) return first.mention;
  }
  return nearest(referents, type);
}
