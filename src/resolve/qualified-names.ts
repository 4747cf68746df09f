import { acronymOf } from './acronym.js';
import { SELF_NAMING_HEAD_KEYS } from './document-short-forms.js';
import type { ResolveContext } from './resolve-context.js';
import { ORGANIZATION_HEAD_NOUNS } from './text-cues.js';
import { foldCase, nameKey, tokenKey } from './transliteration.js';

const GENERIC_KEYS: ReadonlySet<string> = new Set([...ORGANIZATION_HEAD_NOUNS].map(tokenKey));

// Group names across articles that differ by one word at an edge: a place that opens the name, or the
// noun that closes it. Each is joined only when the case holds exactly one longer name that fits, the
// way linkComplementVariants treats an "of …" complement.

/**
 * Joins a group name to the one name in the case that is it opened by a place: "the Self-Defence
 * Forces" in one article, "Kessa Self-Defence Forces" in another, when no other place opens that
 * name in the case ("Kessa" and "Varn Self-Defence Forces" would be two groups, and the bare name either).
 * A nationality is no place: "National Army" is not joined to "Ostrian National Army" by this rule.
 */
export function linkPlaceQualifiedVariants(ctx: ResolveContext): void {
  const placeKeys = new Set<string>();
  ctx.mentions.forEach((p) => {
    if (p.type === 'location' && p.form.acronym === null && p.form.core.length === 1) placeKeys.add(p.form.key);
  });
  // A place the case names as one, or a country; not any word a gazetteer of towns knows ("Federal" is a town
  // somewhere), and not initials ("UN Security Council" is opened by an organisation).
  const isPlaceWord = (word: string, key: string): boolean => acronymOf(word) === null
    && (placeKeys.has(key) || (!ctx.options.isNationality(word) && ctx.options.countryOf(word) !== null));
  const qualified = new Map<string, Map<string, number>>();
  const seen = new Set<string>();
  ctx.mentions.forEach((p, i) => {
    if (p.type !== 'organization' || p.form.acronym !== null || p.form.core.length < 3 || seen.has(p.form.key)) return;
    seen.add(p.form.key);
    const first = p.form.name.split(/[\s-]+/)[0]!;
    if (!isPlaceWord(first, p.form.core[0]!)) return;
    const bare = p.form.core.slice(1).join(' ');
    const byName = qualified.get(bare) ?? qualified.set(bare, new Map()).get(bare)!;
    if (!byName.has(p.form.key)) byName.set(p.form.key, i);
  });
  if (qualified.size === 0) return;
  ctx.mentions.forEach((p, i) => {
    if (p.type !== 'organization' || p.form.acronym !== null || p.form.core.length < 2) return;
    const candidates = qualified.get(p.form.core.join(' '));
    if (candidates === undefined || candidates.size !== 1) return;
    const j = [...candidates.values()][0]!;
    if (ctx.union.union(j, i)) ctx.reasons.push({ rule: 'place-dropped', mentionIds: [ctx.mentions[j]!.mention.id, p.mention.id], detail: `"${p.form.name}" is "${ctx.mentions[j]!.form.name}" without the place that opens it, the only such name in the case` });
  });
}


/**
 * Joins a group name to the one name in the case that is it with a noun saying what kind of group it
 * is: "Varn" or "Islamic Varn" in one article, "Varn Network" or "Islamic Varn group" in another. Not
 * when the case also has "Varn Movement", and not a word that names a place ("Ostria" beside "Ostria Front").
 */
