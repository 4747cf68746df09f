import type { StoredAnalysis } from '../core/index.js';
import { insertRows } from './bulk-insert.js';
import { bool } from './rows.js';
import type { SqlRunner } from './sql-runner.js';

const ANALYSIS_TABLES = ['analysis_summary', 'analysis_assertions', 'analysis_assertion_entities', 'analysis_entities', 'network_metrics', 'analysis_contradictions', 'analysis_contradiction_entities'] as const;

/** The revision the stored analysis was computed from, or null when the case has none yet. */
export async function readAnalysedRevision(db: SqlRunner, caseId: string): Promise<number | null> {
  const [row] = await db.all('SELECT revision FROM analysis_summary WHERE case_id = ?', [caseId]);
  return row === undefined ? null : Number(row.revision);
}

/**
 * Replaces the stored analysis in one transaction, so a reader sees the old one or the new one, never a mix.
 * An analysis of a revision already stored, or older than it, is not written: two servers on one case may
 * both analyse it, and the slower one must not put an older state back.
 */
export async function saveAnalysisRows(db: SqlRunner, caseId: string, analysis: StoredAnalysis): Promise<'saved' | 'superseded'> {
  return db.transaction(async () => {
    // Taking the write lock on the summary first makes two savers (PostgreSQL) decide one after the other.
    await db.run("UPDATE meta SET value = value WHERE case_id = ? AND key = 'schema_version'", [caseId]);
    const stored = await readAnalysedRevision(db, caseId);
    if (stored !== null && stored >= analysis.revision) return 'superseded';
    for (const table of ANALYSIS_TABLES) await db.run(`DELETE FROM ${table} WHERE case_id = ?`, [caseId]);
    // SQLite's search index has no case id: it is SQLite's, and a SQLite file holds one case.
    if (db.dialect === 'sqlite') await db.run('DELETE FROM analysis_entities_search');
    const s = analysis.summary;
    await db.run('INSERT INTO analysis_summary VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      [caseId, analysis.revision, s.documents, s.entities, s.claims, s.assertions, s.contradictions, s.communities, analysis.wholeGraphJson]);
    await insertRows(db, 'analysis_assertions', ['case_id', 'rank', 'id', 'strength_rank', 'subject_id', 'subject_name', 'subject_type', 'object_id', 'object_name', 'object_type',
      'predicate', 'negated', 'origins', 'documents', 'grade', 'hedged_share', 'contested', 'dates', 'date_start', 'date_end', 'source_key', 'body'],
    analysis.assertions.map((a) => {
      const range = dateRange(a.dates);
      return [caseId, a.rank, a.id, a.strengthRank, a.subject.id, a.subject.name, a.subject.type, a.object.id, a.object.name, a.object.type,
        a.predicate, bool(a.negated), a.origins, a.documents, a.gradeLabel, a.hedgedShare, bool(a.contested), a.dates.join('\n'), range?.start ?? null, range?.end ?? null, a.sourceKey, a.body];
    }));
    await insertRows(db, 'analysis_assertion_entities', ['case_id', 'entity_id', 'strength_rank', 'assertion_rank', 'other_id'],
      analysis.assertions.flatMap((a) => [[caseId, a.subject.id, a.strengthRank, a.rank, a.object.id], [caseId, a.object.id, a.strengthRank, a.rank, a.subject.id]]));
    await insertRows(db, 'analysis_entities', ['case_id', 'id', 'rank', 'name', 'type', 'aliases', 'merges', 'mentions', 'documents', 'claims', 'search_key'],
      analysis.entities.map((e) => [caseId, e.id, e.rank, e.name, e.type, JSON.stringify(e.aliases), e.merges, e.mentions, e.documents, e.claims, searchKey(e.name, e.aliases)]));
    if (db.dialect === 'sqlite') {
      await insertRows(db, 'analysis_entities_search', ['entity_id', 'search_key'], analysis.entities.map((e) => [e.id, searchKey(e.name, e.aliases)]));
    }
    await insertRows(db, 'network_metrics', ['case_id', 'entity_id', 'name', 'type', 'degree', 'betweenness', 'community', 'assertions', 'revision'],
      analysis.nodes.map((n) => [caseId, n.id, n.name, n.type, n.degree, n.betweenness, n.community, n.assertions, analysis.revision]));
    await insertRows(db, 'analysis_contradictions', ['case_id', 'rank', 'id', 'body'], analysis.contradictions.map((c) => [caseId, c.rank, c.id, c.body]));
    await insertRows(db, 'analysis_contradiction_entities', ['case_id', 'entity_id', 'contradiction_rank'],
      analysis.contradictions.flatMap((c) => [...new Set(c.entityIds)].map((id) => [caseId, id, c.rank])));
    return 'saved';
  });
}

/** Name and aliases, lower-cased, one per line: a substring search over it is the search the API has always done. */
export function searchKey(name: string, aliases: readonly string[]): string {
  return [name, ...aliases].map((n) => n.toLowerCase()).join('\n');
}

/**
 * The widest range the mention dates cover ("2021" runs from 2021-01-01 to 2021-12-31). A query's range
 * must meet it for any mention to fall inside; the exact test is the caller's, mention by mention.
 */
export function dateRange(dates: readonly string[]): { start: string; end: string } | null {
  let start: string | null = null;
  let end: string | null = null;
  for (const d of dates) {
    if (d === '') continue;
    const s = startOfPartialDate(d);
    const e = endOfPartialDate(d);
    if (start === null || s < start) start = s;
    if (end === null || e > end) end = e;
  }
  return start === null || end === null ? null : { start, end };
}

export const startOfPartialDate = (d: string): string => (d + '-01-01').slice(0, 10);
export const endOfPartialDate = (d: string): string => (d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d);
