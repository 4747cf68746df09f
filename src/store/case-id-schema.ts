import { DOCUMENT_SEARCH_INDEX_PG, DOCUMENT_SEARCH_TRIGGERS, ENTITY_SEARCH_INDEX_PG, type MigrationStatement } from './read-schema.js';

/**
 * 7: every table carries the case it belongs to, first in its primary key and in every index and foreign key,
 * so several cases can share one set of tables and Citus can spread them over servers with `case_id` as the
 * distribution column (README, "Scaling out"). Each table is rebuilt (renamed aside, created again, copied,
 * dropped), because neither database widens a primary key in place portably; the id is made here, once per
 * case, and kept in `meta` under `case_id`.
 *
 * Every table is distributed on `case_id`, co-located with `documents`; none is a reference table. Reference
 * tables are copied to every server and written on all of them at once, which suits small lookup data shared by
 * every case. Dossier has none: even `meta` holds the case's own counters, stepped in every document's
 * transaction, and source grades are an analyst's judgement inside one case. Kept with its case, a document's
 * save, a resolution and every read touch one shard.
 */
const CASE_TABLES: readonly CaseTable[] = [
  // Parents before children: a child's foreign key names its parent's new table when it is created.
  { name: 'meta', columns: 'key TEXT NOT NULL, value TEXT NOT NULL', key: 'key' },
  {
    name: 'documents',
    columns: `id TEXT NOT NULL, name TEXT NOT NULL, origin TEXT NOT NULL, format TEXT NOT NULL,
      title TEXT, text TEXT NOT NULL, published TEXT, published_from TEXT, outlet TEXT, url TEXT,
      extractor_version TEXT NOT NULL, ingested_at TEXT NOT NULL, sentence_count INTEGER, mention_count INTEGER, claim_count INTEGER`,
    key: 'id',
  },
  {
    name: 'sentences', ofDocument: true,
    columns: 'doc_id TEXT NOT NULL, idx INTEGER NOT NULL, start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL, extractor_version TEXT NOT NULL, tokens TEXT',
    key: 'doc_id, idx',
  },
  {
    name: 'mentions', ofDocument: true,
    columns: `id TEXT NOT NULL, doc_id TEXT NOT NULL, start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL, text TEXT NOT NULL, type TEXT NOT NULL,
      sentence_index INTEGER NOT NULL, rule TEXT NOT NULL, antecedent_id TEXT, extractor_version TEXT NOT NULL`,
    key: 'id', indexes: { mentions_doc: 'doc_id' },
  },
  {
    name: 'claims', ofDocument: true,
    columns: `id TEXT NOT NULL, doc_id TEXT NOT NULL, subject_id TEXT NOT NULL, predicate TEXT NOT NULL, object_id TEXT NOT NULL, role TEXT,
      source_kind TEXT NOT NULL, source_mention_id TEXT, source_text TEXT, hedged INTEGER NOT NULL, negated INTEGER NOT NULL,
      date_value TEXT, date_precision TEXT, date_stated INTEGER, date_text TEXT,
      evidence_start INTEGER NOT NULL, evidence_end INTEGER NOT NULL, rule TEXT NOT NULL, extractor_version TEXT NOT NULL`,
    key: 'id', indexes: { claims_doc: 'doc_id' },
  },
  {
    name: 'entities',
    columns: `id TEXT NOT NULL, name TEXT NOT NULL, type TEXT NOT NULL, aliases TEXT NOT NULL, merges TEXT NOT NULL, resolver_version TEXT NOT NULL DEFAULT 'unknown'`,
    key: 'id',
  },
  {
    name: 'entity_mentions', columns: 'mention_id TEXT NOT NULL, entity_id TEXT NOT NULL, doc_id TEXT',
    key: 'mention_id', indexes: { entity_mentions_entity: 'entity_id', entity_mentions_doc: 'doc_id' },
  },
  { name: 'overrides', columns: 'seq INTEGER NOT NULL, kind TEXT NOT NULL, first_name TEXT NOT NULL, second_name TEXT NOT NULL, created_at TEXT NOT NULL', key: 'seq' },
  { name: 'source_grades', columns: 'source TEXT NOT NULL, grade TEXT NOT NULL, note TEXT', key: 'source' },
  {
    // One row per case: it had no key before, now the case is its key.
    name: 'analysis_summary',
    columns: `revision INTEGER NOT NULL, documents INTEGER NOT NULL, entities INTEGER NOT NULL, claims INTEGER NOT NULL,
      assertions INTEGER NOT NULL, contradictions INTEGER NOT NULL, communities INTEGER NOT NULL, whole_graph TEXT NOT NULL`,
    key: '',
  },
  {
    name: 'analysis_assertions',
    columns: `rank INTEGER NOT NULL, id TEXT NOT NULL, strength_rank INTEGER NOT NULL,
      subject_id TEXT NOT NULL, subject_name TEXT NOT NULL, subject_type TEXT NOT NULL,
      object_id TEXT NOT NULL, object_name TEXT NOT NULL, object_type TEXT NOT NULL,
      predicate TEXT NOT NULL, negated INTEGER NOT NULL, origins INTEGER NOT NULL, documents INTEGER NOT NULL,
      grade TEXT NOT NULL, hedged_share DOUBLE PRECISION NOT NULL, contested INTEGER NOT NULL,
      dates TEXT NOT NULL, date_start TEXT, date_end TEXT, source_key TEXT NOT NULL, body TEXT NOT NULL`,
    key: 'rank', indexes: { analysis_assertions_predicate: 'predicate, rank', analysis_assertions_id: 'id' },
  },
  {
    name: 'analysis_assertion_entities',
    columns: 'entity_id TEXT NOT NULL, strength_rank INTEGER NOT NULL, assertion_rank INTEGER NOT NULL, other_id TEXT NOT NULL',
    key: 'entity_id, strength_rank',
  },
  {
    name: 'analysis_entities',
    columns: `id TEXT NOT NULL, rank INTEGER NOT NULL, name TEXT NOT NULL, type TEXT NOT NULL, aliases TEXT NOT NULL, merges TEXT NOT NULL,
      mentions INTEGER NOT NULL, documents INTEGER NOT NULL, claims INTEGER NOT NULL, search_key TEXT NOT NULL`,
    key: 'id', indexes: { analysis_entities_rank: 'rank' },
  },
  {
    name: 'network_metrics',
    columns: `entity_id TEXT NOT NULL, name TEXT NOT NULL, type TEXT NOT NULL, degree INTEGER NOT NULL,
      betweenness DOUBLE PRECISION NOT NULL, community INTEGER NOT NULL, assertions INTEGER NOT NULL, revision INTEGER NOT NULL`,
    key: 'entity_id',
  },
  { name: 'analysis_contradictions', columns: 'rank INTEGER NOT NULL, id TEXT NOT NULL, body TEXT NOT NULL', key: 'rank' },
  { name: 'analysis_contradiction_entities', columns: 'entity_id TEXT NOT NULL, contradiction_rank INTEGER NOT NULL', key: 'entity_id, contradiction_rank' },
  { name: 'blocking_keys', columns: 'key TEXT NOT NULL, doc_id TEXT NOT NULL', key: 'key, doc_id', indexes: { blocking_keys_doc: 'doc_id' } },
  { name: 'resolution_pending', columns: 'doc_id TEXT NOT NULL, generation INTEGER NOT NULL', key: 'doc_id' },
];

