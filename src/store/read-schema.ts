/**
 * A migration's statement: SQL both databases share, or one text per dialect where they differ (full-text
 * search is SQLite's FTS5 on one side and a pg_trgm index on the other).
 */
export type MigrationStatement = string | { readonly sqlite: string; readonly postgres: string };

// The text a document is searched by: title, name and body, one per line. PostgreSQL's index is on this very
// expression, so the query must spell it the same way (see read-queries.ts).
export const DOCUMENT_SEARCH_TEXT_PG = `lower(coalesce(title, '') || chr(10) || name || chr(10) || text)`;
const DOCUMENT_SEARCH_TEXT_SQLITE = (row: 'new' | 'd') => `coalesce(${row}.title, '') || char(10) || ${row}.name || char(10) || ${row}.text`;

// The indexes PostgreSQL searches by, made again when schema 7 rebuilds their tables. The extension may be
// missing or refused to this role: search then scans, slower but the same answers.
export const ENTITY_SEARCH_INDEX_PG = {
  sqlite: 'SELECT 1',
  postgres: `DO $$ BEGIN CREATE INDEX analysis_entities_search ON analysis_entities USING gin (search_key gin_trgm_ops); EXCEPTION WHEN OTHERS THEN NULL; END $$`,
} as const;
export const DOCUMENT_SEARCH_INDEX_PG = {
  sqlite: 'SELECT 1',
  postgres: `DO $$ BEGIN CREATE INDEX documents_search ON documents USING gin ((${DOCUMENT_SEARCH_TEXT_PG}) gin_trgm_ops); EXCEPTION WHEN OTHERS THEN NULL; END $$`,
} as const;

// SQLite's search index follows every change to a document's text; PostgreSQL's index is on the table itself.
export const DOCUMENT_SEARCH_TRIGGERS: readonly { readonly name: string; readonly statement: MigrationStatement }[] = [
  {
    name: 'documents_search_insert',
    statement: {
      sqlite: `CREATE TRIGGER documents_search_insert AFTER INSERT ON documents BEGIN
      INSERT INTO documents_search (doc_id, body) VALUES (new.id, ${DOCUMENT_SEARCH_TEXT_SQLITE('new')}); END`,
      postgres: `SELECT 1`,
    },
  },
  {
    name: 'documents_search_delete',
    statement: { sqlite: `CREATE TRIGGER documents_search_delete AFTER DELETE ON documents BEGIN DELETE FROM documents_search WHERE doc_id = old.id; END`, postgres: `SELECT 1` },
  },
  {
    name: 'documents_search_update',
    statement: {
      sqlite: `CREATE TRIGGER documents_search_update AFTER UPDATE OF title, name, text ON documents BEGIN
      DELETE FROM documents_search WHERE doc_id = old.id;
      INSERT INTO documents_search (doc_id, body) VALUES (new.id, ${DOCUMENT_SEARCH_TEXT_SQLITE('new')}); END`,
      postgres: `SELECT 1`,
    },
  },
];

/**
 * 5: the read model. The analysis of the whole case (assertions, grades, origins, contradictions, centrality,
 * communities) is stored once per case revision by a background job, so a server answers from indexed
 * queries instead of analysing every document before its first answer. Rows are replaced whole, in one
 * transaction, and `analysis_summary.revision` says which case revision they were computed from.
 * Assertions are keyed by their place in the case's strongest-first order, and each entity's list is an
 * index range in `analysis_assertion_entities`, so a page of a hub's assertions reads 100 index entries, not
 * the hub's 30,000 assertions. Document search goes through an index that stays current with every ingest
 * (triggers), independently of the analysis.
 */
