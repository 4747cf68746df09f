import type { ResolutionState, StoreCounts } from '../core/index.js';
import { readCounter } from './meta-counters.js';
import type { SqlRow, SqlRunner } from './sql-runner.js';

/** What kind of inconsistency a problem is, for scripts reading `dossier check --json`. */
export type ProblemKind =
  | 'orphan-rows'          // derived rows whose document is not in the case
  | 'partial-document'     // a document with fewer or more derived rows than it was saved with
  | 'dangling-reference'   // a claim or entity link naming a mention or entity that is not there
  | 'empty-entity'         // an entity no mention links to
  | 'unresolved-mentions'  // mentions without an entity although the entities are marked current
  | 'generation';          // the resolution claims to be newer than the documents it was made from

export interface CaseProblem {
  readonly kind: ProblemKind;
  /** One line naming the rows, table and document, for a person. */
  readonly message: string;
  readonly table?: string;
  readonly docId?: string;
  /** How many rows are wrong: orphaned, missing, dangling or unlinked (0 for the generation counters). */
  readonly rows: number;
}

/** A state a later run completes, not an inconsistency: the entities lag behind the documents. */
export interface PendingWork {
  readonly kind: 'resolution-behind';
  readonly message: string;
  readonly changes: number;
}

export interface CaseCheck {
  readonly consistent: boolean;
  readonly problems: readonly CaseProblem[];
  readonly pending: readonly PendingWork[];
  readonly counts: StoreCounts;
  readonly resolution: ResolutionState;
}

/**
 * Reads the whole case and lists every row that no sequence of whole transactions could have left: what a
 * crash, a bug or a hand edit would show. Run inside one snapshot so a concurrent writer cannot look like one.
 */
export async function checkCase(db: SqlRunner, caseId: string): Promise<CaseCheck> {
  const inputsGeneration = await readCounter(db, caseId, 'inputs_generation');
  const resolvedGeneration = await readCounter(db, caseId, 'resolved_generation');
  const resolution = { inputsGeneration, resolvedGeneration, isCurrent: inputsGeneration === resolvedGeneration };
  const problems = [
    ...await findOrphanRows(db, caseId),
    ...await findPartialDocuments(db, caseId),
    ...await findDanglingReferences(db, caseId),
    ...await findEmptyEntities(db, caseId),
    ...await findResolutionProblems(db, caseId, resolution),
  ];
  const pending: PendingWork[] = resolvedGeneration < inputsGeneration ? [{
    kind: 'resolution-behind', changes: inputsGeneration - resolvedGeneration,
    message: `entities are behind the case by ${plural(inputsGeneration - resolvedGeneration, 'saved document or override', 'saved documents or overrides')} (a run stopped before resolving); the next \`dossier ingest\` or \`dossier check --repair\` re-resolves them`,
  }] : [];
  return { consistent: problems.length === 0, problems, pending, counts: await countRows(db, caseId), resolution };
}

// Tables whose rows are derived from one document and die with it.
const DERIVED_TABLES = ['sentences', 'mentions', 'claims', 'entity_mentions'] as const;

async function findOrphanRows(db: SqlRunner, caseId: string): Promise<CaseProblem[]> {
  const problems: CaseProblem[] = [];
  for (const table of DERIVED_TABLES) {
    const rows = await db.all(`SELECT t.doc_id AS doc_id, COUNT(*) AS n FROM ${table} t
      WHERE t.case_id = ? AND t.doc_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM documents d WHERE d.case_id = t.case_id AND d.id = t.doc_id)
      GROUP BY t.doc_id ORDER BY t.doc_id`, [caseId]);
    for (const row of rows) {
      const docId = String(row.doc_id);
      problems.push({ kind: 'orphan-rows', table, docId, rows: Number(row.n), message: `${table}: ${plural(Number(row.n), 'row')} of document ${short(docId)}, which is not in the case` });
    }
  }
  return problems;
}

// Documents saved before schema version 4 have no recorded counts (NULL) and are compared on contiguity only.
async function findPartialDocuments(db: SqlRunner, caseId: string): Promise<CaseProblem[]> {
  const rows = await db.all(`SELECT d.id, d.name, d.sentence_count, d.mention_count, d.claim_count,
      (SELECT COUNT(*) FROM sentences s WHERE s.case_id = d.case_id AND s.doc_id = d.id) AS sentences,
      (SELECT COALESCE(MAX(s.idx) + 1, 0) FROM sentences s WHERE s.case_id = d.case_id AND s.doc_id = d.id) AS sentence_span,
      (SELECT COUNT(*) FROM mentions m WHERE m.case_id = d.case_id AND m.doc_id = d.id) AS mentions,
      (SELECT COUNT(*) FROM claims c WHERE c.case_id = d.case_id AND c.doc_id = d.id) AS claims
    FROM documents d WHERE d.case_id = ? ORDER BY d.name, d.id`, [caseId]);
  const problems: CaseProblem[] = [];
  for (const row of rows) {
    const where = `document ${String(row.name)} (${short(String(row.id))})`;
    const differences = [
      compareCount(row, 'sentence_count', 'sentences', 'sentences'),
      compareCount(row, 'mention_count', 'mentions', 'mentions'),
      compareCount(row, 'claim_count', 'claims', 'claims'),
      Number(row.sentences) === Number(row.sentence_span) ? null : `sentences numbered 0 to ${Number(row.sentence_span) - 1}, ${Number(row.sentences)} present`,
    ].filter((d): d is string => d !== null);
    if (differences.length > 0) problems.push({ kind: 'partial-document', docId: String(row.id), rows: missingRows(row), message: `${where}: ${differences.join('; ')}` });
  }
  return problems;
}

