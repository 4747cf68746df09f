import { StoreError } from '../core/index.js';
import { readSchemaVersion, setSchemaVersion } from './meta-counters.js';
import type { SqlRunner } from './sql-runner.js';

/**
 * The work queue's tables, kept apart from the case schema (schema.ts) because only PostgreSQL cases have
 * a queue: SQLite is one analyst's file, and `dossier ingest` already reads documents into it one by one.
 * Versioned like the case schema, in `meta` under its own key; never edit a shipped step, add the next.
 *
 * One row per queued article. It holds the bytes as they were read and what the manifest said of them, so
 * a worker on another machine needs no shared filesystem. `content_hash` (sha256 of the bytes) is unique:
 * queueing the same article twice is one job. States: pending → running (a worker holds a lease until
 * `lease_until`; `lease_token` names that one claim) → done, or back to pending for a retry, or failed
 * (the dead letter, with the reason and the number of attempts).
 */
export const QUEUE_MIGRATIONS: readonly (readonly string[])[] = [
  [
    `CREATE TABLE queue_jobs (
      id BIGSERIAL PRIMARY KEY, content_hash TEXT NOT NULL UNIQUE,
      name TEXT NOT NULL, origin TEXT NOT NULL, format TEXT, bytes BYTEA NOT NULL,
      published TEXT, outlet TEXT, url TEXT,
      state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'running', 'done', 'failed')),
      attempts INTEGER NOT NULL DEFAULT 0, run_after TIMESTAMPTZ NOT NULL DEFAULT now(),
      worker_id TEXT, lease_token TEXT, lease_until TIMESTAMPTZ,
      doc_id TEXT, outcome TEXT, error_code TEXT, reason TEXT,
      enqueued_at TIMESTAMPTZ NOT NULL DEFAULT now(), finished_at TIMESTAMPTZ)`,
    // What a worker looks for: ready pending jobs in queue order, and running ones whose lease ran out.
    `CREATE INDEX queue_jobs_waiting ON queue_jobs (state, run_after, id) WHERE state IN ('pending', 'running')`,
  ],
  // 2: the case id, as the case's tables have it from schema 7 (see case-id-schema.ts): distributed on it, a
  // worker's claim and the document it saves touch one shard. The same bytes may be queued once per case.
  [
    `ALTER TABLE queue_jobs ADD COLUMN case_id TEXT`,
    `UPDATE queue_jobs SET case_id = (SELECT value FROM meta WHERE key = 'case_id')`,
    `ALTER TABLE queue_jobs ALTER COLUMN case_id SET NOT NULL`,
    `ALTER TABLE queue_jobs DROP CONSTRAINT queue_jobs_pkey, DROP CONSTRAINT queue_jobs_content_hash_key,
      ADD PRIMARY KEY (case_id, id), ADD UNIQUE (case_id, content_hash)`,
    `DROP INDEX queue_jobs_waiting`,
    `CREATE INDEX queue_jobs_waiting ON queue_jobs (case_id, state, run_after, id) WHERE state IN ('pending', 'running')`,
  ],
];

export const QUEUE_SCHEMA_VERSION = QUEUE_MIGRATIONS.length;

/** Brings the queue tables up to date; two workers starting at once take turns on the version row's lock. */
export async function migrateQueue(db: SqlRunner, location: string, caseId: string): Promise<void> {
  const refuseNewer = (version: number): void => {
    if (version > QUEUE_SCHEMA_VERSION) {
      throw new StoreError('STORE_SCHEMA_TOO_NEW', `the case's queue has schema version ${version}; this dossier knows up to ${QUEUE_SCHEMA_VERSION}: upgrade dossier`, { file: location });
    }
  };
  const first = await readSchemaVersion(db, 'queue_schema_version');
  refuseNewer(first);
  // Each case keeps the tables' version (meta-counters.ts); a case new to tables another case made takes theirs.
  await db.run("INSERT INTO meta (case_id, key, value) VALUES (?, 'queue_schema_version', ?) ON CONFLICT (case_id, key) DO NOTHING", [caseId, String(first)]);
  if (first === QUEUE_SCHEMA_VERSION) return;
  for (let done = false; !done;) {
    done = await db.transaction(async () => {
      await db.run("UPDATE meta SET value = value WHERE key = 'queue_schema_version'");
      const version = await readSchemaVersion(db, 'queue_schema_version');
      refuseNewer(version);
      if (version === QUEUE_SCHEMA_VERSION) return true;
      for (const statement of QUEUE_MIGRATIONS[version]!) await db.run(statement);
      await setSchemaVersion(db, 'queue_schema_version', version + 1);
      return false;
    });
  }
}
