import { uuidV5 } from './uuid-v5.js';

/**
 * dossier's STIX 2.1 extensions. STIX 2.1 deprecates bare custom objects (`x-…`) and properties (`x_…`) in favour of
 * extension definitions (§7.3): an object that carries dossier's claim data names the definition in its `extensions`
 * dictionary, and a consumer can look the definition up in the same bundle. Ids are fixed, so every export and every
 * version of dossier that keeps the same meaning refers to the same definitions.
 */
export const CLAIMS_EXTENSION_ID = `extension-definition--${uuidV5('stix-extension:dossier-claims')}`;
export const WORK_EXTENSION_ID = `extension-definition--${uuidV5('stix-extension:dossier-work')}`;
/** The new SDO for a named work (a magazine, a report, an agreement): STIX 2.1 has no object for one. */
export const WORK_TYPE = 'dossier-work';

// The definitions change only when their meaning does; their timestamps are the version's, not the case's.
const DEFINED = '2026-12-07T00:00:00.000Z';
const VERSION = '1.0.0';

const CLAIMS_SCHEMA = [
  'dossier claims, version 1.0.0. A property-extension: the properties sit in the object\'s extensions entry under this definition\'s id.',
  'On every entity object: entity_id (dossier id), entity_type (person|organization|location|event|work), aliases (other names), classification_basis (why an organization is a threat-actor).',
  'On a relationship (one assertion: subject, predicate, object, negation across documents): predicate (dossier predicate), negated (true: the sources deny the link; relationship_type is then not-<type>),',
  'hedged (every mention hedged), hedged_share (0..1), grade (corroborated|single-origin|mostly-hedged|contested|unsourced), grade_explanation, contested, origins (labels of the independent origins),',
  'source_reliability (the analyst\'s Admiralty letter A-F), mentions: one per claim mention, with document, report_ref, outlet, published, evidence (the sentence), source (as worded),',
  'source_kind (author|entity|described), source_ref (the entity object, when an entity is the source), source_text (its words in the document), hedged, date, date_precision (year|month|day), date_stated, date_text,',
  'role (a title such as "chief"), subject_ref and object_ref (the claim\'s own parties, which for a symmetric predicate may be the relationship\'s in the other order), subject_text and object_text (the names as the document writes them).',
  'On a report: document (file name), outlet, published (partial date as known), published_from (manifest|metadata|dateline).',
].join(' ');

const WORK_SCHEMA = [
  'dossier named work, version 1.0.0. A new-sdo of type dossier-work: a named publication, report or agreement that the reporting mentions.',
  'Properties: the STIX common properties, name (required), aliases (optional list of other names), description (optional).',
].join(' ');

export type StixObject = Record<string, unknown> & { readonly type: string; readonly id: string };

/** The two definitions, created by the exporting identity; a bundle carries them so it reads on its own. */
export function extensionDefinitions(producerRef: string): StixObject[] {
  const common = { type: 'extension-definition', spec_version: '2.1', created: DEFINED, modified: DEFINED, created_by_ref: producerRef, version: VERSION };
  return [
    { ...common, id: CLAIMS_EXTENSION_ID, name: 'dossier claims', schema: CLAIMS_SCHEMA, extension_types: ['property-extension'],
      description: 'How dossier keeps a claim a claim: who says it, how surely, whether it is denied, and the evidence sentence.' },
    { ...common, id: WORK_EXTENSION_ID, name: 'dossier named work', schema: WORK_SCHEMA, extension_types: ['new-sdo'],
      description: 'A named publication, report or agreement, which STIX 2.1 has no object for.' },
  ];
}

/** The `extensions` entry that puts dossier's properties on an object; empty values are dropped, as STIX forbids empty lists. */
export function claimsExtension(properties: Record<string, unknown>): Record<string, unknown> {
  return { [CLAIMS_EXTENSION_ID]: { extension_type: 'property-extension', ...withoutEmpty(properties) } };
}

/** What dossier wrote on an object, or undefined for an object from another tool. */
export function readClaimsExtension(object: Record<string, unknown>): Readonly<Record<string, unknown>> | undefined {
  const extensions = object.extensions;
  if (typeof extensions !== 'object' || extensions === null) return undefined;
  const entry = (extensions as Record<string, unknown>)[CLAIMS_EXTENSION_ID];
  return typeof entry === 'object' && entry !== null ? entry as Record<string, unknown> : undefined;
}

/** STIX forbids empty lists, and dossier's properties carry no nulls; both are dropped rather than written. */
export function withoutEmpty<T extends Record<string, unknown>>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, v]) => v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0))) as T;
}
