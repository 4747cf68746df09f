import { StoreError } from '../core/index.js';
import type { SqlRunner } from './sql-runner.js';

/**
 * Which case a store reads and writes. A SQLite file, and a PostgreSQL database or schema, hold one case, whose
 * id schema 7 made when the case was created or upgraded. Tables shared by several cases (one distributed set of
 * tables on Citus) hold one per name, given as `?case=NAME` on the PostgreSQL URL; a name not seen before is a
 * new, empty case.
 */
export async function readCaseId(db: SqlRunner, location: string): Promise<string> {
  const rows = await db.all("SELECT case_id FROM meta WHERE key = 'case_id' ORDER BY case_id");
  if (rows.length === 1) return String(rows[0]!.case_id);
  throw new StoreError('STORE_UNAVAILABLE', rows.length === 0
    ? 'the case has no case id in `meta`: it was not made by dossier, or an upgrade stopped half-way'
    : `these tables hold ${rows.length} cases (${rows.slice(0, 3).map((r) => String(r.case_id)).join(', ')}${rows.length > 3 ? ', …' : ''}): name one with ?case=NAME on the URL`,
  { file: location });
}

/** The counters a new case starts with, beside its id and the tables' schema version (see meta-counters.ts). */
const NEW_CASE_COUNTERS: readonly (readonly [key: string, value: string])[] = [
  ['inputs_generation', '0'], ['resolved_generation', '0'],
  // A case with no documents has every document's blocking keys.
  ['blocking_keys_complete', '1'], ['whole_resolution_needed', '0'],
];

/** Opens the named case in tables that may hold others, making it when it is new; two processes making it at once make it once. */
export async function openNamedCase(db: SqlRunner, name: string, schemaVersion: number): Promise<string> {
  await db.transaction(async () => {
    const rows: (readonly [string, string])[] = [['case_id', name], ['schema_version', String(schemaVersion)], ...NEW_CASE_COUNTERS];
    for (const [key, value] of rows) await db.run('INSERT INTO meta (case_id, key, value) VALUES (?, ?, ?) ON CONFLICT (case_id, key) DO NOTHING', [name, key, value]);
  });
  return name;
}

/**
 * Gives the case the upgrade to schema 7 is about to number its name instead of a random id, inside the
 * migration's transaction: a case first opened by name, new or from before schema 7, is that case from then on.
 */
export async function nameCaseBeforeSchema7(db: SqlRunner, name: string): Promise<void> {
  await db.run("INSERT INTO meta (key, value) VALUES ('case_id', ?)", [name]);
}

// Letters, digits and `_.-`, as a case name appears in URLs, logs and Citus's shard placement queries unquoted.
const CASE_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

/** Takes `case=NAME` off a PostgreSQL URL's query: the driver would not know it. */
export function splitCaseName(url: string): { readonly url: string; readonly caseName: string | undefined } {
  const at = url.indexOf('?');
  if (at < 0) return { url, caseName: undefined };
  const params = new URLSearchParams(url.slice(at + 1));
  const caseName = params.get('case') ?? undefined;
  if (caseName === undefined) return { url, caseName };
  if (!CASE_NAME.test(caseName)) {
    throw new StoreError('CONFIG_INVALID', `the case name "${caseName}" is not 1 to 64 letters, digits, '_', '.' or '-' (starting with a letter or digit)`, { field: 'store' });
  }
  params.delete('case');
  const rest = params.toString();
  return { url: rest === '' ? url.slice(0, at) : `${url.slice(0, at)}?${rest}`, caseName };
}
