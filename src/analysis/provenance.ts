import type { AnalyzedDocument, CaseSnapshot, ClaimMention, Entity, Mention, ReliabilityGrade, SourceDocument } from '../core/index.js';
import type { DuplicateIndex } from './near-duplicates.js';
import { describedSources } from './described-source.js';
import { normaliseName } from './normalise.js';
import { findCitations, findReportingOutlet, findSyndication, type CitationFound } from './syndication.js';
import type { Origin, ProvenanceStep } from './types.js';

/** Where one claim mention comes from, before relaying within its document is taken into account. */
export interface TracedMention {
  readonly origin: Origin;
  readonly chain: readonly ProvenanceStep[];
  /**
   * The text ties the claim to a specific source (a named entity, a described document like "the dossier",
   * an outlet it credits). The author's own voice and unnamed people ("analysts") are not traceable:
   * they stand for the piece's publisher.
   */
  readonly isTraceable: boolean;
  readonly sourceLabel: string;
}

/** Builds a tracer for a case: per-document work (credit lines, citations, publisher) is done once and reused. */
export function createTracer(snapshot: CaseSnapshot, duplicates: DuplicateIndex): (doc: AnalyzedDocument, claim: ClaimMention) => TracedMention {
  const entityById = new Map(snapshot.resolution.entities.map((e) => [e.id, e]));
  const entityByName = new Map<string, Entity>();
  for (const entity of snapshot.resolution.entities) {
    for (const name of [entity.name, ...entity.aliases]) {
      const key = normaliseName(name);
      if (key && !entityByName.has(key)) entityByName.set(key, entity);
    }
  }
  const grades = new Map<string, ReliabilityGrade>();
  for (const grade of snapshot.sourceGrades) grades.set(normaliseName(grade.source.replace(/^~/, '')), grade.grade);
  const gradeOf = (names: readonly string[]): ReliabilityGrade | null => {
    for (const name of names) { const g = grades.get(normaliseName(name)); if (g) return g; }
    return null;
  };
  const documents = new Map(snapshot.documents.map((d) => [d.document.id, d]));
  const describedOf = describedSources(snapshot);

  const entityOrigins = new Map<string, Origin>();
  const entityOrigin = (entity: Entity): Origin => {
    let origin = entityOrigins.get(entity.id);
    if (!origin) {
      origin = { key: `entity:${entity.id}`, kind: 'entity', label: entity.name, named: true, reliability: gradeOf([entity.name, ...entity.aliases]) };
      entityOrigins.set(entity.id, origin);
    }
    return origin;
  };
  // An outlet that is also an entity of the case (MEMRI and "Memri.org") is one origin, not two.
  const outletOrigins = new Map<string, Origin>();
  const outletOrigin = (name: string): Origin => {
    let origin = outletOrigins.get(name);
    if (!origin) {
      const entity = entityByName.get(normaliseName(name));
      origin = entity ? entityOrigin(entity) : { key: `outlet:${normaliseName(name)}`, kind: 'outlet', label: name, named: true, reliability: gradeOf([name]) };
      outletOrigins.set(name, origin);
    }
    return origin;
  };

  const publishers = new Map<string, { origin: Origin; steps: ProvenanceStep[] }>();
  const publisherOf = (document: SourceDocument, seen: Set<string> = new Set()): { origin: Origin; steps: ProvenanceStep[] } => {
    const cached = publishers.get(document.id);
    if (cached) return cached;
    seen.add(document.id);
    let result: { origin: Origin; steps: ProvenanceStep[] };
    const copied = duplicates.republishedFrom(document.id);
    const original = copied && !seen.has(copied.docId) ? documents.get(copied.docId)?.document : undefined;
    const credit = findSyndication(document.text);
    if (copied && original) {
      const upstream = publisherOf(original, seen);
      result = { origin: upstream.origin, steps: [{ kind: 'near-duplicate', detail: `republishes ${original.name} (${Math.round(copied.share * 100)}% of its passages near-duplicate it)`, docId: original.id, similarity: copied.share }, ...upstream.steps] };
    } else if (credit) {
      result = { origin: outletOrigin(credit.outlet), steps: [{ kind: 'syndication', detail: `republishes ${credit.outlet} ("${credit.text}")` }] };
    } else if (document.outlet) {
      result = { origin: outletOrigin(document.outlet), steps: [{ kind: 'syndication', detail: `published by ${document.outlet} (manifest)` }] };
    } else {
      result = { origin: { key: `document:${document.id}`, kind: 'document', label: `document ${document.name}`, named: false, reliability: gradeOf([document.name]) }, steps: [{ kind: 'unsourced', detail: 'no source in the text and no known publisher' }] };
    }
    publishers.set(document.id, result);
    return result;
  };
  const citations = new Map<string, CitationFound[]>();
  const citationsOf = (document: SourceDocument): CitationFound[] => {
    let found = citations.get(document.id);
    if (!found) { found = findCitations(document.text); citations.set(document.id, found); }
    return found;
  };

  // Within one document most mentions share a source (the author, one named person), so a traced result is
  // remembered per document and source: at 100k claims, rebuilding chains per mention was most of the garbage.
  const perDocument = new Map<string, { first: ProvenanceStep; mentions: Map<string, Mention> | null; traces: Map<string, TracedMention> }>();
  return (analyzed, claim) => {
    const document = analyzed.document;
    let cached = perDocument.get(document.id);
    if (!cached) {
      const first: ProvenanceStep = { kind: 'document', detail: `${document.name}${document.outlet ? ` (${document.outlet})` : ''}${document.published ? `, ${document.published}` : ''}` };
      cached = { first, mentions: null, traces: new Map() };
      perDocument.set(document.id, cached);
    }
    const { first, traces } = cached;
    const source = claim.source;
    if (source.kind === 'entity') {
      cached.mentions ??= new Map(analyzed.mentions.map((m) => [m.id, m]));
      const mention = cached.mentions.get(source.mentionId);
      const entityId = snapshot.resolution.entityOfMention.get(source.mentionId);
      const key = `e:${entityId ?? mention?.text ?? source.mentionId}`;
      let traced = traces.get(key);
      if (!traced) {
        const entity = entityId ? entityById.get(entityId) : undefined;
        const name = entity?.name ?? mention?.text ?? source.mentionId;
        const origin = entity ? entityOrigin(entity) : outletOrigin(name);
        const forms = [name, mention?.text, ...(entity?.aliases ?? [])].filter((f): f is string => Boolean(f));
        const cited = citationsOf(document).find((c) => forms.some((form) => c.text.includes(form)));
        const steps: ProvenanceStep[] = [first];
        if (cited) steps.push({ kind: 'citation', detail: `the piece cites how it got ${name}'s words: "${cited.text}"` });
        steps.push({ kind: 'attribution', detail: `attributed to ${name} (named)` });
        traced = { origin, chain: steps, isTraceable: true, sourceLabel: name };
        traces.set(key, traced);
      }
      return traced;
    }
    if (source.kind === 'described') {
      const described = describedOf(source.text);
      if (described.isSpecific) {
        const key = `d:${described.key}`;
        let traced = traces.get(key);
        if (!traced) {
          const origin: Origin = { key: `described:${described.key}`, kind: 'described', label: described.label, named: false, reliability: gradeOf([source.text.replace(/^~/, ''), described.label, described.key]) };
          traced = { origin, chain: [first, { kind: 'attribution', detail: `attributed to ${described.label} (described, unnamed)` }], isTraceable: true, sourceLabel: `~${described.label}` };
          traces.set(key, traced);
        }
        return traced;
      }
      const voice = authorVoice(document, claim.evidence.start);
      const key = `u:${voice.key}:${source.text}`;
      let traced = traces.get(key);
      if (!traced) {
        const text = source.text.replace(/^~/, '');
        traced = { origin: voice.origin, chain: [first, { kind: 'attribution', detail: `attributed to unnamed "${text}", vouched for only by the piece` }, ...voice.steps], isTraceable: false, sourceLabel: `~${text}` };
        traces.set(key, traced);
      }
      return traced;
    }
    const outlet = findReportingOutlet(document.text.slice(claim.evidence.start, claim.evidence.end));
    if (outlet) return { origin: outletOrigin(outlet), chain: [first, { kind: 'citation', detail: `the sentence credits ${outlet}` }], isTraceable: true, sourceLabel: outlet };
    const voice = authorVoice(document, claim.evidence.start);
    const key = `a:${voice.key}`;
    let traced = traces.get(key);
    if (!traced) {
      traced = { origin: voice.origin, chain: [first, ...voice.steps], isTraceable: false, sourceLabel: 'the article' };
      traces.set(key, traced);
    }
    return traced;
  };

  /**
   * The article's own voice: a copied passage speaks for the piece it was copied from, else the publisher.
   * `key` tells voices apart within one document (its own, or a passage copied from another piece).
   */
  function authorVoice(document: SourceDocument, offset: number): { key: string; origin: Origin; steps: readonly ProvenanceStep[] } {
    const passage = duplicates.passageSource(document.id, offset);
    const original = passage ? documents.get(passage.docId)?.document : undefined;
    if (passage && original && !duplicates.republishedFrom(document.id)) {
      const upstream = publisherOf(original);
      return { key: `${original.id}@${passage.span.start}`, origin: upstream.origin, steps: [{ kind: 'near-duplicate', detail: `the passage near-duplicates ${original.name} (similarity ${passage.similarity.toFixed(2)})`, docId: original.id, similarity: passage.similarity }, ...upstream.steps] };
    }
    const own = publisherOf(document);
    return { key: '', origin: own.origin, steps: own.steps };
  }
}
