import Database from 'better-sqlite3';

// Everything a SQLite case holds, as sorted rows, minus what must differ between two runs that read the
// same documents: when each was ingested, the case's own id, and the counters that count writes rather than content.
// Two cases with equal dumps hold the same documents, rows and entities, each once.
const VOLATILE_COLUMNS: ReadonlySet<string> = new Set(['ingested_at', 'created_at', 'case_id']);
const TABLES_BY_KEY: Readonly<Record<string, string>> = {
  documents: 'id', sentences: 'doc_id, idx', mentions: 'id', claims: 'id',
  entities: 'id', entity_mentions: 'mention_id', overrides: 'seq', source_grades: 'source',
};

export type CaseDump = Record<string, readonly Record<string, unknown>[]>;

export function dumpCase(file: string): CaseDump {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const dump: CaseDump = {};
    for (const [table, key] of Object.entries(TABLES_BY_KEY)) dump[table] = (db.prepare(`SELECT * FROM ${table} ORDER BY ${key}`).all() as Record<string, unknown>[]).map(withoutVolatile);
    return dump;
  } finally {
    db.close();
  }
}

/** The same dump of a PostgreSQL case (a URL as `--store` takes it), comparable with a SQLite one. */
export async function dumpPostgresCase(url: string): Promise<CaseDump> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const dump: CaseDump = {};
    // COLLATE "C": PostgreSQL sorts text by the locale, SQLite by code point.
    for (const [table, key] of Object.entries(TABLES_BY_KEY)) {
      const order = key.split(', ').map((column) => (column === 'idx' || column === 'seq' ? column : `${column} COLLATE "C"`)).join(', ');
      dump[table] = ((await client.query(`SELECT * FROM ${table} ORDER BY ${order}`)).rows as Record<string, unknown>[]).map(withoutVolatile);
    }
    return dump;
  } finally {
    await client.end();
  }
}

const withoutVolatile = (row: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(row).filter(([column]) => !VOLATILE_COLUMNS.has(column)));

/** The documents' names in a dump, sorted: what tells a reader which documents a case holds. */
export const documentNames = (dump: CaseDump): string[] => dump.documents!.map((d) => String(d.name)).sort();
