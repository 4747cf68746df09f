import { isFullPersonName, personKey, shortFormRelation } from './person-name.js';
import { link, type ResolveContext } from './resolve-context.js';

// A lone surname or given name inside one article, attached to the full name it stands for.

// Kin nouns: "the son of …", "a nephew of the commander, …" bring a person in as someone's relative.
const KIN_NOUNS = 'son|daughter|brother|sister|half-brother|half-sister|father|mother|nephew|niece|cousin|uncle|aunt|wife|husband|widow|widower|grandson|granddaughter|grandfather|grandmother|stepson|stepdaughter|(?:son|daughter|brother|sister|father)-in-law|relative';
// The kin phrase ends right before the name, within one clause: "the son of Varn founder Sheikh ⟨name⟩",
// "a nephew of the commander, ⟨name⟩". Not "his son ⟨name⟩": a possessive pronoun relates him to someone just named.
const INTRODUCED_AS_KIN = new RegExp(`\\b(?:${KIN_NOUNS})s?\\s+of\\b[^.;:!?()"“”]{0,50}$`, 'i');
const KIN_CONTEXT_CHARS = 90;

type Relation = NonNullable<ReturnType<typeof shortFormRelation>>;

interface Fit {
  readonly full: number;
  readonly relation: Relation;
}

/**
 * "Olm" after "Tarek Olm": a lone name word attaches to a full name in the same article that it fits
 * as surname, given name or (Spanish and Portuguese usage) first family name. When two people fit
 * ("Hamza Varro … the son of Sheikh Yasin Varro … Varro confessed"), the one the article brings in as
 * another's relative ("son of", "a nephew of the commander, …") is set aside: the bare surname is the
 * person the story is about. Then the most recent name before it that fits by surname or given name,
 * else by first family name, else (a surname in a headline) the first one after it.
 */
export function linkPersonShortForms(ctx: ResolveContext, d: number, first: number, end: number): void {
  const text = ctx.texts[d]!;
  const fullNames: number[] = [];
  const nicknames = new Map<string, number>();
  const relatives = new Set<string>();
  const introduced = new Set<string>();
  for (let i = first; i < end; i++) {
    const p = ctx.mentions[i]!;
    if (p.type !== 'person' || !isFullPersonName(p.form)) continue;
    fullNames.push(i);
    if (p.form.nickname !== null) nicknames.set(p.form.nickname.toLowerCase(), i);
    const key = personKey(p.form);
    if (introduced.has(key)) continue;
    introduced.add(key);
    if (INTRODUCED_AS_KIN.test(text.slice(Math.max(0, p.mention.start - KIN_CONTEXT_CHARS), p.mention.start))) relatives.add(key);
  }
  for (let i = first; i < end; i++) {
    const p = ctx.mentions[i]!;
    if (p.type !== 'person' || isFullPersonName(p.form)) continue;
    const nick = nicknames.get(p.form.name.toLowerCase());
    if (nick !== undefined) {
      link(ctx, nick, i, 'nickname', `"${p.form.name}" is the nickname given in quotes for "${ctx.mentions[nick]!.form.name}"`);
      continue;
    }
    let fits: Fit[] = [];
    for (const full of fullNames) {
      const relation = shortFormRelation(p.form, ctx.mentions[full]!.form, true);
      if (relation !== null) fits.push({ full, relation });
    }
    if (fits.length === 0) {
      linkClippedGivenName(ctx, fullNames, i);
      continue;
    }
    const people = new Set(fits.map((f) => personKey(ctx.mentions[f.full]!.form)));
    if (people.size > 1) {
      const principal = fits.filter((f) => !relatives.has(personKey(ctx.mentions[f.full]!.form)));
      if (principal.length > 0) fits = principal;
    }
    const onePerson = new Set(fits.map((f) => personKey(ctx.mentions[f.full]!.form))).size === 1;
    for (const fit of candidateOrder(fits, i, onePerson)) if (attach(ctx, fit, i)) break;
  }
}

// Before the mention: most recent first, a surname or given name before a first family name; then after it, nearest first.
// A first family name after the mention only when it is the one person who fits.
function candidateOrder(fits: readonly Fit[], i: number, onePerson: boolean): Fit[] {
  const before = fits.filter((f) => f.full < i).reverse();
  const after = fits.filter((f) => f.full > i);
  const plain = (f: Fit): boolean => f.relation !== 'first-family-name';
  return [...before.filter(plain), ...before.filter((f) => !plain(f)), ...after.filter(plain), ...(onePerson ? after.filter((f) => !plain(f)) : [])];
}

function attach(ctx: ResolveContext, { full, relation }: Fit, i: number): boolean {
  const short = ctx.mentions[i]!.form;
  const long = ctx.mentions[full]!.form;
  const role = relation === 'surname' ? 'surname' : relation === 'given-name' ? 'given name' : 'first family name';
  return link(ctx, full, i, `${relation}-in-document`, `"${short.name}" is the ${role} of "${long.name}", the ${full < i ? 'most recent' : 'next'} full name it fits`);
}

// "El Fide" for Fidencio Varro, "La Chela" for Graciela: Spanish and Portuguese nicknames clip the given name after an article.
const ARTICLE_NICKNAME = /^(?:El|La|Lo|O|A)\s+\p{Lu}\p{L}+$/u;
const MIN_CLIPPED_LETTERS = 3;

/** Links an article-led nickname to the one full name in the article whose given name it clips. */
function linkClippedGivenName(ctx: ResolveContext, fullNames: readonly number[], i: number): void {
  const p = ctx.mentions[i]!;
  if (!ARTICLE_NICKNAME.test(p.form.name) || p.form.core.length !== 1) return;
  const clipped = p.form.core[0]!;
  if (clipped.length < MIN_CLIPPED_LETTERS) return;
  const fits = fullNames.filter((k) => {
    const given = ctx.mentions[k]!.form.core[0]!;
    return given.length > clipped.length + 1 && given.startsWith(clipped);
  });
  if (new Set(fits.map((k) => personKey(ctx.mentions[k]!.form))).size !== 1) return;
  const full = fits[0]!;
  link(ctx, full, i, 'clipped-given-name-in-document', `"${p.form.name}" clips the given name of "${ctx.mentions[full]!.form.name}", the one full name in the article it fits`);
}
