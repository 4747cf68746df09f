import type { AnalyzedDocument, CaseSnapshot, ClaimMention, Entity, Mention } from '../core/index.js';
import { bestTitle } from '../ingest/index.js';
import type { ClaimDto, DocumentRef, EntityRef, EntitySummaryDto, SourceDto } from './api-types.js';
import { summariseEntities } from './entity-summary.js';

/**
 * Lookup tables over one revision of the case, built once so that every request is a map lookup
 * or a scan of prepared rows rather than a walk over documents.
 */
export interface CaseIndex {
  readonly revision: number;
  readonly documents: ReadonlyMap<string, AnalyzedDocument>;
  readonly documentRefs: ReadonlyMap<string, DocumentRef>;
  readonly entities: ReadonlyMap<string, Entity>;
  readonly entitySummaries: readonly EntitySummaryDto[];
  readonly entitySummaryById: ReadonlyMap<string, EntitySummaryDto>;
  readonly claims: readonly ClaimDto[];
  readonly claimsByEntity: ReadonlyMap<string, readonly ClaimDto[]>;
  readonly claimsByDocument: ReadonlyMap<string, readonly ClaimDto[]>;
  /** Lower-cased name and aliases per entity, for search. */
  readonly entityKeys: ReadonlyMap<string, readonly string[]>;
}

export function buildCaseIndex(snapshot: CaseSnapshot, revision: number): CaseIndex {
  const { entityOfMention } = snapshot.resolution;
  const entities = new Map(snapshot.resolution.entities.map((e) => [e.id, e] as const));
  const documents = new Map(snapshot.documents.map((d) => [d.document.id, d] as const));
  const documentRefs = new Map(snapshot.documents.map((d) => [d.document.id, toDocumentRef(d)] as const));
  const mentions = new Map<string, Mention>();
  for (const doc of snapshot.documents) for (const m of doc.mentions) mentions.set(m.id, m);

  const refOf = (mentionId: string): EntityRef => {
    const entity = entities.get(entityOfMention.get(mentionId) ?? '');
    if (entity) return { id: entity.id, name: entity.name, type: entity.type };
    // An unresolved mention still has a name and a type; its id says it stands alone.
    const m = mentions.get(mentionId);
    return { id: `mention:${mentionId}`, name: m?.text ?? mentionId, type: m?.type ?? 'organization' };
  };

  const claims: ClaimDto[] = [];
  const claimsByEntity = new Map<string, ClaimDto[]>();
  const claimsByDocument = new Map<string, ClaimDto[]>();
  for (const doc of snapshot.documents) {
    const list: ClaimDto[] = [];
    for (const claim of doc.claims) {
      const dto = toClaimDto(claim, doc, documentRefs.get(doc.document.id)!, refOf);
      claims.push(dto);
      list.push(dto);
      push(claimsByEntity, dto.subject.id, dto);
      if (dto.object.id !== dto.subject.id) push(claimsByEntity, dto.object.id, dto);
    }
    claimsByDocument.set(doc.document.id, list);
  }

  const entitySummaries = summariseEntities(snapshot);
  const entityKeys = new Map(snapshot.resolution.entities.map((e) => [e.id, [e.name, ...e.aliases].map((n) => n.toLowerCase())] as const));

  return {
    revision,
    documents,
    documentRefs,
    entities,
    entitySummaries,
    entitySummaryById: new Map(entitySummaries.map((s) => [s.id, s] as const)),
    claims,
    claimsByEntity,
    claimsByDocument,
    entityKeys,
  };
}

export function toDocumentRef({ document: d }: AnalyzedDocument): DocumentRef {
  // Cases ingested before titles were checked hold datelines and breadcrumbs as titles; the API shows the headline.
  return { id: d.id, name: d.name, title: d.title === null ? null : bestTitle(d.title, d.text, d.outlet), outlet: d.outlet, published: d.published, url: d.url };
}

function toClaimDto(claim: ClaimMention, doc: AnalyzedDocument, document: DocumentRef, refOf: (mentionId: string) => EntityRef): ClaimDto {
  return {
    id: claim.id,
    document,
    subject: refOf(claim.subjectId),
    predicate: claim.predicate,
    object: refOf(claim.objectId),
    role: claim.role,
    source: toSourceDto(claim, document, refOf),
    hedged: claim.hedged,
    negated: claim.negated,
    date: claim.date,
    evidence: { start: claim.evidence.start, end: claim.evidence.end, text: doc.document.text.slice(claim.evidence.start, claim.evidence.end) },
    rule: claim.rule,
  };
}

function toSourceDto(claim: ClaimMention, document: DocumentRef, refOf: (mentionId: string) => EntityRef): SourceDto {
  switch (claim.source.kind) {
    case 'author':
      return { kind: 'author', label: document.outlet ?? document.title ?? document.name };
    case 'entity': {
      const entity = refOf(claim.source.mentionId);
      return { kind: 'entity', label: entity.name, entity };
    }
    case 'described':
      return { kind: 'described', label: claim.source.text };
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
