import type { ClaimMention, Mention } from '../../core/index.js';

// Sponsoring is what an officer does for an organization: "Colonel Tal of the Osk Bureau handles the
// Front" has the Bureau sponsor the Front. Handing over a weapon is an act of one's own ("the group's
// coordinator handed him a pistol"), so supplying stays the person's.
const ACTED_FOR = new Set(['sponsors']);
const BELONGING = new Set(['member_of', 'leader_of']);

/**
 * Claims of a sentence in which a person it ties to an organization ("Colonel Tal of the Osk Bureau",
 * "the Bureau's director, Tal") sponsors someone, given again with the organization as the
 * one who does it, in the same voice, hedge, negation and date. Only the sentence's own tie counts: a
 * membership said elsewhere in the article may not hold at the time of this act.
 * @example actingForBody([talMemberOfBureau, talSponsorsFront], byId, id) // [bureauSponsorsFront]
 */
export function actingForBody(sentenceClaims: readonly ClaimMention[], mentionById: ReadonlyMap<string, Mention>, nextId: (n: number) => string): ClaimMention[] {
  const bodies = new Map<string, Mention[]>();
  for (const c of sentenceClaims) {
    if (!BELONGING.has(c.predicate) || c.negated) continue;
    const body = mentionById.get(c.objectId);
    if (body?.type !== 'organization') continue;
    bodies.set(c.subjectId, [...(bodies.get(c.subjectId) ?? []), body]);
  }
  const out: ClaimMention[] = [];
  if (bodies.size === 0) return out;
  for (const c of sentenceClaims) {
    if (!ACTED_FOR.has(c.predicate)) continue;
    const person = mentionById.get(c.subjectId);
    if (person?.type !== 'person') continue;
    for (const body of bodies.get(c.subjectId) ?? []) {
      if (body.id === c.objectId || body.text.toLowerCase() === mentionById.get(c.objectId)?.text.toLowerCase()) continue;
      out.push({ ...c, id: nextId(out.length), subjectId: body.id, role: null, rule: `${c.rule}/for-body` });
    }
  }
  return out;
}
