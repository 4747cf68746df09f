import { fullNameRelation, personKey } from './person-name.js';
import type { ParsedMention, ResolveContext } from './resolve-context.js';
import type { SurfaceForm } from './surface-form.js';
import { BRANCH_NOUNS } from './text-cues.js';
import { foldCase, nameKey, sameWord, sameWordInflected, skeleton, tokenKey } from './transliteration.js';

type Relation = 'same-name' | 'middle-name-dropped' | 'name-extended' | 'given-name-dropped' | 'words-dropped' | 'head-moved';

interface VariantRules {
  readonly eligible: (p: ParsedMention) => boolean;
  /** Whether two eligible mentions may be compared at all. */
  readonly comparable: (a: ParsedMention, b: ParsedMention) => boolean;
  readonly key: (form: SurfaceForm) => string;
  readonly relate: (a: SurfaceForm, b: SurfaceForm) => Relation | null;
  /** Blocking keys: two names are compared only when they share one. */
  readonly blocks: (core: readonly string[]) => readonly string[];
}

/**
 * Joins full person names that name one person in different lengths or spellings: a middle name
 * dropped, a tribal name added, Mohammad / Muhammad.
 */
export function linkPersonVariants(ctx: ResolveContext): void {
  linkVariants(ctx, {
    eligible: (p) => p.type === 'person' && p.form.core.length >= 2,
    comparable: () => true,
    key: personKey,
    relate: fullNameRelation,
    // A dropped middle name keeps the first and last word; an added name keeps the first two.
    // Two family names without the given name keep the last two.
    // … and a surname with an added ending keeps its first consonants ("Sabzali" / "Sabzaliev").
    blocks: (core) => [`${skeleton(core[0]!)}|${skeleton(core[core.length - 1]!)}`, `${skeleton(core[0]!)}+${skeleton(core[1]!)}`, `${skeleton(core[core.length - 2]!)}~${skeleton(core[core.length - 1]!)}`,
      `${skeleton(core[0]!)}^${skeleton(core[core.length - 1]!).slice(0, 4)}`],
  });
}

/**
 * Joins group, event and work names that differ by a word left out inside ("Al Azaim Foundation" /
 * "Al-Azaim Media Foundation") or by a spelling the exact key misses. Never a prefix: "Islamic State"
 * is not "Islamic State Khorasan Province", whose province it is part of. Two places are never
 * compared: "South Asia" is not "South East Asia".
 */
export function linkOrganizationVariants(ctx: ResolveContext): void {
  linkVariants(ctx, {
    eligible: (p) => p.type !== 'person' && p.form.acronym === null && p.form.core.length >= 2,
    // Two places only when one is the other with a hyphen split: "Kamar-Velan Pass" / "Kamarvelan Pass".
    // A nationality or country left out inside is another body: "Royal Air Force" is not "Royal Ostrian Air Force".
    comparable: (a, b) => (a.type !== 'location' || b.type !== 'location' || a.form.core.join('') === b.form.core.join(''))
      && !dropsNation(a.form, b.form, ctx.options),
    key: (form) => form.key,
    relate: wordsDropped,
    // The joined words, and the head noun wherever it stands.
    blocks: (core) => [`${skeleton(core[0]!)}|${skeleton(core[core.length - 1]!)}`, `=${core.join('')}`, `head:${skeleton(core[0]!)}|${skeleton(core[core.length - 1]!)}`, `head:${skeleton(core[core.length - 1]!)}|${skeleton(core[0]!)}`],
  });
}

function dropsNation(a: SurfaceForm, b: SurfaceForm, options: ResolveContext['options']): boolean {
  const [short, long] = a.core.length <= b.core.length ? [a, b] : [b, a];
  if (short.core.length === long.core.length) return false;
  const kept = new Set(short.core);
  return long.name.split(/[\s\-‐‑–—]+/).some((word) => !kept.has(tokenKey(foldCase(word))) && (options.isNationality(word) || options.countryOf(word) !== null));
}

