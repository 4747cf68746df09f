import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import type { AnalyzedDocument, ClaimDate, ClaimSource, Entity, PartialDate, Predicate, ResolveResult, SourceDocument } from '../core/index.js';
import { ExportError, fitsSignature, PREDICATES } from '../core/index.js';
import { readClaimsExtension, type StixObject } from './stix-extension.js';
import { ImportedDocumentBuilder, type PendingClaim } from './stix-import-document.js';
import { importEntities, type ImportedEntity, type Skipped } from './stix-import-entities.js';
import { RELATIONSHIP_TYPE } from './stix-mapping.js';

export interface StixImport {
  readonly documents: readonly AnalyzedDocument[];
  readonly resolution: ResolveResult;
  /** Objects not brought in, each with the reason: types a case has no place for, relationships that fit no predicate. */
  readonly skipped: readonly Skipped[];
}

// STIX relationship types other tools write, read as the dossier predicate they state. `located-at` depends on who is
// placed (a place lies in a place, a group operates in one); `related-to`, `uses`, `indicates` and the like say too
// little to be one of dossier's claims and are skipped.
const PREDICATE_OF_TYPE: Readonly<Record<string, Predicate>> = {
  ...Object.fromEntries(Object.entries(RELATIONSHIP_TYPE).filter(([p]) => p !== 'operates_in' && p !== 'located_in').map(([p, t]) => [t, p as Predicate])),
  'originates-from': 'operates_in',
  'attributed-to': 'part_of',
};

const hex64 = /^[0-9a-f]{64}$/;
const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');
const str = (v: unknown): string | null => typeof v === 'string' && v.trim() !== '' ? v : null;
const dayOf = (timestamp: unknown): PartialDate | null => /^\d{4}-\d{2}-\d{2}/.exec(String(timestamp ?? ''))?.[0] ?? null;

function parseBundle(json: string, file: string): { id: string; objects: StixObject[] } {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (err) {
    throw new ExportError('INPUT_INVALID', `not JSON: ${(err as Error).message}`, { file }, { cause: err });
  }
  const bundle = value as { type?: unknown; id?: unknown; objects?: unknown };
  if (typeof bundle !== 'object' || bundle === null || bundle.type !== 'bundle' || !Array.isArray(bundle.objects)) {
    throw new ExportError('INPUT_INVALID', 'not a STIX bundle (expected {"type": "bundle", "objects": [...]})', { file });
  }
  const objects = bundle.objects.filter((o): o is StixObject => typeof o === 'object' && o !== null && typeof o.type === 'string' && typeof o.id === 'string');
  if (objects.length !== bundle.objects.length) throw new ExportError('INPUT_INVALID', 'an object without a string type and id', { file, field: 'objects' });
  return { id: str(bundle.id) ?? `bundle--${sha256(json).slice(0, 32)}`, objects: latestVersions(objects) };
}

/** A bundle may hold several versions of one object (same id, later `modified`); only the latest says what is claimed now. */
function latestVersions(objects: readonly StixObject[]): StixObject[] {
  const latest = new Map<string, StixObject>();
  for (const o of objects) {
    const held = latest.get(o.id);
    if (!held || String(o.modified ?? '') >= String(held.modified ?? '')) latest.set(o.id, o);
  }
  return [...latest.values()];
}

function predicateOf(rel: StixObject, subject: ImportedEntity): { predicate: Predicate; negated: boolean } | null {
  const own = readClaimsExtension(rel);
  if (typeof own?.predicate === 'string' && (PREDICATES as readonly string[]).includes(own.predicate)) {
    return { predicate: own.predicate as Predicate, negated: own.negated === true };
  }
  const type = String(rel.relationship_type ?? '');
  const negated = type.startsWith('not-');
  const bare = negated ? type.slice(4) : type;
  if (bare === 'located-at') return { predicate: subject.type === 'location' ? 'located_in' : 'operates_in', negated };
  const predicate = PREDICATE_OF_TYPE[bare];
  return predicate ? { predicate, negated } : null;
}

/** The document a report stands for: dossier's own come back as they were; another tool's are named, dated and published as the report says. */
function documentOfReport(report: StixObject, bundleId: string, file: string, creator: string | null): ImportedDocumentBuilder {
  const own = readClaimsExtension(report);
  const reference = Array.isArray(report.external_references) ? report.external_references[0] as Record<string, unknown> | undefined : undefined;
  const external = str(reference?.external_id);
  const name = str(report.name) ?? report.id;
  const builder = new ImportedDocumentBuilder({
    // A report dossier wrote keeps its document's id, so the case knows it as the same document and a re-import is a no-op.
    id: own && external && hex64.test(external) ? external : sha256(`stix:${bundleId}:${report.id}`),
    // dossier names a report by its document's file when the document has no title; that is no title to bring back.
    name: str(own?.document) ?? name, origin: `${file}#${report.id}`, title: own && name === str(own.document) ? null : name,
    published: own ? str(own.published) : dayOf(report.published),
    publishedFrom: own ? (str(own.published_from) as SourceDocument['publishedFrom']) : 'metadata',
    outlet: own ? str(own.outlet) : creator ?? str(reference?.source_name),
    url: str(reference?.url),
  });
  builder.addLine(name);
  if (!own && str(report.description)) builder.addLine(String(report.description));
  return builder;
}