/** How many rows a partial document lacks (or has too many), over what was recorded at saving. */
function missingRows(row: SqlRow): number {
  return (['sentence_count', 'mention_count', 'claim_count'] as const).reduce((sum, column, i) => {
    if (row[column] === null || row[column] === undefined) return sum;
    return sum + Math.abs(Number(row[column]) - Number(row[['sentences', 'mentions', 'claims'][i]!]));
  }, 0);
}

function compareCount(row: SqlRow, recordedColumn: string, presentColumn: string, noun: string): string | null {
  if (row[recordedColumn] === null || row[recordedColumn] === undefined) return null;
  const recorded = Number(row[recordedColumn]);
  const present = Number(row[presentColumn]);
  return recorded === present ? null : `saved with ${recorded} ${noun}, ${present} present`;
}

async function findDanglingReferences(db: SqlRunner, caseId: string): Promise<CaseProblem[]> {
  // Each row: the table, what its bad rows have, and the query counting them per document.
  const checks: readonly (readonly [table: string, what: string, sql: string])[] = [
    ['claims', 'a subject mention that is not in the case', `SELECT c.doc_id, COUNT(*) AS n FROM claims c WHERE c.case_id = ? AND NOT EXISTS (SELECT 1 FROM mentions m WHERE m.case_id = c.case_id AND m.id = c.subject_id) GROUP BY c.doc_id ORDER BY c.doc_id`],
    ['claims', 'an object mention that is not in the case', `SELECT c.doc_id, COUNT(*) AS n FROM claims c WHERE c.case_id = ? AND NOT EXISTS (SELECT 1 FROM mentions m WHERE m.case_id = c.case_id AND m.id = c.object_id) GROUP BY c.doc_id ORDER BY c.doc_id`],
    ['claims', 'a source mention that is not in the case', `SELECT c.doc_id, COUNT(*) AS n FROM claims c WHERE c.case_id = ? AND c.source_kind = 'entity' AND NOT EXISTS (SELECT 1 FROM mentions m WHERE m.case_id = c.case_id AND m.id = c.source_mention_id) GROUP BY c.doc_id ORDER BY c.doc_id`],
    ['entity_mentions', 'a mention that is not in the case', `SELECT l.doc_id, COUNT(*) AS n FROM entity_mentions l WHERE l.case_id = ? AND NOT EXISTS (SELECT 1 FROM mentions m WHERE m.case_id = l.case_id AND m.id = l.mention_id) GROUP BY l.doc_id ORDER BY l.doc_id`],
    ['entity_mentions', 'an entity that is not in the case', `SELECT l.doc_id, COUNT(*) AS n FROM entity_mentions l WHERE l.case_id = ? AND NOT EXISTS (SELECT 1 FROM entities e WHERE e.case_id = l.case_id AND e.id = l.entity_id) GROUP BY l.doc_id ORDER BY l.doc_id`],
  ];
  const problems: CaseProblem[] = [];
  for (const [table, what, sql] of checks) {
    for (const row of await db.all(sql, [caseId])) {
      const docId = row.doc_id === null || row.doc_id === undefined ? undefined : String(row.doc_id);
      const rows = Number(row.n);
      const message = `${table}: ${plural(rows, 'row')} with ${what}${docId ? ` (document ${short(docId)})` : ''}`;
      problems.push({ kind: 'dangling-reference', table, rows, message, ...(docId ? { docId } : {}) });
    }
  }
  return problems;
}

async function findEmptyEntities(db: SqlRunner, caseId: string): Promise<CaseProblem[]> {
  const rows = await db.all(`SELECT e.id, e.name FROM entities e WHERE e.case_id = ?
    AND NOT EXISTS (SELECT 1 FROM entity_mentions l WHERE l.case_id = e.case_id AND l.entity_id = e.id) ORDER BY e.name, e.id`, [caseId]);
  return rows.map((row) => ({ kind: 'empty-entity' as const, table: 'entities', rows: 1, message: `entities: "${String(row.name)}" [${String(row.id)}] has no mention` }));
}

async function findResolutionProblems(db: SqlRunner, caseId: string, resolution: ResolutionState): Promise<CaseProblem[]> {
  if (resolution.resolvedGeneration > resolution.inputsGeneration) {
    return [{ kind: 'generation', rows: 0, message: `meta: entities were resolved from generation ${resolution.resolvedGeneration}, but the documents and overrides are only at ${resolution.inputsGeneration}` }];
  }
  // Behind is a known, pending state: mentions saved since the last resolution have no entity yet.
  if (!resolution.isCurrent) return [];
  const rows = await db.all(`SELECT m.doc_id, COUNT(*) AS n FROM mentions m
    WHERE m.case_id = ? AND NOT EXISTS (SELECT 1 FROM entity_mentions l WHERE l.case_id = m.case_id AND l.mention_id = m.id) GROUP BY m.doc_id ORDER BY m.doc_id`, [caseId]);
  return rows.map((row) => ({
    kind: 'unresolved-mentions' as const, table: 'mentions', docId: String(row.doc_id), rows: Number(row.n),
    message: `mentions: ${plural(Number(row.n), 'mention')} of document ${short(String(row.doc_id))} have no entity, though the entities are marked current`,
  }));
}

export async function countRows(db: SqlRunner, caseId: string): Promise<StoreCounts> {
  const count = async (table: string): Promise<number> => Number((await db.all(`SELECT COUNT(*) AS n FROM ${table} WHERE case_id = ?`, [caseId]))[0]?.n ?? 0);
  return {
    documents: await count('documents'), sentences: await count('sentences'), mentions: await count('mentions'),
    entities: await count('entities'), claims: await count('claims'),
  };
}

// Document ids are sha256 hex: twelve characters name one unambiguously in any real case.
const short = (docId: string): string => docId.slice(0, 12);
const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
