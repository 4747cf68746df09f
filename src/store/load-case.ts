import type { AnalyzedDocument, DocumentSummary, Entity, EntityType, MergeReason, ResolutionOverride, ResolutionState, ResolveResult, SourceDocument, SourceGrade } from '../core/index.js';
import { compareDocuments } from './incremental-resolution.js';
import { readCounter } from './meta-counters.js';
import { byDocument, toClaim, toDocument, toMention, toSentence } from './rows.js';
import type { SqlRunner } from './sql-runner.js';

// Reading one case's stored rows back into domain objects: its documents (in the case's one order), the
// saved resolution, overrides, source grades and resolution state. Separate from sql-store.ts, which
// keeps the Store's transactions and writes and calls these inside them.

export async function readResolutionState(db: SqlRunner, caseId: string): Promise<ResolutionState> {
  const inputsGeneration = await readCounter(db, caseId, 'inputs_generation');
  const resolvedGeneration = await readCounter(db, caseId, 'resolved_generation');
  return { inputsGeneration, resolvedGeneration, isCurrent: inputsGeneration === resolvedGeneration };
}
export async function readDocumentSummaries(db: SqlRunner, caseId: string): Promise<readonly DocumentSummary[]> {
  const rows = await db.all('SELECT id, name, title, published, outlet, url, extractor_version, ingested_at FROM documents WHERE case_id = ? ORDER BY ingested_at, name', [caseId]);
  return rows.map((r) => ({
    id: String(r.id), name: String(r.name), title: nullable(r.title), published: nullable(r.published), outlet: nullable(r.outlet),
    url: nullable(r.url), extractorVersion: String(r.extractor_version), ingestedAt: String(r.ingested_at),
  }));
}

export async function readDocument(db: SqlRunner, caseId: string, id: string): Promise<SourceDocument | null> {
  const [row] = await db.all('SELECT * FROM documents WHERE case_id = ? AND id = ?', [caseId, id]);
  return row ? toDocument(row) : null;
}

/** Every document with its rows, in the case's one order (by name, then content hash; why: SqlStore.loadAnalyzedDocuments). */
export async function readDocumentsInOrder(db: SqlRunner, caseId: string): Promise<readonly AnalyzedDocument[]> {
  const inCase = [caseId];
  const docs = (await db.all('SELECT * FROM documents WHERE case_id = ?', inCase)).sort((a, b) => compareDocuments({ name: String(a.name), id: String(a.id) }, { name: String(b.name), id: String(b.id) }));
  const sentences = byDocument(await db.all('SELECT * FROM sentences WHERE case_id = ? ORDER BY doc_id, idx', inCase), toSentence);
  const mentions = byDocument(await db.all('SELECT * FROM mentions WHERE case_id = ? ORDER BY doc_id, start_offset, end_offset', inCase), toMention);
  const claims = byDocument(await db.all('SELECT * FROM claims WHERE case_id = ? ORDER BY doc_id, evidence_start, id', inCase), toClaim);
  return docs.map((row) => {
    const id = String(row.id);
    return {
      document: toDocument(row), sentences: sentences.get(id) ?? [], mentions: mentions.get(id) ?? [],
      claims: claims.get(id) ?? [], extractorVersion: String(row.extractor_version),
    };
  });
}

export async function readResolution(db: SqlRunner, caseId: string): Promise<ResolveResult> {
  const entities: Entity[] = [];
  const members = new Map<string, string[]>();
  const entityOfMention = new Map<string, string>();
  for (const row of await db.all('SELECT mention_id, entity_id FROM entity_mentions WHERE case_id = ? ORDER BY mention_id', [caseId])) {
    const entityId = String(row.entity_id);
    entityOfMention.set(String(row.mention_id), entityId);
    let list = members.get(entityId);
    if (!list) members.set(entityId, (list = []));
    list.push(String(row.mention_id));
  }
  let version: string | undefined;
  for (const row of await db.all('SELECT * FROM entities WHERE case_id = ? ORDER BY name, id', [caseId])) {
    version ??= String(row.resolver_version);
    const id = String(row.id);
    entities.push({
      id, name: String(row.name), type: String(row.type) as EntityType, aliases: JSON.parse(String(row.aliases)) as string[],
      mentionIds: members.get(id) ?? [], merges: JSON.parse(String(row.merges)) as MergeReason[],
    });
  }
  return version === undefined ? { entities, entityOfMention } : { version, entities, entityOfMention };
}

export async function readOverrides(db: SqlRunner, caseId: string): Promise<readonly ResolutionOverride[]> {
  const rows = await db.all('SELECT kind, first_name, second_name FROM overrides WHERE case_id = ? ORDER BY seq', [caseId]);
  return rows.map((r): ResolutionOverride => r.kind === 'merge'
    ? { kind: 'merge', names: [String(r.first_name), String(r.second_name)] }
    // A retype keeps the type in the second column, as a split keeps its alias there.
    : r.kind === 'retype' ? { kind: 'retype', entityName: String(r.first_name), type: String(r.second_name) as EntityType }
    : { kind: 'split', entityName: String(r.first_name), alias: String(r.second_name) });
}

export async function readSourceGrades(db: SqlRunner, caseId: string): Promise<readonly SourceGrade[]> {
  const rows = await db.all('SELECT source, grade, note FROM source_grades WHERE case_id = ? ORDER BY source', [caseId]);
  return rows.map((r) => ({ source: String(r.source), grade: String(r.grade) as SourceGrade['grade'], note: nullable(r.note) }));
}

const nullable = (value: unknown): string | null => (value === null || value === undefined ? null : String(value));
