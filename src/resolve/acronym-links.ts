import { acronymOf, initialsOf, isAcronymOf } from './acronym.js';
import type { ResolveContext } from './resolve-context.js';
import { nameKey, sameWord } from './transliteration.js';

type Source = 'defined' | 'initials' | 'word';

/**
 * Joins acronyms whose document never spells them out to the one cluster elsewhere that does:
 * a cluster where the acronym is defined beside its name, or whose name has those initials.
 * Runs after names are joined, so "LeT" meets "Lashkar-e-Taiba" however many spellings that has.
 * An acronym that fits two clusters (ISI: an agency, or an older name of a group) is left alone.
 */
export function linkAcronymsAcrossDocuments(ctx: ResolveContext): void {
  const expanded = new Set<number>();
  ctx.mentions.forEach((p, i) => {
    if (isExpansion(p.form.acronym, p.form.core.length, p.type) || (p.form.bracketed !== null && p.form.acronym === null)) expanded.add(ctx.union.find(i));
  });
  const candidates = new Map<string, Map<number, Candidate>>();
  const offer = (acronym: string, i: number, source: Source): void => {
    const root = ctx.union.find(i);
    const map = candidates.get(acronym) ?? new Map<number, Candidate>();
    const known = map.get(root);
    if (!known || (source === 'defined' && known.source !== 'defined')) map.set(root, { source, mention: i });
    candidates.set(acronym, map);
  };
  const initialsCache = new Map<string, ReadonlySet<string>>();
  const lonely = new Map<string, number[]>();
  ctx.mentions.forEach((p, i) => {
    const { form, type } = p;
    if (form.acronym !== null) {
      if (expanded.has(ctx.union.find(i))) offer(form.acronym, i, 'defined');
      else (lonely.get(form.acronym) ?? lonely.set(form.acronym, []).get(form.acronym)!).push(i);
      return;
    }
    const bracketed = form.bracketed === null ? null : acronymOf(form.bracketed);
    if (bracketed !== null) offer(bracketed, i, 'defined');
    if (type === 'person') return;
    if (form.core.length >= 2) {
      let initials = initialsCache.get(form.name);
      if (!initials) {
        initials = initialsOf(form.name);
        initialsCache.set(form.name, initials);
      }
      // A place is abbreviated where the text defines it ("Orvan Valley (OV)"), not by initials alone:
      // "UK" in one article is not "Urem al-Kubra" in another. Countries are the exception.
      const offersInitials = p.type !== 'location' || ctx.options.countryOf(form.name) !== null;
      if (offersInitials) for (const acronym of initials) offer(acronym, i, 'initials');
    } else if (form.core.length === 1) {
      // A place written in capitals in a dateline ("OLMVIK") is the word, not initials.
      offer(`=${form.key}`, i, 'word');
    }
  });
  reconcileDefinitions(ctx, candidates);
  for (const acronym of [...lonely.keys()].sort()) {
    const members = lonely.get(acronym)!;
    const first = members[0]!;
    for (const i of members.slice(1)) {
      if (ctx.union.union(first, i)) ctx.reasons.push({ rule: 'same-acronym', mentionIds: [ctx.mentions[first]!.mention.id, ctx.mentions[i]!.mention.id], detail: `"${acronym}" is used, never spelt out, in more than one document` });
    }
    const found = new Map<number, Candidate>();
    collect(ctx, found, first, candidates.get(acronym));
    if (acronym.length >= 4) collect(ctx, found, first, candidates.get(`=${nameKey(acronym)}`));
    const target = chooseTarget(found);
    if (target === null || !ctx.union.union(target.mention, first)) continue;
    const name = ctx.mentions[target.mention]!.form.name;
    const { source } = target;
    const detail = source === 'defined' ? `"${acronym}" is defined beside "${name}" in another document`
      : source === 'initials' ? `"${acronym}" is the initials of "${name}", the only name in the case with them`
      : `"${ctx.mentions[first]!.form.name}" is "${name}" written in capitals`;
    const rule = source === 'defined' ? 'acronym-defined-elsewhere' : source === 'initials' ? 'acronym-initials' : 'capitalised-word';
    ctx.reasons.push({ rule, mentionIds: [ctx.mentions[target.mention]!.mention.id, ctx.mentions[first]!.mention.id], detail });
  }
}

interface Candidate {
  readonly source: Source;
  readonly mention: number;
}

