import type { AnalyzedDocument, EntityType, MergeReason, ResolutionOverride, ResolveResult } from '../core/index.js';
import { acronymOf } from './acronym.js';
import { linkAcronymsAcrossDocuments } from './acronym-links.js';
import { buildEntities, type Cluster } from './build-entities.js';
import { linkExactNames, linkGazetteerAliases } from './corpus-links.js';
import { linkWithinDocuments } from './document-links.js';
import { linkGenericNounsAcrossDocuments } from './generic-nouns.js';
import { linkPlaceShortFormsAcrossDocuments } from './document-short-forms.js';
import { MentionUnion } from './mention-union.js';
import { linkComplementVariants, linkOrganizationVariants, linkPersonVariants, linkSingleWordGroupVariants } from './name-variants.js';
import { linkBareGroupNames, linkNationalityQualifiedAcrossDocuments, linkPlaceQualifiedVariants } from './qualified-names.js';
import { DEFAULT_RESOLVE_OPTIONS, type ResolveOptions } from './options.js';
import { applyOverrides } from './overrides.js';
import { isFullPersonName } from './person-name.js';
import type { ParsedMention, ResolveContext } from './resolve-context.js';
import { outletNames, typeOutlets } from './outlet-types.js';
import { correctTypes } from './retype.js';
import { linkCountryAliases, linkFormalStateNames, typeFormalStateNames } from './state-names.js';
import { linkStateMilitaries } from './state-military.js';
import { SurfaceFormCache, titleBefore } from './surface-form.js';

// The passes run in this order because each reads what the one before joined:
// within a document first (context makes short names safe there), then exact and spelling-variant
// names across documents, then longer and shorter forms of person and group names, then gazetteer
// aliases and a state's armed forces named in other words, then a bare "the Army" read as in other
// articles of the same story (which needs the specific names joined first), and last the acronyms
// that no document spells out, which need every spelt-out cluster to be complete to see if one fits.
const PASSES: readonly ((ctx: ResolveContext) => void)[] = [
  linkWithinDocuments,
  linkExactNames,
  linkPlaceShortFormsAcrossDocuments,
  linkPersonVariants,
  linkOrganizationVariants,
  linkSingleWordGroupVariants,
  linkComplementVariants,
  linkPlaceQualifiedVariants,
  linkBareGroupNames,
  linkNationalityQualifiedAcrossDocuments,
  linkGazetteerAliases,
  linkStateMilitaries,
  linkFormalStateNames,
  linkCountryAliases,
  linkGenericNounsAcrossDocuments,
  linkAcronymsAcrossDocuments,
];

/** Bumped whenever resolution output changes; stored with every entity row. */
export const RESOLVER_VERSION = 'dossier-resolve/0.1.0';

/**
 * Resolves the mentions of analysed documents to entities, across documents and spellings,
 * then re-applies the analyst's overrides. Pure: the same input gives the same entities and ids.
 * Names that differ only in title, honorific or transliteration merge; kin sharing a surname do not,
 * and a branch ("… Province") never merges with its parent by name.
 * @example resolveEntities(docs).entities.find((e) => e.aliases.includes('RVF'))?.name === 'Red Valley Front'
 */
export function resolveEntities(
  documents: readonly AnalyzedDocument[],
  overrides: readonly ResolutionOverride[] = [],
  options: Partial<ResolveOptions> = {},
): ResolveResult {
  const opts: ResolveOptions = Object.freeze({ ...DEFAULT_RESOLVE_OPTIONS, ...options });
  const ctx = createContext(documents, opts);
  for (const pass of PASSES) pass(ctx);
  const clusters = applyOverrides(ctx.mentions, collectClusters(ctx), overrides);
  const { entities, entityOfMention } = buildEntities(ctx.mentions, clusters, knownTypes(opts));
  return { version: RESOLVER_VERSION, entities, entityOfMention };
}

/**
 * The type an entity must have whatever its mentions say: an organization when a name is a listed
 * armed group, a location when a name is a country (the guidelines type a state acting as an actor
 * as its place). Each name is looked up once per run.
 */
