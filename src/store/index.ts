import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { StoreError, type Store } from '../core/index.js';
import { PostgresRunner, redact } from './postgres-runner.js';
import { SqliteRunner } from './sqlite-runner.js';
import { SqlStore } from './sql-store.js';
import { splitCaseName } from './case-id.js';
import { JobQueue } from './job-queue.js';

export const DEFAULT_CASE_FILE = 'dossier.sqlite';

export interface StoreLocation {
  /** SQLite case file; the default store. */
  readonly case?: string | undefined;
  /** A postgres:// URL; wins over `case` when given. `?case=NAME` picks one case among several sharing its tables. */
  readonly store?: string | undefined;
  /** Make a new SQLite case when the file does not exist (ingest, serve); readers refuse a missing case instead. */
  readonly create?: boolean;
}

/**
 * Opens (creating and migrating as needed) the case the user named: a PostgreSQL URL, else a SQLite file.
 * @example const store = await openStore({ case: 'demo.sqlite' }); await store.counts();
 */
export async function openStore(location: StoreLocation = {}): Promise<SqlStore> {
  const url = location.store;
  if (url && /^postgres(ql)?:\/\//.test(url)) {
    const { url: server, caseName } = splitCaseName(url);
    return SqlStore.open(await PostgresRunner.open(server), redact(url), { store: url }, caseName);
  }
  const file = url ?? location.case ?? DEFAULT_CASE_FILE;
  // A mistyped --case must not leave an empty case behind and report "no entities".
  if (location.create === false && file !== ':memory:' && !existsSync(file)) {
    throw new StoreError('STORE_NOT_FOUND', 'no case here: ingest documents into it first (dossier ingest FILE… --case FILE)', { file });
  }
  return SqlStore.open(SqliteRunner.open(file), file, file === ':memory:' ? null : { case: resolve(file) });
}

/**
 * Opens a PostgreSQL case with its work queue (made on first use). A SQLite case has no queue: it is one
 * analyst's file on one machine, where `dossier ingest` does the same work without one.
 * @example const { store, queue } = await openJobQueue({ store: 'postgres://localhost/case' }); await queue.counts();
 */
export async function openJobQueue(location: StoreLocation): Promise<{ readonly store: SqlStore; readonly queue: JobQueue }> {
  const url = location.store;
  if (!url || !/^postgres(ql)?:\/\//.test(url)) {
    throw new StoreError('QUEUE_NEEDS_POSTGRES', 'the work queue lives in PostgreSQL: give --store postgres://… (for a SQLite case, `dossier ingest FILE…` reads the documents itself)',
      { field: url ? 'store' : 'case' });
  }
  const { url: server, caseName } = splitCaseName(url);
  const runner = await PostgresRunner.open(server);
  const store = await SqlStore.open(runner, redact(url), null, caseName);
  try {
    return { store, queue: await JobQueue.open(runner, store) };
  } catch (err) {
    await store.close();
    throw err;
  }
}

export { SqlStore };
export { JobQueue, type ClaimedJob, type EnqueueResult, type FailedJob, type JobFailure, type JobFinish, type JobSource, type JobState, type QueueCounts, type RetryPolicy } from './job-queue.js';
export type { Store };
export type { CaseCheck, CaseProblem, PendingWork, ProblemKind } from './check-case.js';
export { startOfPartialDate, endOfPartialDate } from './save-analysis.js';
