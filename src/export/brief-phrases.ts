import type { Predicate } from '../core/index.js';

export interface ClaimWording {
  /** "leads": the claim as its source states it. */
  readonly is: string;
  readonly not: string;
  /** "reportedly leads": when every source that states it hedges it. */
  readonly hedged: string;
  /** "leading": after "denies", so a party's own denial never reads as a third source ("X denies leading Y"). */
  readonly gerund: string;
  /** "to lead": after "claims", for a party's own statement ("X claims to have attacked Y"). */
  readonly infinitive: string;
}

/** How a claim is worded in the brief: present tense for states, past for acts; negated forms for denials. */
export const CLAIM_VERB: Readonly<Record<Predicate, ClaimWording>> = Object.freeze({
  leader_of: { is: 'leads', not: 'does not lead', hedged: 'reportedly leads', gerund: 'leading', infinitive: 'to lead' },
  member_of: { is: 'is a member of', not: 'is not a member of', hedged: 'is reportedly a member of', gerund: 'being a member of', infinitive: 'to be a member of' },
  part_of: { is: 'is part of', not: 'is not part of', hedged: 'is reportedly part of', gerund: 'being part of', infinitive: 'to be part of' },
  sponsors: { is: 'sponsors', not: 'does not sponsor', hedged: 'reportedly sponsors', gerund: 'sponsoring', infinitive: 'to sponsor' },
  allied_with: { is: 'is allied with', not: 'is not allied with', hedged: 'is reportedly allied with', gerund: 'being allied with', infinitive: 'to be allied with' },
  hostile_to: { is: 'is hostile to', not: 'is not hostile to', hedged: 'is reportedly hostile to', gerund: 'being hostile to', infinitive: 'to be hostile to' },
  attacked: { is: 'attacked', not: 'did not attack', hedged: 'reportedly attacked', gerund: 'attacking', infinitive: 'to have attacked' },
  arrested: { is: 'arrested', not: 'did not arrest', hedged: 'reportedly arrested', gerund: 'arresting', infinitive: 'to have arrested' },
  supplied: { is: 'supplied', not: 'did not supply', hedged: 'reportedly supplied', gerund: 'supplying', infinitive: 'to have supplied' },
  operates_in: { is: 'operates in', not: 'does not operate in', hedged: 'reportedly operates in', gerund: 'operating in', infinitive: 'to operate in' },
  located_in: { is: 'lies in', not: 'does not lie in', hedged: 'reportedly lies in', gerund: 'lying in', infinitive: 'to lie in' },
  relative_of: { is: 'is a relative of', not: 'is not a relative of', hedged: 'is reportedly a relative of', gerund: 'being a relative of', infinitive: 'to be a relative of' },
});

/** Predicates that report something done at a time: the brief lists them as events, in date order. */
export const EVENT_PREDICATES: ReadonlySet<Predicate> = new Set(['attacked', 'arrested']);

/** Roles that only repeat the predicate ("a member … as member") and are left out of the sentence. */
export const REDUNDANT_ROLE: Readonly<Partial<Record<Predicate, ReadonlySet<string>>>> = {
  leader_of: new Set(['leader']),
  member_of: new Set(['member']),
};

/** Escapes Markdown so a name or quote from an article cannot open a link, emphasis, HTML or a footnote. */
export function mdEscape(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[\\`*_[\]<>#|!]/g, (c) => `\\${c}`);
}

/** Escapes text for HTML element content and double-quoted attribute values. */
export function htmlEscape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** "A", "A and B", "A, B and C". */
export function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)!}`;
}

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** "two outlets", "one document", "12 documents": words up to ten, as a brief is read aloud. */
export function countOf(n: number, noun: string, pluralNoun = `${noun}s`): string {
  return `${NUMBER_WORDS[n] ?? String(n)} ${n === 1 ? noun : pluralNoun}`;
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "The Harbour Ledger" and "Harbour Ledger" are the same publisher. */
export function sameName(a: string, b: string): boolean {
  const key = (s: string): string => s.toLowerCase().replace(/^the\s+/, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return key(a) === key(b);
}

// Nouns that take no article because they are plural or collective: "according to police", "according to officials".
const COLLECTIVE = new Set(['police', 'people', 'staff', 'military', 'army', 'media', 'intelligence']);
const COMMON_HEAD = new Set([...COLLECTIVE, 'officials', 'residents', 'witnesses', 'sources', 'analysts', 'diplomats', 'security', 'government', 'officers',
  'report', 'reports', 'statement', 'dossier', 'document', 'documents', 'communique', 'communiqué', 'video', 'leaflet', 'leaflets', 'letter', 'memo', 'cable', 'assessment']);

/** An unnamed source as a noun phrase: "a police dossier", "officials", "Cassaria's interior ministry". */
export function describedSource(label: string): string {
  const raw = label.replace(/^~/, '').trim();
  // "Police dossier" heads a sentence in the article; mid-sentence in the brief it is "a police dossier".
  const first = raw.split(/\s+/)[0]!.toLowerCase();
  const text = COMMON_HEAD.has(first) ? first + raw.slice(first.length) : raw;
  const lower = text.toLowerCase();
  const last = lower.split(/\s+/).at(-1) ?? '';
  if (/^(the|a|an|his|her|its|their|some|several|two|three|four|many|one|unnamed|former)\b/.test(lower) || /['’]s\b/.test(lower)) return text;
  if (COLLECTIVE.has(last) || (/s$/.test(last) && !/(ss|us|is)$/.test(last))) return text;
  return `${/^[aeiou]/.test(lower) ? 'an' : 'a'} ${text}`;
}
