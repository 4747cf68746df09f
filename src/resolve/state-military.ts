import type { ResolveContext } from './resolve-context.js';

// "the Varnian military", "Varnia's armed forces", "Varnia's military establishment", "Varnia Army":
// news names a state's armed forces by the state and a generic noun, and the eval guidelines take
// all of them as the one body (the state's army). Intelligence services and police are not included:
// they are separate bodies with names of their own.
const MILITARY_REFERENCE = /^(?:the\s+)?(.+?)(?:['’]s)?\s+(?:military establishment|security establishment|armed forces|defen[cs]e forces|military|army)$/i;

// A cheap test before the full pattern: most names do not end in one of these words.
const MILITARY_LAST_WORD = /(?:establishment|forces|military|army)$/i;

/** The state whose armed forces a name denotes, as the country lookup names it, or null. */
export function stateOfMilitary(name: string, countryOf: (name: string) => string | null): string | null {
  const match = MILITARY_REFERENCE.exec(name.trim());
  return match ? countryOf(match[1]!) : null;
}

/** Joins the mentions that name one state's armed forces in different words. */
export function linkStateMilitaries(ctx: ResolveContext): void {
  const firstOf = new Map<string, number>();
  const cache = new Map<string, string | null>();
  ctx.mentions.forEach(({ form, mention }, i) => {
    // Any type: no person's name ends in "army" or "armed forces", so a person-typed one is the NER's slip.
    if (form.acronym !== null || form.core.length < 2 || !MILITARY_LAST_WORD.test(form.name)) return;
    let state = cache.get(form.name);
    if (state === undefined) {
      state = stateOfMilitary(form.name, ctx.options.countryOf);
      cache.set(form.name, state);
    }
    if (state === null) return;
    const first = firstOf.get(state);
    if (first === undefined) firstOf.set(state, i);
    else if (ctx.union.union(first, i)) {
      const head = ctx.mentions[first]!;
      ctx.reasons.push({ rule: 'state-military', mentionIds: [head.mention.id, mention.id], detail: `"${head.form.name}" and "${form.name}" both name the armed forces of ${state}` });
    }
  });
}
