import type { Entity } from '../core/index.js';
import type { GatheredAssertion } from './gather-assertions.js';
import { dateInName, dateSortKey } from './partial-dates.js';
import type { AssertionMention, TimelineItem } from './types.js';

/**
 * Dated claims (one item per assertion and date it is given) and named events that carry a date in their name
 * ("the 2008 Port Alder bombing"), in date order. Each item keeps its date's precision and whether the date was
 * stated or filled in from the publication date, so "in March" is never shown as more certain than it is.
 */
export function buildTimeline(assertions: readonly GatheredAssertion[], entities: readonly Entity[]): TimelineItem[] {
  const items: TimelineItem[] = [];
  for (const assertion of assertions) {
    if (!assertion.mentions.some((m) => m.date)) continue;
    const byDate = new Map<string, AssertionMention[]>();
    for (const mention of assertion.mentions) {
      if (!mention.date) continue;
      const list = byDate.get(mention.date.value);
      if (list) list.push(mention); else byDate.set(mention.date.value, [mention]);
    }
    for (const [value, mentions] of byDate) {
      const first = mentions[0]!.date!;
      items.push({
        kind: 'claim', date: value, precision: first.precision, stated: mentions.some((m) => m.date!.stated),
        label: `${assertion.subject.name} ${assertion.negated ? 'NOT ' : ''}${assertion.predicate} ${assertion.object.name}`,
        assertionId: assertion.id, entity: null, subject: assertion.subject, predicate: assertion.predicate, object: assertion.object,
        negated: assertion.negated, dateText: first.text, evidence: mentions, documents: new Set(mentions.map((m) => m.docId)).size,
      });
    }
  }
  for (const entity of entities) {
    if (entity.type !== 'event' || entity.mentionIds.length === 0) continue;
    const dated = [entity.name, ...entity.aliases].map(dateInName).find((d) => d !== null);
    if (!dated) continue;
    items.push({
      kind: 'event', date: dated.value, precision: dated.precision, stated: true, label: entity.name,
      assertionId: null, entity: { id: entity.id, name: entity.name, type: entity.type }, subject: null, predicate: null, object: null,
      negated: false, dateText: dated.text, evidence: [], documents: new Set(entity.mentionIds.map((id) => id.split(':')[0])).size,
    });
  }
  return items
    .map((item) => ({ item, key: dateSortKey(item.date) }))
    .sort((a, b) => a.key - b.key || (a.item.label < b.item.label ? -1 : a.item.label > b.item.label ? 1 : 0))
    .map(({ item }) => item);
}
