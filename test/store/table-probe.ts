import Database from 'better-sqlite3';
import type { MigrationStatement } from '../../src/store/read-schema.js';

export type Row = Record<string, unknown>;

/** What the database says a table's keys and indexes start with: read from its catalogue, never from our own lists. */
export interface TableShape {
  readonly table: string;
  readonly columns: readonly { readonly name: string; readonly type: string }[];
  /** Primary key, unique constraints, foreign keys and indexes, each with its columns in order. */
  readonly keys: readonly { readonly kind: 'primary' | 'unique' | 'foreign' | 'index'; readonly name: string; readonly columns: readonly string[]; readonly method?: string }[];
}

/** One case's tables, read and written the same way on SQLite and PostgreSQL, for schema tests. */
export interface TableProbe {
  readonly dialect: 'sqlite' | 'postgres';
  exec(statement: MigrationStatement): Promise<void>;
  all(sql: string, params?: readonly unknown[]): Promise<Row[]>;
  /** The case's tables; SQLite's FTS5 search indexes (virtual tables and their shadow tables) are indexes, not tables of rows, and left out. */
  shapes(): Promise<TableShape[]>;
  close(): Promise<void>;
}

export function sqliteProbe(file: string): TableProbe {
  const db = new Database(file);
  return {
    dialect: 'sqlite',
    exec: async (statement) => { db.exec(typeof statement === 'string' ? statement : statement.sqlite); },
    all: async (sql, params = []) => {
      const prepared = db.prepare(sql);
      return prepared.reader ? prepared.all(...params) as Row[] : (prepared.run(...params), []);
    },
    shapes: async () => {
      const master = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string; sql: string }[];
      const virtual = master.filter((t) => /^CREATE VIRTUAL TABLE/i.test(t.sql)).map((t) => t.name);
      const tables = master.map((t) => t.name).filter((name) => !virtual.some((v) => name === v || name.startsWith(`${v}_`)));
      return tables.map((table) => {
        const info = db.pragma(`table_info(${table})`) as { name: string; type: string; pk: number }[];
        const primary = info.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk).map((c) => c.name);
        const foreign = db.pragma(`foreign_key_list(${table})`) as { id: number; seq: number; from: string }[];
        const indexes = (db.pragma(`index_list(${table})`) as { name: string; origin: string }[]).map((index) => ({
          kind: index.origin === 'u' ? 'unique' as const : 'index' as const, name: index.name,
          columns: (db.pragma(`index_info(${index.name})`) as { seqno: number; name: string }[]).sort((a, b) => a.seqno - b.seqno).map((c) => c.name),
        }));
        const foreignIds = [...new Set(foreign.map((f) => f.id))];
        return {
          table, columns: info.map((c) => ({ name: c.name, type: c.type })),
          keys: [
            ...(primary.length > 0 ? [{ kind: 'primary' as const, name: `${table} primary key`, columns: primary }] : []),
            ...foreignIds.map((id) => ({ kind: 'foreign' as const, name: `${table} foreign key ${id}`, columns: foreign.filter((f) => f.id === id).sort((a, b) => a.seq - b.seq).map((f) => f.from) })),
            ...indexes,
          ],
        };
      });
    },
    close: async () => { db.close(); },
  };
}

export async function postgresProbe(url: string): Promise<TableProbe> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const all = async (sql: string, params: readonly unknown[] = []): Promise<Row[]> => {
    let n = 0;
    return (await client.query(sql.replace(/\?/g, () => `$${++n}`), params as unknown[])).rows as Row[];
  };
  return {
    dialect: 'postgres',
    exec: async (statement) => { await client.query(typeof statement === 'string' ? statement : statement.postgres); },
    all,
    shapes: async () => {
      const tables = (await all("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name")).map((r) => String(r.table_name));
      const shapes: TableShape[] = [];
      for (const table of tables) {
        const columns = (await all('SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position', [table]))
          .map((r) => ({ name: String(r.column_name), type: String(r.data_type) }));
        const constraints = await all(`SELECT c.conname, c.contype, ARRAY(SELECT a.attname FROM unnest(c.conkey) WITH ORDINALITY k(attnum, n)
            JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum ORDER BY k.n)::text[] AS columns
          FROM pg_constraint c WHERE c.conrelid = (current_schema() || '.' || ?)::regclass AND c.contype IN ('p', 'u', 'f')`, [table]);
        // An expression's place in an index has attnum 0 and no column: it shows as null.
        const indexes = await all(`SELECT i.relname, am.amname, ARRAY(SELECT a.attname FROM unnest(x.indkey::int2[]) WITH ORDINALITY k(attnum, n)
            LEFT JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = k.attnum ORDER BY k.n)::text[] AS columns
          FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_am am ON am.oid = i.relam
          WHERE x.indrelid = (current_schema() || '.' || ?)::regclass`, [table]);
        const kinds: Record<string, 'primary' | 'unique' | 'foreign'> = { p: 'primary', u: 'unique', f: 'foreign' };
        shapes.push({
          table, columns,
          keys: [
            ...constraints.map((c) => ({ kind: kinds[String(c.contype)]!, name: String(c.conname), columns: c.columns as string[] })),
            ...indexes.map((i) => ({ kind: 'index' as const, name: String(i.relname), method: String(i.amname), columns: (i.columns as (string | null)[]).map((c) => c ?? '(expression)') })),
          ],
        });
      }
      return shapes;
    },
    close: async () => { await client.end(); },
  };
}
