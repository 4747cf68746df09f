import { parentPort, workerData } from 'node:worker_threads';
import { openStore } from '../store/index.js';
import { analyseAndStore } from './analyse-and-store.js';

// A worker thread's entry: opens its own connection to the case (a connection is not shared across threads),
// analyses and stores, and reports the outcome or the error's message to the server that started it.
const location = workerData as { readonly case: string } | { readonly store: string };
const store = await openStore({ ...location, create: false });
try {
  parentPort!.postMessage({ ok: true, outcome: await analyseAndStore(store) });
} catch (err) {
  parentPort!.postMessage({ ok: false, message: err instanceof Error ? `${err.name}: ${err.message}` : String(err) });
} finally {
  await store.close();
}
