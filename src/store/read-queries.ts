import type {
  AnalysisState, AnalysisSummary, AssertionEdgeRow, AssertionQuery, CaseSnapshot, DocumentHit, EntityType, Predicate, ReadModel,
  StoredAnalysis, StoredEntity, StoredNetworkNode,
} from '../core/index.js';
import { readCounter } from './meta-counters.js';
import { readAnalysedRevision, saveAnalysisRows } from './save-analysis.js';
import { DOCUMENT_SEARCH_TEXT_PG } from './read-schema.js';
import type { SqlRow, SqlRunner, SqlValue } from './sql-runner.js';

const EDGE_COLUMNS = 'a.id, a.subject_id, a.subject_name, a.subject_type, a.object_id, a.object_name, a.object_type, a.predicate, a.negated, a.origins, a.documents, a.grade, a.hedged_share, a.contested, a.dates';
// IN lists are sent in slices: SQLite allows 32,766 parameters, and pages are far smaller anyway.
const MAX_IN_LIST = 500;

/** The read model over any SqlRunner: one set of queries for both adapters, except document search. */
export class SqlReadModel implements ReadModel {
  constructor(private readonly db: SqlRunner, private readonly caseId: string, private readonly loadSnapshot: () => Promise<CaseSnapshot>) {}

  // No transaction of its own: it is read inside `consistently` too, and SQLite's runner does not nest. Both
  // figures only grow, so reading them apart can only make the analysis look older than it is, never newer.
  async state(): Promise<AnalysisState> {
    const analysedRevision = await readAnalysedRevision(this.db, this.caseId);
    return { caseRevision: await readCounter(this.db, this.caseId, 'revision'), analysedRevision };
  }

  async loadCaseAtRevision(): Promise<{ snapshot: CaseSnapshot; revision: number }> {
    return this.db.transaction(async () => ({ revision: await readCounter(this.db, this.caseId, 'revision'), snapshot: await this.loadSnapshot() }), 'snapshot');
  }

  saveAnalysis(analysis: StoredAnalysis): Promise<'saved' | 'superseded'> {
    return saveAnalysisRows(this.db, this.caseId, analysis);
  }

  consistently<T>(work: () => Promise<T>): Promise<T> {
    return this.db.transaction(work, 'snapshot');
  }

  async summary(): Promise<(AnalysisSummary & { revision: number }) | null> {
    const [row] = await this.db.all('SELECT revision, documents, entities, claims, assertions, contradictions, communities FROM analysis_summary WHERE case_id = ?', [this.caseId]);
    if (row === undefined) return null;
    return {
      revision: Number(row.revision), documents: Number(row.documents), entities: Number(row.entities), claims: Number(row.claims),
      assertions: Number(row.assertions), contradictions: Number(row.contradictions), communities: Number(row.communities),
    };
  }

  async wholeGraphJson(): Promise<string | null> {
    const [row] = await this.db.all('SELECT whole_graph FROM analysis_summary WHERE case_id = ?', [this.caseId]);
    return row === undefined ? null : String(row.whole_graph);
  }

  async listEntities(filter: { types?: readonly EntityType[]; needle?: string }, offset: number, limit: number): Promise<{ total: number; items: readonly StoredEntity[] }> {
    const where = ['case_id = ?'];
    const params: SqlValue[] = [this.caseId];
    if (filter.types) { where.push(`type IN (${marks(filter.types.length)})`); params.push(...filter.types); }
    if (filter.needle !== undefined) { const [sql, value] = this.entityNeedleSql(filter.needle); where.push(sql); params.push(value); }
    const clause = `WHERE ${where.join(' AND ')}`;
    const [count] = await this.db.all(`SELECT COUNT(*) AS n FROM analysis_entities ${clause}`, params);
    const rows = await this.db.all(`SELECT * FROM analysis_entities ${clause} ORDER BY rank LIMIT ? OFFSET ?`, [...params, limit, offset]);
    return { total: Number(count?.n ?? 0), items: rows.map(toEntity) };
  }

  async entity(id: string): Promise<StoredEntity | null> {
    const [row] = await this.db.all('SELECT * FROM analysis_entities WHERE case_id = ? AND id = ?', [this.caseId, id]);
    return row === undefined ? null : toEntity(row);
  }

  async entitiesById(ids: readonly string[]): Promise<readonly StoredEntity[]> {
    const rows = await this.inSlices(ids, (slice) => `SELECT * FROM analysis_entities WHERE case_id = ? AND id IN (${slice}) ORDER BY rank`);
    return rows.map(toEntity).sort((a, b) => a.rank - b.rank);
  }

