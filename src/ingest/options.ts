export const DEFAULT_INGEST_OPTIONS = Object.freeze({
  maxBytes: 5 * 1024 * 1024,        // an article is rarely over 200 kB; 5 MB stops a mislabelled dump
  fetchTimeoutMs: 20_000,            // a URL the user asked for; past this the page is reported, not awaited
  extensions: ['.txt', '.md', '.markdown', '.html', '.htm'] as readonly string[],
});
export type IngestOptions = typeof DEFAULT_INGEST_OPTIONS;
