import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { IngestError } from '../core/index.js';
import { DEFAULT_INGEST_OPTIONS, type IngestOptions } from './options.js';
import { osReason } from './os-reason.js';

export type InputItem = { readonly kind: 'file'; readonly path: string } | { readonly kind: 'url'; readonly url: string };

/** A file found in a directory and left out, with the reason in words, so nothing is dropped without a word. */
export interface SkippedFile {
  readonly path: string;
  readonly reason: string;
}

export interface CollectedInputs {
  readonly items: InputItem[];
  readonly errors: IngestError[];
  readonly skipped: SkippedFile[];
}

// `ftp://host/x` or `file:///x` is a URL in another scheme, not a relative path; a Windows drive (`C:\`) is a path.
const SCHEME = /^([a-z][a-z0-9+.-]+):\/\//i;

/**
 * Expands what the user named into files and URLs: directories recursively (articles only, in name order
 * so runs are reproducible; other files are listed as skipped), files as given. A missing path, a file of a
 * kind dossier does not read, or a URL in another scheme is an error for that input, not for the batch.
 */
export function collectInputs(targets: readonly string[], options: IngestOptions = DEFAULT_INGEST_OPTIONS): CollectedInputs {
  const items: InputItem[] = [];
  const errors: IngestError[] = [];
  const skipped: SkippedFile[] = [];
  for (const target of targets) {
    const scheme = SCHEME.exec(target)?.[1]?.toLowerCase();
    if (scheme === 'http' || scheme === 'https') { items.push({ kind: 'url', url: target }); continue; }
    if (scheme) {
      errors.push(new IngestError('INGEST_URL_REFUSED', `unsupported URL scheme "${scheme}:" (only http and https are fetched)`, { file: target }));
      continue;
    }
    try {
      if (statSync(target).isDirectory()) walk(target, items, skipped, options);
      else if (isArticleName(target, options)) items.push({ kind: 'file', path: target });
      else errors.push(new IngestError('INGEST_UNSUPPORTED_TYPE', unsupportedReason(target, options), { file: target }));
    } catch (err) {
      errors.push(new IngestError('INGEST_UNREADABLE', `cannot read: ${osReason(err)}`, { file: target }, { cause: err }));
    }
  }
  return { items, errors, skipped };
}

// A file with no extension is read as text, as a named file always was (`README`, `article`).
function isArticleName(path: string, options: IngestOptions): boolean {
  const ext = extname(path).toLowerCase();
  return ext === '' || options.extensions.includes(ext);
}

function unsupportedReason(path: string, options: IngestOptions): string {
  return `${extname(path).toLowerCase()} is not a format dossier reads (${options.extensions.join(', ')}); convert it to text first`;
}

function walk(dir: string, items: InputItem[], skipped: SkippedFile[], options: IngestOptions): void {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, items, skipped, options);
    else if (!entry.isFile()) skipped.push({ path, reason: 'not a regular file' });
    else if (options.extensions.includes(extname(entry.name).toLowerCase())) items.push({ kind: 'file', path });
    else skipped.push({ path, reason: extname(entry.name) ? unsupportedReason(path, options) : 'no extension: name it .txt, .md or .html to have it read' });
  }
}
