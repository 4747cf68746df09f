import type { CaseSnapshot } from '../core/index.js';
import { DEFAULT_ANALYSIS_OPTIONS, DEFAULT_PATH_OPTIONS, type AnalysisOptions } from './options.js';
import type { CaseAnalysis, EntityLookup, EntityPath, EntityRef, PathOptions } from './types.js';

export type * from './types.js';
export { DEFAULT_ANALYSIS_OPTIONS, DEFAULT_PATH_OPTIONS, type AnalysisOptions } from './options.js';

/**
 * Gathers every claim mention of a case into assertions, traces each mention to its origin, grades
 * assertions, finds contradictions, builds the timeline and the network. Pure: reads the snapshot only.
 * @example analyzeCase(await store.loadCase()).assertions.filter((a) => a.grade.label === 'corroborated')
 */
export function analyzeCase(snapshot: CaseSnapshot, options: Partial<AnalysisOptions> = {}): CaseAnalysis {
  void snapshot; void { ...DEFAULT_ANALYSIS_OPTIONS, ...options };
  throw new Error('analyzeCase: implementation landing');
}

/**
 * The best-supported chains between two entities: ranked by their weakest hop's independent origins, then by length.
 * @example findPaths(analysis, iskp.id, bla.id, { maxHops: 3 })[0]?.hops.map((h) => h.edge.predicates)
 */
export function findPaths(analysis: CaseAnalysis, fromEntityId: string, toEntityId: string, options: Partial<PathOptions> = {}): readonly EntityPath[] {
  void analysis; void fromEntityId; void toEntityId; void { ...DEFAULT_PATH_OPTIONS, ...options };
  throw new Error('findPaths: implementation landing');
}

/** Finds an entity by id, name or alias, case-insensitively; an exact name beats an alias, which beats a prefix. */
export function lookupEntity(snapshot: CaseSnapshot, query: string): EntityLookup {
  void snapshot; void query;
  throw new Error('lookupEntity: implementation landing');
}

/** lookupEntity for user input: throws QueryError ENTITY_NOT_FOUND / ENTITY_AMBIGUOUS with the candidates in the message. */
export function findEntity(snapshot: CaseSnapshot, query: string): EntityRef {
  void snapshot; void query;
  throw new Error('findEntity: implementation landing');
}
