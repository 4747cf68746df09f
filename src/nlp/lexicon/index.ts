import { readFileSync } from 'node:fs';

// The gazetteers are data files beside this module, written by scripts/build-gazetteers.ts; see
// PROVENANCE.md here. They are read once, on first use, from the source folder (tsc does not copy
// data files into dist/), so every path is resolved from the repository root.
const LEXICON_DIR = new URL('../../../../src/nlp/lexicon/', import.meta.url);
const readLexicon = (name: string): string => readFileSync(new URL(name, LEXICON_DIR), 'utf8');

export interface CountryEntry {
  readonly code: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly demonyms: readonly string[];
  readonly source: string;
}

export interface ArmedGroupEntry {
  /** UN reference number, e.g. QDe.118. */
  readonly ref: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly list: string;
  readonly listedOn: string;
  readonly source: string;
}

interface PersonNames {
  readonly first: readonly string[];
  readonly last: readonly string[];
  readonly honorifics: readonly string[];
  /** Name parts of individuals on the UN list (see PROVENANCE.md). */
  readonly unGiven: readonly string[];
  readonly unFamily: readonly string[];
}

/**
 * Normalises a name for lookup: case, accents, curly quotes, hyphens and a leading "the" do not matter
 * ("the Lashkar-e-Taiba" and "LASHKAR E TAIBA" meet), matching how the eval scorer pairs names.
 */
