import type { EntityType, Mention } from '../core/index.js';
import { findCountry } from '../nlp/index.js';
import { fullNameRelation, isFullPersonName, shortFormRelation } from './person-name.js';
import type { SurfaceForm, SurfaceFormCache } from './surface-form.js';
import { ADMINISTRATIVE_NOUNS, ORGANIZATION_HEAD_NOUNS } from './text-cues.js';
import { foldCase } from './transliteration.js';
import { PLACE_KIND_NOUNS } from './document-short-forms.js';

/** A mention as resolution reads it: the NER's type may be corrected from context (see correctTypes). */
export interface TypedMention {
  readonly mention: Mention;
  readonly form: SurfaceForm;
  readonly type: EntityType;
  /** Why resolution changed the NER's type, when it did: kept so `dossier show` can say. */
  readonly typeReason?: string;
}

/**
 * Corrects the NER's type of a mention where the rest of the case shows it wrong, so that one
 * name typed two ways still resolves to one entity:
 * 0. a "person" or place followed by an administrative noun ("Orvan district", ", a farming town") or
 *    after a preposition of place ("in Orvan") is a place, and stays one,
 *    and a "group" that a gazetteer knows as a place is the place;
 * 1. a name typed one way by most of its mentions takes that type ("Olmvik" a place 30 times and
 *    a person once is a place), unless the odd one out is the surname of a person named nearby;
 * 2. a lone word or a shorter name that fits a full person name in the same document is that
 *    person's short form ("Vell" typed as a group after "Tomas Vell"), unless it names a country;
 *    a group-typed name of three words or more that fits a full person name anywhere in the case is that person.
 * `docRanges` gives each document's [first, end) indices into `mentions`.
 */
export function correctTypes<T extends TypedMention>(
  mentions: readonly T[],
  docRanges: readonly (readonly [number, number])[],
  texts: readonly string[],
  forms: SurfaceFormCache,
  isPlace: (name: string) => boolean = () => false,
): T[] {
  // A group-typed name that a gazetteer knows as a place is the place ("Olmvik said" is the town's
  // authorities, which the guidelines type as the place); person-typed ones are left alone, since
  // many surnames are also towns.
  const placeNames = new Map<SurfaceForm, boolean>();
  const isPlaceForm = (form: SurfaceForm): boolean => {
    let known = placeNames.get(form);
    if (known === undefined) {
      known = isPlace(form.name);
      placeNames.set(form, known);
    }
    return known;
  };
  const out = mentions.map((p): T => (p.type === 'organization' && p.form.acronym === null && isPlaceForm(p.form) ? retyped(p, 'location', forms, `a place gazetteer lists "${p.form.name}"`) : p));
  // "Hibra village … Hibra": a one-word "person" that is the bare name of a place named in the same document is the place.
  docRanges.forEach(([first, end]) => {
    const bare = new Set<string>();
    for (let i = first; i < end; i++) {
      const p = out[i]!;
      const words = p.form.name.split(' ');
      if (p.type === 'location' && words.length >= 2 && PLACE_KIND_NOUNS.has(foldCase(words[words.length - 1]!))) bare.add(foldCase(words.slice(0, -1).join(' ')));
    }
    if (bare.size === 0) return;
    for (let i = first; i < end; i++) {
      const p = out[i]!;
      if (p.type === 'person' && p.form.core.length === 1 && bare.has(foldCase(p.form.name))) out[i] = retyped(p, 'location', forms, `"${p.form.name}" is the bare name of a place named in the same document`);
    }
  });
  // The text beside a mention is better evidence than votes elsewhere: these are settled first and kept,
  // and their name is a place wherever else it is typed a person without fitting one ("Kestrel Fen").
  const settled = new Set<number>();
  const placeKeys = new Set<string>();
  docRanges.forEach(([first, end], d) => {
    for (let i = first; i < end; i++) {
      const p = out[i]!;
      if ((p.type === 'person' || p.type === 'location') && readsAsPlace(texts[d]!, p.mention.start, p.mention.end)) {
        if (p.type === 'person') out[i] = retyped(p, 'location', forms, `"${p.mention.text}" stands where places stand ("${contextOf(texts[d]!, p.mention.start, p.mention.end)}")`);
        settled.add(i);
        placeKeys.add(p.form.key);
      }
    }
  });
  const votes = new Map<string, Map<EntityType, number>>();
  for (const { form, type } of out) {
    if (form.key === '' || form.acronym !== null) continue;
    const tally = votes.get(form.key) ?? new Map<EntityType, number>();
    tally.set(type, (tally.get(type) ?? 0) + 1);
    votes.set(form.key, tally);
  }
  // Full person names anywhere in the case, by first word: a group-typed "Tarek Olm Orvani" in one article
  // is the "Tarek Olm" another article names as a person.
  const caseByFirstWord = new Map<string, SurfaceForm[]>();
  for (const p of out) {
    if (p.type !== 'person' || p.form.core.length < 2 || placeKeys.has(p.form.key)) continue;
    const list = caseByFirstWord.get(p.form.core[0]!) ?? caseByFirstWord.set(p.form.core[0]!, []).get(p.form.core[0]!)!;
    if (!list.some((f) => f.key === p.form.key)) list.push(p.form);
  }
  // Three words or more: a two-word group may be named after a person ("Abu Varro" the group, "Abu Varro al-Kessi" its founder).
  const fitsPersonInCase = (p: T): boolean => {
    if (p.type !== 'organization' || p.form.core.length < 3) return false;
    const named = caseByFirstWord.get(forms.get(p.mention.text, 'person').core[0]!);
    return named !== undefined && fitsPersonNamed(p, named, forms);
  };
  for (const [first, end] of docRanges) {
    const people = out.slice(first, end).filter((p) => p.type === 'person' && isFullPersonName(p.form) && !placeKeys.has(p.form.key)).map((p) => p.form);
    // First and last words of the people named here: a cheap test before the full comparison.
    const personWords = new Set(people.flatMap((f) => [f.core[0]!, f.core[f.core.length - 1]!]));
    for (let i = first; i < end; i++) {
      const p = out[i]!;
      if (p.form.acronym !== null || p.form.key === '' || settled.has(i)) continue;
      const fitsHere = personWords.has(p.form.core[0]!) || personWords.has(p.form.core[p.form.core.length - 1]!) ? fitsPersonNamed(p, people, forms) : false;
      const fitsPerson = fitsHere || fitsPersonInCase(p);
      const majority = majorityType(votes.get(p.form.key));
      if (p.type === 'person' && placeKeys.has(p.form.key) && !fitsPerson) {
        out[i] = retyped(p, 'location', forms, `"${p.mention.text}" reads as a place elsewhere in the case`);
      } else if (p.type === 'organization' && p.form.core.length === 1 && placeKeys.has(p.form.key)) {
        // "Tengri says …" after "a diplomat in Tengri": a capital speaking for its state is still the place.
        out[i] = retyped(p, 'location', forms, `"${p.mention.text}" reads as a place elsewhere in the case; a place acting stays a place`);
      } else if (majority !== null && majority !== p.type && !(p.type === 'person' && fitsPerson)) {
        out[i] = retyped(p, majority, forms, `most mentions of "${p.form.name}" in the case are typed ${majority}`);
      } else if (p.type !== 'person' && fitsPerson && (majority === null || majority === 'person')) {
        out[i] = retyped(p, 'person', forms, `"${p.mention.text}" fits the full name of a person named in ${fitsHere ? 'the same document' : 'another document of the case'}`);
      }
    }
  }
  return out;
}

