import { SYMMETRIC_PREDICATES, type AnalyzedDocument, type CaseSnapshot, type ClaimMention, type Mention, type Predicate } from '../core/index.js';
import type { TracedMention } from './provenance.js';
import type { AssertionMention, EntityRef, Origin } from './types.js';

/** An assertion before grading: grading needs the contradictions, which need all assertions first. */
export interface GatheredAssertion {
  readonly id: string;
  readonly subject: EntityRef;
  readonly predicate: Predicate;
  readonly object: EntityRef;
  readonly negated: boolean;
  readonly mentions: readonly AssertionMention[];
  readonly documents: number;
  readonly originList: readonly Origin[];
  /** Documents whose only support was an unsourced piece with no known publisher, left out of the count. */
  readonly uncountedDocuments: number;
}

export function assertionId(subjectId: string, predicate: Predicate, objectId: string, negated: boolean): string {
  return `${subjectId}|${predicate}|${objectId}|${negated ? 'not' : 'is'}`;
}

/**
 * One assertion per (subject, predicate, object, negated) across documents, each mention traced to its origin.
 * Counting rules, in this order (each is a reason a reader sees in the chain):
 *   1. Within one piece, the author's voice and unnamed sources relay the specific sources the piece cites for the
 *      same assertion: "according to the dossier, X" plus a headline saying X is one origin, the dossier.
 *   2. A piece with no source and no known publisher cannot be shown independent of the others, so it is counted
 *      only when nothing else supports the assertion.
 */
export function gatherAssertions(snapshot: CaseSnapshot, trace: (doc: AnalyzedDocument, claim: ClaimMention) => TracedMention): GatheredAssertion[] {
  const entities = new Map(snapshot.resolution.entities.map((e) => [e.id, e]));
  const groups = new Map<string, { subject: EntityRef; predicate: Predicate; object: EntityRef; negated: boolean; items: { mention: Omit<AssertionMention, 'originKey' | 'chain'>; traced: TracedMention }[] }>();
  for (const analyzed of snapshot.documents) {
    const mentions = new Map<string, Mention>(analyzed.mentions.map((m) => [m.id, m]));
    const refOf = (mentionId: string): EntityRef | null => {
      const entityId = snapshot.resolution.entityOfMention.get(mentionId);
      const entity = entityId ? entities.get(entityId) : undefined;
      if (entity) return { id: entity.id, name: entity.name, type: entity.type };
      // A mention resolution missed still names something; keying it by type and text keeps the claim visible.
      const mention = mentions.get(mentionId);
      return mention ? { id: `unresolved:${mention.type}:${mention.text.toLowerCase()}`, name: mention.text, type: mention.type } : null;
    };
    const { document } = analyzed;
    for (const claim of analyzed.claims) {
      const subject = refOf(claim.subjectId);
      const object = refOf(claim.objectId);
      if (!subject || !object || subject.id === object.id) continue;
      // "A allied with B" and "B allied with A" are one assertion; it reads in the order it was first stated.
      const isSwapped = SYMMETRIC_PREDICATES.has(claim.predicate) && object.id < subject.id;
      const id = isSwapped ? assertionId(object.id, claim.predicate, subject.id, claim.negated) : assertionId(subject.id, claim.predicate, object.id, claim.negated);
      let group = groups.get(id);
      if (!group) { group = { subject, predicate: claim.predicate, object, negated: claim.negated, items: [] }; groups.set(id, group); }
      const traced = trace(analyzed, claim);
      group.items.push({
        traced,
        mention: {
          claimId: claim.id, docId: document.id, docName: document.name, published: document.published,
          evidence: claim.evidence, evidenceText: document.text.slice(claim.evidence.start, claim.evidence.end).trim(),
          source: claim.source, sourceLabel: traced.sourceLabel, hedged: claim.hedged, date: claim.date, role: claim.role, rule: claim.rule,
        },
      });
    }
  }
  return [...groups.entries()].map(([id, group]) => countOrigins(id, group));
}

function countOrigins(id: string, group: { subject: EntityRef; predicate: Predicate; object: EntityRef; negated: boolean; items: { mention: Omit<AssertionMention, 'originKey' | 'chain'>; traced: TracedMention }[] }): GatheredAssertion {
  const cited = new Map<string, Map<string, Origin>>();
  for (const { mention, traced } of group.items) {
    if (!traced.isTraceable) continue;
    let origins = cited.get(mention.docId);
    if (!origins) { origins = new Map(); cited.set(mention.docId, origins); }
    origins.set(traced.origin.key, traced.origin);
  }
  const assigned = group.items.map(({ mention, traced }) => {
    const relayed = traced.isTraceable ? undefined : cited.get(mention.docId);
    if (relayed) {
      const names = [...relayed.values()].map((o) => o.label).join(', ');
      return { ...mention, originKey: null, chain: [...traced.chain, { kind: 'relay' as const, detail: `relays ${names}, which the same piece cites for this` }], origin: null };
    }
    return { ...mention, originKey: traced.origin.key, chain: traced.chain, origin: traced.origin };
  });
  const hasOtherSupport = assigned.some((m) => m.origin && m.origin.kind !== 'document');
  const origins = new Map<string, Origin>();
  const uncounted = new Set<string>();
  const mentions: AssertionMention[] = assigned.map(({ origin, ...mention }) => {
    if (origin?.kind === 'document' && hasOtherSupport) {
      uncounted.add(mention.docId);
      return { ...mention, originKey: null, chain: [...mention.chain, { kind: 'unsourced', detail: 'not counted: a piece with no source and no known publisher cannot be shown independent of the other origins' }] };
    }
    if (origin) origins.set(origin.key, origin);
    return mention;
  });
  mentions.sort((a, b) => a.docName.localeCompare(b.docName) || a.evidence.start - b.evidence.start);
  return {
    id, subject: group.subject, predicate: group.predicate, object: group.object, negated: group.negated, mentions,
    documents: new Set(mentions.map((m) => m.docId)).size,
    originList: [...origins.values()].sort((a, b) => Number(b.named) - Number(a.named) || a.label.localeCompare(b.label)),
    uncountedDocuments: uncounted.size,
  };
}
