export type SqlValue = string | number | null;
export type SqlRow = Record<string, unknown>;

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
  /** Runs `work` in one transaction; a throw rolls everything back. */
  transaction<T>(work: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
