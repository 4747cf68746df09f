import type { Entity, PartialDate, SourceDocument } from '../core/index.js';
import type { Assertion, AssertionMention } from '../analysis/index.js';
import { compareText, titleOf, type CaseView } from './case-view.js';
import { containingCountries, regionOf } from './country-codes.js';
import { claimsExtension, extensionDefinitions, WORK_EXTENSION_ID, WORK_TYPE, withoutEmpty, type StixObject } from './stix-extension.js';
import { CONFIDENCE_OF_GRADE, classifyArmedGroups, relationshipTypeOf } from './stix-mapping.js';
import { uuidV5 } from './uuid-v5.js';

export interface StixOptions {
  /**
   * `created`/`modified` of every object. Exports are pure and must be byte-identical for the same case, so the clock
   * is never read: the default is the latest publication date in the case (or the Unix epoch when none is known).
   */
  readonly timestamp: string;
}

const stixId = (type: string, name: string): string => `${type}--${uuidV5(name)}`;

/** A partial date at the start of its period, in the millisecond-precision form STIX requires. */
export function stixTimestamp(date: PartialDate): string {
  const [y, m = '01', d = '01'] = date.split('-');
  return `${y}-${m}-${d}T00:00:00.000Z`;
}

export function defaultStixTimestamp(documents: readonly SourceDocument[]): string {
  const dates = documents.map((d) => d.published).filter((p): p is string => p !== null).sort(compareText);
  const latest = dates.at(-1);
  return latest ? stixTimestamp(latest) : '1970-01-01T00:00:00.000Z';
}

/**
 * A STIX 2.1 bundle: people as `identity` (individual), armed groups as `threat-actor`, other bodies as `identity`
 * (organization), places as `location`, events as `incident`, named works as dossier's own `dossier-work` SDO, one
 * `report` per document, and one `relationship` per assertion carrying its evidence, sources, hedging and grade in
 * dossier's claims extension. Ids are UUIDv5 of dossier ids, so they are stable.
 */
export function toStixBundle(view: CaseView, options: Partial<StixOptions> = {}): string {
  const timestamp = options.timestamp ?? defaultStixTimestamp(view.documents);
  const producer: StixObject = {
    type: 'identity', spec_version: '2.1', id: stixId('identity', 'producer:dossier'), created: timestamp, modified: timestamp,
    name: 'dossier', identity_class: 'system', description: 'Exported by dossier: claims drawn from news reporting, each with its source; not verified facts.',
  };
  const common = (type: string, name: string): StixObject => ({
    type, spec_version: '2.1', id: stixId(type, name), created: timestamp, modified: timestamp, created_by_ref: producer.id,
  });
  const definitions = extensionDefinitions(producer.id);
  const organizations = new Set(view.entities.filter((e) => e.type === 'organization').map((e) => e.id));
  const armed = classifyArmedGroups(view.assertions, organizations);
  const countryOf = containingCountries(view);

  const objectOfEntity = new Map<string, StixObject>();
  for (const e of view.entities) objectOfEntity.set(e.id, entityObject(e, common, armed.get(e.id), countryOf.get(e.id)));

  const relationships: StixObject[] = [];
  const relationshipsOfDoc = new Map<string, string[]>();
  for (const a of view.assertions) {
    const source = objectOfEntity.get(a.subject.id);
    const target = objectOfEntity.get(a.object.id);
    if (!source || !target) continue;
    const rel = relationshipObject(a, common, source.id, target.id, view, (id) => objectOfEntity.get(id)?.id);
    relationships.push(rel);
    for (const docId of new Set(a.mentions.map((m) => m.docId))) {
      const list = relationshipsOfDoc.get(docId) ?? [];
      list.push(rel.id);
      relationshipsOfDoc.set(docId, list);
    }
  }

  const reports = view.documents.map((doc) => {
    const refs = [
      ...(view.entitiesOfDocument.get(doc.id) ?? []).flatMap((id) => objectOfEntity.get(id)?.id ?? []),
      ...(relationshipsOfDoc.get(doc.id) ?? []),
    ];
    return withoutEmpty({
      ...common('report', `document:${doc.id}`),
      // The headline, never page furniture: a stored title that is a dateline or breadcrumb gives way to the first headline-like line.
      name: titleOf(doc) ?? doc.name,
      published: doc.published ? stixTimestamp(doc.published) : timestamp,
      report_types: ['threat-report'],
      // object_refs must not be empty; a document with nothing extracted still names who exported it.
      object_refs: refs.length ? refs : [producer.id],
      external_references: [{ source_name: doc.outlet ?? doc.name, ...(doc.url ? { url: doc.url } : {}), external_id: doc.id }],
      extensions: claimsExtension({ document: doc.name, outlet: doc.outlet, published: doc.published, published_from: doc.publishedFrom }),
    });
  });

  const objects = [producer, ...definitions, ...objectOfEntity.values(), ...reports, ...relationships];
  const bundle = { type: 'bundle', id: stixId('bundle', objects.map((o) => o.id).join(',')), objects };
  return `${JSON.stringify(bundle, null, 2)}\n`;
}

