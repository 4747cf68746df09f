import type { CaseSnapshot } from '../core/index.js';
import type { EntitySummaryDto } from './api-types.js';

/**
 * Every resolved entity with how many mentions, documents and claims name it, most-claimed first: the entity
 * list's order. A claim counts for its subject and for its object; an unresolved mention counts for nobody.
 */
export function summariseEntities(snapshot: CaseSnapshot): EntitySummaryDto[] {
  const { entityOfMention, entities } = snapshot.resolution;
  const known = new Set(entities.map((e) => e.id));
  const claims = new Map<string, number>();
  const documents = new Map<string, Set<string>>();
  const bump = (id: string | undefined): void => {
    if (id !== undefined && known.has(id)) claims.set(id, (claims.get(id) ?? 0) + 1);
  };
  for (const doc of snapshot.documents) {
    for (const claim of doc.claims) {
      const subject = entityOfMention.get(claim.subjectId);
      const object = entityOfMention.get(claim.objectId);
      bump(subject);
      if (object !== subject) bump(object);
    }
    for (const m of doc.mentions) {
      const id = entityOfMention.get(m.id);
      if (id !== undefined) (documents.get(id) ?? documents.set(id, new Set()).get(id)!).add(doc.document.id);
    }
  }
  return entities
    .map((e): EntitySummaryDto => ({
      id: e.id, name: e.name, type: e.type, aliases: e.aliases, mentions: e.mentionIds.length,
      documents: documents.get(e.id)?.size ?? 0, claims: claims.get(e.id) ?? 0,
    }))
    .sort((a, b) => b.claims - a.claims || b.mentions - a.mentions || a.name.localeCompare(b.name));
}
