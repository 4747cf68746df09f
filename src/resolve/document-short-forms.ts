import { link, type ResolveContext } from './resolve-context.js';
import { ADMINISTRATIVE_NOUNS, HEAD_TRANSLATIONS, ORGANIZATION_HEAD_NOUNS } from './text-cues.js';
import { foldCase, nameKey, tokenKey } from './transliteration.js';

// Short forms of group and place names that only context makes safe, so they are linked within
// one document: to the nearest fitting name before, else (a headline, a quote in the lede) after.

// The same nouns as word keys, to test a parsed form without folding its text again.
const HEAD_NOUN_KEYS: ReadonlySet<string> = new Set([...ORGANIZATION_HEAD_NOUNS].map(tokenKey));
// Head nouns that say what kind of group carries the name before them, so the name alone is the group:
// "Varn Network", "Varn Movement". Not "Varn Police" or "Varn Ministry", which a group may run beside itself.
export const SELF_NAMING_HEAD_KEYS: ReadonlySet<string> = new Set(['group', 'network', 'movement', 'organisation', 'organization', 'militia', 'front', 'party'].map(tokenKey));
// Kinds of place a name is followed by and may be written without: "Hibra village", "the Orvel Mountains".
// Not a valley, river or lake: "the Kessa Valley" is not the region "Kessa" it runs through.
export const PLACE_KIND_NOUNS: ReadonlySet<string> = new Set([...ADMINISTRATIVE_NOUNS, 'village', 'town', 'city', 'mountains', 'hills', 'oblast', 'governorate']);
const ADMINISTRATIVE_KEYS: ReadonlySet<string> = new Set([...PLACE_KIND_NOUNS].map(tokenKey));

/** Index of the nearest mention before i that fits, else the nearest after, else -1. */
function nearest(first: number, end: number, i: number, fits: (j: number) => boolean): number {
  for (let j = i - 1; j >= first; j--) if (fits(j)) return j;
  for (let j = i + 1; j < end; j++) if (fits(j)) return j;
  return -1;
}

// The noun a group name is built on: the last word, or the word before "of" ("Directorate of Special Inquiries").
function headNoun(name: string): string {
  const words = foldCase(name).split(/\s+/);
  const of = words.findIndex((w, k) => k > 0 && (w === 'of' || w === 'for'));
  return words[of > 0 ? of - 1 : words.length - 1]!;
}

/** "The Ashfen Constabulary … the Constabulary said": a generic head noun after "the" stands for the nearest group name built on it. */
export function linkHeadNouns(ctx: ResolveContext, d: number, first: number, end: number): void {
  const text = ctx.texts[d]!;
  for (let i = first; i < end; i++) {
    const p = ctx.mentions[i]!;
    // The NER sometimes types a lone "Constabulary" as a person; the closed noun list is the safeguard, not the type.
    if (p.type === 'location' || p.form.acronym !== null || p.form.core.length !== 1) continue;
    if (!HEAD_NOUN_KEYS.has(p.form.core[0]!)) continue;
    const noun = foldCase(p.form.name);
    const hasArticle = /^the\s/i.test(p.mention.text) || /(?:^|\W)the\s+$/i.test(text.slice(Math.max(0, p.mention.start - 5), p.mention.start));
    if (!ORGANIZATION_HEAD_NOUNS.has(noun) || !hasArticle) continue;
    const j = nearest(first, end, i, (k) => {
      const q = ctx.mentions[k]!;
      return q.type !== 'person' && q.form.acronym === null && q.form.core.length >= 2 && headNoun(q.form.name) === noun;
    });
    if (j >= 0) link(ctx, j, i, 'head-noun-in-document', `"the ${p.form.name}" stands for "${ctx.mentions[j]!.form.name}", the nearest name built on it`);
  }
}

/**
 * "Ashfen Province … fighting in Ashfen": within one article a place named without its
 * administrative noun is the place named with it. Across documents, where "Varn" may be the town
 * and "Varn Province" the province around it, only linkPlaceShortFormsAcrossDocuments joins them.
 */
