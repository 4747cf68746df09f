import { StoreError } from '../core/index.js';
import { nameCaseBeforeSchema7 } from './case-id.js';
import { readSchemaVersion, setSchemaVersion } from './meta-counters.js';
import { CASE_ID_SCHEMA_VERSION, MIGRATIONS, SCHEMA_VERSION } from './schema.js';
import type { SqlRunner } from './sql-runner.js';

// Brings a case's tables up to SCHEMA_VERSION when a store opens, refusing a newer schema, and safe when
// two processes open one new case at once. Separate from sql-store.ts because it runs once, before the
// case id is known, and its locking is a subject of its own.

export async function migrate(db: SqlRunner, location: string, caseName: string | undefined): Promise<void> {
  const metaTable = MIGRATIONS[0]![0] as string;
  try {
    await db.run(metaTable);
  } catch {
    // Two PostgreSQL sessions creating one table at once: the loser fails on the catalogue's key even with
    // IF NOT EXISTS. The table is there now; anything else fails again here and is reported.
    await db.run(metaTable);
  }
  const refuseNewer = (version: number): void => {
    if (version > SCHEMA_VERSION) {
      throw new StoreError('STORE_SCHEMA_TOO_NEW', `case has schema version ${version}; this dossier knows up to ${SCHEMA_VERSION}: upgrade dossier`, { file: location });
    }
  };
  const first = await readSchemaVersion(db, 'schema_version');
  refuseNewer(first);
  if (first === SCHEMA_VERSION) return;
  // Two processes may open a new case at once (two ingests): each step re-reads the version under the write
  // lock (SQLite) or a lock on `meta` (PostgreSQL), so the second finds the work done instead of creating the
  // tables again. A lock on the table, not on the version's row: a second process waiting for the row would
  // hold the table, which schema 7 renames, and the two would deadlock; waiting for the table, it holds nothing.
  for (let done = false; !done;) {
    done = await db.transaction(async () => {
      if (db.dialect === 'postgres') await db.run('LOCK TABLE meta IN SHARE ROW EXCLUSIVE MODE');
      const version = await readSchemaVersion(db, 'schema_version');
      refuseNewer(version);
      if (version === SCHEMA_VERSION) return true;
      // Only a new case has no version row, and its meta still has the first schema's shape.
      if (version === 0) await db.run("INSERT INTO meta (key, value) VALUES ('schema_version', '0') ON CONFLICT (key) DO NOTHING");
      if (version === CASE_ID_SCHEMA_VERSION - 1 && caseName !== undefined) await nameCaseBeforeSchema7(db, caseName);
      for (const statement of MIGRATIONS[version]!) {
        if (version === 0 && statement === metaTable) continue;
        await db.run(typeof statement === 'string' ? statement : statement[db.dialect]);
      }
      await setSchemaVersion(db, 'schema_version', version + 1);
      return false;
    });
  }
}
