import { closeSync, openSync, readSync, statSync } from 'node:fs';
import type { Command } from 'commander';
import { StoreError } from '../core/index.js';
import { DEFAULT_CASE_FILE, openStore, type SqlStore } from '../store/index.js';

export interface StoreOptions {
  readonly case?: string;
  readonly store?: string;
}

/** Adds the options every case command shares: `--case FILE` (SQLite) or `--store URL` (PostgreSQL). */
export function withStoreOptions(command: Command): Command {
  return command
    .option('--case <file>', `SQLite case file (default: $DOSSIER_CASE or ${DEFAULT_CASE_FILE})`)
    .option('--store <url>', 'PostgreSQL URL, postgres://user:pass@host/db (default: $DOSSIER_STORE)');
}

/** The case the options name: flags first, then the environment. An empty variable is unset, not a file called "". */
export function storeLocation(options: StoreOptions): { readonly case: string | undefined; readonly store: string | undefined } {
  return { case: options.case || process.env.DOSSIER_CASE || undefined, store: options.store || process.env.DOSSIER_STORE || undefined };
}

export interface StoreAccess {
  readonly create: boolean;
  /** Say on stderr when the entities shown lag behind the documents; `check` reports that itself. */
  readonly noteIfBehind?: boolean;
}

/**
 * Opens the case named by the options, runs `work`, and always closes it.
 * Only commands that add documents may create a case; the others refuse a missing one.
 */
export async function useStore<T>(options: StoreOptions, work: (store: SqlStore) => Promise<T>, access: StoreAccess = { create: false }): Promise<T> {
  const location = storeLocation(options);
  refuseNonCaseFile(location, access.create);
  const store = await openStore({ create: access.create, ...location });
  try {
    const result = await work(store);
    // A reader never re-resolves (it changes nothing), so after a killed ingest it would show entities
    // without the last documents' mentions and not say so. Asked after the work: merge and split re-resolve.
    if (!access.create && access.noteIfBehind !== false && !(await store.resolutionState()).isCurrent) {
      process.stderr.write(`dossier: note: ${store.location}: the entities are behind the documents (a run stopped before resolving them); \`dossier check --repair\` or the next \`dossier ingest\` brings them up to date\n`);
    }
    return result;
  } finally {
    await store.close();
  }
}

const SQLITE_HEADER = 'SQLite format 3\0';

/**
 * Checks, before SQLite touches it, that an existing --case file is a SQLite file: opening anything else
 * would turn an empty file into a database, or fail deep in the store with the driver's words. A command
 * that only reads refuses an empty file too, so it never writes a case where there was none.
 */
export function refuseNonCaseFile(location: { readonly case: string | undefined; readonly store: string | undefined }, create: boolean): void {
  if (location.store && /^postgres(ql)?:\/\//.test(location.store)) return;
  const file = location.store ?? location.case ?? DEFAULT_CASE_FILE;
  if (file === ':memory:') return;
  let size: number;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) throw new StoreError('STORE_NOT_FOUND', 'is a directory, not a case file; check --case', { file });
    size = stat.size;
  } catch (err) {
    if (err instanceof StoreError) throw err;
    return;  // missing: openStore creates it or says STORE_NOT_FOUND
  }
  if (size === 0) {
    if (create) return;
    throw new StoreError('STORE_NOT_FOUND', 'is an empty file, not a case; only `dossier ingest` makes a case, and a reading command leaves the file as it is', { file });
  }
  const header = Buffer.alloc(SQLITE_HEADER.length);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, header, 0, header.length, 0);
  } finally {
    closeSync(fd);
  }
  if (header.toString('latin1') !== SQLITE_HEADER) throw new StoreError('STORE_NOT_FOUND', 'is not a SQLite file, so not a dossier case; check --case (it is left as it is)', { file });
}
