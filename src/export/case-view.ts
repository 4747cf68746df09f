import type { CaseSnapshot, ClaimMention, Entity, Mention, SourceDocument } from '../core/index.js';
import type { Assertion, AssertionMention, CaseAnalysis } from '../analysis/index.js';
import { bestTitle } from '../ingest/index.js';

/** Lookups every exporter needs, built once per export so no format scans the snapshot per row. */
export interface CaseView {
  readonly documents: readonly SourceDocument[];
  readonly documentById: ReadonlyMap<string, SourceDocument>;
  readonly entities: readonly Entity[];
  readonly entityById: ReadonlyMap<string, Entity>;
  readonly mentionById: ReadonlyMap<string, Mention>;
  /** Mention id → the entity it was resolved to. */
  readonly entityOfMention: ReadonlyMap<string, string>;
  readonly claimById: ReadonlyMap<string, ClaimMention>;
  /** Entity id → ids of the documents that mention it, in document order. */
  readonly documentsOfEntity: ReadonlyMap<string, readonly string[]>;
  /** Document id → ids of the entities it mentions, in order of first mention. */
  readonly entitiesOfDocument: ReadonlyMap<string, readonly string[]>;
  readonly assertions: readonly Assertion[];
  readonly analysis: CaseAnalysis;
}

export function buildCaseView(snapshot: CaseSnapshot, analysis: CaseAnalysis): CaseView {
  const documents = snapshot.documents.map((d) => d.document);
  const mentionById = new Map<string, Mention>();
  const claimById = new Map<string, ClaimMention>();
  for (const analyzed of snapshot.documents) {
    for (const m of analyzed.mentions) mentionById.set(m.id, m);
    for (const c of analyzed.claims) claimById.set(c.id, c);
  }
  const entities = [...snapshot.resolution.entities].sort((a, b) => compareText(a.id, b.id));
  const documentsOfEntity = new Map<string, string[]>();
  const entitiesOfDocument = new Map<string, string[]>();
  for (const analyzed of snapshot.documents) {
    const seen = new Set<string>();
    entitiesOfDocument.set(analyzed.document.id, []);
    for (const m of analyzed.mentions) {
      const entityId = snapshot.resolution.entityOfMention.get(m.id);
      if (entityId === undefined || seen.has(entityId)) continue;
      seen.add(entityId);
      entitiesOfDocument.get(analyzed.document.id)!.push(entityId);
      const list = documentsOfEntity.get(entityId) ?? [];
      list.push(analyzed.document.id);
      documentsOfEntity.set(entityId, list);
    }
  }
  return {
    documents,
    documentById: new Map(documents.map((d) => [d.id, d])),
    entities,
    entityById: new Map(entities.map((e) => [e.id, e])),
    mentionById,
    entityOfMention: snapshot.resolution.entityOfMention,
    claimById,
    documentsOfEntity,
    entitiesOfDocument,
    assertions: [...analysis.assertions].sort((a, b) => compareText(a.id, b.id)),
    analysis,
  };
}

/** Locale-independent ordering: exports must be byte-identical on every machine. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The document's title, or its first headline-like line when the stored title is page furniture: cases ingested
 * before titles were checked hold datelines and breadcrumbs ("Published: 03:49 PM …", "Home > News > …").
 */
export function titleOf(doc: SourceDocument): string | null {
  return doc.title === null ? null : bestTitle(doc.title, doc.text, doc.outlet);
}

/** "The Harbour Ledger, 2026-03-18" or the file name when nothing better is known. */
export function describeDocument(doc: SourceDocument | undefined, fallbackName: string): string {
  if (!doc) return fallbackName;
  const parts = [titleOf(doc) ?? doc.name, doc.outlet, doc.published].filter((p): p is string => p !== null && p !== '');
  return parts.join(', ');
}

/** Words an analyst reads beside an assertion: how it was said, by whom. */
export function describeMention(m: AssertionMention): string {
  const marks = [m.hedged ? 'hedged' : null, m.date ? `dated ${m.date.value}${m.date.stated ? '' : ' (inferred)'}` : null, m.role ? `role: ${m.role}` : null]
    .filter((x): x is string => x !== null);
  return `source: ${m.sourceLabel}${marks.length ? `; ${marks.join('; ')}` : ''}`;
}

/** Predicates as lower-case words, for labels where the snake_case id would read as code. */
export function predicateWords(predicate: string): string {
  return predicate.replaceAll('_', ' ');
}
