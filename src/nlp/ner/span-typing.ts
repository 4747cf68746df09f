import { isNaturalFeatureNoun } from '../wordnet/index.js';
import { isCommonWord, isDemonym, isPlaceName } from '../lexicon/index.js';
import { make, type Candidate, type CandidateType } from './candidate.js';
import { CASE_PROFILE } from './features.js';
import { EVENT_HEAD, FACILITY_HEAD, FAITH_ADJECTIVE, GEO_NOUN, IZAFA_NAME, ORG_HEAD, ORG_OPENER, PLACE_FIRST, STRONG_GEO_HEAD, WORK_HEAD, WORK_TRAILER, YEAR } from './name-words.js';
import type { TaggerToken } from './tagger-tokens.js';

// Tests that settle one trimmed span's type from its own words and the words around it: its head, an
// opening word for army or party, a MISC name's head, an adjectival or shouted use, a place object.
// Separate from post-rules.ts, which orders these tests for a span and runs the sentence passes.


/** "Lashkar-e-Zarkand", "Jabhat al-Zarkand": a name opened by a word for army, movement or party is a group. */
export function opensWithOrgWord(tokens: readonly TaggerToken[], first: number): boolean {
  const word = tokens[first]!.text;
  const izafa = IZAFA_NAME.exec(word);
  if (izafa) return ORG_OPENER.test(izafa[1]!);
  return ORG_OPENER.test(word) && /^\p{Lu}/u.test(word) && /^(al|el|ul|e|i)?-?\p{Lu}/u.test(tokens[first + 1]?.text ?? '');
}

/**
 * "BLACK" in quotes: an all-caps word of four letters or more that running text writes in lower
 * case (the model's case profile) is emphasis, not an acronym. Dictionaries also list "nato" and
 * "opec", so the dictionary alone does not decide.
 */
export const isShoutedWord = (word: string, caseProfile: ReadonlyMap<string, number>): boolean => {
  if (word.length < 4 || !/^\p{Lu}+$/u.test(word) || !isCommonWord(word) || isPlaceName(word)) return false;
  const profile = caseProfile.get(word.toLowerCase());
  return profile === CASE_PROFILE.alwaysLower || profile === CASE_PROFILE.mostlyLower;
};

/**
 * The head word settles what the tagger guessed for names it never saw: a name ending in "Accord"
 * is a work, in "Foundation" or "Council" an organisation, one followed by "district" or "province"
 * (or "-based") a place.
 */
export function typeByHead(tokens: readonly TaggerToken[], first: number, last: number, tagged: CandidateType): CandidateType {
  const head = tokens[last - 1]!.text;
  if (last - first > 1 && /^\p{Lu}/u.test(head) && WORK_HEAD.test(head)) return 'work';     // "the Ridgeback Accord"
  // "Mount Kessa", "Lake Orvan"; "the Kessa Barrage", "Orvan General Hospital": features and facilities are places.
  if (last - first > 1 && (PLACE_FIRST.test(tokens[first]!.text) || (FACILITY_HEAD.test(head) && /^\p{Lu}/u.test(head)))) return 'location';
  // "Kessa Forest", "the Orvan Gorge": a name headed by a natural feature is a place, unless the head
  // also heads bodies ("Bank" is left to ORG_HEAD below); a surname that happens to be a feature's
  // plural ("Lagunas") is neither a common word nor a place.
  if (last - first > 1 && tagged !== 'person' && /^\p{Lu}\p{Ll}+$/u.test(head) && !ORG_HEAD.test(head) && isCommonWord(head) && isNaturalFeatureNoun(head)) return 'location';
  // "Central Hospital of Osk": a facility named after its place, head first.
  const of = tokens.slice(first + 1, last - 1).findIndex((t) => t.text === 'of') + first + 1;
  if (of > first && FACILITY_HEAD.test(tokens[of - 1]!.text) && /^\p{Lu}/u.test(tokens[of - 1]!.text)) return 'location';
  // "Tarvistan": a -stan name is a country or a province, whatever the tagger guessed.
  if (last - first === 1 && /^\p{Lu}\p{Ll}{3,}stan$/u.test(head) && tagged !== 'misc') return 'location';
  // "Sokwa State": a federal state named after a place; "Islamic State" is built on a common word and stays a group.
  if (last - first === 2 && head === 'State' && /^\p{Lu}\p{Ll}+$/u.test(tokens[first]!.text) && !isCommonWord(tokens[first]!.text) && !isDemonym(tokens[first]!.text)) return 'location';
  if (ORG_HEAD.test(head) && /^\p{Lu}/u.test(head) && last - first > 1) return 'organization';
  const next = tokens[last];
  // "Kessa-based": what something is based in is a place.
  if (next !== undefined && /^[-\u2010\u2011]$/.test(next.text) && tokens[last + 1]?.text === 'based' && next.start === tokens[last - 1]!.end) return 'location';
  if (next !== undefined && GEO_NOUN.test(next.text) && /^\p{Ll}/u.test(next.text)) return 'location';
  if (last - first > 1 && GEO_NOUN.test(tokens[last - 1]!.text) && /^\p{Lu}/u.test(tokens[last - 1]!.text) && (tagged !== 'organization' || STRONG_GEO_HEAD.test(tokens[last - 1]!.text))) return 'location';
  return tagged;
}

