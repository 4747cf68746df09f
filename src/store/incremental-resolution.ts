import type { AnalyzedDocument, ResolutionWork, ResolveResult, SaveResolutionStatus } from '../core/index.js';
import { readCounter, setCounter } from './meta-counters.js';
import { byDocument, toDocument, toMention } from './rows.js';
import { chunks, deleteStaleEntities, entityRowsOf, marks, readEntityRows, writeEntityChanges } from './entity-rows.js';
import type { SqlRunner, SqlValue } from './sql-runner.js';

// Incremental resolution's storage (schema 6): each document's blocking keys, written in the document's own
// transaction, and the documents no resolution has covered yet. A resolution of the documents sharing keys
// with the pending ones (transitively) then replaces only those documents' entities. Entities never span two
// such components, so the other entities stay as they are, except for the `~2` suffix two entities of one
// name take by the order of their first mentions, which is renumbered across the case here.

/** Records a saved document's blocking keys and marks it pending, inside the caller's transaction (after the inputs generation moved). */
export async function recordPendingDocument(db: SqlRunner, caseId: string, docId: string, keys: readonly string[]): Promise<void> {
  await db.run('DELETE FROM blocking_keys WHERE case_id = ? AND doc_id = ?', [caseId, docId]);
  await db.runMany('INSERT INTO blocking_keys (case_id, key, doc_id) VALUES (?, ?, ?)', keys.map((key) => [caseId, key, docId]));
  const generation = await readCounter(db, caseId, 'inputs_generation');
  await db.run(`INSERT INTO resolution_pending (case_id, doc_id, generation) VALUES (?, ?, ?)
    ON CONFLICT (case_id, doc_id) DO UPDATE SET generation = excluded.generation`, [caseId, docId, generation]);
}

/** What the next resolution must cover, read inside the caller's snapshot. */
export async function readResolutionWork(db: SqlRunner, caseId: string): Promise<ResolutionWork> {
  const generation = await readCounter(db, caseId, 'inputs_generation');
  const resolved = await readCounter(db, caseId, 'resolved_generation');
  const pending = (await db.all('SELECT doc_id FROM resolution_pending WHERE case_id = ? AND generation <= ? ORDER BY doc_id', [caseId, generation])).map((r) => String(r.doc_id));
  const [docs] = await db.all('SELECT COUNT(*) AS n FROM documents WHERE case_id = ?', [caseId]);
  const [overrides] = await db.all('SELECT COUNT(*) AS n FROM overrides WHERE case_id = ?', [caseId]);
  const keysComplete = (await readCounter(db, caseId, 'blocking_keys_complete')) === 1;
  const wholeAsked = (await readCounter(db, caseId, 'whole_resolution_needed')) > resolved;
  // An override names entities anywhere in the case, and a change that left no pending document (a repair,
  // an override removed) says nothing about where: both need every document resolved again.
  const reason = !keysComplete ? 'the case has no blocking keys yet'
    : Number(overrides?.n ?? 0) > 0 ? 'analyst overrides apply across the case'
    : wholeAsked ? 'a repair or an override asked for it'
    : pending.length === 0 && resolved !== generation ? 'the case changed without a new document'
    : null;
  return { generation, pendingDocIds: pending, documentCount: Number(docs?.n ?? 0), whole: reason };
}

/**
 * The documents that share a blocking key with the seeds, and with those, until no new one is found. Reads
 * in the caller's snapshot; its cost follows the component, which for a case about one conflict is most of it.
 */
export async function findBlockingComponent(db: SqlRunner, caseId: string, seeds: readonly string[]): Promise<string[]> {
  const docs = new Set(seeds);
  const keys = new Set<string>();
  let frontier = [...seeds];
  while (frontier.length > 0) {
    const freshKeys: string[] = [];
    for (const chunk of chunks(frontier)) {
      // No DISTINCT here or below: with it SQLite picks the index that yields rows in order and walks the whole case.
      for (const row of await db.all(`SELECT key FROM blocking_keys WHERE case_id = ? AND doc_id IN (${marks(chunk.length)})`, [caseId, ...chunk])) {
        const key = String(row.key);
        if (!keys.has(key)) { keys.add(key); freshKeys.push(key); }
      }
    }
    frontier = [];
    for (const chunk of chunks(freshKeys)) {
      for (const row of await db.all(`SELECT doc_id FROM blocking_keys WHERE case_id = ? AND key IN (${marks(chunk.length)})`, [caseId, ...chunk])) {
        const id = String(row.doc_id);
        if (!docs.has(id)) { docs.add(id); frontier.push(id); }
      }
    }
  }
  return [...docs].sort();
}

