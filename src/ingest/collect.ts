import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { IngestError } from '../core/index.js';
import { DEFAULT_INGEST_OPTIONS, type IngestOptions } from './options.js';

export type InputItem = { readonly kind: 'file'; readonly path: string } | { readonly kind: 'url'; readonly url: string };

/**
 * Expands what the user named into files and URLs: directories recursively (articles only, in name order
 * so runs are reproducible), files as given. A missing path is an error for that path, not for the batch.
 */
export function collectInputs(targets: readonly string[], options: IngestOptions = DEFAULT_INGEST_OPTIONS): { items: InputItem[]; errors: IngestError[] } {
  const items: InputItem[] = [];
  const errors: IngestError[] = [];
  for (const target of targets) {
    if (/^https?:\/\//i.test(target)) { items.push({ kind: 'url', url: target }); continue; }
    try {
      if (statSync(target).isDirectory()) walk(target, items, options);
      else items.push({ kind: 'file', path: target });
    } catch (err) {
      errors.push(new IngestError('INGEST_UNREADABLE', `cannot read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`, { file: target }));
    }
  }
  return { items, errors };
}

function walk(dir: string, items: InputItem[], options: IngestOptions): void {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, items, options);
    else if (entry.isFile() && options.extensions.includes(extname(entry.name).toLowerCase())) items.push({ kind: 'file', path });
  }
}
