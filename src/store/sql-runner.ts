// Bytes are for the job queue, which keeps each queued article as it was read (BYTEA).
export type SqlValue = string | number | null | Uint8Array;
export type SqlRow = Record<string, unknown>;
export type TransactionMode = 'write' | 'snapshot';

/**
 * What SqlStore needs from a database: one connection's worth of queries and a transaction.
 * Statements use `?` placeholders; the PostgreSQL runner rewrites them to `$n`.
 */
export interface SqlRunner {
  readonly dialect: 'sqlite' | 'postgres';
  all(sql: string, params?: readonly SqlValue[]): Promise<SqlRow[]>;
  run(sql: string, params?: readonly SqlValue[]): Promise<void>;
  /** Inserts many rows with one prepared statement; the hot path of saving a document. */
  runMany(sql: string, rows: readonly (readonly SqlValue[])[]): Promise<void>;
  /**
   * Runs `work` in one transaction; a throw rolls everything back. A 'write' transaction holds the write
   * lock from its start, so two writers (two processes on one SQLite case) queue instead of failing half-way;
   * a 'snapshot' one only reads, and sees one consistent state of the case however long it takes.
   */
  transaction<T>(work: () => Promise<T>, mode?: TransactionMode): Promise<T>;
  close(): Promise<void>;
}
