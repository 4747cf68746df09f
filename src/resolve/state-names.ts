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