/** Documents with their mentions (all resolution reads), in the case's canonical order: by name, then content hash. */
export async function loadDocumentsForResolution(db: SqlRunner, caseId: string, ids: readonly string[]): Promise<AnalyzedDocument[]> {
  const out: AnalyzedDocument[] = [];
  for (const chunk of chunks(ids)) {
    const mentions = byDocument(await db.all(`SELECT * FROM mentions WHERE case_id = ? AND doc_id IN (${marks(chunk.length)}) ORDER BY doc_id, start_offset, end_offset`, [caseId, ...chunk]), toMention);
    for (const row of await db.all(`SELECT * FROM documents WHERE case_id = ? AND id IN (${marks(chunk.length)})`, [caseId, ...chunk])) {
      const id = String(row.id);
      out.push({ document: toDocument(row), sentences: [], mentions: mentions.get(id) ?? [], claims: [], extractorVersion: String(row.extractor_version) });
    }
  }
  return out.sort((a, b) => compareDocuments(a.document, b.document));
}

/** The case's one order of documents, whatever order they came in: by name, then by content hash (code points, not a collation). */
export function compareDocuments(a: { readonly name: string; readonly id: string }, b: { readonly name: string; readonly id: string }): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Replaces the entities of one component's documents with a resolution of exactly those documents, in the
 * caller's transaction, after the caller's generation check; only rows that differ are written. Entity ids that
 * collide with an entity outside the component are numbered as a whole-case run numbers them, by first mention.
 */
export async function replaceComponentEntities(db: SqlRunner, caseId: string, result: ResolveResult, docIds: readonly string[]): Promise<void> {
  const stored = await readEntityRows(db, caseId, docIds);
  const { idOf, moves } = await numberAcrossCase(db, caseId, result, new Set(stored.entities.keys()));
  const fresh = entityRowsOf(result, idOf);
  const kept = await deleteStaleEntities(db, caseId, stored, fresh.entities);
  // Outside entities move to their new ids through a temporary one, so two that swap numbers never collide.
  for (const [from] of moves) await renameEntity(db, caseId, from, `${from}~moving`);
  for (const [from, to] of moves) await renameEntity(db, caseId, `${from}~moving`, to);
  await writeEntityChanges(db, caseId, stored, fresh, kept);
}

/** Replaces every entity and link of the case with a whole resolution's, in the caller's transaction, writing only rows that differ. */
export async function replaceAllEntities(db: SqlRunner, caseId: string, result: ResolveResult): Promise<void> {
  const stored = await readEntityRows(db, caseId, null);
  const fresh = entityRowsOf(result, (id) => id);
  await writeEntityChanges(db, caseId, stored, fresh, await deleteStaleEntities(db, caseId, stored, fresh.entities));
}

/** Clears the pending marks a resolution based on `generation` covered, and records it. */
export async function markResolved(db: SqlRunner, caseId: string, generation: number, whole: boolean): Promise<void> {
  await db.run('DELETE FROM resolution_pending WHERE case_id = ? AND generation <= ?', [caseId, generation]);
  if (whole) await setCounter(db, caseId, 'whole_resolution_needed', 0);
}

/** Replaces every document's blocking keys (a case from before schema 6, or `reanalyse`), inside the caller's transaction. */
export async function replaceAllBlockingKeys(db: SqlRunner, caseId: string, keysOf: ReadonlyMap<string, readonly string[]>): Promise<void> {
  await db.run('DELETE FROM blocking_keys WHERE case_id = ?', [caseId]);
  const rows: SqlValue[][] = [];
  for (const [docId, keys] of keysOf) for (const key of keys) rows.push([caseId, key, docId]);
  await db.runMany('INSERT INTO blocking_keys (case_id, key, doc_id) VALUES (?, ?, ?)', rows);
  await setCounter(db, caseId, 'blocking_keys_complete', 1);
}

// The ids that start with a slug, as a range of the key that an index serves (a LIKE was a scan of the entities
// for every slug of a component: 4,000 scans of 4,000 rows for one more document of a 4,000-document case). Ids
// are ASCII, so every `slug~n` sorts between the slug and the slug followed by DEL when compared byte by byte;
// PostgreSQL compares by the database's collation unless told otherwise, and has an index in byte order for it.
const SLUG_RANGE = { sqlite: 'id >= ? AND id < ?', postgres: 'id COLLATE "C" >= ? AND id COLLATE "C" < ?' } as const;

