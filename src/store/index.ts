import type { Store } from '../core/index.js';
import { PostgresRunner, redact } from './postgres-runner.js';
import { SqliteRunner } from './sqlite-runner.js';
import { SqlStore } from './sql-store.js';

export const DEFAULT_CASE_FILE = 'dossier.sqlite';

export interface StoreLocation {
  /** SQLite case file; the default store. */
  readonly case?: string | undefined;
  /** A postgres:// URL; wins over `case` when given. */
  readonly store?: string | undefined;
}

/**
 * Opens (creating and migrating as needed) the case the user named: a PostgreSQL URL, else a SQLite file.
 * @example const store = await openStore({ case: 'demo.sqlite' }); await store.counts();
 */
export async function openStore(location: StoreLocation = {}): Promise<SqlStore> {
  const url = location.store;
  if (url && /^postgres(ql)?:\/\//.test(url)) return SqlStore.open(await PostgresRunner.open(url), redact(url));
  const file = url ?? location.case ?? DEFAULT_CASE_FILE;
  return SqlStore.open(SqliteRunner.open(file), file);
}

export { SqlStore };
export type { Store };
export { ingestIntoCase, refreshResolution, type IngestOutcome, type IngestProgress } from './build-case.js';
