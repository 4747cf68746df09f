import type { Predicate } from '../core/index.js';

/** How a claim is worded in the brief: present tense for states, past for acts; negated forms for denials. */
export const CLAIM_VERB: Readonly<Record<Predicate, { readonly is: string; readonly not: string; readonly hedged: string }>> = Object.freeze({
  leader_of: { is: 'leads', not: 'does not lead', hedged: 'reportedly leads' },
  member_of: { is: 'is a member of', not: 'is not a member of', hedged: 'is reportedly a member of' },
  part_of: { is: 'is part of', not: 'is not part of', hedged: 'is reportedly part of' },
  sponsors: { is: 'sponsors', not: 'does not sponsor', hedged: 'reportedly sponsors' },
  allied_with: { is: 'is allied with', not: 'is not allied with', hedged: 'is reportedly allied with' },
  hostile_to: { is: 'is hostile to', not: 'is not hostile to', hedged: 'is reportedly hostile to' },
  attacked: { is: 'attacked', not: 'did not attack', hedged: 'reportedly attacked' },
  arrested: { is: 'arrested', not: 'did not arrest', hedged: 'reportedly arrested' },
  supplied: { is: 'supplied', not: 'did not supply', hedged: 'reportedly supplied' },
  operates_in: { is: 'operates in', not: 'does not operate in', hedged: 'reportedly operates in' },
  located_in: { is: 'lies in', not: 'does not lie in', hedged: 'reportedly lies in' },
  relative_of: { is: 'is a relative of', not: 'is not a relative of', hedged: 'is reportedly a relative of' },
});

/** Escapes Markdown so a name or quote from an article cannot open a link, emphasis, HTML or a footnote. */
export function mdEscape(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[\\`*_[\]<>#|!]/g, (c) => `\\${c}`);
}

/** "A", "A and B", "A, B and C". */
export function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)!}`;
}