function entityObject(e: Entity, common: (type: string, name: string) => StixObject, armedBasis: string | undefined, country: string | undefined): StixObject {
  const key = `entity:${e.id}`;
  const aliases = e.aliases.filter((a) => a !== e.name);
  const extension = (more: Record<string, unknown> = {}): Record<string, unknown> =>
    claimsExtension({ entity_id: e.id, entity_type: e.type, aliases, ...more });
  switch (e.type) {
    case 'person':
      return withoutEmpty({ ...common('identity', key), name: e.name, identity_class: 'individual', extensions: extension() });
    case 'organization':
      if (armedBasis !== undefined) {
        return withoutEmpty({ ...common('threat-actor', key), name: e.name, aliases,
          extensions: extension({ classification_basis: `classified as an armed group from the case's claims: ${armedBasis}` }) });
      }
      return withoutEmpty({ ...common('identity', key), name: e.name, identity_class: 'organization', extensions: extension() });
    case 'location':
      // STIX needs a region, a country or coordinates; dossier does not geocode, so a place that is neither a country, in one,
      // nor a world region ("South Asia" → southern-asia) says region "unknown".
      return withoutEmpty({ ...common('location', key), name: e.name, ...(country ? { country } : { region: regionOf(e.name) ?? 'unknown' }),
        extensions: extension() });
    case 'event':
      return withoutEmpty({ ...common('incident', key), name: e.name, extensions: extension() });
    case 'work':
      // STIX 2.1 has no object for a named publication or agreement: dossier's own SDO, declared by an extension definition.
      return withoutEmpty({ ...common(WORK_TYPE, key), name: e.name, aliases,
        extensions: { [WORK_EXTENSION_ID]: { extension_type: 'new-sdo' }, ...extension() } });
  }
}

type RefOfEntity = (entityId: string) => string | undefined;

function relationshipObject(a: Assertion, common: (type: string, name: string) => StixObject, sourceRef: string, targetRef: string, view: CaseView, refOf: RefOfEntity): StixObject {
  const confidence = CONFIDENCE_OF_GRADE[a.grade.contested ? 'contested' : a.grade.label];
  return withoutEmpty({
    ...common('relationship', `assertion:${a.id}`),
    relationship_type: relationshipTypeOf(a),
    source_ref: sourceRef,
    target_ref: targetRef,
    description: describeAssertion(a),
    ...(confidence === null ? {} : { confidence }),
    external_references: externalReferences(a, view),
    extensions: claimsExtension({
      predicate: a.predicate,
      negated: a.negated,
      hedged: a.mentions.length > 0 && a.mentions.every((m) => m.hedged),
      hedged_share: a.grade.hedgedShare,
      grade: a.grade.label,
      grade_explanation: a.grade.explanation,
      contested: a.grade.contested,
      origins: a.originList.map((o) => o.label),
      source_reliability: a.grade.reliability,
      mentions: a.mentions.map((m) => mentionRecord(m, view, refOf)),
    }),
  });
}

/** A sentence that keeps the claim a claim: who says it, how surely, and the evidence in quotes. */
function describeAssertion(a: Assertion): string {
  const verb = a.negated ? `NOT ${a.predicate}` : a.predicate;
  const head = `Claim: ${a.subject.name} ${verb} ${a.object.name} (${a.grade.label}; ${a.grade.explanation}).`;
  const quotes = a.mentions.map((m) => `"${m.evidenceText}" (${m.docName}; source: ${m.sourceLabel}${m.hedged ? '; hedged' : ''})`);
  return [head, ...quotes].join('\n');
}

function mentionRecord(m: AssertionMention, view: CaseView, refOf: RefOfEntity): Record<string, unknown> {
  const doc = view.documentById.get(m.docId);
  const claim = view.claimById.get(m.claimId);
  const sourceMention = m.source.kind === 'entity' ? view.mentionById.get(m.source.mentionId) : undefined;
  const sourceEntity = sourceMention ? view.entityOfMention.get(sourceMention.id) : undefined;
  return withoutEmpty({
    document: m.docName, report_ref: stixId('report', `document:${m.docId}`), outlet: doc?.outlet ?? null, published: m.published,
    evidence: m.evidenceText, source: m.sourceLabel, source_kind: m.source.kind,
    source_ref: sourceEntity ? refOf(sourceEntity) ?? null : null,
    source_text: m.source.kind === 'described' ? m.source.text : sourceMention?.text ?? null,
    hedged: m.hedged, date: m.date?.value ?? null, date_precision: m.date?.precision ?? null,
    date_stated: m.date ? m.date.stated : null, date_text: m.date?.text ?? null, role: m.role,
    // The claim's own parties, which for a symmetric predicate may be the relationship's in the other order.
    subject_ref: claim ? refOf(view.entityOfMention.get(claim.subjectId) ?? '') ?? null : null,
    subject_text: claim ? view.mentionById.get(claim.subjectId)?.text ?? null : null,
    object_ref: claim ? refOf(view.entityOfMention.get(claim.objectId) ?? '') ?? null : null,
    object_text: claim ? view.mentionById.get(claim.objectId)?.text ?? null : null,
  });
}

function externalReferences(a: Assertion, view: CaseView): Record<string, string>[] {
  const seen = new Set<string>();
  const refs: Record<string, string>[] = [];
  for (const m of a.mentions) {
    if (seen.has(m.docId)) continue;
    seen.add(m.docId);
    const doc = view.documentById.get(m.docId);
    refs.push({ source_name: doc?.outlet ?? m.docName, description: m.docName, ...(doc?.url ? { url: doc.url } : {}) });
  }
  return refs;
}
