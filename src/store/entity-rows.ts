import type { ResolveResult } from '../core/index.js';
import type { SqlRunner, SqlValue } from './sql-runner.js';

// A resolution is saved as the difference from the rows already there. Resolving again after one more document
// changes a few entities and links; rewriting all of them cost more than the resolution itself (at 4,000
// documents, 90,000 links deleted and inserted again: 3 s of a 10 s ingest), and made every reader's cache of
// the entity rows stale for nothing.

/** Ids per IN (…) list: well under SQLite's and PostgreSQL's parameter limits. */
export const CHUNK = 500;

/** The stored entity rows and mention links a resolution replaces: one component's, or the whole case's. */
export interface StoredEntityRows {
  /** Entity id → its row's content, as `entityContent` writes it. */
  readonly entities: ReadonlyMap<string, string>;
  /** Mention id → entity id. */
  readonly links: ReadonlyMap<string, string>;
}

/**
 * The entity rows and links of these documents (null: of the whole case), inside the caller's transaction.
 * An entity of the documents is read whole: entities never span two blocking components.
 */
export async function readEntityRows(db: SqlRunner, caseId: string, docIds: readonly string[] | null): Promise<StoredEntityRows> {
  const links = new Map<string, string>();
  const entities = new Map<string, string>();
  const readEntities = async (rows: readonly Record<string, unknown>[]): Promise<void> => {
    for (const r of rows) entities.set(String(r.id), entityContent(String(r.name), String(r.type), String(r.aliases), String(r.merges), String(r.resolver_version)));
  };
  if (docIds === null) {
    // A link saved before schema 2 has no document: counted as differing, it is written again with one.
    for (const r of await db.all('SELECT mention_id, entity_id, doc_id FROM entity_mentions WHERE case_id = ?', [caseId])) {
      links.set(String(r.mention_id), r.doc_id === null ? '' : String(r.entity_id));
    }
    await readEntities(await db.all('SELECT id, name, type, aliases, merges, resolver_version FROM entities WHERE case_id = ?', [caseId]));
    return { entities, links };
  }
  for (const chunk of chunks(docIds)) {
    const rows = await db.all(`SELECT mention_id, entity_id FROM entity_mentions WHERE case_id = ? AND doc_id IN (${marks(chunk.length)})`, [caseId, ...chunk]);
    for (const r of rows) links.set(String(r.mention_id), String(r.entity_id));
  }
  for (const chunk of chunks([...new Set(links.values())])) {
    await readEntities(await db.all(`SELECT id, name, type, aliases, merges, resolver_version FROM entities WHERE case_id = ? AND id IN (${marks(chunk.length)})`, [caseId, ...chunk]));
  }
  return { entities, links };
}

/** The rows a resolution gives, under the ids `idOf` gives its entities. */
export function entityRowsOf(result: ResolveResult, idOf: (id: string) => string): { entities: Map<string, readonly SqlValue[]>; links: Map<string, string> } {
  const version = result.version ?? 'unknown';
  const entities = new Map<string, readonly SqlValue[]>(result.entities.map((e) => [idOf(e.id), [idOf(e.id), e.name, e.type, JSON.stringify(e.aliases), JSON.stringify(e.merges), version]]));
  const links = new Map([...result.entityOfMention].map(([mentionId, entityId]) => [mentionId, idOf(entityId)]));
  return { entities, links };
}

/**
 * Deletes the stored entities a resolution no longer has as they are (gone, or with other contents), inside the
 * caller's transaction; returns the ids it kept, whose rows need no writing. Runs before entities outside the
 * resolution are renamed, so none is renamed onto an id still held here.
 */
export async function deleteStaleEntities(db: SqlRunner, caseId: string, stored: StoredEntityRows, fresh: ReadonlyMap<string, readonly SqlValue[]>): Promise<Set<string>> {
  const kept = new Set<string>();
  const stale: string[] = [];
  for (const [id, content] of stored.entities) {
    const row = fresh.get(id);
    if (row !== undefined && contentOfRow(row) === content) kept.add(id);
    else stale.push(id);
  }
  for (const chunk of chunks(stale)) await db.run(`DELETE FROM entities WHERE case_id = ? AND id IN (${marks(chunk.length)})`, [caseId, ...chunk]);
  return kept;
}

/** Writes the entities not kept and every link that differs from the stored one, and deletes links to mentions the resolution no longer has. */
export async function writeEntityChanges(
  db: SqlRunner, caseId: string, stored: StoredEntityRows, fresh: ReturnType<typeof entityRowsOf>, kept: ReadonlySet<string>,
): Promise<void> {
  await db.runMany('INSERT INTO entities (case_id, id, name, type, aliases, merges, resolver_version) VALUES (?, ?, ?, ?, ?, ?, ?)',
    [...fresh.entities].filter(([id]) => !kept.has(id)).map(([, row]) => [caseId, ...row]));
  const gone = [...stored.links.keys()].filter((mentionId) => !fresh.links.has(mentionId));
  for (const chunk of chunks(gone)) await db.run(`DELETE FROM entity_mentions WHERE case_id = ? AND mention_id IN (${marks(chunk.length)})`, [caseId, ...chunk]);
  // Mention ids are `${docId}:${start}-${end}`: the document is the part before the last colon.
  await db.runMany(`INSERT INTO entity_mentions (case_id, mention_id, entity_id, doc_id) VALUES (?, ?, ?, ?)
    ON CONFLICT (case_id, mention_id) DO UPDATE SET entity_id = excluded.entity_id, doc_id = excluded.doc_id`,
  [...fresh.links].filter(([mentionId, entityId]) => stored.links.get(mentionId) !== entityId)
    .map(([mentionId, entityId]) => [caseId, mentionId, entityId, mentionId.slice(0, mentionId.lastIndexOf(':'))]));
}

const entityContent = (...fields: readonly string[]): string => JSON.stringify(fields);
const contentOfRow = (row: readonly SqlValue[]): string => entityContent(...row.slice(1).map(String));

export function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let at = 0; at < items.length; at += CHUNK) out.push(items.slice(at, at + CHUNK));
  return out;
}

export const marks = (n: number): string => Array.from({ length: n }, () => '?').join(', ');
