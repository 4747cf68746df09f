import Database from 'better-sqlite3';

// Everything a SQLite case holds, as sorted rows, minus what must differ between two runs that read the
// same documents: when each was ingested, and the counters that count writes rather than content.
// Two cases with equal dumps hold the same documents, rows and entities, each once.
const VOLATILE_COLUMNS: ReadonlySet<string> = new Set(['ingested_at', 'created_at']);
const TABLES_BY_KEY: Readonly<Record<string, string>> = {
  documents: 'id', sentences: 'doc_id, idx', mentions: 'id', claims: 'id',
  entities: 'id', entity_mentions: 'mention_id', overrides: 'seq', source_grades: 'source',
};

export type CaseDump = Record<string, readonly Record<string, unknown>[]>;

export function dumpCase(file: string): CaseDump {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const dump: CaseDump = {};
    for (const [table, key] of Object.entries(TABLES_BY_KEY)) {
      const rows = db.prepare(`SELECT * FROM ${table} ORDER BY ${key}`).all() as Record<string, unknown>[];
      dump[table] = rows.map((row) => Object.fromEntries(Object.entries(row).filter(([column]) => !VOLATILE_COLUMNS.has(column))));
    }
    return dump;
  } finally {
    db.close();
  }
}

/** The documents' names in a dump, sorted: what tells a reader which documents a case holds. */
export const documentNames = (dump: CaseDump): string[] => dump.documents!.map((d) => String(d.name)).sort();