export function linkPlaceShortForms(ctx: ResolveContext, first: number, end: number): void {
  const bareKeyOf = new Map<number, string>();
  for (let i = first; i < end; i++) {
    const p = ctx.mentions[i]!;
    if (p.type !== 'location' || p.form.core.length < 2 || !ADMINISTRATIVE_KEYS.has(p.form.core[p.form.core.length - 1]!)) continue;
    const words = p.form.name.split(' ');
    if (PLACE_KIND_NOUNS.has(foldCase(words[words.length - 1]!))) bareKeyOf.set(i, nameKey(words.slice(0, -1).join(' ')));
  }
  if (bareKeyOf.size === 0) return;
  for (let i = first; i < end; i++) {
    const p = ctx.mentions[i]!;
    // A one-word "person" that is the bare name of a place named here is that place ("Hibra" after "Hibra village").
    const mayBePlace = p.type === 'location' || (p.type === 'person' && p.form.core.length === 1);
    if (!mayBePlace || p.form.acronym !== null || bareKeyOf.has(i)) continue;
    const j = nearest(first, end, i, (k) => bareKeyOf.get(k) === p.form.key);
    if (j >= 0) link(ctx, j, i, 'place-short-form-in-document', `"${p.form.name}" is "${ctx.mentions[j]!.form.name}" named without its administrative noun`);
  }
}

/**
 * "the Afghan Valley Front … the Valley Front": in one article a group qualified by a nationality
 * and the bare name are one, unless two nationalities qualify the name there ("Ostrian" and
 * "Varnian Valley Front" are then two groups) or a gazetteer lists the qualified name as another group.
 */
export function linkNationalityQualified(ctx: ResolveContext, first: number, end: number): void {
  const qualified = new Map<string, number[]>();
  for (let i = first; i < end; i++) {
    const p = ctx.mentions[i]!;
    if (p.type !== 'organization' || p.form.acronym !== null) continue;
    const words = p.form.name.split(' ');
    if (words.length < 2 || !ctx.options.isNationality(words[0]!)) continue;
    const bare = nameKey(words.slice(1).join(' '));
    qualified.set(bare, [...(qualified.get(bare) ?? []), i]);
  }
  for (const [bare, list] of qualified) {
    const nationalities = new Set(list.map((i) => foldCase(ctx.mentions[i]!.form.name.split(' ')[0]!)));
    if (nationalities.size > 1) continue;
    const q = list[0]!;
    const name = ctx.mentions[q]!.form.name;
    const lookup = ctx.options.gazetteer;
    const listedAs = lookup === null ? null : lookup(name);
    if (listedAs !== null && listedAs !== lookup!(name.slice(name.indexOf(' ') + 1))) continue;
    for (let i = first; i < end; i++) {
      const p = ctx.mentions[i]!;
      if (p.type !== 'organization' || p.form.acronym !== null || p.form.key !== bare) continue;
      link(ctx, q, i, 'nationality-qualifier-in-document', `"${name}" is "${p.form.name}" qualified by a nationality, and no other nationality qualifies it here`);
    }
  }
}

// Head words keyed as parsed forms key them, each with the English head it translates.
const TRANSLATED_HEADS: ReadonlyMap<string, string> = new Map([...HEAD_TRANSLATIONS].flatMap(([english, words]) => words.map((w) => [tokenKey(foldCase(w)), english] as const)));
const PARTICLE_AFTER_FIRST = /^\S+\s+(?:de|du|des|da|do|das|dos|del|della|di|al|el)\b/;

/**
 * Shorter forms of a group name within one article, each with the longer name in view:
 * - the name without its head noun: "Suqur Orvan" after "Suqur Orvan Brigade";
 * - the name without a place that opens it: "the Self-Defence Units" after "Kessa Self-Defence Units";
 * - the name without the foreign head noun that opens it: "Gardiens du Lac" after "Mouvement des Gardiens du Lac";
 * - the head word of a name that puts its head first: "the Irmandade" after "Irmandade do Morro",
 *   or that head in English: "the Brotherhood".
 */
