import { StoreError } from '../core/index.js';
import type { SqlRunner } from './sql-runner.js';

/**
 * The id of the case these tables hold, made by schema 7 when the case was created or upgraded. A SQLite file
 * and a PostgreSQL database or schema opened by URL hold one case; tables that hold several (one distributed set
 * of tables on Citus) must be opened for a named case, which this dossier cannot do yet, so it refuses to guess.
 */
export async function readCaseId(db: SqlRunner, location: string): Promise<string> {
  const rows = await db.all("SELECT case_id FROM meta WHERE key = 'case_id' ORDER BY case_id");
  if (rows.length === 1) return String(rows[0]!.case_id);
  throw new StoreError('STORE_UNAVAILABLE', rows.length === 0
    ? 'the case has no case id in `meta`: it was not made by dossier, or an upgrade stopped half-way'
    : `these tables hold ${rows.length} cases; open each in a database or schema of its own`, { file: location });
}
