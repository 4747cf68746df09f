import type { Mention, Token } from '../../core/index.js';

// Nouns that make the name before them a place: "the Front's Kestrel Hill base", "the Osk camp".
// ("district" and "province" are read by the post-rules already; these are the installation nouns.)
const PLACE_HEAD = /^(base|bases|camp|camps|garrison|airbase|airport|outpost|stronghold|enclave|market|bazaar|district|province|town|village|city|region|valley|pass|crossing|checkpoint|border|frontier|suburb|neighbourhood|neighborhood)$/i;
// "Kestrel Hill, a farming town in …": an appositive that says what kind of place the name is.
const PLACE_KIND = /^(town|city|village|district|province|region|port|garrison|hamlet|suburb|valley|capital|enclave|settlement|municipality|county|island)$/i;
const APPOSITIVE_FILLER = /^(a|an|the|small|large|remote|farming|market|border|frontier|coastal|mountain|mountainous|northern|southern|eastern|western|river|desert|garrison|mining|fishing|industrial|strategic|key|major|dusty|provincial|district)$/i;

/**
 * The tagger reads a name by its words, so "Kestrel Hill" can look like a person ("Hill" is a surname).
 * What follows the name often settles it: a place noun right after it, or an appositive naming a kind of
 * place. A person or organization mention so framed becomes a location, and every mention of the same
 * name in the document follows, since one name keeps one type within an article.
 */
export function retypeByPlaceContext(tokens: readonly Token[], mentions: readonly Mention[]): Mention[] {
  const indexAtStart = new Map(tokens.map((t, i) => [t.start, i]));
  const indexAtEnd = new Map(tokens.map((t, i) => [t.end, i]));
  const places = new Set<string>();
  // A one-word "person" that is the last word of a full name in the article is a surname, whatever frames it.
  const personEndsAt = new Set(mentions.filter((m) => m.type === 'person').map((m) => m.end));
  const surnames = new Set(mentions.filter((m) => m.type === 'person' && m.text.includes(' ')).flatMap((m) => m.text.split(/\s+/)));
  for (const m of mentions) {
    if (m.type !== 'person' && m.type !== 'organization') continue;
    const last = indexAtEnd.get(m.end);
    const first = indexAtStart.get(m.start);
    if (last === undefined || first === undefined) continue;
    // "Abu Qarn air base": a kind of base may stand between the name and its head.
    const next = /^(air|naval|military|army|forward|rebel|militia)$/.test(tokens[last + 1]?.text ?? '') ? tokens[last + 2] : tokens[last + 1];
    const framedByHead = next !== undefined && next.sentenceIndex === m.sentenceIndex && PLACE_HEAD.test(next.text) && m.type === 'person';
    if (framedByHead || isPlaceAppositive(tokens, last, m.sentenceIndex)) places.add(m.text);
    if (m.type === 'person' && !m.text.includes(' ') && !surnames.has(m.text) && isStateFramed(tokens, first, last)) places.add(m.text);
    // "reporting by Tam Orlan in Birnin Osk": a name straight after a person and "in" is where that person is.
    if (m.type === 'person' && /^(in|near|outside)$/.test(tokens[first - 1]?.text ?? '') && personEndsAt.has(tokens[first - 2]?.end ?? -1)) places.add(m.text);
    // "clashed around Ngoro", "pushed towards Ngoro": these prepositions take a place straight after them, never a
    // body ("near the Front's lines" has its article); an acronym or a name with a group's head word stays a body.
    if (isProximityFramed(tokens, first, m)) places.add(m.text);
  }
  if (places.size === 0) return [...mentions];
  return mentions.map((m) => (places.has(m.text) && m.type !== 'location' ? { ...m, type: 'location' as const, rule: 'pattern/place-context' as const } : m));
}

const PROXIMITY = /^(near|around|outside|towards|toward|nearby)$/i;
const BODY_WORD = /^(front|army|brigade|brigades|forces?|council|movement|group|party|union|guard|police|militia|cartel|committee|battalion|corps|command|coalition|alliance|league|organi[sz]ation|network|state|government|ministry|agency)$/i;
function isProximityFramed(tokens: readonly Token[], first: number, m: Mention): boolean {
  const before = tokens[first - 1];
  if (before === undefined || before.sentenceIndex !== m.sentenceIndex || !PROXIMITY.test(before.text)) return false;
  const words = m.text.split(/\s+/);
  return !/^\p{Lu}{2,}$/u.test(m.text) && !words.some((w) => BODY_WORD.test(w));
}

// ", a farming town", ", the provincial capital": an article, a few describing words, then a kind of place.
function isPlaceAppositive(tokens: readonly Token[], last: number, sentenceIndex: number): boolean {
  if (tokens[last + 1]?.text !== ',' || !/^(a|an|the)$/i.test(tokens[last + 2]?.text ?? '')) return false;
  for (let k = last + 3; k < tokens.length && k <= last + 6; k++) {
    const t = tokens[k]!;
    if (t.sentenceIndex !== sentenceIndex) return false;
    if (PLACE_KIND.test(t.text)) return true;
    if (!APPOSITIVE_FILLER.test(t.text)) return false;
  }
  return false;
}

// Words before a name that only a place takes: "neighbouring Alder", "northern Alder", "across Alder".
const PLACE_BEFORE = /^(neighbouring|neighboring|northern|southern|eastern|western|central|north-eastern|northeastern|north-western|northwestern|south-eastern|southeastern|south-western|southwestern|across|throughout|inside)$/i;
// What a state has and a person does not: "Alder's border", "Alder's north", "Alder's foreign ministry".
const STATE_OWNS = /^(border|borders|territory|territories|north|south|east|west|northern|southern|eastern|western|capital|neighbours|neighbors|economy|embassy|ambassador|foreign|interior|airspace|coast|coastline|provinces|regions)$/i;

/**
 * A one-word name the tagger took for a person ("Alder" read like a surname) that the text frames as a
 * state: after "neighbouring" or a compass adjective, or owning a border, a capital or a foreign ministry.
 */
function isStateFramed(tokens: readonly Token[], first: number, last: number): boolean {
  const before = tokens[first - 1];
  if (before && before.sentenceIndex === tokens[first]!.sentenceIndex && PLACE_BEFORE.test(before.text)) return true;
  const mark = tokens[last + 1]?.text;
  return (mark === "'s" || mark === '’s') && STATE_OWNS.test(tokens[last + 2]?.text ?? '');
}
