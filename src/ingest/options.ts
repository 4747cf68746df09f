export interface IngestOptions {
  readonly maxBytes: number;
  readonly fetchTimeoutMs: number;
  readonly maxRedirects: number;
  readonly allowPrivateUrls: boolean;
  readonly extensions: readonly string[];
  readonly maxHtmlDepth: number;
  readonly timeLimitMs: number;
}

export const DEFAULT_INGEST_OPTIONS: IngestOptions = Object.freeze({
  maxBytes: 5 * 1024 * 1024,        // an article is rarely over 200 kB; 5 MB stops a mislabelled dump
  fetchTimeoutMs: 20_000,            // a URL the user asked for, redirects and body included; past this the page is reported, not awaited
  maxRedirects: 5,                   // followed by hand so each hop's address is checked; more is a loop or a trap
  allowPrivateUrls: false,           // loopback, private, link-local and metadata addresses are refused unless the user says so
  extensions: ['.txt', '.md', '.markdown', '.html', '.htm'],
  maxHtmlDepth: 256,                 // news pages nest 20-60 deep; Readability's time grows with depth squared (1,000 levels: 10 s)
  timeLimitMs: 120_000,              // one document, bytes to claims; a long article takes a second or two, 5 MB of text about a minute
});
