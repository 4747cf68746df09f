import type { IngestError, ResolveResult, Store } from '../core/index.js';
import type { LoadOutcome } from '../ingest/index.js';

// The NLP model and the resolver load on first use: commands that only read a case never pay for them.
const nlp = async () => import('../nlp/index.js');
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
 * before any NLP runs, so a re-run changes nothing. Entities are re-resolved once at the end, with the
 * analyst's overrides, because a new document can join or split names across the whole case.
 */
export async function ingestIntoCase(
  store: Store,
  sources: AsyncIterable<LoadOutcome> | Iterable<LoadOutcome>,
  onProgress: (progress: IngestProgress) => void = () => {},
): Promise<readonly IngestOutcome[]> {
  const outcomes: IngestOutcome[] = [];
  let added = 0;
  try {
    for await (const loaded of sources) {
      const outcome = await addOne(store, loaded);
      if (outcome.status === 'added') added++;
      outcomes.push(outcome);
      onProgress({ done: outcomes.length, outcome });
    }
  } finally {
    // Even when a later document throws, the ones already saved get their entities.
    if (added > 0) await refreshResolution(store);
  }
  return outcomes;
}

async function addOne(store: Store, loaded: LoadOutcome): Promise<IngestOutcome> {
  if (loaded.status === 'rejected') return loaded;
  const { document } = loaded;
  if (await store.hasDocument(document.id)) return { status: 'unchanged', input: loaded.input, docId: document.id, name: document.name, claims: 0 };
  const analyzed = (await nlp()).analyzeDocument(document);
  const status = await store.saveDocument(analyzed);
  return { status: status === 'inserted' ? 'added' : 'unchanged', input: loaded.input, docId: document.id, name: document.name, claims: analyzed.claims.length };
}

/** Re-resolves every mention in the case with every override and saves the result. */
export async function refreshResolution(store: Store): Promise<ResolveResult> {
  const result = (await resolver()).resolveEntities(await store.loadAnalyzedDocuments(), await store.listOverrides());
  await store.saveResolution(result);
  return result;
}
