import Database from 'better-sqlite3';
import { StoreError } from '../core/index.js';
import type { SqlRow, SqlRunner, SqlValue } from './sql-runner.js';

/**
 * better-sqlite3 is synchronous; the async surface is for the shared Store contract. Transactions are
 * queued so two async callers (two HTTP requests) never interleave inside one BEGIN…COMMIT.
 */
export class SqliteRunner implements SqlRunner {
  readonly dialect = 'sqlite' as const;
  private readonly statements = new Map<string, Database.Statement>();
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(private readonly db: Database.Database) {}

  static open(file: string): SqliteRunner {
    let db: Database.Database;
    try {
      db = new Database(file);
      db.pragma('journal_mode = WAL');
      db.pragma('foreign_keys = ON');
      db.pragma('synchronous = NORMAL');
    } catch (err) {
      throw new StoreError('STORE_UNAVAILABLE', `cannot open SQLite case: ${(err as Error).message}`, { file }, { cause: err });
    }
    return new SqliteRunner(db);
  }

  async all(sql: string, params: readonly SqlValue[] = []): Promise<SqlRow[]> {
    return this.prepare(sql).all(...params) as SqlRow[];
  }

  async run(sql: string, params: readonly SqlValue[] = []): Promise<void> {
    if (params.length === 0 && !sql.includes('?')) this.db.exec(sql);
    else this.prepare(sql).run(...params);
  }

  async runMany(sql: string, rows: readonly (readonly SqlValue[])[]): Promise<void> {
    const statement = this.prepare(sql);
    for (const row of rows) statement.run(...row);
  }

  transaction<T>(work: () => Promise<T>): Promise<T> {
    const result = this.queue.then(async () => {
      this.db.exec('BEGIN IMMEDIATE');
      try {
        const value = await work();
        this.db.exec('COMMIT');
        return value;
      } catch (err) {
        this.db.exec('ROLLBACK');
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

  private prepare(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) this.statements.set(sql, (statement = this.db.prepare(sql)));
    return statement;
  }
}
