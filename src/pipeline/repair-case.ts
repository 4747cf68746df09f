import type { CaseCheck, SqlStore } from '../store/index.js';
import { refreshResolution } from './build-case.js';

const nlp = async () => import('../nlp/index.js');

export interface RepairReport {
  readonly before: CaseCheck;
  readonly after: CaseCheck;
  /** What was done, one line each, in the order done. */
  readonly actions: readonly string[];
}

/**
 * Brings a case back to a state whole transactions could have left, then re-derives what lags behind:
 * rows of documents no longer in the case are deleted (nothing can derive them again), a document whose
 * rows are partial is read again from its stored text, and entities are re-resolved when they are behind
 * or disagree with the mentions. Documents themselves are never deleted: they are the evidence.
 */
export async function repairCase(store: SqlStore): Promise<RepairReport> {
  const before = await store.check();
  const actions: string[] = [];
  const orphans = await store.deleteOrphanRows();
  if (orphans > 0) actions.push(`deleted ${orphans} rows whose document is not in the case`);

  const damaged = new Set(before.problems.filter((p) => p.docId !== undefined && (p.kind === 'partial-document' || p.table === 'claims')).map((p) => p.docId!));
  for (const docId of damaged) {
    const document = await store.getDocument(docId);
    if (document === null) continue;   // an orphan: its rows are gone already
    await store.replaceDerivedRows((await nlp()).analyzeDocument(document));
    actions.push(`read document ${document.name} again from its stored text`);
  }

  // Entities are made from the mentions: after any repair, or when their links disagree with the mentions,
  // they are resolved again whatever the generations say.
  if (before.problems.length > 0) await store.markResolutionBehind();
  if (!(await store.resolutionState()).isCurrent) {
    const result = await refreshResolution(store);
    actions.push(`re-resolved the entities (${result.entities.length})`);
  }
  return { before, after: await store.check(), actions };
}
