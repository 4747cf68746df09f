import { link, type ResolveContext } from './resolve-context.js';
import type { SurfaceForm } from './surface-form.js';
import { ORGANIZATION_HEAD_NOUNS } from './text-cues.js';
import { tokenKey } from './transliteration.js';

// "the Army", "the Police", "the Coalition": a generic noun alone names whichever body of that kind
// its own article is about. Within an article it keeps one meaning; across articles it is the same
// body only when the articles tell the same story, since another article's "Army" may be another state's.

const GENERIC_HEAD_KEYS: ReadonlySet<string> = new Set([...ORGANIZATION_HEAD_NOUNS].map(tokenKey));

/** Entities two articles must share, besides the noun itself, before its bare use in one is read as in the other. */
const SHARED_ENTITIES_FOR_SAME_STORY = 2;

/** A lone generic group noun ("Army", "Front"), whatever type the tagger gave it. */
export function isGenericNoun(form: SurfaceForm): boolean {
  return form.acronym === null && form.core.length === 1 && GENERIC_HEAD_KEYS.has(form.key);
}

/** Within one article, the same generic noun written twice names one body. */
export function linkGenericNounsInDocument(ctx: ResolveContext, first: number, end: number): void {
  const seen = new Map<string, number>();
  for (let i = first; i < end; i++) {
    const p = ctx.mentions[i]!;
    if (p.type === 'location' || !isGenericNoun(p.form)) continue;
    const earlier = seen.get(p.form.key);
    if (earlier === undefined) seen.set(p.form.key, i);
    else link(ctx, earlier, i, 'same-generic-noun-in-document', `"${p.form.name}" is used again in the same document`);
  }
}

/**
 * An article that uses "the Coalition" without naming it is read as naming the one body other
 * articles of the same story resolve "the Coalition" to: the case has exactly one such body, and the
 * article shares at least two other entities with an article that names it.
 */
export function linkGenericNounsAcrossDocuments(ctx: ResolveContext): void {
  const rootsOfDoc = ctx.docRanges.map(([first, end]) => {
    const roots = new Set<number>();
    for (let i = first; i < end; i++) if (!isGenericNoun(ctx.mentions[i]!.form)) roots.add(ctx.union.find(i));
    return roots;
  });
  // Per generic key: the clusters with a specific name it was bound to (and the articles binding it), and the unbound uses.
  const bound = new Map<string, Map<number, number[]>>();
  const unbound = new Map<string, { doc: number; mention: number }[]>();
  ctx.docRanges.forEach(([first, end], d) => {
    const done = new Set<string>();
    for (let i = first; i < end; i++) {
      const p = ctx.mentions[i]!;
      if (p.type === 'location' || !isGenericNoun(p.form) || done.has(p.form.key)) continue;
      done.add(p.form.key);
      const root = ctx.union.find(i);
      if (rootsOfDoc[d]!.has(root)) {
        const byRoot = bound.get(p.form.key) ?? bound.set(p.form.key, new Map()).get(p.form.key)!;
        byRoot.set(root, [...(byRoot.get(root) ?? []), d]);
      } else {
        (unbound.get(p.form.key) ?? unbound.set(p.form.key, []).get(p.form.key)!).push({ doc: d, mention: i });
      }
    }
  });
  for (const [key, uses] of unbound) {
    const byRoot = bound.get(key);
    if (byRoot === undefined || byRoot.size !== 1) continue;
    const [root, docs] = [...byRoot][0]!;
    for (const { doc, mention } of uses) {
      const own = rootsOfDoc[doc]!;
      const sameStory = docs.some((d) => {
        let shared = 0;
        for (const r of rootsOfDoc[d]!) if (r !== root && own.has(r) && ++shared >= SHARED_ENTITIES_FOR_SAME_STORY) return true;
        return false;
      });
      if (!sameStory) continue;
      const p = ctx.mentions[mention]!;
      link(ctx, root, mention, 'generic-noun-same-story', `"${p.form.name}" is used bare in an article that shares ${SHARED_ENTITIES_FOR_SAME_STORY} or more entities with one where it stands for "${ctx.mentions[root]!.form.name}", the only body it stands for in the case`);
    }
  }
}
