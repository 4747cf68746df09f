import type { AnalyzedDocument } from '../core/index.js';
import { readCounter, stepCounter } from './meta-counters.js';
import { claimRow, documentRow, mentionRow, sentenceRow } from './rows.js';
import type { SqlRunner, SqlValue } from './sql-runner.js';

// PostgreSQL accepts at most 65,535 parameters in one statement.
const MAX_PG_PARAMETERS = 60_000;

/**
 * Inserts many rows into one table. On SQLite one prepared statement per row inside the caller's transaction
 * is already the fast path; on PostgreSQL a round trip per row would make a million rows take minutes, so rows
 * go in many at a time, as one multi-row VALUES statement each.
 */
export async function insertRows(db: SqlRunner, table: string, columns: readonly string[], rows: readonly (readonly SqlValue[])[]): Promise<void> {
  const one = `(${columns.map(() => '?').join(', ')})`;
  const head = `INSERT INTO ${table} (${columns.join(', ')}) VALUES `;
  if (db.dialect === 'sqlite') {
    await db.runMany(head + one, rows);
    return;
  }
  const perStatement = Math.max(1, Math.floor(MAX_PG_PARAMETERS / columns.length));
  for (let at = 0; at < rows.length; at += perStatement) {
    const chunk = rows.slice(at, at + perStatement);
    await db.run(head + chunk.map(() => one).join(', '), chunk.flat());
  }
}

const SENTENCE_COLUMNS = ['case_id', 'doc_id', 'idx', 'start_offset', 'end_offset', 'extractor_version', 'tokens'];
const MENTION_COLUMNS = ['case_id', 'id', 'doc_id', 'start_offset', 'end_offset', 'text', 'type', 'sentence_index', 'rule', 'antecedent_id', 'extractor_version'];
const CLAIM_COLUMNS = ['case_id', 'id', 'doc_id', 'subject_id', 'predicate', 'object_id', 'role', 'source_kind', 'source_mention_id', 'source_text', 'hedged', 'negated',
  'date_value', 'date_precision', 'date_stated', 'date_text', 'evidence_start', 'evidence_end', 'rule', 'extractor_version'];

/**
 * Writes many documents with their derived rows, inside the caller's transaction; documents already in the
 * case are skipped, as `saveDocument` skips them. Moves the revision and the inputs generation once.
 */
export async function insertDocuments(db: SqlRunner, caseId: string, batch: readonly AnalyzedDocument[]): Promise<number> {
  const ingestedAt = new Date().toISOString();
  const fresh: AnalyzedDocument[] = [];
  for (const analyzed of batch) {
    const inserted = await db.all(`INSERT INTO documents VALUES (${Array.from({ length: 16 }, () => '?').join(', ')}) ON CONFLICT (case_id, id) DO NOTHING RETURNING id`, [
      caseId, ...documentRow(analyzed.document, analyzed.extractorVersion, ingestedAt), analyzed.sentences.length, analyzed.mentions.length, analyzed.claims.length,
    ]);
    if (inserted.length > 0) fresh.push(analyzed);
  }
  await insertRows(db, 'sentences', SENTENCE_COLUMNS, fresh.flatMap((d) => d.sentences.map((x) => [caseId, ...sentenceRow(d.document.id, x, d.extractorVersion)])));
  await insertRows(db, 'mentions', MENTION_COLUMNS, fresh.flatMap((d) => d.mentions.map((m) => [caseId, ...mentionRow(m, d.extractorVersion)])));
  await insertRows(db, 'claims', CLAIM_COLUMNS, fresh.flatMap((d) => d.claims.map((c) => [caseId, ...claimRow(c, d.extractorVersion)])));
  if (fresh.length > 0) {
    await stepCounter(db, caseId, 'inputs_generation');
    // As saveDocument does per document: each one's blocking keys, and a mark that no resolution covered it yet.
    const { blockingKeysOf } = await import('../resolve/index.js');
    const generation = await readCounter(db, caseId, 'inputs_generation');
    await insertRows(db, 'blocking_keys', ['case_id', 'key', 'doc_id'], fresh.flatMap((d) => blockingKeysOf(d).map((key) => [caseId, key, d.document.id])));
    await insertRows(db, 'resolution_pending', ['case_id', 'doc_id', 'generation'], fresh.map((d) => [caseId, d.document.id, generation]));
    await stepCounter(db, caseId, 'revision');
  }
  return fresh.length;
}