  async entityKeysContaining(needle: string): Promise<readonly { id: string; keys: readonly string[] }[]> {
    const [sql, value] = this.entityNeedleSql(needle);
    const rows = await this.db.all(`SELECT id, search_key FROM analysis_entities WHERE case_id = ? AND ${sql} ORDER BY rank`, [this.caseId, value]);
    return rows.map((r) => ({ id: String(r.id), keys: String(r.search_key).split('\n') }));
  }

  async node(id: string): Promise<StoredNetworkNode | null> {
    const [row] = await this.db.all('SELECT * FROM network_metrics WHERE case_id = ? AND entity_id = ?', [this.caseId, id]);
    return row === undefined ? null : toNode(row);
  }

  async nodesById(ids: readonly string[]): Promise<readonly StoredNetworkNode[]> {
    return (await this.inSlices(ids, (slice) => `SELECT * FROM network_metrics WHERE case_id = ? AND entity_id IN (${slice})`)).map(toNode);
  }

  async findAssertions(query: AssertionQuery, offset: number, limit: number): Promise<{ total: number; items: readonly (AssertionEdgeRow & { body: string })[] }> {
    const { from, where, params, order } = assertionSql(this.caseId, query);
    const [count] = await this.db.all(`SELECT COUNT(*) AS n ${from} ${where}`, params);
    const rows = await this.db.all(`SELECT ${EDGE_COLUMNS}, a.body ${from} ${where} ORDER BY ${order} LIMIT ? OFFSET ?`, [...params, limit, offset]);
    return { total: Number(count?.n ?? 0), items: rows.map((r) => ({ ...toEdge(r), body: String(r.body) })) };
  }

  async assertionEdges(query: AssertionQuery): Promise<readonly AssertionEdgeRow[]> {
    const { from, where, params, order } = assertionSql(this.caseId, query);
    return (await this.db.all(`SELECT ${EDGE_COLUMNS} ${from} ${where} ORDER BY ${order}`, params)).map(toEdge);
  }

  async assertionBodies(ids: readonly string[]): Promise<ReadonlyMap<string, string>> {
    const rows = await this.inSlices(ids, (slice) => `SELECT id, body FROM analysis_assertions WHERE case_id = ? AND id IN (${slice})`);
    return new Map(rows.map((r) => [String(r.id), String(r.body)]));
  }

  async contradictions(entity?: string): Promise<readonly string[]> {
    const rows = entity === undefined
      ? await this.db.all('SELECT body FROM analysis_contradictions WHERE case_id = ? ORDER BY rank', [this.caseId])
      : await this.db.all(`SELECT c.body FROM analysis_contradiction_entities l JOIN analysis_contradictions c ON c.case_id = l.case_id AND c.rank = l.contradiction_rank
          WHERE l.case_id = ? AND l.entity_id = ? ORDER BY l.contradiction_rank`, [this.caseId, entity]);
    return rows.map((r) => String(r.body));
  }

  async searchDocuments(needle: string, limit: number): Promise<readonly DocumentHit[]> {
    const ids = (await this.db.all(...documentSearchSql(this.db.dialect, this.caseId, needle, limit))).map((r) => String(r.id));
    const rows = await this.inSlices(ids, (slice) => `SELECT id, name, title, outlet, published, url, text FROM documents WHERE case_id = ? AND id IN (${slice})`);
    const byId = new Map(rows.map((r) => [String(r.id), r]));
    return ids.flatMap((id) => {
      const r = byId.get(id);
      return r === undefined ? [] : [{ id, name: String(r.name), title: optional(r.title), outlet: optional(r.outlet), published: optional(r.published), url: optional(r.url), text: String(r.text) }];
    });
  }

  async documentTexts(ids: readonly string[]): Promise<ReadonlyMap<string, string>> {
    const rows = await this.inSlices([...new Set(ids)], (slice) => `SELECT id, text FROM documents WHERE case_id = ? AND id IN (${slice})`);
    return new Map(rows.map((r) => [String(r.id), String(r.text)]));
  }

  /** Entities whose names contain the needle: through the trigram index when it can answer (SQLite, three characters or more). */
  private entityNeedleSql(needle: string): [string, SqlValue] {
    if (this.db.dialect === 'sqlite' && [...needle].length >= 3) {
      return ['id IN (SELECT entity_id FROM analysis_entities_search WHERE analysis_entities_search MATCH ?)', phrase('search_key', needle)];
    }
    return [containsSql('search_key'), likePattern(needle)];
  }

  /** Runs `sql` (whose first parameter is the case, then the IN list) over the ids, a slice at a time. */
  private async inSlices(ids: readonly string[], sql: (marks: string) => string): Promise<SqlRow[]> {
    const rows: SqlRow[] = [];
    for (let at = 0; at < ids.length; at += MAX_IN_LIST) {
      const slice = ids.slice(at, at + MAX_IN_LIST);
      rows.push(...(await this.db.all(sql(marks(slice.length)), [this.caseId, ...slice])));
    }
    return rows;
  }
}

