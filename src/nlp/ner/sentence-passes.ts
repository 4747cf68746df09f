import { isDemonym, isPlaceName } from '../lexicon/index.js';
import { make, type Candidate } from './candidate.js';
import { EVENT_HEAD, GEO_NOUN, IZAFA_NAME, ORG_OPENER, YEAR } from './name-words.js';
import { extendToYear } from './span-typing.js';
import type { TaggerToken } from './tagger-tokens.js';

// Post-rule passes over a sentence's whole candidate list, once each span is typed: place frames, titled
// works, controlled territories, untagged group names and named events read a candidate by its
// neighbours. Separate from span typing because they see several candidates at once.

/**
 * "the Brell and Osk districts", "the districts of Brell and Kessa", "Kessa and Lowmarsh
 * provinces": names in a list framed by a place noun are places, whatever the tagger guessed.
 */
export function typeByGeographicFrame(tokens: readonly TaggerToken[], out: Candidate[]): void {
  const sorted = out.filter((c) => !c.listed && (c.type === 'person' || c.type === 'organization' || c.type === 'location')).sort((a, b) => a.first - b.first);
  for (let i = 0; i < sorted.length; i++) {
    const run = [sorted[i]!];
    while (i + 1 < sorted.length && sorted[i + 1]!.first === run[run.length - 1]!.last + 1 && /^(and|,|or)$/.test(tokens[run[run.length - 1]!.last]!.text)) run.push(sorted[++i]!);
    const after = tokens[run[run.length - 1]!.last];
    const of = tokens[run[0]!.first - 1];
    const before = tokens[run[0]!.first - 2];
    const framed = (after !== undefined && /^\p{Ll}/u.test(after.text) && GEO_NOUN.test(after.text) && (run.length > 1 || /s$/.test(after.text)))
      || (of?.text === 'of' && before !== undefined && /^\p{Ll}/u.test(before.text) && GEO_NOUN.test(before.text))
      || listedAfterPlaceKind(tokens, run[0]!.first);
    // A name the sentence shows to be a person or a group ("…, director-general of") keeps that reading.
    // The frame is a cue like an actor's: it outweighs the tagger's other readings of the name in the document vote.
    if (framed) for (const c of run) if (c.contextCue === undefined) { c.type = 'location'; c.contextCue = 'place frame'; }
  }
}

// Plural kinds of place or installation a list of examples may follow: "facilities such as the X", "towns including X".
const PLACE_KINDS = /^(towns|cities|villages|districts|provinces|regions|areas|facilities|camps|bases|mosques|seminaries|madrasas|compounds|sites|airports|ports|prisons|hospitals|checkpoints|neighbourhoods|neighborhoods|suburbs)$/i;
/** "facilities such as the Markaz X", "towns including Osk and Varn": examples of a kind of place are places. */
function listedAfterPlaceKind(tokens: readonly TaggerToken[], first: number): boolean {
  let k = first - 1;
  if (tokens[k]?.text.toLowerCase() === 'the') k--;
  if (tokens[k]?.text === 'as' && tokens[k - 1]?.text === 'such') k -= 2;
  else if (tokens[k]?.text === 'including' || tokens[k]?.text === 'like') k--;
  else return false;
  if (tokens[k]?.text === ',') k--;
  return PLACE_KINDS.test(tokens[k]?.text ?? '');
}

/** "its magazine Yalgaar", "the report Silent Borders": a name right after a kind of work is that work. */
export function typeTitledWorks(tokens: readonly TaggerToken[], out: Candidate[]): void {
  for (const c of out) {
    const before = tokens[c.first - 1]?.text ?? '';
    if (!c.listed && c.type !== 'event' && /^(magazine|newspaper|newsletter|journal|book|report|video|documentary|film|podcast)$/.test(before)) c.type = 'work';
  }
}

/** "Indian-administered Kashmir", "Russian-occupied Crimea": the whole phrase names the territory. */
export function extendControlledPlaces(tokens: readonly TaggerToken[], out: Candidate[]): void {
  out.forEach((place, index) => {
    const [who, hyphen, how] = [tokens[place.first - 3], tokens[place.first - 2], tokens[place.first - 1]];
    if (place.type !== 'location' || !who || !hyphen || !how || hyphen.start !== who.end || how.start !== hyphen.end) return;
    if (!/^\p{Lu}/u.test(who.text) || !/^[-\u2010\u2011]$/.test(hyphen.text) || !/^(administered|occupied|controlled|held|annexed)$/.test(how.text)) return;
    out[index] = make(tokens, place.first - 3, place.last, 'location', 'pattern/controlled-place', place.listed);
    for (let i = out.length - 1; i >= 0; i--) if (i !== index && out[i]!.first === place.first - 3 && out[i]!.last <= place.first) out.splice(i, 1);
  });
}

/** Names opened by a word for army, movement or party ("Lashkar-e-Zarkand") that the tagger left untagged (an unknown hyphenated word opening a sentence) are added. */
export function addUntaggedGroupNames(tokens: readonly TaggerToken[], out: Candidate[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const izafa = IZAFA_NAME.exec(tokens[i]!.text);
    if (!izafa || !ORG_OPENER.test(izafa[1]!) || out.some((c) => c.first <= i && c.last > i)) continue;
    let last = i + 1;
    while (last < tokens.length && /^\p{Lu}\p{Ll}/u.test(tokens[last]!.text) && !out.some((c) => c.first === last)) last++;
    out.push(make(tokens, i, last, 'organization', 'pattern/org-opener'));
  }
}

const textOf2 = (tokens: readonly TaggerToken[], c: Candidate): string => tokens.slice(c.first, c.last).map((t) => t.text).join(' ');

/**
 * "the 2008 Mumbai attacks", "the Safoora Goth bus massacre": a place followed, through at most two
 * lower-case modifiers, by an event noun names an event. The place stays a location mention too.
 */
export function addNamedEvents(tokens: readonly TaggerToken[], out: Candidate[]): void {
  // A year before it ("the 2023 Kessa bombing") makes even a name the tagger took for a group the site.
  const dated = (c: Candidate): boolean => c.type === 'organization' && !c.listed && c.last - c.first === 1 && /^\p{Lu}\p{Ll}+$/u.test(tokens[c.first]!.text) && YEAR.test(tokens[c.first - 1]?.text ?? '');
  for (const place of out.filter((c) => c.type === 'location' || c.type === 'misc' || c.type === 'person' || dated(c) || isPlaceName(textOf2(tokens, c)))) {
    let j = place.last;
    while (j < tokens.length && j - place.last < 2 && /^\p{Ll}+$/u.test(tokens[j]!.text) && !EVENT_HEAD.test(tokens[j]!.text) && (tokens[j]!.pos === 'NOUN' || tokens[j]!.pos === 'ADJ')) j++;
    const head = tokens[j];
    if (head === undefined || !EVENT_HEAD.test(head.text) || !/^\p{Ll}/u.test(head.text)) continue;
    if (out.some((c) => c.type === 'event' && c.first <= place.first && c.last > j)) continue;
    if (isDemonym(textOf2(tokens, place))) continue;   // "the Afghan war" describes; it does not name
    out.push(make(tokens, extendToYear(tokens, place.first), j + 1, 'event', 'pattern/place-event'));
    // What names the site of a named attack is a place ("the Kessa market bombing"), unless it is a nationality.
    if (place.type !== 'location' && !place.listed && !isDemonym(textOf2(tokens, place))) place.type = 'location';
  }
}
