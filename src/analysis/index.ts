import { QueryError, type CaseSnapshot } from '../core/index.js';
import { buildNetwork } from './build-network.js';
import { buildTimeline } from './build-timeline.js';
import { findContradictions } from './find-contradictions.js';
import { searchPaths } from './find-paths.js';
import { gatherAssertions } from './gather-assertions.js';
import { gradeAssertion } from './grade-assertion.js';
import { lookupAmong } from './lookup-entity.js';
import { findNearDuplicates } from './near-duplicates.js';
import { DEFAULT_ANALYSIS_OPTIONS, DEFAULT_PATH_OPTIONS, type AnalysisOptions } from './options.js';
import { createTracer } from './provenance.js';
import type { Assertion, CaseAnalysis, EntityLookup, EntityPath, EntityRef, PathOptions } from './types.js';

export type * from './types.js';
export { DEFAULT_ANALYSIS_OPTIONS, DEFAULT_PATH_OPTIONS, type AnalysisOptions } from './options.js';
export { INCOMPATIBLE_PREDICATES } from './find-contradictions.js';
export { lookupAmong, type LookupCandidate } from './lookup-entity.js';

/**
 * Gathers every claim mention of a case into assertions, traces each mention to its origin, grades
 * assertions, finds contradictions, builds the timeline and the network. Pure: reads the snapshot only.
 *
 * The steps run in this order because each needs the one before: near-duplicates feed provenance, provenance
 * feeds origin counts, all assertions are needed before contradictions, and contradictions decide "contested".
 * @example analyzeCase(await store.loadCase()).assertions.filter((a) => a.grade.label === 'corroborated')
 */
export function analyzeCase(snapshot: CaseSnapshot, options: Partial<AnalysisOptions> = {}): CaseAnalysis {
  const opts = Object.freeze({ ...DEFAULT_ANALYSIS_OPTIONS, ...options });
  const duplicates = findNearDuplicates(snapshot.documents.map((d) => d.document), opts);
  const gathered = gatherAssertions(snapshot, createTracer(snapshot, duplicates));
  const contradictions = findContradictions(gathered, opts);
  const contested = new Set(contradictions.flatMap((c) => c.sides.map((s) => s.assertionId)));
  const assertions = gathered.map((g): Assertion => ({
    id: g.id, subject: g.subject, predicate: g.predicate, object: g.object, negated: g.negated, mentions: g.mentions,
    documents: g.documents, origins: g.originList.length, originList: g.originList,
    grade: gradeAssertion(g, contested.has(g.id), opts.mostlyHedgedShare),
  }));
  assertions.sort((a, b) => b.origins - a.origins || b.documents - a.documents || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const { network } = buildNetwork(gathered, contested, opts);
  return {
    assertions,
    contradictions,
    timeline: buildTimeline(gathered, snapshot.resolution.entities),
    network,
    duplicates: duplicates.links,
    entities: snapshot.resolution.entities.map((e) => ({ id: e.id, name: e.name, type: e.type })),
  };
}

/**
 * The best-supported chains between two entities: ranked by their weakest hop's independent origins, then by length.
 * @example findPaths(analysis, alder.id, varn.id, { maxHops: 3 })[0]?.hops.map((h) => h.edge.predicates)
 */
export function findPaths(analysis: CaseAnalysis, fromEntityId: string, toEntityId: string, options: Partial<PathOptions> = {}): readonly EntityPath[] {
  return searchPaths(analysis, fromEntityId, toEntityId, { ...DEFAULT_PATH_OPTIONS, ...options });
}

/** Finds an entity by id, name or alias, case-insensitively; an exact name beats an alias, which beats a prefix. */
export function lookupEntity(snapshot: CaseSnapshot, query: string): EntityLookup {
  return lookupAmong(snapshot.resolution.entities, query);
}

/** lookupEntity for user input: throws QueryError ENTITY_NOT_FOUND / ENTITY_AMBIGUOUS with the candidates in the message. */
export function findEntity(snapshot: CaseSnapshot, query: string): EntityRef {
  const found = lookupEntity(snapshot, query);
  if (found.status === 'found') return found.entity;
  if (found.status === 'ambiguous') {
    const names = found.candidates.slice(0, 8).map((c) => `${c.name} (${c.type}, ${c.id})`).join('; ');
    throw new QueryError('ENTITY_AMBIGUOUS', `"${query}" matches ${found.candidates.length} entities: ${names}; give the full name or the id`, { field: 'entity' });
  }
  throw new QueryError('ENTITY_NOT_FOUND', `no entity named "${query}" in this case (try \`dossier entities\`)`, { field: 'entity' });
}