export function normalizeName(name: string): string {
  const cached = normalized.get(name);
  if (cached !== undefined) return cached;
  if (normalized.size > 100_000) normalized.clear();
  const result = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\u0131/g, 'i')
    .replace(/[\u2018\u2019`]/g, "'").replace(/'s\b/g, '').replace(/[\u2010-\u2015-]/g, ' ').replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .replace(/\s+/g, ' ').trim().replace(/^the /, '');
  normalized.set(name, result);
  return result;
}
// Names recur within and across documents; the lookups below normalise the same strings many times.
const normalized = new Map<string, string>();

let countries: readonly CountryEntry[] | null = null;
/** The 250 countries of world-countries with English names, aliases and demonyms. */
export function listCountries(): readonly CountryEntry[] {
  countries ??= JSON.parse(readLexicon('countries.json')) as CountryEntry[];
  return countries;
}

let armedGroups: readonly ArmedGroupEntry[] | null = null;
/**
 * Entities on the UN Security Council Consolidated List. A trailing acronym in the listed name
 * ("TEHRIK-E TALIBAN PAKISTAN (TTP)") becomes an alias of its own, since news text uses either.
 */
export function listArmedGroups(): readonly ArmedGroupEntry[] {
  armedGroups ??= (JSON.parse(readLexicon('armed-groups.json')) as ArmedGroupEntry[]).map((entry) => {
    const acronym = /^(.*\S)\s*\(([^()]+)\)$/.exec(entry.name);
    if (!acronym) return entry;
    // "AL-HARAMAIN FOUNDATION (PAKISTAN)": a country in brackets says where the branch is, it is no alias;
    // taken as one, every mention of the country would look like a listed group.
    if (findCountry(acronym[2]!)) return { ...entry, name: acronym[1]! };
    return { ...entry, name: acronym[1]!, aliases: [...new Set([acronym[2]!, ...entry.aliases])] };
  });
  return armedGroups;
}

let places: readonly string[] | null = null;
/** Names of populated places (GeoNames, population ≥ 15,000). */
export function listPlaceNames(): readonly string[] {
  places ??= readLexicon('places.tsv').split('\n').filter((l) => l !== '' && !l.startsWith('#')).map((l) => l.slice(0, l.indexOf('\t')));
  return places;
}

let regions: readonly string[] | null = null;
/** Provinces, states, continents and world regions (lower case). */
export function listRegionNames(): readonly string[] {
  regions ??= readLexicon('regions.tsv').split('\n').filter((l) => l !== '' && !l.startsWith('#')).map((l) => l.slice(0, l.indexOf('\t')));
  return regions;
}

let personNames: PersonNames | null = null;
/** Given names, surnames and honorifics (lower case). */
export function listPersonNames(): PersonNames {
  personNames ??= JSON.parse(readLexicon('person-names.json')) as PersonNames;
  return personNames;
}

let placeSet: ReadonlySet<string> | null = null;
/** True for a populated place, province, region or country name ("Quetta", "Central Asia"). */
export function isPlaceName(name: string): boolean {
  placeSet ??= new Set([...listPlaceNames(), ...listRegionNames(), ...listCountries().flatMap((c) => [c.name, ...c.aliases])].map(normalizeName));
  return placeSet.has(normalizeName(name));
}

let commonSet: ReadonlySet<string> | null = null;
/** True for a lower-case dictionary word that is not a name ("black", "warning"). */
export function isCommonWord(word: string): boolean {
  commonSet ??= new Set(listCommonWords());
  return commonSet.has(word.toLowerCase());
}

let demonymSet: ReadonlySet<string> | null = null;
/** True for a nationality or ethnic adjective of a country ("Pakistani", "afghans"): such words name no entity. */
export function isDemonym(word: string): boolean {
  demonymSet ??= new Set(listCountries().flatMap((c) => c.demonyms.flatMap((d) => [normalizeName(d), `${normalizeName(d)}s`])));
  return demonymSet.has(normalizeName(word));
}

let countryIndex: ReadonlyMap<string, CountryEntry> | null = null;
/** The country a name or alias denotes ("Islamic Republic of Pakistan" → Pakistan), or null. */
export function findCountry(name: string): CountryEntry | null {
  countryIndex ??= new Map(listCountries().flatMap((c) => [c.name, ...c.aliases].map((n) => [normalizeName(n), c] as const)));
  return countryIndex.get(normalizeName(name)) ?? null;
}

let organizations: readonly string[] | null = null;
/** Companies, media outlets, agencies and sports teams (lower case). */
export function listOrganizationNames(): readonly string[] {
  organizations ??= readLexicon('organizations.txt').split('\n').filter((l) => l !== '' && !l.startsWith('#'));
  return organizations;
}

let commonWords: readonly string[] | null = null;
/** Lower-case dictionary words that are not names. */
export function listCommonWords(): readonly string[] {
  commonWords ??= readLexicon('common-words.txt').split('\n').filter((l) => l !== '' && !l.startsWith('#'));
  return commonWords;
}

/**
 * A spelling-tolerant key for names transliterated from Arabic, Urdu or Pashto: vowels, y/w,
 * connectors and doubled letters vary between sources ("Lashkar-e-Tayyiba", "Lashkar-i-Taiba",
 * "Tehreek"/"Tehrik") while the consonant skeleton stays. Keeps the first letter of each word.
 */
export function nameSkeleton(name: string): string {
  return normalizeName(name).split(' ').filter((w) => !['e', 'i', 'ul', 'al', 'el', 'of', 'and'].includes(w))
    .map((w) => w.charAt(0) + w.slice(1).replace(/[aeiouyw']/g, '')).join('').replace(/(.)\1+/g, '$1');
}

let groupIndex: { exact: Map<string, ArmedGroupEntry>; skeleton: Map<string, ArmedGroupEntry | null> } | null = null;
/**
 * The designated entity a name or alias denotes, e.g. "Lashkar-e-Toiba" → QDe.118; null when unlisted.
 * Falls back to the consonant skeleton for names of two words or more and seven skeleton letters or
 * more, and only when that skeleton points at one entity.
 */
export function findArmedGroup(name: string): ArmedGroupEntry | null {
  if (groupIndex === null) {
    const exact = new Map<string, ArmedGroupEntry>();
    const skeleton = new Map<string, ArmedGroupEntry | null>();
    for (const group of listArmedGroups()) {
      for (const n of [group.name, ...group.aliases]) {
        if (!exact.has(normalizeName(n))) exact.set(normalizeName(n), group);
        const key = nameSkeleton(n);
        const seen = skeleton.get(key);
        skeleton.set(key, seen === undefined || seen === group ? group : null);
      }
    }
    groupIndex = { exact, skeleton };
  }
  const known = groupFound.get(name);
  if (known !== undefined) return known;
  if (groupFound.size > 100_000) groupFound.clear();
  const found = groupIndex.exact.get(normalizeName(name)) ?? bySkeleton(name, groupIndex.skeleton);
  groupFound.set(name, found);
  return found;
}
// The post-rules ask about the same spans many times, and a span that is no group (most) costs a
// consonant skeleton: ~1% of extraction before the answers were kept.
const groupFound = new Map<string, ArmedGroupEntry | null>();

function bySkeleton(name: string, skeleton: ReadonlyMap<string, ArmedGroupEntry | null>): ArmedGroupEntry | null {
  if (normalizeName(name).split(' ').length < 2) return null;
  const key = nameSkeleton(name);
  return key.length < 7 ? null : skeleton.get(key) ?? null;
}

export { headFirstKind, isNameParticle } from './name-heads.js';