/**
 * "Baloch separatists", "Pashtun nationalists": one capitalised word (not an acronym) qualifying a
 * lower-case noun is an ethnic or national adjective, whatever type the tagger gave it. Acronyms
 * used the same way ("ISKP fighters") still name their group, and places ("Osk police") their
 * place, so the caller leaves both alone.
 */
export function isAdjectivalUse(tokens: readonly TaggerToken[], first: number, last: number): boolean {
  const word = tokens[last - 1]!.text;
  const next = tokens[last];
  if (!/^\p{Lu}\p{Ll}+$/u.test(word) || next === undefined) return false;
  // Two words only as a regional adjective: "South Asian security", "Central Asian states".
  if (last - first > 2 || (last - first === 2 && !/(an|ese|ish|ic)$/.test(word))) return false;
  return /^\p{Ll}+$/u.test(next.text) && (next.pos === 'NOUN' || next.pos === 'ADJ') && !EVENT_HEAD.test(next.text);
}

// CoNLL's MISC mixes nationalities, events, works and more; only events and works are entities here.
export function typeMisc(tokens: readonly TaggerToken[], first: number, last: number): Candidate {
  const head = tokens[last - 1]!.text;
  // "Indian Mujahideen", "The Sunday Guardian": CoNLL calls some such names MISC; the head makes them organisations.
  if (last - first >= 2 && ORG_HEAD.test(head) && /^\p{Lu}/u.test(head)) return make(tokens, first, last, 'organization', 'model/ner-misc-org');
  if (EVENT_HEAD.test(head)) return make(tokens, extendToYear(tokens, first), last, 'event', 'model/ner-misc-event');
  if (WORK_HEAD.test(head)) return make(tokens, first, last, 'work', 'model/ner-misc-work');
  const after = tokens[last]?.text;
  if (after !== undefined && WORK_TRAILER.test(after)) return make(tokens, first, last, 'work', 'model/ner-misc-work');
  return make(tokens, first, last, 'misc', 'model/ner');
}

export const extendToYear = (tokens: readonly TaggerToken[], first: number): number => (first > 0 && YEAR.test(tokens[first - 1]!.text) ? first - 1 : first);

/**
 * "across the Dolan-Varvan," tagged MISC: a name that is the object of a preposition of place, with
 * no noun after it to qualify (so not "in the Afghan capital"), is a place. Nationalities, faiths and
 * dictionary words ("in English", "in Islam") are left to the MISC rules.
 */
export function isPlaceObject(tokens: readonly TaggerToken[], first: number, last: number, surface: string): boolean {
  const before = tokens[first - 1]?.text === 'the' ? tokens[first - 2]?.text : tokens[first - 1]?.text;
  if (before === undefined || !/^(in|near|across|outside|around|into|inside|towards|toward)$/.test(before)) return false;
  if (/^\p{Ll}/u.test(tokens[last]?.text ?? '.') || isDemonym(surface) || FAITH_ADJECTIVE.test(surface) || isCommonWord(surface.toLowerCase())) return false;
  return surface.split(/[\s-]+/).every((w) => !isDemonym(w));
}
