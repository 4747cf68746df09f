import type { Entity, PartialDate, SourceDocument } from '../core/index.js';
import type { Assertion, AssertionMention } from '../analysis/index.js';
import { compareText, type CaseView } from './case-view.js';
import { containingCountries, regionOf } from './country-codes.js';
import { CONFIDENCE_OF_GRADE, classifyArmedGroups, relationshipTypeOf } from './stix-mapping.js';
import { uuidV5 } from './uuid-v5.js';

type StixObject = Record<string, unknown> & { readonly type: string; readonly id: string };

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
 * (organization), places as `location`, events as `incident`, one `report` per document, and one `relationship` per
 * assertion carrying its evidence, sources, hedging and grade. Ids are UUIDv5 of dossier ids, so they are stable.
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
    const rel = relationshipObject(a, common, source.id, target.id, view);
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
      name: doc.title ?? doc.name,
      published: doc.published ? stixTimestamp(doc.published) : timestamp,
      report_types: ['threat-report'],
      // object_refs must not be empty; a document with nothing extracted still names who exported it.
      object_refs: refs.length ? refs : [producer.id],
      external_references: [{ source_name: doc.outlet ?? doc.name, ...(doc.url ? { url: doc.url } : {}), external_id: doc.id }],
      x_dossier_document: doc.name,
      x_dossier_outlet: doc.outlet,
      x_dossier_published: doc.published,
      x_dossier_published_from: doc.publishedFrom,
    });
  });

  const objects = [producer, ...objectOfEntity.values(), ...reports, ...relationships];
  const bundle = { type: 'bundle', id: stixId('bundle', objects.map((o) => o.id).join(',')), objects };
  return `${JSON.stringify(bundle, null, 2)}\n`;
}

function entityObject(e: Entity, common: (type: string, name: string) => StixObject, armedBasis: string | undefined, country: string | undefined): StixObject {
  const key = `entity:${e.id}`;
  const aliases = e.aliases.filter((a) => a !== e.name);
  const extra = { x_dossier_entity_id: e.id, x_dossier_type: e.type };
  switch (e.type) {
    case 'person':
      return withoutEmpty({ ...common('identity', key), name: e.name, identity_class: 'individual', x_dossier_aliases: aliases, ...extra });
    case 'organization':
      if (armedBasis !== undefined) {
        return withoutEmpty({ ...common('threat-actor', key), name: e.name, aliases, ...extra,
          x_dossier_classification_basis: `classified as an armed group from the case's claims: ${armedBasis}` });
      }
      return withoutEmpty({ ...common('identity', key), name: e.name, identity_class: 'organization', x_dossier_aliases: aliases, ...extra });
    case 'location':
      // STIX needs a region, a country or coordinates; dossier does not geocode, so a place that is neither a country, in one,
      // nor a world region ("South Asia" → southern-asia) says region "unknown".
      return withoutEmpty({ ...common('location', key), name: e.name, ...(country ? { country } : { region: regionOf(e.name) ?? 'unknown' }),
        x_dossier_aliases: aliases, ...extra });
    case 'event':
      return withoutEmpty({ ...common('incident', key), name: e.name, x_dossier_aliases: aliases, ...extra });
    case 'work':
      // STIX 2.1 has no object for a named publication or agreement; a custom object keeps it linkable.
      return withoutEmpty({ ...common('x-dossier-work', key), name: e.name, x_dossier_aliases: aliases, ...extra });
  }
}

function relationshipObject(a: Assertion, common: (type: string, name: string) => StixObject, sourceRef: string, targetRef: string, view: CaseView): StixObject {
  const confidence = CONFIDENCE_OF_GRADE[a.grade.contested ? 'contested' : a.grade.label];
  const mentions = a.mentions.map((m) => mentionRecord(m, view));
  return withoutEmpty({
    ...common('relationship', `assertion:${a.id}`),
    relationship_type: relationshipTypeOf(a),
    source_ref: sourceRef,
    target_ref: targetRef,
    description: describeAssertion(a),
    ...(confidence === null ? {} : { confidence }),
    external_references: externalReferences(a, view),
    x_dossier_predicate: a.predicate,
    x_dossier_negated: a.negated,
    x_dossier_hedged: a.mentions.length > 0 && a.mentions.every((m) => m.hedged),
    x_dossier_hedged_share: a.grade.hedgedShare,
    x_dossier_grade: a.grade.label,
    x_dossier_grade_explanation: a.grade.explanation,
    x_dossier_contested: a.grade.contested,
    x_dossier_origins: a.originList.map((o) => o.label),
    x_dossier_source_reliability: a.grade.reliability,
    x_dossier_mentions: mentions,
  });
}

/** A sentence that keeps the claim a claim: who says it, how surely, and the evidence in quotes. */
function describeAssertion(a: Assertion): string {
  const verb = a.negated ? `NOT ${a.predicate}` : a.predicate;
  const head = `Claim: ${a.subject.name} ${verb} ${a.object.name} (${a.grade.label}; ${a.grade.explanation}).`;
  const quotes = a.mentions.map((m) => `"${m.evidenceText}" (${m.docName}; source: ${m.sourceLabel}${m.hedged ? '; hedged' : ''})`);
  return [head, ...quotes].join('\n');
}

function mentionRecord(m: AssertionMention, view: CaseView): Record<string, unknown> {
  const doc = view.documentById.get(m.docId);
  return withoutEmpty({
    document: m.docName, report_ref: stixId('report', `document:${m.docId}`), outlet: doc?.outlet ?? null, published: m.published,
    evidence: m.evidenceText, source: m.sourceLabel, hedged: m.hedged, date: m.date?.value ?? null,
    date_stated: m.date ? m.date.stated : null, role: m.role,
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

/** STIX forbids empty lists and our custom properties carry no nulls; both are dropped rather than written. */
function withoutEmpty<T extends Record<string, unknown>>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, v]) => v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0))) as T;
}
