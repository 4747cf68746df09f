import { findCountry, isDemonym, isPlaceName, listArmedGroups, listCountries } from '../nlp/index.js';
import { acronymOf } from './acronym.js';
import { nameKey } from './transliteration.js';

/** Looks a name up in a gazetteer: the id of the listed entity it names, or null. */
export type GazetteerLookup = (name: string) => string | null;

export const DEFAULT_RESOLVE_OPTIONS: ResolveOptions = Object.freeze({
  maxBlockSize: 500,           // names compared per blocking key; a bigger block is skipped (left apart), not scanned
  gazetteer: listedArmedGroup, // names the UN consolidated list gives as one designated entity; null = none
  isNationality: isDemonym,    // "Afghan", "Pakistani": words that qualify a group by nationality
  countryOf: countryOfName,    // "Pakistani" / "Pakistan" → the country's name; null for anything else
  isPlace: isPlaceName,        // towns of 15,000 people or more, regions and countries (GeoNames, world-countries)
});

export interface ResolveOptions {
  readonly maxBlockSize: number;
  readonly gazetteer: GazetteerLookup | null;
  readonly isNationality: (word: string) => boolean;
  readonly countryOf: (name: string) => string | null;
  readonly isPlace: (name: string) => boolean;
}

let listedIndex: ReadonlyMap<string, string> | null = null;

/**
 * The UN list reference of the designated group a name denotes ("QDe.118"), or null. Matched by
 * nameKey, so the list's "Lashkar-i-Taiba" also finds "Lashkar-e-Taiba". Acronyms and country
 * names are left out: the list's "ISI" is an old name of a group in Iraq, and a bracketed
 * "(PAKISTAN)" after a listed charity's name names the branch's country, not the charity.
 * A key two entries share is dropped rather than guessed.
 */
export function listedArmedGroup(name: string): string | null {
  if (listedIndex === null) {
    const index = new Map<string, string>();
    for (const group of listArmedGroups()) {
      for (const listed of [group.name, ...group.aliases]) {
        if (acronymOf(listed) !== null || findCountry(listed) !== null) continue;
        const key = nameKey(listed.replace(/['’]s\b/gi, ''));
        if (key === '') continue;
        const known = index.get(key);
        index.set(key, known === undefined || known === group.ref ? group.ref : '');
      }
    }
    listedIndex = index;
  }
  return listedIndex.get(nameKey(name)) || null;
}

let demonymIndex: ReadonlyMap<string, string> | null = null;

/** The country a name or its nationality adjective denotes ("Pakistani" and "Pakistan" → "Pakistan"), or null. */
export function countryOfName(name: string): string | null {
  const country = findCountry(name);
  if (country !== null) return country.name;
  demonymIndex ??= new Map(listCountries().flatMap((c) => c.demonyms.map((d) => [d.toLowerCase(), c.name] as const)));
  return demonymIndex.get(name.toLowerCase()) ?? null;
}
