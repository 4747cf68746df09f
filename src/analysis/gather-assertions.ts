import { SYMMETRIC_PREDICATES, fitsSignature, type AnalyzedDocument, type CaseSnapshot, type ClaimMention, type Mention, type Predicate } from '../core/index.js';
import type { TracedMention } from './provenance.js';
import type { AssertionMention, EntityRef, Origin, ProvenanceStep } from './types.js';

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
 *      only when nothing else supports the assertion, and then all such pieces together count once.
 */
export function gatherAssertions(snapshot: CaseSnapshot, trace: (doc: AnalyzedDocument, claim: ClaimMention) => TracedMention): GatheredAssertion[] {
  const refs = new Map<string, EntityRef>(snapshot.resolution.entities.map((e) => [e.id, { id: e.id, name: e.name, type: e.type }]));
  const groups = new Map<string, Group>();
  for (const analyzed of snapshot.documents) {
    let mentions: Map<string, Mention> | undefined;
    const refOf = (mentionId: string): EntityRef | null => {
      const entityId = snapshot.resolution.entityOfMention.get(mentionId);
      const entity = entityId ? refs.get(entityId) : undefined;
      if (entity) return entity;
      // A mention resolution missed still names something; keying it by type and text keeps the claim visible.
      mentions ??= new Map(analyzed.mentions.map((m) => [m.id, m]));
      const mention = mentions.get(mentionId);
      return mention ? { id: `unresolved:${mention.type}:${mention.text.toLowerCase()}`, name: mention.text, type: mention.type } : null;
    };
    for (const claim of analyzed.claims) {
      const subject = refOf(claim.subjectId);
      const object = refOf(claim.objectId);
      if (!subject || !object || subject.id === object.id) continue;
      // Checked again on the resolved types: "under RVF control" read off a town the tagger took for a group.
      if (!fitsSignature(claim.predicate, subject.type, object.type)) continue;
      // "A allied with B" and "B allied with A" are one assertion; it reads in the order it was first stated.
      const isSwapped = SYMMETRIC_PREDICATES.has(claim.predicate) && object.id < subject.id;
      const id = isSwapped ? assertionId(object.id, claim.predicate, subject.id, claim.negated) : assertionId(subject.id, claim.predicate, object.id, claim.negated);
      let group = groups.get(id);
      if (!group) { group = { subject, predicate: claim.predicate, object, negated: claim.negated, items: [] }; groups.set(id, group); }
      group.items.push({ analyzed, claim, traced: trace(analyzed, claim) });
    }
  }
  return [...groups.entries()].map(([id, group]) => countOrigins(id, group));
}

const UNCOUNTED_STEP: ProvenanceStep = { kind: 'unsourced', detail: 'not counted: a piece with no source and no known publisher cannot be shown independent of the other origins' };

interface Group {
  readonly subject: EntityRef;
  readonly predicate: Predicate;
  readonly object: EntityRef;
  readonly negated: boolean;
  readonly items: { readonly analyzed: AnalyzedDocument; readonly claim: ClaimMention; readonly traced: TracedMention }[];
}

function countOrigins(id: string, group: Group): GatheredAssertion {
  // Most assertions have one mention: the maps are made only when a mention needs them.
  let cited: Map<string, Map<string, Origin>> | undefined;
  for (const { analyzed, traced } of group.items) {
    if (!traced.isTraceable) continue;
    cited ??= new Map();
    let origins = cited.get(analyzed.document.id);
    if (!origins) { origins = new Map(); cited.set(analyzed.document.id, origins); }
    origins.set(traced.origin.key, traced.origin);
  }
  const hasOtherSupport = group.items.some(({ analyzed, traced }) => traced.origin.kind !== 'document' && (traced.isTraceable || !cited?.has(analyzed.document.id)));
  // With nothing else behind the assertion, unsourced pieces count together as one origin: the first of them.
  const together = hasOtherSupport ? undefined : group.items.find(({ traced }) => traced.origin.kind === 'document')?.traced.origin;
  const origins = new Map<string, Origin>();
  let uncounted: Set<string> | undefined;
  const mentions: AssertionMention[] = group.items.map(({ analyzed, claim, traced }) => {
    const { document } = analyzed;
    const relayed = traced.isTraceable ? undefined : cited?.get(document.id);
    const isUncounted = !relayed && traced.origin.kind === 'document' && (hasOtherSupport || traced.origin.key !== together?.key);
    if (isUncounted) (uncounted ??= new Set()).add(document.id);
    if (!relayed && !isUncounted) origins.set(traced.origin.key, traced.origin);
    return {
      claimId: claim.id, docId: document.id, docName: document.name, published: document.published,
      evidence: claim.evidence, evidenceText: document.text.slice(claim.evidence.start, claim.evidence.end).trim(),
      source: claim.source, sourceLabel: traced.sourceLabel, hedged: claim.hedged, date: claim.date, role: claim.role, rule: claim.rule,
      originKey: relayed || isUncounted ? null : traced.origin.key,
      chain: relayed ? [...traced.chain, { kind: 'relay', detail: `relays ${[...relayed.values()].map((o) => o.label).join(', ')}, which the same piece cites for this` }]
        : isUncounted ? [...traced.chain, together ? { kind: 'unsourced', detail: `counted together with ${together.label}: pieces with no source and no known publisher cannot be shown independent of each other` } : UNCOUNTED_STEP]
        : traced.chain,
    };
  });
  if (mentions.length > 1) mentions.sort((a, b) => (a.docName < b.docName ? -1 : a.docName > b.docName ? 1 : a.evidence.start - b.evidence.start));
  const originList = [...origins.values()];
  if (originList.length > 1) originList.sort((a, b) => Number(b.named) - Number(a.named) || a.label.localeCompare(b.label));
  return {
    id, subject: group.subject, predicate: group.predicate, object: group.object, negated: group.negated, mentions,
    documents: mentions.length === 1 ? 1 : new Set(mentions.map((m) => m.docId)).size,
    originList,
    uncountedDocuments: uncounted?.size ?? 0,
  };
}
