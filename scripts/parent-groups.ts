// The groups a sanctions list names only through their branches. The UN list designates "ISIL
// Khorasan", "ISIS-K", "Daesh Tunisia", "ISIL's South Asia Branch", but has no entry whose name is
// ISIL, ISIS or Daesh, the names news uses most. A name that heads a listed branch name is the name
// of the parent group; names that head branch names of the same listed entity name the same parent.
// Derived entries record the branch names they come from, so each still traces to the list.

/** One listed entity, as build-gazetteers writes it. */
export interface ListedEntity {
  readonly ref: string;
  readonly name: string;
  readonly aliases: readonly string[];
}

export interface ParentGroup {
  readonly ref: string;
  readonly name: string;
  readonly aliases: readonly string[];
  /** The listed branch names each head was read from, with their reference numbers. */
  readonly from: readonly string[];
}

// Words that make what follows "of" a branch's parent: "South Asian chapter of ISIL".
const BRANCH_OF = /^(?:.+\s)?(?:chapter|branch|province|wilayat|wilayah|affiliate|faction|wing)\s+of\s+(.+)$/i;
const POSSESSIVE_BRANCH = /^(.+?)['’]s\s+(?:.+\s)?(?:branch|province|chapter|wing|affiliate|wilayat|wilayah|division)$/i;
// "… – West Africa", "… - Greater Sahara": a dash before a capitalised place or branch name.
const SPACED_DASH = /^(.+?)\s+[-–—]\s+\p{Lu}[\p{L}’']*(?:\s+(?:\p{Lu}[\p{L}’']*|of|the|and))*$/u;
const ACRONYM = /^\p{Lu}{2,6}$/u;

/** The parent names one listed name is read as a branch of ([] when it names no branch). */
export function branchHeads(name: string, isCountry: (s: string) => boolean): string[] {
  const out: string[] = [];
  // "Islamic State in Iraq and the Levant – West Africa (ISIL-WA)": the bracket is a name of its own.
  const bracket = /^(.*?)\s*\(([^()]+)\)\s*$/.exec(name);
  const names = bracket ? [bracket[1]!, bracket[2]!] : [name];
  for (const n of names) {
    const s = n.trim();
    const m = BRANCH_OF.exec(s) ?? POSSESSIVE_BRANCH.exec(s) ?? SPACED_DASH.exec(s);
    if (m) { out.push(m[1]!); continue; }
    // "ISIL-K", "ISIS-WA", "ISIL-Tunisia": an acronym with a branch letter or a country after the hyphen.
    const hyphen = /^(\p{Lu}{2,6})-(\p{Lu}{1,3}|\S+)$/u.exec(s);
    if (hyphen && (/^\p{Lu}{1,3}$/u.test(hyphen[2]!) || isCountry(hyphen[2]!))) { out.push(hyphen[1]!); continue; }
    // "ISIL in Yemen": an acronym placed in a country.
    const placed = /^(\p{Lu}{2,6}) in (.+)$/u.exec(s);
    if (placed && isCountry(placed[2]!)) { out.push(placed[1]!); continue; }
    // "Daesh Tunisia": one unhyphenated word, then a country.
    const bare = /^([^\s-]+)\s+(.+)$/.exec(s);
    if (bare && isCountry(bare[2]!)) out.push(bare[1]!);
  }
  return out.map(tidy).filter((h) => h.replace(/[^\p{L}]/gu, '').length >= 4);
}

// "THE ISLAMIC STATE" → "Islamic State"; acronyms stay as they are.
function tidy(head: string): string {
  const bare = head.replace(/^the\s+/i, '').trim();
  if (ACRONYM.test(bare) || bare !== bare.toUpperCase()) return bare;
  return bare.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

/**
 * Parent groups over a whole list: heads read from one entity's names are one parent, and parents that
 * share a head are one. A head that is already a listed name or alias is left out: it resolves as listed.
 */
export function deriveParentGroups(entities: readonly ListedEntity[], isCountry: (s: string) => boolean): ParentGroup[] {
  const listed = new Set(entities.flatMap((e) => [e.name, ...e.aliases]).map((n) => n.toLowerCase()));
  const parentOf = new Map<string, string>();
  const find = (k: string): string => { let r = k; while (parentOf.get(r) !== r) r = parentOf.get(r)!; return r; };
  const heads = new Map<string, { text: string; from: string[] }>();
  for (const e of entities) {
    let first: string | null = null;
    for (const n of [e.name, ...e.aliases]) {
      for (const head of branchHeads(n, isCountry)) {
        const key = head.toLowerCase();
        if (listed.has(key) || isCountry(head)) continue;
        if (!heads.has(key)) { heads.set(key, { text: head, from: [] }); parentOf.set(key, key); }
        heads.get(key)!.from.push(`${n} (${e.ref})`);
        if (first === null) first = key;
        else parentOf.set(find(key), find(first));
      }
    }
  }
  const groups = new Map<string, string[]>();
  for (const key of heads.keys()) groups.set(find(key), [...(groups.get(find(key)) ?? []), key]);
  // A parent only one branch name points to is as likely a misreading of that name as a group.
  return [...groups.values()].filter((keys) => keys.reduce((n, k) => n + heads.get(k)!.from.length, 0) >= 2).map((keys) => {
    // The head most branch names use names the parent.
    const ranked = [...keys].sort((a, b) => heads.get(b)!.from.length - heads.get(a)!.from.length || a.localeCompare(b));
    const name = heads.get(ranked[0]!)!.text;
    return { ref: `derived:${name}`, name, aliases: ranked.slice(1).map((k) => heads.get(k)!.text), from: [...new Set(ranked.flatMap((k) => heads.get(k)!.from))].sort() };
  }).sort((a, b) => a.ref.localeCompare(b.ref));
}
