import type { SqlRunner } from './sql-runner.js';

// Counters kept as text in the `meta` table (revision, the two resolution generations, …), one row per case and
// key. Each write is one statement, so it is atomic on both databases: two transactions stepping one counter at
// once take turns on its row instead of both reading n and writing n + 1.

export type CounterKey = 'revision' | 'inputs_generation' | 'resolved_generation'
  // Incremental resolution (schema 6): whether every document has its blocking keys (1) or not (0), and the
  // inputs generation of the last change that needs every document resolved again (a repair).
  | 'blocking_keys_complete' | 'whole_resolution_needed';

export async function readCounter(db: SqlRunner, caseId: string, key: CounterKey): Promise<number> {
  const [row] = await db.all('SELECT value FROM meta WHERE case_id = ? AND key = ?', [caseId, key]);
  return Number(row?.value ?? 0);
}

export async function stepCounter(db: SqlRunner, caseId: string, key: CounterKey): Promise<void> {
  await db.run(`INSERT INTO meta (case_id, key, value) VALUES (?, ?, '1')
    ON CONFLICT (case_id, key) DO UPDATE SET value = CAST(CAST(meta.value AS INTEGER) + 1 AS TEXT)`, [caseId, key]);
}

export async function setCounter(db: SqlRunner, caseId: string, key: CounterKey, value: number): Promise<void> {
  await db.run('INSERT INTO meta (case_id, key, value) VALUES (?, ?, ?) ON CONFLICT (case_id, key) DO UPDATE SET value = excluded.value', [caseId, key, String(value)]);
}

/**
 * The schema versions belong to the tables, which every case in them shares; each case keeps a copy, all moved
 * together by a migration. Read and written without naming a case, so they work on the meta of any schema
 * version, before schema 7 gave it a `case_id` as after; and so an older dossier still finds the version and
 * refuses a newer case instead of migrating it again.
 */
export type SchemaVersionKey = 'schema_version' | 'queue_schema_version';

export async function readSchemaVersion(db: SqlRunner, key: SchemaVersionKey): Promise<number> {
  const rows = await db.all('SELECT value FROM meta WHERE key = ?', [key]);
  return Math.max(0, ...rows.map((r) => Number(r.value)));
}

export async function setSchemaVersion(db: SqlRunner, key: SchemaVersionKey, value: number): Promise<void> {
  await db.run('UPDATE meta SET value = ? WHERE key = ?', [String(value), key]);
}