function knownTypes(opts: ResolveOptions): (names: readonly string[]) => EntityType | null {
  const cache = new Map<string, EntityType | null>();
  const typeOf = (name: string): EntityType | null => {
    let known = cache.get(name);
    if (known === undefined) {
      known = acronymOf(name) === null && opts.gazetteer !== null && opts.gazetteer(name) !== null ? 'organization'
        : opts.countryOf(name) !== null && !opts.isNationality(name) ? 'location'
        : null;
      cache.set(name, known);
    }
    return known;
  };
  return (names) => {
    let found: EntityType | null = null;
    for (const name of names) {
      const known = typeOf(name);
      if (known === 'organization') return known;
      found ??= known;
    }
    return found;
  };
}

// A case re-resolved after each ingest meets the same names again: their parses are kept between runs.
const SHARED_FORMS = new SurfaceFormCache();

function createContext(documents: readonly AnalyzedDocument[], options: ResolveOptions): ResolveContext {
  const parsed: ParsedMention[] = [];
  const docRanges: (readonly [number, number])[] = [];
  const forms = SHARED_FORMS;
  documents.forEach((doc, d) => {
    const first = parsed.length;
    const sorted = [...doc.mentions].sort((a, b) => a.start - b.start || a.end - b.end);
    for (const mention of sorted) {
      // "an Iranian-backed militia": the adjective stands for the state acting, so it is read as the country's name.
      const state = mention.rule === 'pattern/acting-state' ? options.countryOf(mention.text) : null;
      const form = forms.get(state ?? mention.text, mention.type);
      const title = mention.type === 'person' && form.titled === null ? titleBefore(doc.document.text, mention.start) : null;
      parsed.push({ mention, form, type: mention.type, doc: d, ...(title === null ? {} : { titledInText: `${title} ${form.name}` }) });
    }
    docRanges.push([first, parsed.length]);
  });
  const texts = documents.map((d) => d.document.text);
  // Outlets are typed after the votes so a name read as a place in a dateline does not outvote its manifest.
  const outlets = outletNames(documents.map((d) => d.document.outlet));
  const mentions = typeFormalStateNames(typeOutlets(correctTypes(parsed, docRanges, texts, forms, options.isPlace), texts, outlets, forms), forms, (name) => options.gazetteer !== null && options.gazetteer(name) !== null);
  const union = new MentionUnion(mentions.length);
  mentions.forEach(({ type, form }, i) => {
    if (type === 'person' && isFullPersonName(form)) union.addPersonName(i, form);
  });
  return { mentions, docRanges, texts, union, reasons: [], options };
}

function collectClusters(ctx: ResolveContext): Cluster[] {
  const byRoot = new Map<number, number[]>();
  ctx.mentions.forEach((_, i) => {
    const root = ctx.union.find(i);
    const list = byRoot.get(root);
    if (list) list.push(i);
    else byRoot.set(root, [i]);
  });
  const indexOf = new Map<string, number>();
  ctx.mentions.forEach((p, i) => indexOf.set(p.mention.id, i));
  const reasonsByRoot = new Map<number, MergeReason[]>();
  for (const reason of ctx.reasons) {
    const i = indexOf.get(reason.mentionIds[0]!);
    if (i === undefined) continue;
    const root = ctx.union.find(i);
    const list = reasonsByRoot.get(root);
    if (list) list.push(reason);
    else reasonsByRoot.set(root, [reason]);
  }
  return [...byRoot].map(([root, members]) => ({ members, reasons: reasonsByRoot.get(root) ?? [] }));
}

export { checkOverride, matchEntities, normaliseName, type OverrideCheck } from './overrides.js';
export { DEFAULT_RESOLVE_OPTIONS, type GazetteerLookup, type ResolveOptions } from './options.js';
export { nameKey } from './transliteration.js';
export { initialsOf } from './acronym.js';
export { acronymOf };
export { entitySlug } from './build-entities.js';
export { blockingKeysOf } from './blocking-keys.js';