export function linkBareGroupNames(ctx: ResolveContext): void {
  const longer = new Map<string, Map<string, number>>();
  ctx.mentions.forEach((p, i) => {
    const core = p.form.core;
    if (p.type !== 'organization' || p.form.acronym !== null || core.length < 2 || !SELF_NAMING_HEAD_KEYS.has(core[core.length - 1]!)) return;
    const bare = core.slice(0, -1).join(' ');
    const byName = longer.get(bare) ?? longer.set(bare, new Map()).get(bare)!;
    if (!byName.has(p.form.key)) byName.set(p.form.key, i);
  });
  if (longer.size === 0) return;
  const places = new Set<string>();
  ctx.mentions.forEach((p) => {
    if (p.type === 'location') places.add(p.form.key);
  });
  const verdict = new Map<string, number | null>();
  ctx.mentions.forEach((p, i) => {
    if (p.type !== 'organization' || p.form.acronym !== null || p.form.core.length === 0) return;
    let j = verdict.get(p.form.key);
    if (j === undefined) {
      const candidates = longer.get(p.form.core.join(' '));
      // A one-word name may be a place's ("Ostria" beside "Ostria Front"); a longer one is a group's own.
      const namesPlace = p.form.core.length === 1 && (places.has(p.form.key) || ctx.options.countryOf(p.form.name) !== null || ctx.options.isPlace(p.form.name) || ctx.options.isNationality(p.form.name));
      j = candidates !== undefined && candidates.size === 1 && !namesPlace ? [...candidates.values()][0]! : null;
      verdict.set(p.form.key, j);
    }
    if (j !== null && ctx.union.union(j, i)) ctx.reasons.push({ rule: 'head-noun-dropped', mentionIds: [ctx.mentions[j]!.mention.id, p.mention.id], detail: `"${p.form.name}" is "${ctx.mentions[j]!.form.name}" without the noun that says what it is, the only such name in the case` });
  });
}

/**
 * "the Afghan Varnis" in one article, "the Varnis" in another: across the case a one-word group name
 * qualified by a nationality is the bare name when only one nationality qualifies that name anywhere
 * in the case, and no gazetteer lists the qualified name as another group ("Pakistani Taliban" is not
 * the "Taliban"). linkNationalityQualified does the same inside one article.
 */
export function linkNationalityQualifiedAcrossDocuments(ctx: ResolveContext): void {
  const qualified = new Map<string, { nationalities: Set<string>; first: number }>();
  ctx.mentions.forEach((p, i) => {
    if (p.type !== 'organization' || p.form.acronym !== null) return;
    const words = p.form.name.split(' ');
    // One word after the nationality, and not a generic noun: "Iraqi Security Forces" and "Ostrian Army" are
    // descriptions another article may use of another state's forces; "Afghan Taliban" names a group.
    if (words.length !== 2 || !ctx.options.isNationality(words[0]!)) return;
    const bare = nameKey(words[1]!);
    if (GENERIC_KEYS.has(bare)) return;
    const entry = qualified.get(bare) ?? qualified.set(bare, { nationalities: new Set(), first: i }).get(bare)!;
    entry.nationalities.add(foldCase(words[0]!));
  });
  if (qualified.size === 0) return;
  const lookup = ctx.options.gazetteer;
  const verdict = new Map<string, number | null>();
  ctx.mentions.forEach((p, i) => {
    if (p.type !== 'organization' || p.form.acronym !== null || p.form.key === '') return;
    let q = verdict.get(p.form.key);
    if (q === undefined) {
      const entry = qualified.get(p.form.key);
      const name = entry === undefined ? '' : ctx.mentions[entry.first]!.form.name;
      const listedApart = entry !== undefined && lookup !== null && lookup(name) !== null && lookup(name) !== lookup(p.form.name);
      q = entry !== undefined && entry.nationalities.size === 1 && !listedApart ? entry.first : null;
      verdict.set(p.form.key, q);
    }
    if (q === null || ctx.union.find(q) === ctx.union.find(i)) return;
    const name = ctx.mentions[q]!.form.name;
    if (ctx.union.union(q, i)) ctx.reasons.push({ rule: 'nationality-qualifier', mentionIds: [ctx.mentions[q]!.mention.id, p.mention.id], detail: `"${name}" is "${p.form.name}" qualified by a nationality, and no other nationality qualifies it in the case` });
  });
}