/**
 * A STIX 2.1 bundle as documents, mentions, claims and entities a case can hold. A bundle dossier wrote comes back
 * claim for claim: each report is its document again (same id, name, outlet, date), each mention of a relationship a
 * claim in it with its evidence sentence, source, hedge, date and role. A bundle from another tool gives one claim per
 * relationship whose type dossier reads, sourced to the bundle: in each report that lists it, else in a document
 * standing for the bundle, published by whoever created the objects.
 */
export function importStixBundle(json: string, file: string): StixImport {
  const bundle = parseBundle(json, file);
  // A revoked object is withdrawn by its producer: it is no claim and names no entity.
  const skippedRevoked: Skipped[] = bundle.objects.filter((o) => o.revoked === true).map((o) => ({ id: o.id, type: o.type, reason: 'revoked by its producer' }));
  bundle.objects = bundle.objects.filter((o) => o.revoked !== true);
  const { entities, skipped } = importEntities(bundle.objects);
  skipped.push(...skippedRevoked);
  const byId = new Map(bundle.objects.map((o) => [o.id, o]));
  const creatorName = (o: StixObject | undefined): string | null => str(byId.get(String(o?.created_by_ref ?? ''))?.name);
  const builders = new Map<string, ImportedDocumentBuilder>();

  for (const report of bundle.objects.filter((o) => o.type === 'report')) builders.set(report.id, documentOfReport(report, bundle.id, file, creatorName(report)));
  let bundleDocument: ImportedDocumentBuilder | undefined;
  const standIn = (): ImportedDocumentBuilder => {
    if (bundleDocument) return bundleDocument;
    const creators = [...new Set(bundle.objects.map(creatorName).filter((n): n is string => n !== null))];
    const latest = bundle.objects.map((o) => dayOf(o.modified)).filter((d): d is string => d !== null).sort().at(-1) ?? null;
    bundleDocument = new ImportedDocumentBuilder({
      id: sha256(`stix:${bundle.id}:bundle`), name: basename(file), origin: file, title: `STIX bundle ${basename(file)}`,
      published: latest, publishedFrom: latest ? 'metadata' : null, outlet: creators.length === 1 ? creators[0]! : null, url: null,
    });
    bundleDocument.addLine(`STIX bundle ${bundle.id}${creators.length ? `, created by ${creators.join(', ')}` : ''}.`);
    return bundleDocument;
  };

  // Names are placed once every evidence sentence is in its document, so a party named in full in a later sentence is
  // found there rather than under a shorter alias.
  const placements: (() => void)[] = [];
  const reportsOf = new Map<string, ImportedDocumentBuilder[]>();
  for (const [reportId, builder] of builders) {
    for (const ref of (byId.get(reportId)?.object_refs as unknown[] | undefined) ?? []) reportsOf.set(String(ref), [...(reportsOf.get(String(ref)) ?? []), builder]);
  }
  for (const rel of bundle.objects.filter((o) => o.type === 'relationship')) {
    const subject = entities.get(String(rel.source_ref));
    const object = entities.get(String(rel.target_ref));
    if (!subject || !object) { skipped.push({ id: rel.id, type: rel.type, reason: 'a party is not an entity the case can hold' }); continue; }
    const reading = predicateOf(rel, subject);
    if (!reading) { skipped.push({ id: rel.id, type: rel.type, reason: `relationship type "${String(rel.relationship_type)}" states no dossier predicate` }); continue; }
    if (!fitsSignature(reading.predicate, subject.type, object.type)) {
      skipped.push({ id: rel.id, type: rel.type, reason: `${reading.predicate} does not join a ${subject.type} to a ${object.type}` });
      continue;
    }
    const mentions = readClaimsExtension(rel)?.mentions;
    if (Array.isArray(mentions)) {
      for (const m of mentions as Record<string, unknown>[]) placements.push(addOwnMention(m, builders.get(String(m.report_ref)) ?? standIn(), subject, object, reading, entities));
    } else {
      for (const builder of reportsOf.get(rel.id) ?? [standIn()]) placements.push(addForeignRelationship(rel, builder, subject, object, reading));
    }
  }
  for (const place of placements) place();

  // Entities a report lists without a claim are still named in it; any entity no document names goes in the stand-in.
  for (const [reportId, builder] of builders) {
    for (const ref of (byId.get(reportId)?.object_refs as unknown[] | undefined) ?? []) {
      const entity = entities.get(String(ref));
      if (entity && !builder.mentions(entity)) builder.mention(entity, [entity.name], null);
    }
  }
  const documents = [...builders.values(), ...(bundleDocument ? [bundleDocument] : [])];
  for (const entity of entities.values()) if (!documents.some((d) => d.mentions(entity))) standIn().mention(entity, [entity.name], null);
  if (bundleDocument && !documents.includes(bundleDocument)) documents.push(bundleDocument);

  const entityOfMention = new Map<string, string>();
  const analyzed = documents.map((d) => d.build(entityOfMention));
  const resolved: Entity[] = [...entities.values()].filter((e) => e.mentionIds.length > 0)
    .map((e) => ({ id: e.id, name: e.name, type: e.type, aliases: e.aliases, mentionIds: e.mentionIds,
      merges: [{ rule: 'import/stix', mentionIds: e.mentionIds, detail: `one object in ${basename(file)}: ${e.stixId}` }] }));
  return { documents: analyzed, resolution: { version: 'dossier-stix-import/1.0.0', entities: resolved, entityOfMention }, skipped };
}