function isExpansion(acronym: string | null, words: number, type: string): boolean {
  return acronym === null && words >= 2 && type !== 'person';
}

function collect(ctx: ResolveContext, found: Map<number, Candidate>, first: number, offered: Map<number, Candidate> | undefined): void {
  const own = ctx.union.find(first);
  for (const candidate of offered?.values() ?? []) {
    const root = ctx.union.find(candidate.mention);
    const known = found.get(root);
    if (root !== own && (!known || (candidate.source === 'defined' && known.source !== 'defined'))) found.set(root, candidate);
  }
}

// One cluster that defines the acronym wins over clusters that merely have those initials;
// otherwise exactly one cluster must fit.
function chooseTarget(found: ReadonlyMap<number, Candidate>): Candidate | null {
  const defined = [...found.values()].filter((c) => c.source === 'defined');
  if (defined.length === 1) return defined[0]!;
  if (defined.length === 0 && found.size === 1) return [...found.values()][0]!;
  return null;
}

/**
 * One acronym defined in two documents beside two forms of one name — the full name in one, a
 * name the NER cut short in the other ("Khorasan Province (VKP)" beside "Valley Khorasan Province (VKP)")
 * — is one entity when exactly one of the forms has the acronym's initials and every other form is
 * that form with words missing. Two full names that both fit (ISI: two agencies) stay apart.
 */
function reconcileDefinitions(ctx: ResolveContext, candidates: ReadonlyMap<string, Map<number, Candidate>>): void {
  for (const [acronym, offered] of candidates) {
    if (acronym.startsWith('=')) continue;
    const byRoot = new Map<number, number[]>();
    for (const c of offered.values()) {
      if (c.source !== 'defined') continue;
      const root = ctx.union.find(c.mention);
      byRoot.set(root, [...(byRoot.get(root) ?? []), c.mention]);
    }
    if (byRoot.size < 2) continue;
    const expansions = expansionsOf(ctx, [...byRoot.keys()]);
    const anchors = [...byRoot.keys()].filter((r) => expansions.get(r)!.some((i) => isAcronymOf(acronym, ctx.mentions[i]!.form.name)));
    if (anchors.length !== 1) continue;
    const anchor = anchors[0]!;
    const full = expansions.get(anchor)!.filter((i) => isAcronymOf(acronym, ctx.mentions[i]!.form.name));
    for (const root of byRoot.keys()) {
      if (root === anchor) continue;
      const forms = expansions.get(root)!;
      // Every form a shortening of the full name; or (a name in another language: "Malian Armed Forces (FAMa)"
      // beside "Forces Armées Maliennes (FAMa)") no form with the acronym's initials at all.
      const shortened = forms.length > 0 && forms.every((i) => full.some((j) => isWordSubsequence(ctx.mentions[i]!.form.core, ctx.mentions[j]!.form.core)));
      const translated = forms.length > 0 && forms.every((i) => !isAcronymOf(acronym, ctx.mentions[i]!.form.name));
      if ((!shortened && !translated) || !ctx.union.union(full[0]!, forms[0]!)) continue;
      const short = ctx.mentions[forms[0]!]!;
      const fullName = ctx.mentions[full[0]!]!.form.name;
      ctx.reasons.push({
        rule: 'acronym-defined-twice',
        mentionIds: [ctx.mentions[full[0]!]!.mention.id, short.mention.id],
        detail: shortened ? `"${acronym}" is defined beside "${short.form.name}" and beside "${fullName}", a fuller form of it`
          : `"${acronym}" is defined beside "${short.form.name}", whose initials it is not, and beside "${fullName}", whose initials it is: one name in two languages`,
      });
    }
  }
}

// The spelt-out names in each cluster (one scan of all mentions, so this stays linear).
function expansionsOf(ctx: ResolveContext, roots: readonly number[]): Map<number, number[]> {
  const wanted = new Map<number, number[]>(roots.map((r) => [r, []]));
  ctx.mentions.forEach((p, i) => {
    if (p.form.acronym !== null || p.type === 'person' || p.form.core.length < 2) return;
    wanted.get(ctx.union.find(i))?.push(i);
  });
  return wanted;
}

function isWordSubsequence(short: readonly string[], long: readonly string[]): boolean {
  let j = 0;
  for (const w of long) if (j < short.length && sameWord(short[j]!, w)) j++;
  return j === short.length;
}