// "Orakzai district", "Varn province": a name followed by an administrative noun is a place, whatever the NER said.
const PLACE_NOUN = /^\s+(?:district|province|city|town|village|valley|region|county|tehsil|division|governorate|oblast|prefecture|municipality|base|airbase|outpost|checkpoint)\b/i;
// "Kestrel Fen, a farming town": a place noun in apposition.
const PLACE_APPOSITION = /^\s*,\s+(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,2}(?:town|village|city|district|province|region|valley|county|hamlet|settlement|border town|port)\b/iu;
// "fighting in Kestrel Fen", "near Olmvik": a preposition of place before a name that is not a possessive.
const PLACE_PREPOSITION = /\b(?:in|near|outside|into|across|around)\s+(?:the\s+)?$/i;

function readsAsPlace(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 40);
  if (PLACE_NOUN.test(after) || PLACE_APPOSITION.test(after)) return true;
  return PLACE_PREPOSITION.test(text.slice(Math.max(0, start - 12), start)) && !/^['’]s\b/.test(after);
}

// Nouns that make a name built on a person's name into a group or place named after them.
const NAMED_AFTER_NOUN: ReadonlySet<string> = new Set([...ORGANIZATION_HEAD_NOUNS, ...ADMINISTRATIVE_NOUNS,
  'street', 'road', 'square', 'airport', 'mosque', 'madrasa', 'school', 'hospital', 'camp', 'bridge', 'stadium', 'town', 'city', 'village']);

export function retyped<T extends TypedMention>(p: T, type: EntityType, forms: SurfaceFormCache, reason: string): T {
  return { ...p, form: forms.get(p.mention.text, type), type, typeReason: reason };
}

// A few words either side of a mention, to quote in a type reason.
const contextOf = (text: string, start: number, end: number): string => text.slice(Math.max(0, start - 20), Math.min(text.length, end + 30)).replace(/\s+/g, ' ').trim();

// A clear majority: more than half of at least three mentions.
function majorityType(tally: ReadonlyMap<EntityType, number> | undefined): EntityType | null {
  if (!tally) return null;
  let total = 0;
  for (const n of tally.values()) total += n;
  if (total < 3) return null;
  for (const [type, n] of tally) if (n * 2 > total) return type;
  return null;
}

function fitsPersonNamed(p: TypedMention, people: readonly SurfaceForm[], forms: SurfaceFormCache): boolean {
  const asPerson = p.type === 'person' ? p.form : forms.get(p.mention.text, 'person');
  const fits = asPerson.core.length === 1 && asPerson.honorific === null
    ? people.some((full) => shortFormRelation(asPerson, full) !== null)
    // A longer name only when its last word is no group or place noun: "Tarek Olm Orvani" may be
    // him with a tribal name, "Tarek Olm Brigade" is a group named after him.
    : isFullPersonName(asPerson) && people.some((full) => full !== asPerson && fullNameRelation(asPerson, full) !== null
      && (full.core.length >= asPerson.core.length || !NAMED_AFTER_NOUN.has(foldCase(asPerson.name.split(' ').pop()!))));
  return fits && (p.type === 'person' || findCountry(asPerson.name) === null);
}
