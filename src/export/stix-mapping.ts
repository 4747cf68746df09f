import type { Predicate } from '../core/index.js';
import type { Assertion, GradeLabel } from '../analysis/index.js';

/**
 * Grade → STIX `confidence`, through the Admiralty information-credibility scale as STIX 2.1 Appendix A maps it
 * (1 confirmed → 90, 2 probably true → 70, 3 possibly true → 50, 4 doubtful → 30, 5 improbable → 10, 6 cannot be
 * judged → no confidence). dossier never says "confirmed": independent corroboration reads as "probably true".
 * The analyst's source-reliability letter (A–F) is the other Admiralty axis and goes to `source_reliability` in dossier's claims extension.
 */
export const CONFIDENCE_OF_GRADE: Readonly<Record<GradeLabel, number | null>> = Object.freeze({
  corroborated: 70,      // 2 — probably true: several independent origins
  'single-origin': 50,   // 3 — possibly true: one origin, not contradicted
  'mostly-hedged': 30,   // 4 — doubtful: the sources themselves say "reportedly", "allegedly"
  contested: 30,         // 4 — doubtful: another origin says the opposite
  unsourced: null,       // 6 — truth cannot be judged: no source and no known publisher
});

/** STIX vocabulary where one fits (`targets`, `located-at`); otherwise the dossier predicate in STIX's kebab-case. */
export const RELATIONSHIP_TYPE: Readonly<Record<Predicate, string>> = Object.freeze({
  leader_of: 'leader-of',
  member_of: 'member-of',
  part_of: 'part-of',
  sponsors: 'sponsors',
  allied_with: 'allied-with',
  hostile_to: 'hostile-to',
  attacked: 'targets',
  arrested: 'arrested',
  supplied: 'supplied',
  operates_in: 'located-at',
  located_in: 'located-at',
  relative_of: 'relative-of',
});

/**
 * A negated assertion ("the DSI denied any link") is exported as a relationship whose type says so
 * (`not-sponsors`) as well as `negated` in the claims extension, so a consumer that ignores extensions still cannot read it
 * as the positive link.
 */
export function relationshipTypeOf(a: Assertion): string {
  const type = RELATIONSHIP_TYPE[a.predicate];
  return a.negated ? `not-${type}` : type;
}

/**
 * Which organizations become `threat-actor` rather than `identity`: those the case's own (non-negated) claims describe
 * more often as an armed actor (receiving sponsorship or supplies, attacking, being arrested, being a branch of such a
 * group) than as a state-like one (sponsoring or arresting a group or person). Weighing both, rather than letting one
 * claim decide, keeps a single mis-extracted claim from turning an army into a militia or the reverse. The basis is
 * written on the object, because this classification rests on allegations like everything else.
 */
export function classifyArmedGroups(assertions: readonly Assertion[], organizationIds: ReadonlySet<string>): Map<string, string> {
  const armed = new Map<string, string[]>();
  const stateLike = new Map<string, number>();
  const add = (id: string, why: string): void => { if (organizationIds.has(id)) armed.set(id, [...(armed.get(id) ?? []), why]); };
  const actor = (type: string): boolean => type === 'organization' || type === 'person';
  for (const a of assertions) {
    if (a.negated) continue;
    if ((a.predicate === 'sponsors' || a.predicate === 'arrested') && actor(a.object.type)) stateLike.set(a.subject.id, (stateLike.get(a.subject.id) ?? 0) + 1);
    if (a.predicate === 'sponsors' || a.predicate === 'supplied') add(a.object.id, `${a.predicate === 'sponsors' ? 'sponsored' : 'supplied'} by ${a.subject.name}`);
    if (a.predicate === 'attacked') add(a.subject.id, `said to have attacked ${a.object.name}`);
    if (a.predicate === 'arrested') add(a.object.id, `arrested by ${a.subject.name}`);
  }
  const basis = new Map<string, string>();
  for (const [id, reasons] of armed) if (reasons.length > (stateLike.get(id) ?? 0)) basis.set(id, reasons.join('; '));
  // A branch of an armed group is one too; repeat until no new branch is found (chains are short).
  for (let changed = true; changed;) {
    changed = false;
    for (const a of assertions) {
      if (a.negated || a.predicate !== 'part_of' || !basis.has(a.object.id) || basis.has(a.subject.id) || !organizationIds.has(a.subject.id)) continue;
      basis.set(a.subject.id, `part of ${a.object.name}`);
      changed = true;
    }
  }
  return basis;
}
