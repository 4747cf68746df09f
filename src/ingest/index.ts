import type { ManifestEntry, SourceDocument, TimeBudget } from '../core/index.js';
import { checkTimeBudget, IngestError, startTimeBudget } from '../core/index.js';
import { basename } from 'node:path';
import { collectInputs, type CollectedInputs, type InputItem } from './collect.js';
import { fetchSource } from './fetch-url.js';
import { readSourceFile, toSourceDocument, type RawSource } from './load-document.js';
import { DEFAULT_INGEST_OPTIONS, type IngestOptions } from './options.js';

/**
 * A source that could be read, or the reason it could not: a bad file never stops the batch. A loaded
 * document carries what is left of its time budget, for extraction to check against.
 */
export type LoadOutcome =
  | { readonly status: 'loaded'; readonly input: string; readonly document: SourceDocument; readonly budget?: TimeBudget }
  | { readonly status: 'rejected'; readonly input: string; readonly error: IngestError };

/**
 * Reads files, directories and URLs into documents, one outcome per source, in a stable order.
 * @example for await (const outcome of loadSources(['articles/'], manifest)) if (outcome.status === 'loaded') …
 */
export async function* loadSources(
  targets: readonly string[],
  manifest: ReadonlyMap<string, ManifestEntry> = new Map(),
  overrides: Partial<IngestOptions> = {},
): AsyncGenerator<LoadOutcome> {
  const options: IngestOptions = { ...DEFAULT_INGEST_OPTIONS, ...overrides };
  const { items, errors } = collectInputs(targets, options);
  for (const error of errors) yield { status: 'rejected', input: error.site.file ?? '', error };
  for (const item of items) yield await loadItem(item, manifest, options);
}

/** A source's bytes as read, not yet decoded, or the reason they could not be read. */
export type ReadOutcome =
  | { readonly status: 'read'; readonly input: string; readonly raw: RawSource; readonly manifest: ManifestEntry | undefined }
  | { readonly status: 'rejected'; readonly input: string; readonly error: IngestError };

/**
 * Reads files, directories and URLs to bytes without decoding them, with each one's manifest row: what a work
 * queue keeps, so the worker that takes the job (maybe on another machine) decodes it with `loadUpload`.
 */
export async function* readSources(
  targets: readonly string[],
  manifest: ReadonlyMap<string, ManifestEntry> = new Map(),
  overrides: Partial<IngestOptions> = {},
): AsyncGenerator<ReadOutcome> {
  const options: IngestOptions = { ...DEFAULT_INGEST_OPTIONS, ...overrides };
  const { items, errors } = collectInputs(targets, options);
  for (const error of errors) yield { status: 'rejected', input: error.site.file ?? '', error };
  for (const item of items) {
    const input = item.kind === 'file' ? item.path : item.url;
    try {
      const raw = item.kind === 'file' ? readSourceFile(item.path, options) : await fetchSource(item.url, options);
      yield { status: 'read', input, raw, manifest: manifest.get(basename(input)) ?? manifest.get(input) };
    } catch (err) {
      if (err instanceof IngestError) yield { status: 'rejected', input, error: err };
      else throw err;
    }
  }
}

/** The number of sources `loadSources` will yield, for progress display. */
export function countSources(targets: readonly string[], options: IngestOptions = DEFAULT_INGEST_OPTIONS): number {
  const { items, errors } = collectInputs(targets, options);
  return items.length + errors.length;
}

/**
 * What `loadSources` will read, without reading it: the inputs, the errors, and the files in directories
 * that are left out with their reasons (for a report before the run and the manifest check after it).
 */
export function planSources(targets: readonly string[], options: IngestOptions = DEFAULT_INGEST_OPTIONS): CollectedInputs {
  return collectInputs(targets, options);
}

/** An upload (HTTP POST) or any bytes already in memory. */
export function loadUpload(raw: RawSource, manifest?: ManifestEntry, overrides: Partial<IngestOptions> = {}): LoadOutcome {
  const options: IngestOptions = { ...DEFAULT_INGEST_OPTIONS, ...overrides };
  try {
    const budget = startTimeBudget(options.timeLimitMs);
    const document = toSourceDocument(raw, manifest, options);
    checkTimeBudget(budget, 'reading the page', raw.origin);
    return { status: 'loaded', input: raw.origin, document, budget };
  } catch (err) {
    if (err instanceof IngestError) return { status: 'rejected', input: raw.origin, error: err };
    throw err;
  }
}

async function loadItem(item: InputItem, manifest: ReadonlyMap<string, ManifestEntry>, options: IngestOptions): Promise<LoadOutcome> {
  const input = item.kind === 'file' ? item.path : item.url;
  try {
    const raw = item.kind === 'file' ? readSourceFile(item.path, options) : await fetchSource(item.url, options);
    // The clock starts once the bytes are here: a fetch has its own timeout.
    const budget = startTimeBudget(options.timeLimitMs);
    const entry = manifest.get(basename(input)) ?? manifest.get(input);
    const document = toSourceDocument(raw, entry, options);
    checkTimeBudget(budget, 'reading the page', input);
    return { status: 'loaded', input, document, budget };
  } catch (err) {
    if (err instanceof IngestError) return { status: 'rejected', input, error: err };
    throw err;
  }
}

export { readManifest, parseManifest, parseCsv, unmatchedManifestRows } from './manifest.js';
export { fetchSource } from './fetch-url.js';
export { refusalOf } from './address-policy.js';
export { knownOsReason, osReason } from './os-reason.js';
export type { CollectedInputs, InputItem, SkippedFile } from './collect.js';
export { normaliseText, formatOfName, type RawSource } from './load-document.js';
export { parsePartialDate, parseWrittenDate, findDateline } from './dates.js';
export { bestTitle, headlineOf, isHeadlineLike } from './headline.js';
export { DEFAULT_INGEST_OPTIONS, type IngestOptions } from './options.js';
