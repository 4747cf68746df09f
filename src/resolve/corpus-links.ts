import type { MergeReason } from '../core/index.js';
import { acronymOf } from './acronym.js';
import { isFullPersonName, personKey } from './person-name.js';
import type { ParsedMention, ResolveContext } from './resolve-context.js';
import type { SurfaceForm } from './surface-form.js';
import { isGenericNoun } from './generic-nouns.js';
import { contentWords, foldCase, tokenKey } from './transliteration.js';

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
  ctx.mentions.forEach(({ type, form }, i) => {
    if (form.key === '' || form.acronym !== null) return;
    if (type === 'person') {
      // A lone surname is never enough across documents: two Olms may be father and son.
      if (!isFullPersonName(form)) return;
      add(`p:${personKey(form)}`, i);
      if (form.core.length >= 2) add(`w:${form.key}`, i);
    } else if (!isGenericNoun(form)) {
      // "the Army" of one article may be another state's army than in the next: see generic-nouns.ts.
      add(`${form.core.length >= 2 ? 'w' : 'n'}:${form.key}`, i);
    }
  });
  for (const [key, members] of groups) {
    // People who share a person key are joined under it, so a "w:" group of such people adds nothing;
    // one whose people differ there ("Sorkh-Vadi Mahaz" / "Sorkh Vadi Mahaz") still joins them.
    if (members.length < 2) continue;
    const samePerson = key.startsWith('w:') && members.every((i) => ctx.mentions[i]!.type === 'person' && personKey(ctx.mentions[i]!.form) === personKey(ctx.mentions[members[0]!]!.form));
    if (!samePerson) linkGroup(ctx, key, members);
  }
}

/** Joins a group of same-key mentions to its first one and records one reason per way of writing it. */
function linkGroup(ctx: ResolveContext, key: string, members: readonly number[]): void {
  const first = members[0]!;
  const head = ctx.mentions[first]!;
  // One reason per way of writing the name; mentions that parse to one form share it.
  const byForm = new Map<SurfaceForm, { rule: string; ids: string[]; variant: string }>();
  for (const i of members) {
    const p = ctx.mentions[i]!;
    if (i !== first && !ctx.union.union(first, i)) {
      if (ctx.union.find(first) !== ctx.union.find(i)) continue;   // refused: conflicting person names
    }
    let entry = byForm.get(p.form);
    if (entry === undefined) {
      const rule = variantRule(head, p, key);
      entry = { rule, ids: rule === 'exact-name' ? [] : [head.mention.id], variant: p.form.name };
      byForm.set(p.form, entry);
    }
    entry.ids.push(p.mention.id);
  }
  // Forms written alike ("Red Valley Front" typed two ways parses twice) give one exact-name reason.
  const byRule = new Map<string, { rule: string; ids: string[]; variant: string }>();
  for (const entry of byForm.values()) {
    const slot = `${entry.rule}|${entry.variant}`;
    const known = byRule.get(slot);
    if (known) for (let k = entry.rule === 'exact-name' ? 0 : 1; k < entry.ids.length; k++) known.ids.push(entry.ids[k]!);
    else byRule.set(slot, entry);
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
 * Joins mentions a gazetteer lists as one entity ("Tehreek-e-Taliban" and "Pakistani Taliban").
 * Only names that share a word are joined: a list also gives a group's fronts and successors as
 * aliases ("Jamaat-ud-Dawa" under Lashkar-e-Taiba), which news reports as groups of their own.
 * Only exact listed names count, so a branch listed apart from its parent stays apart.
 */
export function linkGazetteerAliases(ctx: ResolveContext): void {
  const lookup = ctx.options.gazetteer;
  if (lookup === null) return;
  const listed = new Map<SurfaceForm, readonly (readonly [string, string])[]>();
  // Acronyms are left to the acronym pass: the list's "ISI" is an old name of a group in Iraq,
  // while news on Pakistan means its intelligence agency by it.
  const lookUp = (form: SurfaceForm): readonly (readonly [string, string])[] => {
    const found: (readonly [string, string])[] = [];
    for (const name of [form.acronym === null ? form.name : null, form.bracketed]) {
      if (name === null || name === '' || acronymOf(name) !== null) continue;
      const id = lookup(name);
      if (id !== null) found.push([name, id]);
    }
    return found;
  };
  // Listed id → each distinct name seen for it → its first mention.
  const names = new Map<string, Map<string, number>>();
  ctx.mentions.forEach(({ form, type }, i) => {
    // A person-typed mention of a listed group's full name is the NER mistaking the group.
    if (type === 'person' && form.core.length < 2) return;
    let hits = listed.get(form);
    if (hits === undefined) {
      hits = lookUp(form);
      listed.set(form, hits);
    }
    for (const [name, id] of hits) {
      const seen = names.get(id) ?? new Map<string, number>();
      if (!seen.has(name)) seen.set(name, i);
      names.set(id, seen);
      if (seen.get(name) !== i) ctx.union.union(seen.get(name)!, i);
    }
  });
  for (const [id, seen] of names) {
    const distinct = [...seen];
    for (let a = 0; a < distinct.length; a++) {
      for (let b = a + 1; b < distinct.length; b++) {
        const [nameA, i] = distinct[a]!;
        const [nameB, j] = distinct[b]!;
        const wordsA = new Set(contentWords(nameA).map(tokenKey));
        // A shared place is no shared name: the list files a group's successors under one entry
        // ("… in Ostria" renamed "Islamic State of Ostria"), and successors stay apart unless a text equates them.
        // A parent the list names only through its branches ("ISIL-Tunisia", "Daesh Tunisia") has names that
        // are one group's by construction, with no fronts or successors among them.
        const sharesName = id.startsWith('derived:') || contentWords(nameB).some((w) => wordsA.has(tokenKey(w)) && ctx.options.countryOf(w) === null && !ctx.options.isPlace(w));
        if (!sharesName || !ctx.union.union(i, j)) continue;
        ctx.reasons.push({ rule: 'gazetteer', mentionIds: [ctx.mentions[i]!.mention.id, ctx.mentions[j]!.mention.id], detail: `"${nameA}" and "${nameB}" are listed as one entity (${id})` });
      }
    }
  }
}
