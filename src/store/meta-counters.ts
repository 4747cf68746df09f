import type { SqlRunner } from './sql-runner.js';

// Counters kept as text in the `meta` table (schema_version, revision, the two resolution generations).
// Each write is one statement, so it is atomic on both databases: two transactions stepping one counter at
// once take turns on its row instead of both reading n and writing n + 1.

export type CounterKey = 'schema_version' | 'queue_schema_version' | 'revision' | 'inputs_generation' | 'resolved_generation'
  // Incremental resolution (schema 6): whether every document has its blocking keys (1) or not (0), and the
  // inputs generation of the last change that needs every document resolved again (a repair).
  | 'blocking_keys_complete' | 'whole_resolution_needed';

export async function readCounter(db: SqlRunner, key: CounterKey): Promise<number> {
  const [row] = await db.all('SELECT value FROM meta WHERE key = ?', [key]);
  return Number(row?.value ?? 0);
}

export async function stepCounter(db: SqlRunner, key: CounterKey): Promise<void> {
  await db.run(`INSERT INTO meta (key, value) VALUES (?, '1')
    ON CONFLICT (key) DO UPDATE SET value = CAST(CAST(meta.value AS INTEGER) + 1 AS TEXT)`, [key]);
}

export async function setCounter(db: SqlRunner, key: CounterKey, value: number): Promise<void> {
  await db.run('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value', [key, String(value)]);
}
