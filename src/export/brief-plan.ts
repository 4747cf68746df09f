import type { Assertion, EntityRef } from '../analysis/index.js';
import type { Predicate } from '../core/index.js';
import { compareText, type CaseView } from './case-view.js';
import { EVENT_PREDICATES } from './brief-phrases.js';

export const DEFAULT_BRIEF_OPTIONS = Object.freeze({
  /** Actors given a section of key judgements: the most central first. A brief is read in minutes, not a catalogue. */
  keyActors: 8,
  judgementsPerActor: 8,
  /** Links between less central entities listed after the key judgements; the rest are counted, and are in the CSV. */
  otherLinks: 12,
  /** Events listed, the best supported kept when there are more; the timeline (`dossier timeline`) has them all. */
  events: 40,
  /** Footnotes per sentence; one per independent origin first, so the citations show the breadth of support. */
  citationsPerSentence: 3,
  /** Claims resting on one origin that the open questions name, most central actors first. */
  singleOriginQuestions: 5,
});
export type BriefOptions = { readonly [K in keyof typeof DEFAULT_BRIEF_OPTIONS]: number };

export interface ActorSection {
  readonly actor: EntityRef;
  readonly aliases: readonly string[];
  readonly judgements: readonly Assertion[];
  /** Places it is said to operate in: context, given as one sentence rather than as judgements of their own. */
  readonly areas: readonly Assertion[];
}

/**
 * Where each assertion goes, decided once so that none appears twice: under the most central actor it involves,
 * as an event, as a place fact (context only), or among the other links.
 */
export interface BriefPlan {
  readonly actors: readonly ActorSection[];
  readonly events: readonly Assertion[];
  /** Events left out by `events`. */
  readonly omittedEvents: number;
  readonly places: readonly Assertion[];
  readonly others: readonly Assertion[];
  /** Other links left out of the brief by `otherLinks`. */
  readonly omitted: number;
}

/**
 * Best supported first: independent origins, then the share its own sources hedge, then documents. A disputed
 * assertion keeps its place by support: three origins against one denial is still a key judgement.
 */
export function bySupport(a: Assertion, b: Assertion): number {
  return (b.origins - a.origins) || (a.grade.hedgedShare - b.grade.hedgedShare) || (b.documents - a.documents) || compareText(a.id, b.id);
}

/** Membership belongs to the group ("Red Valley Front: led by …"); what an actor does belongs to the actor. */
const GROUP_FIRST: ReadonlySet<Predicate> = new Set(['leader_of', 'member_of', 'part_of']);

/** Persons and organisations by betweenness (who connects the network), then by degree: the case's central actors. */
export function rankActors(view: CaseView): EntityRef[] {
  return [...view.analysis.network.nodes]
    .filter((n) => n.type === 'person' || n.type === 'organization')
    .sort((a, b) => (b.betweenness - a.betweenness) || (b.degree - a.degree) || (b.assertions - a.assertions) || compareText(a.name, b.name))
    .map((n) => ({ id: n.id, name: n.name, type: n.type }));
}

export function planBrief(view: CaseView, opts: BriefOptions): BriefPlan {
  const ranked = rankActors(view);
  const rank = new Map(ranked.map((e, i) => [e.id, i]));
  const events: Assertion[] = [];
  const places: Assertion[] = [];
  const others: Assertion[] = [];
  const byActor = new Map<string, { judgements: Assertion[]; areas: Assertion[] }>();
  for (const a of [...view.assertions].sort(bySupport)) {
    if (EVENT_PREDICATES.has(a.predicate)) { events.push(a); continue; }
    if (a.predicate === 'located_in') { places.push(a); continue; }
    const parties = GROUP_FIRST.has(a.predicate) ? [a.object, a.subject] : [a.subject, a.object];
    const sections = parties.filter((e) => (rank.get(e.id) ?? Infinity) < opts.keyActors)
      .map((e) => ({ owner: e, section: byActor.get(e.id) ?? byActor.set(e.id, { judgements: [], areas: [] }).get(e.id)! }));
    const area = sections.find(({ owner }) => a.predicate === 'operates_in' && !a.negated && a.subject.id === owner.id);
    if (area) { area.section.areas.push(a); continue; }
    // A full section passes the assertion to the other party's, so a busy actor does not crowd out its partners' judgements.
    const open = sections.find(({ section }) => section.judgements.length < opts.judgementsPerActor);
    if (open) open.section.judgements.push(a);
    else others.push(a);
  }
  const actors = ranked.filter((e) => (byActor.get(e.id)?.judgements.length ?? 0) + (byActor.get(e.id)?.areas.length ?? 0) > 0).map((actor): ActorSection => ({
    actor,
    aliases: (view.entityById.get(actor.id)?.aliases ?? []).filter((alias) => alias !== actor.name),
    ...byActor.get(actor.id)!,
  }));
  others.sort(bySupport);
  return {
    actors, events: events.slice(0, opts.events), omittedEvents: Math.max(0, events.length - opts.events), places,
    others: others.slice(0, opts.otherLinks), omitted: Math.max(0, others.length - opts.otherLinks),
  };
}
