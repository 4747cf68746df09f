import type { CaseView } from './case-view.js';

/**
 * English country name → ISO 3166-1 alpha-2, from the ICU data Node ships (Intl.DisplayNames), so no country list
 * has to be kept in the repo. Built lazily on first use: 676 two-letter probes.
 */
let byName: Map<string, string> | null = null;

function buildIndex(): Map<string, string> {
  const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
  const index = new Map<string, string>();
  for (let i = 0; i < 26; i++) {
    for (let j = 0; j < 26; j++) {
      const code = String.fromCharCode(65 + i, 65 + j);
      const name = names.of(code);
      // Unassigned codes come back as the code itself (fallback: 'code').
      if (!name || name === code) continue;
      // Pseudo-regions (EU, UN, "Unknown Region") are not countries.
      if (['EU', 'EZ', 'UN', 'ZZ', 'QO', 'XA', 'XB'].includes(code)) continue;
      // First code wins: FR before FX ("Metropolitan France" is also shown as France).
      if (!index.has(normalise(name))) index.set(normalise(name), code);
    }
  }
  return index;
}

/** Short and former names news still uses that ICU's English names do not cover. */
const EXTRA_NAMES: Readonly<Record<string, string>> = {
  us: 'US', usa: 'US', 'u s': 'US', 'u s a': 'US', 'united states of america': 'US', america: 'US',
  uk: 'GB', 'u k': 'GB', britain: 'GB', 'great britain': 'GB',
  turkey: 'TR', burma: 'MM', 'ivory coast': 'CI', 'czech republic': 'CZ', 'east timor': 'TL', swaziland: 'SZ',
  palestine: 'PS', 'republic of korea': 'KR', 'democratic republic of the congo': 'CD', drc: 'CD', uae: 'AE',
};

/** Names of the UN M49 regions STIX's region-ov vocabulary uses, as news writes them. */
const REGIONS: Readonly<Record<string, string>> = {
  africa: 'africa', 'east africa': 'eastern-africa', 'eastern africa': 'eastern-africa', 'north africa': 'northern-africa',
  'northern africa': 'northern-africa', 'west africa': 'western-africa', 'western africa': 'western-africa',
  'southern africa': 'southern-africa', 'central africa': 'middle-africa', sahel: 'western-africa',
  americas: 'americas', 'latin america': 'latin-america-caribbean', 'south america': 'south-america', caribbean: 'caribbean',
  'central america': 'central-america', 'north america': 'northern-america',
  asia: 'asia', 'central asia': 'central-asia', 'east asia': 'eastern-asia', 'eastern asia': 'eastern-asia',
  'south asia': 'southern-asia', 'southern asia': 'southern-asia', 'southeast asia': 'south-eastern-asia',
  'south east asia': 'south-eastern-asia', 'west asia': 'western-asia', 'western asia': 'western-asia',
  europe: 'europe', 'eastern europe': 'eastern-europe', 'western europe': 'western-europe', 'northern europe': 'northern-europe',
  'southern europe': 'southern-europe', oceania: 'oceania', antarctica: 'antarctica',
};

/** STIX region-ov value when `name` is a world region ("South Asia" → "southern-asia"), else undefined. */
export function regionOf(name: string): string | undefined {
  return REGIONS[normalise(name)];
}

const normalise = (name: string): string => name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/^the\s+/, '').replace(/[^a-z]+/g, ' ').trim();

/** ISO code when `name` is a country's English name ("Pakistan" → "PK"), else undefined. */
export function countryCodeOf(name: string): string | undefined {
  byName ??= buildIndex();
  const key = normalise(name);
  return byName.get(key) ?? EXTRA_NAMES[key];
}

/** Country codes for locations that are countries, or lie (per a non-negated located_in claim) in one. */
export function containingCountries(view: CaseView): Map<string, string> {
  const codes = new Map<string, string>();
  for (const e of view.entities) {
    if (e.type !== 'location') continue;
    const code = [e.name, ...e.aliases].map(countryCodeOf).find((c) => c !== undefined);
    if (code) codes.set(e.id, code);
  }
  const parent = new Map<string, string>();
  for (const a of view.assertions) if (a.predicate === 'located_in' && !a.negated && !parent.has(a.subject.id)) parent.set(a.subject.id, a.object.id);
  for (const e of view.entities) {
    if (e.type !== 'location' || codes.has(e.id)) continue;
    const visited = new Set<string>([e.id]);
    for (let at = parent.get(e.id); at !== undefined && !visited.has(at); at = parent.get(at)) {
      visited.add(at);
      const code = codes.get(at);
      if (code) { codes.set(e.id, code); break; }
    }
  }
  return codes;
}