interface CaseTable {
  readonly name: string;
  /** The columns after `case_id`, as schema 6 had them (order kept: a few inserts still go by position). */
  readonly columns: string;
  /** The primary key after `case_id`; '' when the case alone is the key. */
  readonly key: string;
  /** Index name → its columns after `case_id`. */
  readonly indexes?: Readonly<Record<string, string>>;
  /** Its rows die with their document (a foreign key on the case and the document). */
  readonly ofDocument?: boolean;
}

const old = (table: string): string => `${table}_v6`;
const columnNames = (columns: string): string[] => columns.split(',').map((c) => c.trim().split(/\s+/)[0]!).filter((c) => /^[a-z_]+$/.test(c));
const OLD_CASE_ID = `(SELECT value FROM ${old('meta')} WHERE key = 'case_id')`;

function createTable(t: CaseTable): string {
  const key = t.key === '' ? 'case_id' : `case_id, ${t.key}`;
  const parent = t.ofDocument ? `, FOREIGN KEY (case_id, doc_id) REFERENCES documents (case_id, id) ON DELETE CASCADE` : '';
  return `CREATE TABLE ${t.name} (case_id TEXT NOT NULL, ${t.columns}, PRIMARY KEY (${key})${parent})`;
}

function copyRows(t: CaseTable): string {
  const names = columnNames(t.columns).join(', ');
  // A derived row whose document is gone can only come from a hand edit with foreign keys off; the new key
  // refuses it, and `dossier check --repair` deletes it anyway, since nothing can derive it again.
  const where = t.ofDocument ? ` WHERE doc_id IN (SELECT id FROM ${old('documents')})` : '';
  return `INSERT INTO ${t.name} (case_id, ${names}) SELECT ${OLD_CASE_ID}, ${names} FROM ${old(t.name)}${where}`;
}

