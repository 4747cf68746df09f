import { fitsSignature, type AnalyzedDocument, type EntityType, type Predicate, type ResolveResult } from '../core/index.js';

/** The interchange format of ../shared/eval/FORMAT.md, shared by gold and system output. */
export interface EvalFile {
  readonly entities: readonly { id: string; name: string; type: EntityType; aliases: string[] }[];
  readonly documents: readonly EvalDocument[];
}

export interface EvalDocument {
  readonly doc: string;
  readonly entities: string[];
  readonly relations: EvalRelation[];
}

export interface EvalRelation {
  readonly subject: string;
  readonly predicate: Predicate;
  readonly object: string;
  readonly role: string | null;
  readonly source: string | null;
  readonly negated: boolean;
  readonly hedged: boolean;
  readonly date: string | null;
  readonly evidence: string;
}

/**
 * Writes a case (or a one-off extraction) in the evaluation format: claims become relations between the
 * entities their mentions resolve to; the source is null for the article's own voice, an entity id for a
 * named asserter, or the words that describe an unnamed one.
 */
export function toEvalFormat(documents: readonly AnalyzedDocument[], resolution: ResolveResult): EvalFile {
  const { entityOfMention } = resolution;
  const typeOf = new Map(resolution.entities.map((e) => [e.id, e.type]));
  const used = new Set<string>();
  const evalDocuments = documents.map((analyzed): EvalDocument => {
    const { document } = analyzed;
    const entities = new Set<string>();
    for (const mention of analyzed.mentions) {
      const id = entityOfMention.get(mention.id);
      if (id) entities.add(id);
    }
    const seen = new Set<string>();
    const relations: EvalRelation[] = [];
    for (const claim of analyzed.claims) {
      const subject = entityOfMention.get(claim.subjectId);
      const object = entityOfMention.get(claim.objectId);
      if (!subject || !object || subject === object) continue;
      // Checked again on the resolved types, which can differ from the mention's (a town read once as a group).
      if (!fitsSignature(claim.predicate, typeOf.get(subject) ?? 'organization', typeOf.get(object) ?? 'organization')) continue;
      const source = claim.source.kind === 'author' ? null
        : claim.source.kind === 'described' ? claim.source.text
        : entityOfMention.get(claim.source.mentionId) ?? null;
      const relation: EvalRelation = {
        subject, predicate: claim.predicate, object, role: claim.role, source, negated: claim.negated, hedged: claim.hedged,
        date: claim.date?.value ?? null, evidence: document.text.slice(claim.evidence.start, claim.evidence.end),
      };
      const key = JSON.stringify(relation);
      if (seen.has(key)) continue;
      seen.add(key);
      relations.push(relation);
      entities.add(subject).add(object);
      if (source && claim.source.kind === 'entity') entities.add(source);
    }
    for (const id of entities) used.add(id);
    return { doc: document.name, entities: [...entities].sort(), relations };
  });
  const entities = resolution.entities
    .filter((e) => used.has(e.id))
    .map((e) => ({ id: e.id, name: e.name, type: e.type, aliases: [...e.aliases] }));
  return { entities, documents: evalDocuments };
}
