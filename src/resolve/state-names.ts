import { link, type ResolveContext } from './resolve-context.js';
import { retyped, type TypedMention } from './retype.js';
import type { SurfaceFormCache } from './surface-form.js';
import { nameKey } from './transliteration.js';

// "the Islamic Republic of Ostria", "the Emirate of Kessa": a state's formal name is the country,
// which the guidelines type as a place, though the tagger reads "Republic" as a body.
const FORMAL_STATE = /^(?:the\s+)?(?:(?:Islamic|Federal|Democratic|People['’]s|Socialist|Arab|United|Plurinational|Bolivarian|Sovereign|Free)\s+)*(?:Republic|Emirate|Kingdom|Sultanate|Principality|Federation|Commonwealth|Confederation)\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}'’ -]*)$/u;

/** The country a formal state name names ("Islamic Republic of Ostria" → "Ostria"), or null. */
export function formalStateOf(name: string): string | null {
  return FORMAL_STATE.exec(name)?.[1] ?? null;
}

/** Types formal state names as places, keeping the reason. */
export function typeFormalStateNames<T extends TypedMention>(mentions: readonly T[], forms: SurfaceFormCache, isListedGroup: (name: string) => boolean): T[] {
  // A movement that calls itself a state ("Islamic Emirate of …") and is listed as a group stays a group.
  const states = new Set<string>();
  const typed = mentions.map((p) => {
    const country = formalStateOf(p.mention.text);
    if (country === null || isListedGroup(p.mention.text)) return p;
    states.add(nameKey(country));
    return p.type === 'location' ? p : retyped(p, 'location', forms, `"${p.mention.text}" is a state's formal name, and a state is its place`);
  });
  if (states.size === 0) return typed;
  // "Ostravia protested" after "the Islamic Republic of Ostravia": the short name of a state is the place too.
  return typed.map((p) => (p.type !== 'location' && p.form.core.length === 1 && p.form.acronym === null && states.has(p.form.key)
    ? retyped(p, 'location', forms, `"${p.mention.text}" is the short name of a state the case names formally`)
    : p));
}

/** Joins a formal state name to the short name it is built on, anywhere in the case. */
export function linkFormalStateNames(ctx: ResolveContext): void {
  const byKey = new Map<string, number>();
  ctx.mentions.forEach((p, i) => {
    if (p.type === 'location' && p.form.acronym === null && !byKey.has(p.form.key) && formalStateOf(p.mention.text) === null) byKey.set(p.form.key, i);
  });
  ctx.mentions.forEach((p, i) => {
    const country = formalStateOf(p.mention.text);
    if (country === null || p.type !== 'location') return;
    const j = byKey.get(nameKey(country));
    if (j !== undefined) link(ctx, j, i, 'formal-state-name', `"${p.mention.text}" is the formal name of "${ctx.mentions[j]!.form.name}"`);
  });
}

/**
 * Joins the names the country list gives for one country, anywhere in the case: "Burma" and
 * "Myanmar", "Turkey" and "Türkiye", "Russian Federation" and "Russia". A person-typed "Jordan" is a
 * person, and a nationality adjective is no name of its state, so neither is joined.
 */
export function linkCountryAliases(ctx: ResolveContext): void {
  const firstOf = new Map<string, number>();
  const cache = new Map<string, string | null>();
  ctx.mentions.forEach((p, i) => {
    if (p.type === 'person' || p.form.name === '') return;
    let country = cache.get(p.form.name);
    if (country === undefined) {
      country = ctx.options.isNationality(p.form.name) ? null : ctx.options.countryOf(p.form.name);
      cache.set(p.form.name, country);
    }
    if (country === null) return;
    const first = firstOf.get(country);
    if (first === undefined) firstOf.set(country, i);
    else if (ctx.union.find(first) !== ctx.union.find(i) && ctx.mentions[first]!.form.key !== p.form.key) {
      link(ctx, first, i, 'country-alias', `"${ctx.mentions[first]!.form.name}" and "${p.form.name}" are names of one country, ${country}`);
    }
  });
}