export const READ_MODEL_MIGRATION: readonly MigrationStatement[] = [
  `CREATE TABLE analysis_summary (
    revision INTEGER NOT NULL, documents INTEGER NOT NULL, entities INTEGER NOT NULL, claims INTEGER NOT NULL,
    assertions INTEGER NOT NULL, contradictions INTEGER NOT NULL, communities INTEGER NOT NULL, whole_graph TEXT NOT NULL)`,
  `CREATE TABLE analysis_assertions (
    rank INTEGER PRIMARY KEY, id TEXT NOT NULL, strength_rank INTEGER NOT NULL,
    subject_id TEXT NOT NULL, subject_name TEXT NOT NULL, subject_type TEXT NOT NULL,
    object_id TEXT NOT NULL, object_name TEXT NOT NULL, object_type TEXT NOT NULL,
    predicate TEXT NOT NULL, negated INTEGER NOT NULL, origins INTEGER NOT NULL, documents INTEGER NOT NULL,
    grade TEXT NOT NULL, hedged_share DOUBLE PRECISION NOT NULL, contested INTEGER NOT NULL,
    dates TEXT NOT NULL, date_start TEXT, date_end TEXT, source_key TEXT NOT NULL, body TEXT NOT NULL)`,
  `CREATE INDEX analysis_assertions_predicate ON analysis_assertions(predicate, rank)`,
  `CREATE INDEX analysis_assertions_id ON analysis_assertions(id)`,
  `CREATE TABLE analysis_assertion_entities (
    entity_id TEXT NOT NULL, strength_rank INTEGER NOT NULL, assertion_rank INTEGER NOT NULL, other_id TEXT NOT NULL,
    PRIMARY KEY (entity_id, strength_rank))`,
  `CREATE TABLE analysis_entities (
    id TEXT PRIMARY KEY, rank INTEGER NOT NULL, name TEXT NOT NULL, type TEXT NOT NULL, aliases TEXT NOT NULL, merges TEXT NOT NULL,
    mentions INTEGER NOT NULL, documents INTEGER NOT NULL, claims INTEGER NOT NULL, search_key TEXT NOT NULL)`,
  `CREATE INDEX analysis_entities_rank ON analysis_entities(rank)`,
  {
    // Names and aliases by substring, as document text below: a hundred thousand entities are not scanned per keystroke.
    sqlite: `CREATE VIRTUAL TABLE analysis_entities_search USING fts5(entity_id UNINDEXED, search_key, tokenize = 'trigram')`,
    postgres: ENTITY_SEARCH_INDEX_PG.postgres,
  },
  // Centrality and communities, with the revision they were computed at (the whole row set shares it).
  `CREATE TABLE network_metrics (
    entity_id TEXT PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL, degree INTEGER NOT NULL,
    betweenness DOUBLE PRECISION NOT NULL, community INTEGER NOT NULL, assertions INTEGER NOT NULL, revision INTEGER NOT NULL)`,
  `CREATE TABLE analysis_contradictions (rank INTEGER PRIMARY KEY, id TEXT NOT NULL, body TEXT NOT NULL)`,
  `CREATE TABLE analysis_contradiction_entities (entity_id TEXT NOT NULL, contradiction_rank INTEGER NOT NULL, PRIMARY KEY (entity_id, contradiction_rank))`,
  {
    // Trigrams make `LIKE '%needle%'` an index lookup for needles of three characters or more: the
    // substring search the API has always done, without reading every document.
    sqlite: `CREATE VIRTUAL TABLE documents_search USING fts5(doc_id UNINDEXED, body, tokenize = 'trigram')`,
    // The extension may be missing or refused to this role: search then scans, slower but the same answers.
    postgres: `DO $$ BEGIN CREATE EXTENSION IF NOT EXISTS pg_trgm; EXCEPTION WHEN OTHERS THEN NULL; END $$`,
  },
  {
    sqlite: `INSERT INTO documents_search (doc_id, body) SELECT d.id, ${DOCUMENT_SEARCH_TEXT_SQLITE('d')} FROM documents d`,
    postgres: DOCUMENT_SEARCH_INDEX_PG.postgres,
  },
  ...DOCUMENT_SEARCH_TRIGGERS.map((t) => t.statement),
];
