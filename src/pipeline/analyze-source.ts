import { IngestError, type AnalyzedDocument, type IngestError as IngestErrorType, type Store } from '../core/index.js';
import type { LoadOutcome } from '../ingest/index.js';

// The NLP model loads on first use: commands that only read a case never pay for it.
const nlp = async () => import('../nlp/index.js');

/** What reading one source came to: analysed and ready for the store, already in the case, or refused with the reason. */
export type AnalyzeOutcome =
  | { readonly status: 'analyzed'; readonly input: string; readonly analyzed: AnalyzedDocument }
  | { readonly status: 'unchanged'; readonly input: string; readonly docId: string; readonly name: string }
  | { readonly status: 'rejected'; readonly input: string; readonly error: IngestErrorType };

/**
 * The pipeline's one step per document: a loaded source (ingest) is read by the NLP stage, unless its
 * content hash is already in the case, in which case no NLP runs at all. Saving is left to the caller,
 * because the CLI saves alone while a queue worker saves together with marking its job done.
 * @example const outcome = await analyzeSource(store, loaded); if (outcome.status === 'analyzed') await store.saveDocument(outcome.analyzed);
 */
export async function analyzeSource(store: Pick<Store, 'hasDocument'>, loaded: LoadOutcome): Promise<AnalyzeOutcome> {
  if (loaded.status === 'rejected') return loaded;
  const { document } = loaded;
  if (await store.hasDocument(document.id)) return { status: 'unchanged', input: loaded.input, docId: document.id, name: document.name };
  try {
    const analyzed = (await nlp()).analyzeDocument(document, loaded.budget ? { budget: loaded.budget } : {});
    return { status: 'analyzed', input: loaded.input, analyzed };
  } catch (err) {
    // A document over its time limit fails alone; the run goes on with the next one.
    if (err instanceof IngestError) return { status: 'rejected', input: loaded.input, error: err };
    throw err;
  }
}