type Reading = { predicate: Predicate; negated: boolean };

/** Adds the mention's evidence sentence now and returns the step that places its names and claim, run once all sentences are in. */
function addOwnMention(m: Record<string, unknown>, builder: ImportedDocumentBuilder, subject: ImportedEntity, object: ImportedEntity, reading: Reading,
  entities: ReadonlyMap<string, ImportedEntity>): () => void {
  const line = builder.addLine(str(m.evidence) ?? `${subject.name} ${reading.predicate} ${object.name}.`);
  return () => placeOwnMention(m, builder, line, subject, object, reading, entities);
}

function placeOwnMention(m: Record<string, unknown>, builder: ImportedDocumentBuilder, line: number, subject: ImportedEntity, object: ImportedEntity,
  reading: Reading, entities: ReadonlyMap<string, ImportedEntity>): void {
  // The claim's own parties: for a symmetric predicate the sentence may name them in the other order than the relationship.
  const claimSubject = entities.get(String(m.subject_ref ?? '')) ?? subject;
  const claimObject = entities.get(String(m.object_ref ?? '')) ?? object;
  // Parties first, then the source: a source's short name ("the Constabulary") must not take the span of a party's full one.
  const subjectMention = builder.mention(claimSubject, [str(m.subject_text) ?? claimSubject.name], line);
  const objectMention = builder.mention(claimObject, [str(m.object_text) ?? claimObject.name], line);
  const sourceEntity = entities.get(String(m.source_ref ?? ''));
  const kind = m.source_kind;
  const source: PendingClaim['source'] = kind === 'entity' && sourceEntity
    ? { kind: 'entity', mention: builder.mention(sourceEntity, [str(m.source_text) ?? sourceEntity.name], line) }
    : kind === 'described' ? { kind: 'described', text: str(m.source_text) ?? String(m.source ?? '').replace(/^~/, '') }
      : { kind: 'author' };
  const value = str(m.date);
  const date: ClaimDate | null = value ? {
    value, precision: (str(m.date_precision) ?? (value.length === 10 ? 'day' : value.length === 7 ? 'month' : 'year')) as ClaimDate['precision'],
    stated: m.date_stated !== false, text: str(m.date_text) ?? value,
  } : null;
  builder.addClaim({
    line, predicate: reading.predicate, negated: reading.negated, hedged: m.hedged === true, role: str(m.role), date, source,
    subject: subjectMention, object: objectMention,
  });
}

function addForeignRelationship(rel: StixObject, builder: ImportedDocumentBuilder, subject: ImportedEntity, object: ImportedEntity, reading: Reading): () => void {
  const stated = str(rel.description) ?? `${subject.name} ${String(rel.relationship_type)} ${object.name} (STIX ${rel.id}).`;
  const line = builder.addLine(stated);
  const day = dayOf(rel.start_time);
  const source: ClaimSource = { kind: 'author' };
  return () => builder.addClaim({
    line, predicate: reading.predicate, negated: reading.negated, hedged: false, role: null, source,
    date: day ? { value: day, precision: 'day', stated: true, text: String(rel.start_time) } : null,
    subject: builder.mention(subject, [subject.name], line), object: builder.mention(object, [object.name], line),
  });
}
