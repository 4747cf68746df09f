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

const normalise = (name: string): string => name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/^the\s+/, '').replace(/[^a-z]+/g, ' ').trim();

/** ISO code when `name` is a country's English name ("Pakistan" → "PK"), else undefined. */
export function countryCodeOf(name: string): string | undefined {
  byName ??= buildIndex();
  return byName.get(normalise(name));
}

/** Country codes for locations that are countries, or lie (per a non-negated located_in claim) in one. */
export function containingCountries(view: CaseView): Map<string, string> {
  const codes = new Map<string, string>();
  for (const e of view.entities) {
    if (e.type !== 'location') continue;
    const code = countryCodeOf(e.name);
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