export const CASE_ID_MIGRATION: readonly MigrationStatement[] = [
  {
    // 16 hex digits either way (64 random bits), unique without asking any other case, and short because every
    // row and every index entry repeats it: 32 digits made a 50,000-claim SQLite case 29 % larger, 16 about half that.
    // Unless the case is being opened by name, which then is its id (case-id.ts wrote it just before).
    sqlite: `INSERT INTO meta (key, value) VALUES ('case_id', lower(hex(randomblob(8)))) ON CONFLICT (key) DO NOTHING`,
    postgres: `INSERT INTO meta (key, value) VALUES ('case_id', left(md5(random()::text || clock_timestamp()::text), 16)) ON CONFLICT (key) DO NOTHING`,
  },
  // The search triggers would follow `documents` to its old name and fire when it is dropped: they go first,
  // and come back once the rows are copied (before, they would index every document a second time).
  ...DOCUMENT_SEARCH_TRIGGERS.map((t) => ({ sqlite: `DROP TRIGGER IF EXISTS ${t.name}`, postgres: 'SELECT 1' })),
  ...CASE_TABLES.flatMap((t): MigrationStatement[] => [
    `ALTER TABLE ${t.name} RENAME TO ${old(t.name)}`,
    // PostgreSQL keeps a renamed table's key under its old name; the new table's key takes that name.
    { sqlite: 'SELECT 1', postgres: `ALTER INDEX IF EXISTS ${t.name}_pkey RENAME TO ${old(t.name)}_pkey` },
    ...Object.keys(t.indexes ?? {}).map((index) => `DROP INDEX IF EXISTS ${index}`),
  ]),
  { sqlite: 'SELECT 1', postgres: 'DROP INDEX IF EXISTS documents_search' },
  { sqlite: 'SELECT 1', postgres: 'DROP INDEX IF EXISTS analysis_entities_search' },
  ...CASE_TABLES.flatMap((t): MigrationStatement[] => [
    createTable(t),
    copyRows(t),
    ...Object.entries(t.indexes ?? {}).map(([index, columns]) => `CREATE INDEX ${index} ON ${t.name} (case_id, ${columns})`),
  ]),
  // Children before parents, so no old row is deleted by a cascade while its table goes.
  ...[...CASE_TABLES].reverse().map((t) => `DROP TABLE ${old(t.name)}`),
  DOCUMENT_SEARCH_INDEX_PG,
  ENTITY_SEARCH_INDEX_PG,
  ...DOCUMENT_SEARCH_TRIGGERS.map((t) => t.statement),
];

/** The tables schema 7 gives a case id, for tests that compare them with what the database holds. */
export const CASE_TABLE_NAMES: readonly string[] = CASE_TABLES.map((t) => t.name);