/**
 * One query shape for every assertion filter. With an entity, its index range in the link table is the base
 * (ordered by strength, as the entity panel lists them); without, the whole table in the case's order.
 */
function assertionSql(caseId: string, q: AssertionQuery): { from: string; where: string; params: SqlValue[]; order: string } {
  const where = ['a.case_id = ?'];
  const params: SqlValue[] = [caseId];
  let from = 'FROM analysis_assertions a';
  let order = 'a.rank';
  if (q.entity !== undefined) {
    from = 'FROM analysis_assertion_entities l JOIN analysis_assertions a ON a.case_id = l.case_id AND a.rank = l.assertion_rank';
    // The link table's key (case, entity, strength) drives the query; the assertions follow by the join.
    where[0] = 'l.case_id = ?';
    where.push('l.entity_id = ?');
    params.push(q.entity);
    if (q.other !== undefined) { where.push('l.other_id = ?'); params.push(q.other); }
    order = 'l.strength_rank';
  }
  if (q.predicates) { where.push(`a.predicate IN (${marks(q.predicates.length)})`); params.push(...(q.predicates as readonly Predicate[])); }
  if (q.minOrigins > 1) { where.push('a.origins >= ?'); params.push(q.minOrigins); }
  if (q.source !== undefined) { where.push(containsSql('a.source_key')); params.push(likePattern(q.source)); }
  if (q.dateRange) { where.push('a.date_end >= ? AND a.date_start <= ?'); params.push(q.dateRange.start, q.dateRange.end); }
  return { from, where: `WHERE ${where.join(' AND ')}`, params, order };
}

/**
 * SQLite: a needle of three characters or more is a phrase of trigrams, answered from the index alone in
 * insertion order (the index's rowid), so the first `limit` matches end the query even when the needle is in
 * every document; LIKE would read each candidate's text. Shorter needles scan. PostgreSQL: LIKE on the
 * indexed expression, in ingest order.
 */
function documentSearchSql(dialect: 'sqlite' | 'postgres', caseId: string, needle: string, limit: number): [string, SqlValue[]] {
  if (dialect === 'postgres') {
    return [`SELECT id FROM documents WHERE case_id = ? AND ${DOCUMENT_SEARCH_TEXT_PG} LIKE ? ESCAPE '\\' ORDER BY ingested_at, name LIMIT ?`, [caseId, likePattern(needle), limit]];
  }
  // SQLite's search index is the file's, and a SQLite file holds one case: the documents are then read by case below.
  if ([...needle].length < 3) return [`SELECT doc_id AS id FROM documents_search WHERE lower(body) LIKE ? ESCAPE '\\' ORDER BY rowid LIMIT ?`, [likePattern(needle), limit]];
  return ['SELECT doc_id AS id FROM documents_search WHERE documents_search MATCH ? ORDER BY rowid LIMIT ?', [phrase('body', needle), limit]];
}

/** An FTS5 query for the needle as one phrase in one column: with trigrams, that is a case-insensitive substring. */
const phrase = (column: string, needle: string): string => `${column} : "${needle.replace(/"/g, '""')}"`;

const containsSql = (column: string): string => `${column} LIKE ? ESCAPE '\\'`;
/** `%needle%` with LIKE's own wildcards escaped, so "50%" looks for the text "50%". */
const likePattern = (needle: string): string => `%${needle.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
const marks = (n: number): string => Array.from({ length: n }, () => '?').join(', ');
const optional = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

function toEntity(r: SqlRow): StoredEntity {
  return {
    id: String(r.id), name: String(r.name), type: String(r.type) as EntityType, aliases: JSON.parse(String(r.aliases)) as string[],
    mentions: Number(r.mentions), documents: Number(r.documents), claims: Number(r.claims), merges: String(r.merges), rank: Number(r.rank),
  };
}

function toNode(r: SqlRow): StoredNetworkNode {
  return {
    id: String(r.entity_id), name: String(r.name), type: String(r.type) as EntityType, degree: Number(r.degree),
    betweenness: Number(r.betweenness), community: Number(r.community), assertions: Number(r.assertions),
  };
}

function toEdge(r: SqlRow): AssertionEdgeRow {
  return {
    id: String(r.id),
    subject: { id: String(r.subject_id), name: String(r.subject_name), type: String(r.subject_type) as EntityType },
    object: { id: String(r.object_id), name: String(r.object_name), type: String(r.object_type) as EntityType },
    predicate: String(r.predicate) as Predicate, negated: Number(r.negated) === 1, origins: Number(r.origins), documents: Number(r.documents),
    gradeLabel: String(r.grade), hedgedShare: Number(r.hedged_share), contested: Number(r.contested) === 1, dates: String(r.dates).split('\n'),
  };
}
