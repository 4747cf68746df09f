import { AsyncLocalStorage } from 'node:async_hooks';
import type { Pool, PoolClient } from 'pg';
import { StoreError } from '../core/index.js';
import type { SqlRow, SqlRunner, SqlValue, TransactionMode } from './sql-runner.js';

/**
 * PostgreSQL through a pg Pool. Inside `transaction`, every query of that async flow goes to the
 * transaction's client (found through AsyncLocalStorage), so the shared SqlStore code needs no client argument.
 */
export class PostgresRunner implements SqlRunner {
  readonly dialect = 'postgres' as const;
  private readonly current = new AsyncLocalStorage<PoolClient>();

  private constructor(private readonly pool: Pool) {}

  static async open(url: string): Promise<PostgresRunner> {
    // pg is loaded only when a PostgreSQL URL is given; the SQLite path never pays for it.
    const { default: pg } = await import('pg');
    const pool = new pg.Pool({ connectionString: url, max: 8 });
    try {
      const client = await pool.connect();
      client.release();
    } catch (err) {
      await pool.end();
      throw new StoreError('STORE_UNAVAILABLE', `cannot connect to PostgreSQL: ${(err as Error).message}`, { field: redact(url) }, { cause: err });
    }
    return new PostgresRunner(pool);
  }

  async all(sql: string, params: readonly SqlValue[] = []): Promise<SqlRow[]> {
    const result = await (this.current.getStore() ?? this.pool).query(toNumbered(sql), params as SqlValue[]);
    return result.rows as SqlRow[];
  }

  async run(sql: string, params: readonly SqlValue[] = []): Promise<void> {
    await this.all(sql, params);
  }

  /**
   * An `INSERT … VALUES (?, …)` goes as multi-row INSERTs, one round trip per chunk instead of one per row:
   * saving a document is some fifty rows, a resolution tens of thousands, and on a server across a network
   * (or a busy one) the round trips were most of the time. Other statements run row by row.
   */
  async runMany(sql: string, rows: readonly (readonly SqlValue[])[]): Promise<void> {
    const insert = /^(INSERT INTO [\s\S]*VALUES\s*)(\((?:\?\s*,\s*)*\?\))\s*$/i.exec(sql);
    if (!insert || rows.length < 2) {
      for (const row of rows) await this.all(sql, row);
      return;
    }
    const [, head, tuple] = insert;
    const width = (tuple!.match(/\?/g) ?? []).length;
    // PostgreSQL allows 65,535 parameters per statement; chunks stay well under it.
    const perChunk = Math.max(1, Math.min(1000, Math.floor(30_000 / width)));
    for (let start = 0; start < rows.length; start += perChunk) {
      const chunk = rows.slice(start, start + perChunk);
      await this.all(head + chunk.map(() => tuple).join(', '), chunk.flat());
    }
  }

  async transaction<T>(work: () => Promise<T>, mode: TransactionMode = 'write'): Promise<T> {
    const inner = this.current.getStore();
    if (inner) return work();
    const client = await this.pool.connect();
    try {
      // READ COMMITTED (the default) lets each statement see what committed meanwhile; a snapshot must see
      // one state of the case throughout, as SQLite's WAL read transaction does.
      await client.query(mode === 'write' ? 'BEGIN' : 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      const value = await this.current.run(client, work);
      await client.query('COMMIT');
      return value;
    } catch (err) {
      await client.query('ROLLBACK');
      throw err;
    } finally {
      client.release();
    }
  }

  /**
   * Runs `work` while holding a session advisory lock named by `name` in this schema (tests keep a case per
   * schema in one database), or returns null at once when another session holds it. The lock lives on a
   * connection of its own, so `work` may use the pool freely, and it goes with that connection if the process dies.
   */
  async withSessionLock<T>(name: string, work: () => Promise<T>): Promise<T | null> {
    const client = await this.pool.connect();
    const key = "hashtext(current_schema() || '.' || $1)";
    try {
      const { rows } = await client.query(`SELECT pg_try_advisory_lock(${key}) AS locked`, [name]);
      if (rows[0]?.locked !== true) return null;
      try {
        return await work();
      } finally {
        await client.query(`SELECT pg_advisory_unlock(${key})`, [name]);
      }
    } finally {
      client.release();
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

const toNumbered = (sql: string): string => {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
};

/** A URL fit for messages: the password never reaches a terminal or a log. */
export function redact(url: string): string {
  return url.replace(/(\/\/[^:/@]+:)[^@]*@/, '$1***@');
}
