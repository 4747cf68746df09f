import type { Command } from 'commander';
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

/**
 * Opens the case named by the options (flags first, then the environment), runs `work`, and always closes it.
 * Only commands that add documents may create a case; the others refuse a missing one.
 */
export async function useStore<T>(options: StoreOptions, work: (store: SqlStore) => Promise<T>, access: { readonly create: boolean } = { create: false }): Promise<T> {
  const store = await openStore({
    create: access.create,
    // An empty variable is unset, not a file called "".
    case: options.case || process.env.DOSSIER_CASE || undefined,
    store: options.store || process.env.DOSSIER_STORE || undefined,
  });
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}