type FirstMention = readonly [name: string, docId: string, start: number, end: number];

/**
 * A whole-case run names entities of one slug `x`, `x~2`, `x~3` by the order of their first mentions. A component
 * numbers only its own; where the case holds other entities of the slug, all of them are numbered again here, and
 * the ones outside the component renamed when their number moved.
 */
async function numberAcrossCase(db: SqlRunner, caseId: string, result: ResolveResult, replaced: ReadonlySet<string>): Promise<{ idOf: (id: string) => string; moves: [from: string, to: string][] }> {
  const bySlug = new Map<string, string[]>();
  const entityOf = new Map(result.entities.map((e) => [e.id, e]));
  for (const e of result.entities) {
    const slug = e.id.replace(/~\d+$/, '');
    bySlug.set(slug, [...(bySlug.get(slug) ?? []), e.id]);
  }
  // A slug the component held and holds no more: the entities outside it that share it close ranks
  // ("x~2" becomes "x" when the component's "x" is now named otherwise), as a whole run would number them.
  for (const id of replaced) {
    const slug = id.replace(/~\d+$/, '');
    if (!bySlug.has(slug)) bySlug.set(slug, []);
  }
  const renamed = new Map<string, string>();
  const moves: [string, string][] = [];
  for (const [slug, ids] of bySlug) {
    // The component's own stored entities are about to be replaced: they are not outside it.
    const outside = (await db.all(`SELECT id FROM entities WHERE case_id = ? AND ${SLUG_RANGE[db.dialect]}`, [caseId, slug, `${slug}\u007f`]))
      .map((r) => String(r.id)).filter((id) => (id === slug || id.startsWith(`${slug}~`)) && !replaced.has(id));
    if (outside.length === 0) continue;   // the component holds every entity of the slug: its numbering is the case's
    const first = new Map<string, FirstMention>();
    for (const id of ids) {
      const e = entityOf.get(id)!;
      first.set(`new:${id}`, await firstMentionOf(db, caseId, e.mentionIds.slice(0, 1)));
    }
    for (const id of outside) {
      const mentionIds = (await db.all('SELECT mention_id FROM entity_mentions WHERE case_id = ? AND entity_id = ?', [caseId, id])).map((r) => String(r.mention_id));
      first.set(`old:${id}`, await firstMentionOf(db, caseId, mentionIds));
    }
    const order = [...first].sort((a, b) => compareFirst(a[1], b[1])).map(([key]) => key);
    const finalIds = new Map(order.map((key, k) => [key, k === 0 ? slug : `${slug}~${k + 1}`]));
    for (const id of ids) renamed.set(id, finalIds.get(`new:${id}`)!);
    for (const id of outside) if (finalIds.get(`old:${id}`) !== id) moves.push([id, finalIds.get(`old:${id}`)!]);
  }
  return { idOf: (id) => renamed.get(id) ?? id, moves };
}

async function renameEntity(db: SqlRunner, caseId: string, from: string, to: string): Promise<void> {
  await db.run('UPDATE entities SET id = ? WHERE case_id = ? AND id = ?', [to, caseId, from]);
  await db.run('UPDATE entity_mentions SET entity_id = ? WHERE case_id = ? AND entity_id = ?', [to, caseId, from]);
}

async function firstMentionOf(db: SqlRunner, caseId: string, mentionIds: readonly string[]): Promise<FirstMention> {
  let best: FirstMention | null = null;
  for (const chunk of chunks(mentionIds)) {
    const rows = await db.all(`SELECT d.name, d.id, m.start_offset, m.end_offset FROM mentions m JOIN documents d ON d.case_id = m.case_id AND d.id = m.doc_id
      WHERE m.case_id = ? AND m.id IN (${marks(chunk.length)})`, [caseId, ...chunk]);
    for (const r of rows) {
      const candidate: FirstMention = [String(r.name), String(r.id), Number(r.start_offset), Number(r.end_offset)];
      if (best === null || compareFirst(candidate, best) < 0) best = candidate;
    }
  }
  return best ?? ['', '', 0, 0];
}

function compareFirst(a: FirstMention, b: FirstMention): number {
  return compareDocuments({ name: a[0], id: a[1] }, { name: b[0], id: b[1] }) || a[2] - b[2] || a[3] - b[3];
}

