import type { EntityType } from './annotation.js';

/** Why two mentions were put in one entity; shown by `dossier show` so a merge can be checked. */
export interface MergeReason {
  readonly rule: string;          // 'exact-name', 'acronym', 'transliteration', 'surname-in-document', 'override/merge', ...
  readonly mentionIds: readonly string[];
  readonly detail: string;        // '"LeT" is the initials of "Lashkar-e-Taiba"'
}

/** A real-world referent, resolved across documents and spellings. */
export interface Entity {
  readonly id: string;
  readonly name: string;
  readonly type: EntityType;
  readonly aliases: readonly string[];
  readonly mentionIds: readonly string[];
  readonly merges: readonly MergeReason[];
}

/** An analyst's decision that resolution must respect on every later run. */
export type ResolutionOverride =
  | { readonly kind: 'merge'; readonly names: readonly [string, string] }
  | { readonly kind: 'split'; readonly entityName: string; readonly alias: string }
  /** The entity has this type whatever its mentions say ("Tarsk Highlands" is a place, not a group). */
  | { readonly kind: 'retype'; readonly entityName: string; readonly type: EntityType };

export interface ResolveResult {
  /** Resolver version that produced the entities, stored beside them like the extractor's. */
  readonly version?: string;
  readonly entities: readonly Entity[];
  /** Mention.id → Entity.id for every mention. */
  readonly entityOfMention: ReadonlyMap<string, string>;
}
