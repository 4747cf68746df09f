import { ENTITY_TYPES, type EntityType } from '../core/index.js';
import { entitySlug } from '../resolve/index.js';
import { readClaimsExtension, WORK_TYPE, type StixObject } from './stix-extension.js';

/** An entity being imported; its mentions are added as documents place its names. */
export interface ImportedEntity {
  readonly id: string;
  readonly stixId: string;
  readonly name: string;
  readonly type: EntityType;
  /** Every name, the main one first. */
  readonly aliases: readonly string[];
  readonly mentionIds: string[];
}

export interface Skipped { readonly id: string; readonly type: string; readonly reason: string }

/** STIX types that name an actor, a place, an event or a work; everything else (malware, indicators, …) has no place in a case. */
const TYPE_OF_STIX: Readonly<Record<string, EntityType>> = {
  'threat-actor': 'organization',
  'intrusion-set': 'organization',
  location: 'location',
  incident: 'event',
  campaign: 'event',
  [WORK_TYPE]: 'work',
};

const strings = (value: unknown): string[] => Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v.trim() !== '') : [];
const text = (value: unknown): string | null => typeof value === 'string' && value.trim() !== '' ? value.trim() : null;

/** A location may carry no name; its most specific place field names it instead. */
function nameOf(o: StixObject): string | null {
  if (o.type !== 'location') return text(o.name);
  return text(o.name) ?? text(o.city) ?? text(o.administrative_area) ?? text(o.country) ?? text(o.region);
}

function typeOf(o: StixObject): EntityType | string {
  const declared = readClaimsExtension(o)?.entity_type;
  if (typeof declared === 'string' && (ENTITY_TYPES as readonly string[]).includes(declared)) return declared as EntityType;
  if (o.type === 'identity') {
    const kind = o.identity_class;
    if (kind === 'individual') return 'person';
    // A system identity is software, such as the tool that wrote the bundle; it is no party to any claim.
    if (kind === 'system') return 'a system identity (software, such as the exporter)';
    return 'organization';
  }
  return TYPE_OF_STIX[o.type] ?? `no dossier entity type for STIX ${o.type}`;
}

/**
 * The entities of a bundle: dossier's own objects keep their dossier id, type and names (from the claims extension);
 * other tools' threat actors, intrusion sets, identities, locations, incidents and campaigns become organizations,
 * people, places and events with ids made the way dossier makes them. Identities that only say who created objects
 * are the documents' publisher, not entities.
 */
export function importEntities(objects: readonly StixObject[]): { entities: Map<string, ImportedEntity>; skipped: Skipped[] } {
  const referenced = new Set<string>();
  for (const o of objects) {
    if (o.type === 'relationship') referenced.add(String(o.source_ref)).add(String(o.target_ref));
    for (const ref of strings(o.object_refs)) referenced.add(ref);
  }
  const entities = new Map<string, ImportedEntity>();
  const skipped: Skipped[] = [];
  const usedIds = new Set<string>();
  for (const o of objects) {
    if (o.type === 'relationship' || o.type === 'report' || o.type === 'extension-definition' || o.type === 'marking-definition') continue;
    const type = typeOf(o);
    if (!(ENTITY_TYPES as readonly string[]).includes(type)) { skipped.push({ id: o.id, type: o.type, reason: type }); continue; }
    const name = nameOf(o);
    if (name === null) { skipped.push({ id: o.id, type: o.type, reason: 'no name' }); continue; }
    if (o.type === 'identity' && !referenced.has(o.id)) { skipped.push({ id: o.id, type: o.type, reason: 'only the creator of other objects (kept as their publisher)' }); continue; }
    const extension = readClaimsExtension(o);
    const own = text(extension?.entity_id);
    let id = own ?? entitySlug(type as EntityType, name);
    for (let n = 2; usedIds.has(id); n++) id = `${own ?? entitySlug(type as EntityType, name)}-${n}`;
    usedIds.add(id);
    const aliases = [...new Set([name, ...strings(extension?.aliases), ...strings(o.aliases), ...strings(o.x_mitre_aliases)])];
    entities.set(o.id, { id, stixId: o.id, name, type: type as EntityType, aliases, mentionIds: [] });
  }
  return { entities, skipped };
}
