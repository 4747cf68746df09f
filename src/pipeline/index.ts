// The pipeline composed in one place: ingest → nlp → resolve, with the results handed to the store.
// The CLI (`ingest`, `check --repair`, `merge`), the HTTP server's upload and the queue worker all call
// these functions, so the store stays storage only and no caller strings the stages together its own way.
export { analyzeSource, type AnalyzeOutcome } from './analyze-source.js';
export { ingestIntoCase, refreshResolution, resolvePending, type IngestOutcome, type IngestProgress, type ResolutionRun } from './build-case.js';
export { repairCase, type RepairReport } from './repair-case.js';
export { runWorker, type WorkerHooks, type WorkerReport } from './run-worker.js';
export { DEFAULT_WORKER_OPTIONS, type WorkerOptions } from './worker-options.js';
export { reanalyseResolution, compareResolutions, type ResolutionDifference } from './reanalyse.js';
