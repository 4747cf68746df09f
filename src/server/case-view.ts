import type { CaseSnapshot } from '../core/index.js';
import { analyzeCase, type Assertion, type CaseAnalysis } from '../analysis/index.js';
import { buildCaseIndex, type CaseIndex } from './case-index.js';

/**
 * One revision of the case analysed in memory, for the routes that still read the whole case: documents,
 * claims, the timeline, exports. Built on their first request only; entities, assertions, search and the
 * graph answer from the stored read model and never wait for it.
 */
export interface CaseView {
  readonly snapshot: CaseSnapshot;
  readonly index: CaseIndex;
  readonly analysis: CaseAnalysis;
  readonly assertionById: ReadonlyMap<string, Assertion>;
}

export function buildCaseView(snapshot: CaseSnapshot, revision: number): CaseView {
  const analysis = analyzeCase(snapshot);
  return {
    snapshot,
    index: buildCaseIndex(snapshot, revision),
    analysis,
    assertionById: new Map(analysis.assertions.map((a) => [a.id, a] as const)),
  };
}