export function linkGroupShortForms(ctx: ResolveContext, first: number, end: number): void {
  const placeKeys = new Set<string>();
  // Places written out, not initials: "UN Board of Inquiry" is not opened by a place.
  for (let i = first; i < end; i++) if (ctx.mentions[i]!.type === 'location' && ctx.mentions[i]!.form.acronym === null) placeKeys.add(ctx.mentions[i]!.form.key);
  const groups: number[] = [];
  for (let i = first; i < end; i++) {
    const q = ctx.mentions[i]!;
    if (q.type === 'organization' && q.form.acronym === null && q.form.core.length >= 2) groups.push(i);
  }
  if (groups.length === 0) return;
  const key = (words: readonly string[]): string => words.join(' ');
  const namesPlace = (name: string): boolean => placeKeys.has(nameKey(name)) || ctx.options.countryOf(name) !== null || ctx.options.isPlace(name);
  for (let i = first; i < end; i++) {
    const p = ctx.mentions[i]!;
    if (p.type === 'location' || p.form.acronym !== null || p.form.core.length === 0) continue;
    const core = key(p.form.core);
    const n = p.form.core.length;
    const fits = (j: number): string | null => {
      const q = ctx.mentions[j]!.form;
      if (j === i || q.core.length <= n) return null;
      // Not a person's name: "the Tarek Olm Brigade" is named after him, not another name for him.
      // One word only with a noun that says what the group is ("Varn Network", not "Varn Police", a body of
      // its own), and only when the word names no place ("Varnia" said is the state, not the "Varnia Army").
      if (p.type === 'organization' && q.core.length === n + 1 && key(q.core.slice(0, -1)) === core && HEAD_NOUN_KEYS.has(q.core[n]!)
        && (n >= 2 || (SELF_NAMING_HEAD_KEYS.has(q.core[n]!) && !namesPlace(p.form.name)))) return 'without its head noun';
      if (n >= 2 && q.core.length === n + 1 && key(q.core.slice(1)) === core && placeKeys.has(q.core[0]!) && p.type === 'organization') return 'without the place that opens it';
      // "Gardiens du Fleuve" for "Mouvement des Gardiens du Fleuve": the foreign head noun that opens a name, and its particle, left out.
      if (n >= 2 && p.type === 'organization' && TRANSLATED_HEADS.has(q.core[0]!) && PARTICLE_AFTER_FIRST.test(q.name)
        && (key(q.core.slice(1)) === core || (q.core.length === n + 2 && key(q.core.slice(2)) === core))) return 'without the foreign head noun that opens it';
      // "Tajdid" for "Harakat Tajdid al-Orvan": the word after a foreign head noun, where the tagger took it for a
      // person, is the group named again. A group-typed word is not: "Taliban" is not "Tehreek-e-Taliban Pakistan".
      if (n === 1 && p.type === 'person' && q.core.length >= 3 && TRANSLATED_HEADS.has(q.core[0]!) && q.core[1] === p.form.core[0]) return 'by the word after its head noun';
      if (n === 1 && p.type === 'organization' && PARTICLE_AFTER_FIRST.test(q.name)) {
        if (q.core[0] === p.form.core[0]) return 'by the head word it opens with';
        if (TRANSLATED_HEADS.get(q.core[0]!) === foldCase(p.form.name)) return 'by its head word in English';
      }
      return null;
    };
    let found = -1;
    let how: string | null = null;
    for (let k = groups.length - 1; k >= 0 && found < 0; k--) {
      const j = groups[k]!;
      if (j < i) { how = fits(j); if (how !== null) found = j; }
    }
    for (let k = 0; k < groups.length && found < 0; k++) {
      const j = groups[k]!;
      if (j > i) { how = fits(j); if (how !== null) found = j; }
    }
    if (found >= 0) link(ctx, found, i, 'group-short-form-in-document', `"${p.form.name}" is "${ctx.mentions[found]!.form.name}" named ${how}`);
  }
}

/**
 * "Tarbaq Governorate" in one article, "Tarbaq" in another: across the case a place named without
 * its administrative noun is the one place so named, when the case names exactly one such unit
 * (no "Tarbaq city" beside "Tarbaq Governorate", which would make the bare name ambiguous).
 */
export function linkPlaceShortFormsAcrossDocuments(ctx: ResolveContext): void {
  const units = new Map<string, Set<string>>();
  const firstOf = new Map<string, number>();
  ctx.mentions.forEach((p, i) => {
    if (p.type !== 'location' || p.form.acronym !== null) return;
    const words = p.form.name.split(' ');
    if (words.length < 2 || !ADMINISTRATIVE_NOUNS.has(foldCase(words[words.length - 1]!)) && !PLACE_KIND_NOUNS.has(foldCase(words[words.length - 1]!))) return;
    const bare = nameKey(words.slice(0, -1).join(' '));
    (units.get(bare) ?? units.set(bare, new Set()).get(bare)!).add(p.form.key);
    if (!firstOf.has(bare)) firstOf.set(bare, i);
  });
  ctx.mentions.forEach((p, i) => {
    if (p.type !== 'location' || p.form.acronym !== null) return;
    const forms = units.get(p.form.key);
    if (forms === undefined || forms.size !== 1) return;
    const j = firstOf.get(p.form.key)!;
    if (ctx.union.find(i) !== ctx.union.find(j)) link(ctx, j, i, 'place-short-form', `"${p.form.name}" is "${ctx.mentions[j]!.form.name}" named without its administrative noun, the only such unit in the case`);
  });
}