function wordsDropped(a: SurfaceForm, b: SurfaceForm): Relation | null {
  const [short, long] = a.core.length <= b.core.length ? [a.core, b.core] : [b.core, a.core];
  // "Kamar-Gardan Pass" / "Kamargardan Pass": one name whether a hyphen splits a word or not.
  if (short.join('') === long.join('')) return 'same-name';
  // "Orvan Cartel" / "Cártel del Puerto Orvan": the English order puts the head noun last.
  if (short.length >= 2 && long.length > short.length && sameWord(short[short.length - 1]!, long[0]!, 4) && isSubsequence(short.slice(0, -1), long.slice(1))) return 'head-moved';
  if (!sameWordInflected(short[0]!, long[0]!) || !sameWordInflected(short[short.length - 1]!, long[long.length - 1]!)) return null;
  let j = 0;
  for (const w of long) if (j < short.length && sameWordInflected(short[j]!, w)) j++;
  if (j < short.length) return null;
  return short.length === long.length ? 'same-name' : 'words-dropped';
}

// Each distinct name meets the others in its blocks; a shorter name that fits two clusters which
// do not fit each other ("Tarek Olm": "Tarek Ansel Olm" or "Tarek Bruno Olm"?) is left alone.
function linkVariants(ctx: ResolveContext, rules: VariantRules): void {
  const names = new Map<string, number>();
  ctx.mentions.forEach((p, i) => {
    if (p.form.acronym === null && rules.eligible(p) && !names.has(rules.key(p.form))) names.set(rules.key(p.form), i);
  });
  const blocks = new Map<string, number[]>();
  for (const i of names.values()) {
    for (const key of rules.blocks(ctx.mentions[i]!.form.core)) (blocks.get(key) ?? blocks.set(key, []).get(key)!).push(i);
  }
  const ordered = [...names.values()].sort((a, b) => ctx.mentions[a]!.form.core.length - ctx.mentions[b]!.form.core.length || a - b);
  for (const s of ordered) {
    const form = ctx.mentions[s]!.form;
    const block = new Set(rules.blocks(form.core).flatMap((key) => blocks.get(key) ?? []));
    if (block.size > ctx.options.maxBlockSize) continue;
    const fits = [...block].filter((l) => l !== s && ctx.mentions[l]!.form.core.length >= form.core.length
      && rules.comparable(ctx.mentions[s]!, ctx.mentions[l]!) && rules.relate(form, ctx.mentions[l]!.form) !== null);
    const roots = new Set(fits.map((l) => ctx.union.find(l)));
    roots.delete(ctx.union.find(s));
    if (roots.size === 0) continue;
    const consistent = fits.every((a) => fits.every((b) => a === b || rules.relate(ctx.mentions[a]!.form, ctx.mentions[b]!.form) !== null));
    if (!consistent) continue;
    for (const l of fits) {
      const relation = rules.relate(form, ctx.mentions[l]!.form)!;
      const long = ctx.mentions[l]!.form.name;
      if (ctx.union.union(s, l)) ctx.reasons.push({ rule: relation === 'same-name' ? 'transliteration' : relation, mentionIds: [ctx.mentions[l]!.mention.id, ctx.mentions[s]!.mention.id], detail: describe(relation, form.name, long) });
    }
  }
}

function describe(relation: Relation, short: string, long: string): string {
  switch (relation) {
    case 'same-name': return `"${short}" and "${long}" are spellings of one name`;
    case 'name-extended': return `"${long}" is "${short}" with a further name added`;
    case 'middle-name-dropped': return `"${short}" is "${long}" without a middle name`;
    case 'given-name-dropped': return `"${short}" is "${long}" without the given name`;
    case 'head-moved': return `"${short}" is "${long}" with its head noun moved to the end, as English writes it`;
    case 'words-dropped': return `"${short}" is "${long}" with a word left out inside`;
  }
}

function isSubsequence(short: readonly string[], long: readonly string[]): boolean {
  let j = 0;
  for (const w of long) if (j < short.length && sameWord(short[j]!, w)) j++;
  return j === short.length;
}

const COMPLEMENT = /^(.+?)\s+(of|for|in)\s+\S/i;

/**
 * Joins a group name to the one longer name that is it with an "of …" complement: "Islamic Valley"
 * and "Islamic Valley of Ostria and Varnia" name one group when no other "Islamic Valley of …" exists.
 * A name extended without a preposition ("Islamic Valley Khorasan Province"), by a complement that
 * ends in a branch noun ("Islamic Valley of Khorasan Province"), or by "in" and a place ("Islamic
 * Valley in Kessa"), is a branch and never joins.
 */
