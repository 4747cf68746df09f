import type { CaseSnapshot, ClaimMention, Entity } from '../core/index.js';
import { QueryError } from '../core/index.js';
import { findEntity as findEntityRef } from '../analysis/index.js';

/** A claim with its names filled in, as the CLI prints it. */
export interface ClaimRow {
  readonly id: string;
  readonly subject: string;
  readonly subjectId: string;
  readonly predicate: string;
  readonly object: string;
  readonly objectId: string;
  readonly role: string | null;
  readonly source: string;
  readonly hedged: boolean;
  readonly negated: boolean;
  readonly date: string | null;
  readonly document: string;
  readonly published: string | null;
  readonly evidence: string;
  readonly rule: string;
}

export function claimRows(snapshot: CaseSnapshot): ClaimRow[] {
  const { entityOfMention, entities } = snapshot.resolution;
  const byId = new Map(entities.map((e) => [e.id, e]));
  const rows: ClaimRow[] = [];
  for (const analyzed of snapshot.documents) {
    const mentions = new Map(analyzed.mentions.map((m) => [m.id, m]));
    const nameOf = (mentionId: string): [string, string] => {
      const entityId = entityOfMention.get(mentionId) ?? '';
      return [byId.get(entityId)?.name ?? mentions.get(mentionId)?.text ?? mentionId, entityId];
    };
    for (const claim of analyzed.claims) {
      const [subject, subjectId] = nameOf(claim.subjectId);
      const [object, objectId] = nameOf(claim.objectId);
      rows.push({
        id: claim.id, subject, subjectId, predicate: claim.predicate, object, objectId, role: claim.role,
        source: sourceName(claim, nameOf), hedged: claim.hedged, negated: claim.negated, date: claim.date?.value ?? null,
        document: analyzed.document.name, published: analyzed.document.published,
        evidence: analyzed.document.text.slice(claim.evidence.start, claim.evidence.end), rule: claim.rule,
      });
    }
  }
  return rows;
}

function sourceName(claim: ClaimMention, nameOf: (mentionId: string) => [string, string]): string {
  if (claim.source.kind === 'author') return 'the article';
  if (claim.source.kind === 'described') return claim.source.text;
  return nameOf(claim.source.mentionId)[0];
}

/** One entity by id, name or alias, with the full record (the analysis stage decides which name wins). */
export function findEntity(snapshot: CaseSnapshot, query: string): Entity {
  const ref = findEntityRef(snapshot, query);
  const entity = snapshot.resolution.entities.find((e) => e.id === ref.id);
  if (!entity) throw new QueryError('ENTITY_NOT_FOUND', `no entity with id "${ref.id}"`, { field: 'name' });
  return entity;
}
