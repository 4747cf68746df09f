import type { IngestError, ResolveResult, Store } from '../core/index.js';
import type { LoadOutcome } from '../ingest/index.js';
import { analyzeSource } from './analyze-source.js';

// The resolver loads on first use: commands that only read a case never pay for it.
const resolver = async () => import('../resolve/index.js');

export type IngestOutcome =
  | { readonly status: 'added' | 'unchanged'; readonly input: string; readonly docId: string; readonly name: string; readonly claims: number }
  | { readonly status: 'rejected'; readonly input: string; readonly error: IngestError };

export interface IngestProgress {
  readonly done: number;
  readonly outcome: IngestOutcome;
}

/**
 * Adds loaded documents to a case: each new one is read by the NLP stage and saved in its own transaction
 * (a crash loses at most the document in flight); a document whose content hash is already there is skipped
 * before any NLP runs. Entities are re-resolved once at the end, with the analyst's overrides, because a new
 * document can join or split names across the whole case; they are also re-resolved when an earlier run
 * died before doing so, so a re-run after a crash completes the case even when it adds nothing.
 * Once `stop` is aborted no further document is read: the one in flight is saved and the entities resolved,
 * so an interrupted run leaves a case as current as a finished one, only shorter.
 */
export async function ingestIntoCase(
  store: Store,
  sources: AsyncIterable<LoadOutcome> | Iterable<LoadOutcome>,
  onProgress: (progress: IngestProgress) => void = () => {},
  stop?: AbortSignal,
): Promise<readonly IngestOutcome[]> {
  const outcomes: IngestOutcome[] = [];
  let added = 0;
  try {
    for await (const loaded of sources) {
      // Reading and saving a document never waits on the event loop, so a signal handler would not run
      // until the whole batch was done: give it its turn before each document.
      if (stop) await new Promise((resolve) => setImmediate(resolve));
      if (stop?.aborted) break;
      const outcome = await addOne(store, loaded);
      if (outcome.status === 'added') added++;
      outcomes.push(outcome);
      onProgress({ done: outcomes.length, outcome });
    }
  } finally {
    // Even when a later document throws, the ones already saved get their entities.
    if (added > 0 || !(await store.resolutionState()).isCurrent) await resolvePending(store);
  }
  return outcomes;
}

async function addOne(store: Store, loaded: LoadOutcome): Promise<IngestOutcome> {
  const outcome = await analyzeSource(store, loaded);
  if (outcome.status !== 'analyzed') return outcome.status === 'rejected' ? outcome : { ...outcome, claims: 0 };
  const { analyzed } = outcome;
  const status = await store.saveDocument(analyzed);
  return { status: status === 'inserted' ? 'added' : 'unchanged', input: loaded.input, docId: analyzed.document.id, name: analyzed.document.name, claims: analyzed.claims.length };
}

// Attempts before leaving a resolution marked behind: only another writer adding documents all the while
// makes them run out, and that writer re-resolves after its own last document anyway.
const MAX_RESOLVE_ATTEMPTS = 5;

/** What one resolution run covered: the whole case, or the component of the pending documents. */
export interface ResolutionRun {
  readonly scope: 'case' | 'component' | 'nothing';
  /** Documents read by the resolver. */
  readonly documents: number;
  /** Entities it saved (of the component only, when the scope is a component). */
  readonly entities: number;
  /** Why the whole case was resolved, when it was. */
  readonly reason: string | null;
}

/**
 * Resolves what the documents saved since the last resolution can change, and no more: the pending documents
 * and every document sharing a blocking key with them, transitively (the store's `loadResolutionComponent`),
 * whose entities are then replaced, the rest of the case's left as they are. Resolution is a pure function of
 * the documents, in the case's canonical order, so resolving a component gives its documents what a whole run
 * would, and the result does not depend on the order documents came in or on how many workers read them;
 * `dossier reanalyse` checks it against a whole run. Falls back to the whole case when it must (overrides,
 * which name entities anywhere; a repair; a case saved before blocking keys) or when the component is the case.
 */
export async function resolvePending(store: Store): Promise<ResolutionRun> {
  const { resolveEntities } = await resolver();
  for (let attempt = 1; ; attempt++) {
    const work = await store.loadResolutionWork();
    if (work.whole === null && work.pendingDocIds.length === 0) return { scope: 'nothing', documents: 0, entities: 0, reason: null };
    if (work.whole !== null) {
      const result = await refreshResolution(store);
      return { scope: 'case', documents: work.documentCount, entities: result.entities.length, reason: work.whole };
    }
    const { documents, caseDocuments } = await store.loadResolutionComponent(work.pendingDocIds);
    const result = resolveEntities(documents);
    // A component that is the whole case (as in most cases about one conflict) is saved as a whole resolution,
    // from the documents already read: no override applies (else `whole` says so above).
    const isCase = documents.length === caseDocuments;
    const status = isCase ? await store.saveResolution(result, work.generation)
      : await store.saveComponentResolution(result, documents.map((d) => d.document.id), work.generation);
    if (isCase && (status !== 'outdated' || attempt === MAX_RESOLVE_ATTEMPTS)) {
      return { scope: 'case', documents: documents.length, entities: result.entities.length, reason: 'the pending documents share keys with every other' };
    }
    if (status === 'superseded' || status === 'current' || attempt === MAX_RESOLVE_ATTEMPTS) {
      return { scope: 'component', documents: documents.length, entities: result.entities.length, reason: null };
    }
  }
}

/**
 * Re-resolves every mention in the case with every override and saves the result. Resolution runs outside
 * any transaction (it can take long, and holding the lock would stall another ingest on the same case);
 * when documents arrive meanwhile the saved result is outdated, and it is made again from the newer case.
 */
export async function refreshResolution(store: Store): Promise<ResolveResult> {
  const { resolveEntities, blockingKeysOf } = await resolver();
  for (let attempt = 1; ; attempt++) {
    const inputs = await store.loadResolutionInputs();
    const result = resolveEntities(inputs.documents, inputs.overrides);
    // A case saved before blocking keys were kept gets them now, so its next ingest can be incremental.
    if (!inputs.blockingKeysComplete) await store.replaceBlockingKeys(new Map(inputs.documents.map((d) => [d.document.id, blockingKeysOf(d)])));
    const status = await store.saveResolution(result, inputs.generation);
    if (status === 'superseded') return store.loadResolution();   // another process saved a newer one
    if (status === 'current' || attempt === MAX_RESOLVE_ATTEMPTS) return result;
  }
}
