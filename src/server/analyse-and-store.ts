import type { Store } from '../core/index.js';
import { analyzeCase } from '../analysis/index.js';
import { toStoredAnalysis } from './analysis-rows.js';

export interface AnalysisOutcome {
  readonly status: 'saved' | 'superseded';
  /** The case revision analysed. */
  readonly revision: number;
}

/**
 * Analyses the case as it stands and stores the result with the revision it was read at. Synchronous work of
 * seconds to minutes on a large case: the server runs it in a worker thread (analysis-worker.ts), never on the
 * thread that answers requests.
 */
export async function analyseAndStore(store: Store): Promise<AnalysisOutcome> {
  const model = store.readModel();
  const { snapshot, revision } = await model.loadCaseAtRevision();
  const status = await model.saveAnalysis(toStoredAnalysis(snapshot, analyzeCase(snapshot), revision));
  return { status, revision };
}
