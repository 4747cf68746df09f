import Database from 'better-sqlite3';
import { StoreError } from '../core/index.js';
import type { SqlRow, SqlRunner, SqlValue, TransactionMode } from './sql-runner.js';

// How long a statement waits for another process's write lock before giving up. Writers hold the lock only
// to save one document or one resolution (milliseconds), so a minute means something is stuck, not busy.
const BUSY_TIMEOUT_MS = 60_000;

/**
 * better-sqlite3 is synchronous; the async surface is for the shared Store contract. Transactions are
 * queued so two async callers (two HTTP requests) never interleave inside one BEGIN…COMMIT; two processes
 * on one case (two `dossier ingest`) take turns through SQLite's lock, waiting up to BUSY_TIMEOUT_MS.
 */
export class SqliteRunner implements SqlRunner {
  readonly dialect = 'sqlite' as const;
  private readonly statements = new Map<string, Database.Statement>();
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(private readonly db: Database.Database, private readonly file: string, private readonly busyTimeoutMs: number) {}

  static open(file: string, busyTimeoutMs = BUSY_TIMEOUT_MS): SqliteRunner {
    let db: Database.Database | undefined;
    try {
      db = new Database(file, { timeout: busyTimeoutMs });
      db.pragma('journal_mode = WAL');
      db.pragma('foreign_keys = ON');
      db.pragma('synchronous = NORMAL');
    } catch (err) {
      db?.close();
      if (isBusy(err)) throw busyError(file, busyTimeoutMs, err);
      throw new StoreError('STORE_UNAVAILABLE', `cannot open SQLite case: ${(err as Error).message}`, { file }, { cause: err });
    }
    return new SqliteRunner(db, file, busyTimeoutMs);
  }

  async all(sql: string, params: readonly SqlValue[] = []): Promise<SqlRow[]> {
    return this.guard(() => this.prepare(sql).all(...params) as SqlRow[]);
  }

  async run(sql: string, params: readonly SqlValue[] = []): Promise<void> {
    this.guard(() => {
      if (params.length === 0 && !sql.includes('?')) this.db.exec(sql);
      else this.prepare(sql).run(...params);
    });
  }

  async runMany(sql: string, rows: readonly (readonly SqlValue[])[]): Promise<void> {
    const statement = this.prepare(sql);
    this.guard(() => {
      for (const row of rows) statement.run(...row);
    });
  }

  transaction<T>(work: () => Promise<T>, mode: TransactionMode = 'write'): Promise<T> {
    const result = this.queue.then(async () => {
      // IMMEDIATE takes the write lock now: a deferred transaction that reads and then writes can be refused
      // at its first write (SQLITE_BUSY, no waiting) when another process wrote in between. A snapshot only
      // reads, and in WAL mode it sees the case as of its first read until it ends.
      this.guard(() => this.db.exec(mode === 'write' ? 'BEGIN IMMEDIATE' : 'BEGIN'));
      try {
        const value = await work();
        this.guard(() => this.db.exec('COMMIT'));
        return value;
      } catch (err) {
        if (this.db.inTransaction) this.db.exec('ROLLBACK');
        throw err;
      }
    });
    this.queue = result.catch(() => undefined);
    return result;
  }

  async close(): Promise<void> {
    await this.queue;
    this.db.close();
  }

  private guard<T>(step: () => T): T {
    try {
      return step();
    } catch (err) {
      if (isBusy(err)) throw busyError(this.file, this.busyTimeoutMs, err);
      throw err;
    }
  }

  private prepare(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) this.statements.set(sql, (statement = this.guard(() => this.db.prepare(sql))));
    return statement;
  }
}

const isBusy = (err: unknown): boolean => err instanceof Database.SqliteError && /^SQLITE_(BUSY|LOCKED)/.test(err.code);

const busyError = (file: string, timeoutMs: number, cause: unknown): StoreError =>
  new StoreError('STORE_BUSY', `the case stayed locked by another process for over ${timeoutMs / 1000}s; is a \`dossier\` command stuck on it?`, { file }, { cause });