export function linkComplementVariants(ctx: ResolveContext): void {
  const longer = new Map<string, number[]>();
  const seen = new Set<string>();
  ctx.mentions.forEach((p, i) => {
    if (p.type !== 'organization' || p.form.acronym !== null || seen.has(p.form.name)) return;
    seen.add(p.form.name);
    const match = COMPLEMENT.exec(p.form.name);
    // "… of Khorasan Province" names a branch, not the group's full name; so does "… in Somalia", "… in the
    // Islamic Maghreb": a group's affiliate is named by where it is, its full name by what it is of.
    if (!match || match[1]!.split(' ').length < 2 || match[2]!.toLowerCase() === 'in' || BRANCH_NOUNS.has(foldCase(p.form.name.split(' ').pop()!))) return;
    const base = nameKey(match[1]!);
    longer.set(base, [...(longer.get(base) ?? []), i]);
  });
  if (longer.size === 0) return;
  const done = new Set<string>();
  ctx.mentions.forEach((p, i) => {
    // The bare name may be typed a place by the NER ("Islamic Valley" read as a state); the full name decides.
    if (p.type === 'person' || p.form.acronym !== null || p.form.core.length < 2 || done.has(p.form.key)) return;
    const candidates = longer.get(p.form.key);
    if (!candidates || COMPLEMENT.test(p.form.name)) return;
    done.add(p.form.key);
    // Two complements ("… of Ostria", "… of Varnia") are two groups; the bare name could be either.
    if (new Set(candidates.map((j) => ctx.mentions[j]!.form.key)).size !== 1) return;
    const j = candidates[0]!;
    if (ctx.union.union(j, i)) ctx.reasons.push({ rule: 'complement-dropped', mentionIds: [ctx.mentions[j]!.mention.id, p.mention.id], detail: `"${p.form.name}" is "${ctx.mentions[j]!.form.name}" without its complement, the only such name in the case` });
  });
}

/**
 * One-word group names spelt two ways ("Hizbvallah" / "Hezbvallah": one vowel apart, same
 * consonants) or written in the plural for the members ("the Varnis" / "Varni"). Blocked by
 * consonant skeleton, so only names that could be one meet. Places are left out: "Mali" and
 * "Male" are two capitals' worth of difference.
 */
export function linkSingleWordGroupVariants(ctx: ResolveContext): void {
  const byWord = new Map<string, number>();
  ctx.mentions.forEach((p, i) => {
    if (p.type !== 'organization' || p.form.acronym !== null || p.form.core.length !== 1 || byWord.has(p.form.core[0]!)) return;
    byWord.set(p.form.core[0]!, i);
  });
  const blocks = new Map<string, string[]>();
  for (const word of byWord.keys()) {
    const singular = word.length > 4 && word.endsWith('s') ? word.slice(0, -1) : word;
    const block = skeleton(singular);
    blocks.set(block, [...(blocks.get(block) ?? []), word]);
  }
  for (const words of blocks.values()) {
    if (words.length < 2 || words.length > ctx.options.maxBlockSize) continue;
    for (let a = 0; a < words.length; a++) {
      for (let b = a + 1; b < words.length; b++) {
        const [x, y] = [words[a]!, words[b]!];
        const plural = x === `${y}s` || y === `${x}s`;
        if (!plural && !sameWord(x, y)) continue;
        const [i, j] = [byWord.get(x)!, byWord.get(y)!];
        if (!ctx.union.union(i, j)) continue;
        const [nx, ny] = [ctx.mentions[i]!.form.name, ctx.mentions[j]!.form.name];
        ctx.reasons.push(plural
          ? { rule: 'plural-form', mentionIds: [ctx.mentions[i]!.mention.id, ctx.mentions[j]!.mention.id], detail: `"${nx}" and "${ny}" are one group's name and its plural` }
          : { rule: 'transliteration', mentionIds: [ctx.mentions[i]!.mention.id, ctx.mentions[j]!.mention.id], detail: `"${nx}" and "${ny}" are spellings of one name` });
      }
    }
  }
}
