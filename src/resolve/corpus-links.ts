import type { MergeReason } from '../core/index.js';
import { fullNameRelation, isFullPersonName, personKey } from './person-name.js';
import type { ParsedMention, ResolveContext } from './resolve-context.js';
import { foldCase, skeleton } from './transliteration.js';

/**
 * Links mentions across documents by name alone. Blocking keeps this linear: mentions meet only
 * under a shared key (the spelling-insensitive name, or a person's first and last word), never all pairs.
 */
export function linkExactNames(ctx: ResolveContext): void {
  const groups = new Map<string, number[]>();
  const add = (key: string, i: number): void => {
    const list = groups.get(key);
    if (list) list.push(i);
    else groups.set(key, [i]);
  };
  ctx.mentions.forEach(({ mention, form }, i) => {
    if (form.key === '' || form.acronym !== null) return;
    if (mention.type === 'person') {
      // A lone surname is never enough across documents: two Olms may be father and son.
      if (!isFullPersonName(form)) return;
      add(`p:${personKey(form)}`, i);
      if (form.core.length >= 2) add(`w:${form.key}`, i);
    } else {
      add(`${form.core.length >= 2 ? 'w' : 'n'}:${form.key}`, i);
    }
  });
  for (const [key, members] of groups) {
    if (members.length > 1) linkGroup(ctx, key, members);
  }
}

/** Joins a group of same-key mentions to its first one and records one reason per way of writing it. */
function linkGroup(ctx: ResolveContext, key: string, members: readonly number[]): void {
  const first = members[0]!;
  const head = ctx.mentions[first]!;
  const byRule = new Map<string, { rule: string; ids: string[]; variant: string }>();
  for (const i of members) {
    const p = ctx.mentions[i]!;
    if (i !== first && !ctx.union.union(first, i)) {
      if (ctx.union.find(first) !== ctx.union.find(i)) continue;   // refused: conflicting person names
    }
    const rule = variantRule(head, p, key);
    const slot = `${rule}|${p.form.name}`;
    const entry = byRule.get(slot) ?? { rule, ids: rule === 'exact-name' ? [] : [head.mention.id], variant: p.form.name };
    entry.ids.push(p.mention.id);
    byRule.set(slot, entry);
  }
  for (const { rule, ids, variant } of byRule.values()) {
    if (ids.length < 2) continue;
    ctx.reasons.push(reasonFor(rule, ids, head.form.name, variant));
  }
}

function variantRule(head: ParsedMention, p: ParsedMention, key: string): string {
  const letters = (s: string): string => foldCase(s).replace(/[^a-z0-9]/g, '');
  if (p.form.name === head.form.name) return 'exact-name';
  if (key.startsWith('p:') && p.form.key !== head.form.key) return 'honorific-dropped';
  return letters(p.form.name) === letters(head.form.name) ? 'spelling-variant' : 'transliteration';
}

function reasonFor(rule: string, ids: readonly string[], name: string, variant: string): MergeReason {
  switch (rule) {
    case 'exact-name': return { rule, mentionIds: ids, detail: `"${name}" is written the same way in ${ids.length} mentions` };
    case 'honorific-dropped': return { rule, mentionIds: ids, detail: `"${variant}" and "${name}" differ only by an honorific` };
    case 'spelling-variant': return { rule, mentionIds: ids, detail: `"${variant}" and "${name}" differ only in case, hyphens or spacing` };
    default: return { rule, mentionIds: ids, detail: `"${variant}" and "${name}" are spellings of one name (vowels, doubled letters, connectors)` };
  }
}

/**
 * Joins full person names that name one person in different lengths or spellings: a middle name
 * dropped, a tribal name added, Mohammad / Muhammad. A shorter name that fits two people who are
 * not one is left alone rather than guessed.
 */
