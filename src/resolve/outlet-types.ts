import type { SurfaceFormCache } from './surface-form.js';
import { retyped, type TypedMention } from './retype.js';
import { normaliseName } from './overrides.js';

// "CITY, Oct 3 (Outlet) -": wire copy credits its outlet in brackets after the dateline.
const DATELINE_CREDIT_BEFORE = /\b\d{1,2}\s*\(\s*$/;
const DATELINE_CREDIT_AFTER = /^\s*\)\s*[-–—]/;
// "…, which Outlet could not independently verify": what reporters say of themselves, not people in the story.
const SELF_REPORT_AFTER = /^\s+(?:could|was|has|had)\s+(?:not\s+)?(?:been\s+)?(?:able\s+to\s+)?(?:independently\s+)(?:verif|confirm)/i;

/**
 * The names of the case's outlets, from the manifests: "The Harbour Ledger (THL)" gives
 * "harbour ledger" and "thl". A name an outlet is published under is an organisation in every
 * document of the case, where the NER often takes a one-word outlet for a person or a place.
 */
export function outletNames(outlets: readonly (string | null)[]): Set<string> {
  const names = new Set<string>();
  for (const outlet of outlets) {
    if (outlet === null || outlet.trim() === '') continue;
    const bracket = /^(.*?)\s*\(([^)]+)\)\s*$/.exec(outlet);
    for (const name of bracket ? [bracket[1]!, bracket[2]!] : [outlet]) if (normaliseName(name) !== '') names.add(normaliseName(name));
  }
  return names;
}

/**
 * Types as organisations the mentions that name an outlet: by the case's manifests, or by what the
 * text says around the name (a dateline credit, "… could not independently verify").
 */
export function typeOutlets<T extends TypedMention & { readonly doc: number }>(mentions: readonly T[], texts: readonly string[], outlets: ReadonlySet<string>, forms: SurfaceFormCache): T[] {
  const cued = new Set<string>();
  for (const p of mentions) {
    if (p.type === 'organization' || p.form.key === '') continue;
    const text = texts[p.doc]!;
    const before = text.slice(Math.max(0, p.mention.start - 12), p.mention.start);
    const after = text.slice(p.mention.end, p.mention.end + 60);
    if ((DATELINE_CREDIT_BEFORE.test(before) && DATELINE_CREDIT_AFTER.test(after)) || SELF_REPORT_AFTER.test(after)) cued.add(normaliseName(p.mention.text));
  }
  if (outlets.size === 0 && cued.size === 0) return [...mentions];
  return mentions.map((p) => {
    if (p.type === 'organization' || p.type === 'event' || p.type === 'work') return p;
    const name = normaliseName(p.mention.text);
    if (outlets.has(name)) return retyped(p, 'organization', forms, `"${p.mention.text}" is the outlet a document of the case is published by`);
    if (cued.has(name)) return retyped(p, 'organization', forms, `"${p.mention.text}" is credited as the outlet (a dateline credit or "could not independently verify")`);
    return p;
  });
}
