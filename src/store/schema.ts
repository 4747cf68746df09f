import { CASE_ID_MIGRATION } from './case-id-schema.js';
import { READ_MODEL_MIGRATION, type MigrationStatement } from './read-schema.js';

/**
 * Versioned migrations, applied in order; the version reached is kept in `meta`.
 * Written in the SQL that SQLite and PostgreSQL share, so one list serves both adapters.
 * Never edit a migration that has shipped: add the next one.
 */
export const MIGRATIONS: readonly (readonly MigrationStatement[])[] = [
  [
    `CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)`,
    `CREATE TABLE documents (
      id TEXT PRIMARY KEY, name TEXT NOT NULL, origin TEXT NOT NULL, format TEXT NOT NULL,
      title TEXT, text TEXT NOT NULL, published TEXT, published_from TEXT, outlet TEXT, url TEXT,
      extractor_version TEXT NOT NULL, ingested_at TEXT NOT NULL)`,
    `CREATE TABLE sentences (
      doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE, idx INTEGER NOT NULL,
      start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL, extractor_version TEXT NOT NULL,
      PRIMARY KEY (doc_id, idx))`,
    `CREATE TABLE mentions (
      id TEXT PRIMARY KEY, doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
      start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL, text TEXT NOT NULL, type TEXT NOT NULL,
      sentence_index INTEGER NOT NULL, rule TEXT NOT NULL, antecedent_id TEXT, extractor_version TEXT NOT NULL)`,
    `CREATE INDEX mentions_doc ON mentions(doc_id)`,
    `CREATE TABLE claims (
      id TEXT PRIMARY KEY, doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
      subject_id TEXT NOT NULL, predicate TEXT NOT NULL, object_id TEXT NOT NULL, role TEXT,
      source_kind TEXT NOT NULL, source_mention_id TEXT, source_text TEXT,
      hedged INTEGER NOT NULL, negated INTEGER NOT NULL,
      date_value TEXT, date_precision TEXT, date_stated INTEGER, date_text TEXT,
      evidence_start INTEGER NOT NULL, evidence_end INTEGER NOT NULL, rule TEXT NOT NULL,
      extractor_version TEXT NOT NULL)`,
    `CREATE INDEX claims_doc ON claims(doc_id)`,
    `CREATE TABLE entities (id TEXT PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL, aliases TEXT NOT NULL, merges TEXT NOT NULL)`,
    `CREATE TABLE entity_mentions (mention_id TEXT PRIMARY KEY, entity_id TEXT NOT NULL)`,
    `CREATE INDEX entity_mentions_entity ON entity_mentions(entity_id)`,
    `CREATE TABLE overrides (seq INTEGER PRIMARY KEY, kind TEXT NOT NULL, first_name TEXT NOT NULL, second_name TEXT NOT NULL, created_at TEXT NOT NULL)`,
    `CREATE TABLE source_grades (source TEXT PRIMARY KEY, grade TEXT NOT NULL, note TEXT)`,
  ],
  // 2: entities say which resolver made them, and each link names its mention's document, so every
  // derived row can be traced to the code and the document behind it.
  [
    `ALTER TABLE entities ADD COLUMN resolver_version TEXT NOT NULL DEFAULT 'unknown'`,
    `ALTER TABLE entity_mentions ADD COLUMN doc_id TEXT`,
    `CREATE INDEX entity_mentions_doc ON entity_mentions(doc_id)`,
  ],
  // 3: each sentence keeps its tokens with their dependency parse (JSON), so a case is parsed once and
  // the API can show the tree a claim was read from. NULL for documents analysed before the parser.
  [
    `ALTER TABLE sentences ADD COLUMN tokens TEXT`,
  ],
  // 4: crash safety. Each document records how many derived rows it was saved with, so `dossier check`
  // can tell a whole document from a partial one (NULL for documents saved before). Entities are derived
  // from every document and override at once, so they lag behind when a run dies between saving documents
  // and resolving: two generation counters say so. Every saved document or override moves
  // `inputs_generation` on; a resolution records the generation it read in `resolved_generation`; entities
  // are current when the two agree, and the next ingest re-resolves when they do not.
  [
    `ALTER TABLE documents ADD COLUMN sentence_count INTEGER`,
    `ALTER TABLE documents ADD COLUMN mention_count INTEGER`,
    `ALTER TABLE documents ADD COLUMN claim_count INTEGER`,
    `INSERT INTO meta (key, value) SELECT 'inputs_generation',
      CASE WHEN EXISTS (SELECT 1 FROM documents) OR EXISTS (SELECT 1 FROM overrides) THEN '1' ELSE '0' END`,
    // A case from before this version is taken as resolved unless a mention has no entity: the state an
    // interrupted ingest left ("20 documents, 0 entities"), which the next ingest then repairs.
    `INSERT INTO meta (key, value) SELECT 'resolved_generation',
      CASE WHEN EXISTS (SELECT 1 FROM mentions m WHERE NOT EXISTS (SELECT 1 FROM entity_mentions l WHERE l.mention_id = m.id)) THEN '0'
        WHEN EXISTS (SELECT 1 FROM documents) OR EXISTS (SELECT 1 FROM overrides) THEN '1' ELSE '0' END`,
  ],
  // 5: the read model (stored analysis and search index); its statements and reasons are in read-schema.ts.
  READ_MODEL_MIGRATION,
  // 6: incremental resolution. Each document's blocking keys (see resolve/blocking-keys.ts), written in the
  // document's own transaction, and the documents no resolution has covered yet with the inputs generation they
  // came at: the next resolution reads only the documents sharing keys with those, transitively. A case from
  // before has no keys: its next resolution reads every document and writes them.
  [
    `CREATE TABLE blocking_keys (key TEXT NOT NULL, doc_id TEXT NOT NULL, PRIMARY KEY (key, doc_id))`,
    `CREATE INDEX blocking_keys_doc ON blocking_keys(doc_id)`,
    `CREATE TABLE resolution_pending (doc_id TEXT PRIMARY KEY, generation INTEGER NOT NULL)`,
    `INSERT INTO meta (key, value) SELECT 'blocking_keys_complete', CASE WHEN EXISTS (SELECT 1 FROM documents) THEN '0' ELSE '1' END`,
    `INSERT INTO meta (key, value) VALUES ('whole_resolution_needed', '0')`,
  ],
  // 7: the case id on every table, leading every key; its statements and reasons are in case-id-schema.ts.
  CASE_ID_MIGRATION,
  // 8: a document's blocking keys are read by document (the component search, a document saved again): the
  // index on (case, document) carries the key too. Without it SQLite, which keeps no statistics on a case,
  // answered `doc_id IN (…)` by walking every key of the case through the primary key, so adding one document
  // of an unrelated story cost time in proportion to the case (80 ms at 1,000 documents, 280 ms at 4,000).
  // And the numbering of a component's entity ids looks up the ids that start with a slug as a range of the key:
  // SQLite's key compares bytes already, PostgreSQL's follows the database's collation, so it gets one that does not.
  [
    `DROP INDEX blocking_keys_doc`,
    `CREATE INDEX blocking_keys_doc ON blocking_keys (case_id, doc_id, key)`,
    { sqlite: 'SELECT 1', postgres: 'CREATE INDEX entities_id_bytes ON entities (case_id, id COLLATE "C")' },
  ],
];

export const SCHEMA_VERSION = MIGRATIONS.length;
/** The version that gave every table its case id: before it, a case has no id to open it by. */
export const CASE_ID_SCHEMA_VERSION = 7;
