import type { EntityType, Rule } from '../../core/index.js';
import { findArmedGroup, findCountry, isDemonym } from '../lexicon/index.js';
import { spansOf, type NeType } from './labels.js';
import type { TaggerToken } from './tagger-tokens.js';

/** A typed span found in one sentence, before it becomes a Mention. */
export interface Candidate {
  readonly start: number;
  readonly end: number;
  /** Tagger-token range, end exclusive. */
  readonly first: number;
  readonly last: number;
  readonly type: EntityType;
  readonly rule: Rule;
  /** The name in the same sentence that this one abbreviates or spells out. */
  antecedent?: Candidate;
}

const NE_TO_ENTITY: Readonly<Record<Exclude<NeType, 'MISC'>, EntityType>> = { PER: 'person', ORG: 'organization', LOC: 'location' };
// Heads that make a named span a bounded happening ("the 2008 Mumbai attacks", "a bus massacre")
// or a named document, publication or recording ("the Doha Agreement", "Dabiq magazine").
const EVENT_HEAD = /^(attacks?|massacres?|bombings?|blasts?|explosions?|sieges?|shootings?|killings?|assaults?|uprising|insurgency|war|riots?|offensive|hijacking|kidnapping)$/i;
const WORK_HEAD = /^(agreements?|accords?|treaty|declaration|charter|pact|resolution|report|dossier|magazine|newsletter|journal|video|documentary|book|manifesto|memorandum|doctrine|plan)$/i;
const WORK_TRAILER = /^(magazine|newsletter|video|documentary|report|book|film|podcast|channel)$/;
const YEAR = /^(1[89]|20)\d\d$/;
const ACRONYM = /^(?=(?:.*\p{Lu}){2})[\p{L}\p{N}&.-]{2,10}$/u;

const textOf = (text: string, tokens: readonly TaggerToken[], first: number, last: number): string => text.slice(tokens[first]!.start, tokens[last - 1]!.end);
const make = (tokens: readonly TaggerToken[], first: number, last: number, type: EntityType, rule: Rule): Candidate =>
  ({ start: tokens[first]!.start, end: tokens[last - 1]!.end, first, last, type, rule });

/**
 * Turns one sentence's IOB2 tags into typed candidates. Each rule below fixes a way the CoNLL label
 * set differs from dossier's entity types; they run in this order because later rules read the
 * types that earlier ones settle.
 */
export function applyPostRules(text: string, tokens: readonly TaggerToken[], tags: readonly string[]): Candidate[] {
  const out: Candidate[] = [];
  for (const span of spansOf(tags)) {
    const surface = textOf(text, tokens, span.start, span.end);
    // "Baloch", "Pakistani": nationality and ethnic adjectives are not entities in our format.
    if (span.end - span.start === 1 && isDemonym(surface)) continue;
    if (span.type === 'MISC') {
      const misc = typeMisc(tokens, span.start, span.end);
      if (misc) out.push(misc);
      continue;
    }
    // A name on a reference list overrides the tagger's type: CoNLL's sports pages make "Pakistan" an ORG (the team).
    const type = findCountry(surface) ? 'location' : findArmedGroup(surface) ? 'organization' : NE_TO_ENTITY[span.type];
    out.push(make(tokens, span.start, span.end, type, 'model/ner'));
  }
  addNamedEvents(tokens, out);
  linkParentheticalAcronyms(text, tokens, out);
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

// CoNLL's MISC mixes nationalities, events, works and more; only events and works are entities here.
function typeMisc(tokens: readonly TaggerToken[], first: number, last: number): Candidate | null {
  const head = tokens[last - 1]!.text;
  if (EVENT_HEAD.test(head)) return make(tokens, extendToYear(tokens, first), last, 'event', 'model/ner-misc-event');
  if (WORK_HEAD.test(head)) return make(tokens, first, last, 'work', 'model/ner-misc-work');
  const after = tokens[last]?.text;
  if (after !== undefined && WORK_TRAILER.test(after)) return make(tokens, first, last, 'work', 'model/ner-misc-work');
  return null;
}

const extendToYear = (tokens: readonly TaggerToken[], first: number): number => (first > 0 && YEAR.test(tokens[first - 1]!.text) ? first - 1 : first);

/**
 * "the 2008 Mumbai attacks", "the Safoora Goth bus massacre": a place followed, through at most two
 * lower-case modifiers, by an event noun names an event. The place stays a location mention too.
 */
function addNamedEvents(tokens: readonly TaggerToken[], out: Candidate[]): void {
  for (const place of out.filter((c) => c.type === 'location')) {
    let j = place.last;
    while (j < tokens.length && j - place.last < 2 && /^\p{Ll}+$/u.test(tokens[j]!.text) && !EVENT_HEAD.test(tokens[j]!.text) && (tokens[j]!.pos === 'NOUN' || tokens[j]!.pos === 'ADJ')) j++;
    const head = tokens[j];
    if (head === undefined || !EVENT_HEAD.test(head.text) || !/^\p{Ll}/u.test(head.text)) continue;
    if (out.some((c) => c.type === 'event' && c.first <= place.first && c.last > j)) continue;
    out.push(make(tokens, extendToYear(tokens, place.first), j + 1, 'event', 'pattern/place-event'));
  }
}

/**
 * "Lashkar-e-Taiba (LeT)" and "ISKP (Islamic State Khorasan Province)": the bracketed form names the
 * same thing as the name before it, so it takes that name's type and links back to it.
 */
function linkParentheticalAcronyms(text: string, tokens: readonly TaggerToken[], out: Candidate[]): void {
  for (const name of [...out]) {
    const open = tokens[name.last];
    const inner = tokens[name.last + 1];
    const close = tokens[name.last + 2];
    if (open?.text !== '(' || inner === undefined || close?.text !== ')' || !ACRONYM.test(inner.text)) continue;
    const existing = out.findIndex((c) => c.first === name.last + 1 && c.last === name.last + 2);
    const acronym = make(tokens, name.last + 1, name.last + 2, name.type, 'pattern/parenthetical-acronym');
    acronym.antecedent = name;
    if (existing >= 0) out[existing] = acronym;
    else out.push(acronym);
  }
  for (const acronym of [...out]) {
    if (acronym.last - acronym.first !== 1 || !ACRONYM.test(textOf(text, tokens, acronym.first, acronym.last))) continue;
    if (tokens[acronym.last]?.text !== '(') continue;
    const expansion = out.find((c) => c.first === acronym.last + 1 && tokens[c.last]?.text === ')' && c.last - c.first >= 2);
    if (expansion && !expansion.antecedent) { expansion.antecedent = acronym; if (expansion.type !== acronym.type) out[out.indexOf(acronym)] = { ...acronym, type: expansion.type }; }
  }
}