export function linkPersonVariants(ctx: ResolveContext): void {
  const names = new Map<string, number>();
  ctx.mentions.forEach(({ mention, form }, i) => {
    if (mention.type === 'person' && form.core.length >= 2 && form.acronym === null && !names.has(personKey(form))) names.set(personKey(form), i);
  });
  const firstLast = new Map<string, number[]>();
  const firstSecond = new Map<string, number[]>();
  const push = (map: Map<string, number[]>, key: string, i: number): void => {
    const list = map.get(key);
    if (list) list.push(i);
    else map.set(key, [i]);
  };
  for (const i of names.values()) {
    const core = ctx.mentions[i]!.form.core;
    push(firstLast, `${skeleton(core[0]!)}|${skeleton(core[core.length - 1]!)}`, i);
    push(firstSecond, `${skeleton(core[0]!)}|${skeleton(core[1]!)}`, i);
  }
  const ordered = [...names.values()].sort((a, b) => ctx.mentions[a]!.form.core.length - ctx.mentions[b]!.form.core.length || a - b);
  for (const s of ordered) {
    const form = ctx.mentions[s]!.form;
    const core = form.core;
    const block = new Set([
      ...(firstLast.get(`${skeleton(core[0]!)}|${skeleton(core[core.length - 1]!)}`) ?? []),
      ...(firstSecond.get(`${skeleton(core[0]!)}|${skeleton(core[1]!)}`) ?? []),
    ]);
    if (block.size > ctx.options.maxBlockSize) continue;
    const fits = [...block].filter((l) => l !== s && ctx.mentions[l]!.form.core.length >= core.length && fullNameRelation(form, ctx.mentions[l]!.form) !== null);
    const roots = new Set(fits.map((l) => ctx.union.find(l)));
    roots.delete(ctx.union.find(s));
    if (roots.size === 0) continue;
    // "Tarek Olm" fits both "Tarek Ansel Olm" and "Tarek Bruno Olm": two people, so neither is chosen.
    const consistent = fits.every((a) => fits.every((b) => a === b || fullNameRelation(ctx.mentions[a]!.form, ctx.mentions[b]!.form) !== null));
    if (!consistent) continue;
    for (const l of fits) {
      const relation = fullNameRelation(form, ctx.mentions[l]!.form)!;
      const long = ctx.mentions[l]!.form.name;
      const rule = relation === 'same-name' ? 'transliteration' : relation;
      const detail = relation === 'same-name' ? `"${form.name}" and "${long}" are spellings of one name`
        : relation === 'name-extended' ? `"${long}" is "${form.name}" with a further name added`
        : `"${form.name}" is "${long}" without a middle name`;
      if (ctx.union.union(s, l)) ctx.reasons.push({ rule, mentionIds: [ctx.mentions[l]!.mention.id, ctx.mentions[s]!.mention.id], detail });
    }
  }
}

/**
 * Joins mentions a gazetteer lists as one entity ("Al Qaeda" and "The Base" on the UN list).
 * Only exact listed names count, so a branch listed apart from its parent stays apart.
 */
export function linkGazetteerAliases(ctx: ResolveContext): void {
  const lookup = ctx.options.gazetteer;
  if (lookup === null) return;
  const firstOf = new Map<string, number>();
  const cache = new Map<string, string | null>();
  ctx.mentions.forEach(({ form, mention }, i) => {
    for (const name of [form.name, form.bracketed]) {
      if (name === null || name === '') continue;
      let id = cache.get(name);
      if (id === undefined) {
        id = lookup(name);
        cache.set(name, id);
      }
      if (id === null) continue;
      const first = firstOf.get(id);
      if (first === undefined) firstOf.set(id, i);
      else if (ctx.union.union(first, i)) {
        ctx.reasons.push({ rule: 'gazetteer', mentionIds: [ctx.mentions[first]!.mention.id, mention.id], detail: `"${ctx.mentions[first]!.form.name}" and "${name}" are listed as one entity (${id})` });
      }
    }
  });
}
