import { isInflectedVerb, isNaturalFeatureNoun } from '../wordnet/index.js';
import { findArmedGroup, findCountry, isCommonWord, isDemonym, isPlaceName } from '../lexicon/index.js';
import { linkParentheticalAcronyms } from './acronym-links.js';
import { findActingStates } from './acting-states.js';
import { findLedCoalitions } from './led-coalitions.js';
import { findHyphenModifiers } from './hyphen-modifiers.js';
import { make, textOf, type Candidate, type CandidateType } from './candidate.js';
import { CASE_PROFILE } from './features.js';
import { joinHeadFirstNames } from './head-first-names.js';
import { isGroupMemberNoun, typeByActorContext } from './actor-context.js';
import { findBodyNames } from './body-names.js';
import { findNationalBodies } from './national-bodies.js';
import { joinBodiesOfOrganisations } from './of-phrase-bodies.js';
import { addQuotedAliases } from './quoted-aliases.js';
import { cutPersonAtAcronym, dropSharedHeadConjunct, followsRoleNoun, isTitlePhrase, personAfterPortfolio, precedesLed, splitAtInnerPost, splitNameCompound } from './span-shape-rules.js';
import { spansOf, type NeType, type TagSpan } from './labels.js';
import { extendToTrailingHead, untaggedBodies } from './trailing-heads.js';
import { findNumberedUnits } from './unit-names.js';
import type { TaggerToken } from './tagger-tokens.js';

const NE_TO_ENTITY: Readonly<Record<NeType, CandidateType>> = { PER: 'person', ORG: 'organization', LOC: 'location', MISC: 'misc' };
// Heads that make a named span a bounded happening ("the 2008 Mumbai attacks", "a bus massacre")
// or a named document, publication or recording ("the Doha Agreement", "Dabiq magazine").
const EVENT_HEAD = /^(attacks?|massacres?|bombings?|blasts?|explosions?|sieges?|shootings?|killings?|assaults?|uprising|insurgency|war|riots?|offensive|hijacking|kidnapping)$/i;
const WORK_HEAD = /^(agreements?|accords?|treaty|declaration|charter|pact|resolution|report|dossier|magazine|newsletter|journal|video|documentary|book|manifesto|memorandum|doctrine)$/i;
const WORK_TRAILER = /^(magazine|newsletter|video|documentary|report|book|film|podcast)$/;
const YEAR = /^(1[89]|20)\d\d$/;
const OPERATION = /^(Operation|Operativo|Operação|Opération|Operazione)$/;
const FUNCTION_WORD = /^(the|a|an|of|and|or|in|on|at|to|for|by|with|from)$/i;
// Head words of organisation names: "Azim Media Foundation", "Osk Unity Council".
const ORG_HEAD = /^(foundation|council|movement|army|front|party|brigades?|battalion|network|agency|ministry|department|bureau|institute|university|college|company|corporation|corp\.?|inc\.?|ltd\.?|group|organi[sz]ation|association|committee|commission|forces?|police|rangers|service|branch|league|union|society|trust|bank|federation|alliance|coalition|mujahideen|directorate|command|corps|guard|militia|cell|wing|mission|mujahideen|times|post|herald|tribune|guardian|gazette|chronicle|telegraph|observer|express|daily|dawn|radio|television|broadcasting|courier|monitor|review|weekly|bulletin|digest|mirror|sentinel|inquirer|dispatch)$/i;
// Urdu, Persian and Arabic words for army, movement, party, front or brigade that open the names of
// armed groups, joined to the rest by an izafa or article ("Lashkar-e-…", "Harkat-ul-…", "Jabhat al-…").
const ORG_OPENER = /^(lashkar|jaish|harkat|tehreek|tehrik|tahreek|jamaat|jamiat|sipah|sipah-e|hizb|hezb|ansar|jabhat|kataib|liwa|majlis|tanzeem|tanzim|fedayeen|mujahideen)$/i;
const IZAFA_NAME = /^(\p{Lu}\p{Ll}+)-(e|i|ul|al|ud|ur|ut|us|un|ash|as|ad|an|el)-\p{Lu}/u;
// Words that open the name of a natural feature, and heads of facilities, which the guidelines type as places.
const PLACE_FIRST = /^(Mount|Mt\.?|Lake|Lakes|Cape|Gulf|Bay|Jabal|Jebel|Wadi)$/;
const FACILITY_HEAD = /^(barrage|dam|reservoir|mosque|hospital|airport|airbase|bridge|square|municipality|penitentiary|prison|stadium|shrine|mountains|hills|plain|desert|island|islands|peninsula|highway|crossing|pass)$/i;
// Heads that make a place even of what the tagger took for a group ("Durand Line"); "City" and "State" do not ("Manchester City").
const STRONG_GEO_HEAD = /^(province|district|valley|river|mountains|line|region|county|governorate|oblast|prefecture|tehsil)$/i;
// Common nouns that follow a place name: "Osk district", "Brell province", "Kessa Valley".
const GEO_NOUN = /^(district|districts|province|provinces|region|regions|valley|county|counties|city|cities|town|towns|village|villages|state|states|border|borderlands|area|tehsil|agency|governorate|governorates|oblast|prefecture|capital|mountains|river|line)$/i;
// Titles that CoNLL leaves outside a name but that news copy glues to it: "Movement Chairman Dr. X", "Emir".
const TITLE = /^(mr|mrs|ms|dr|prof|gen|lt|col|maj|capt|sgt|sen|rep|gov|pres|president|prime|premier|minister|chairman|chairperson|chief|commander|emir|amir|spokesman|spokesperson|leader|head|director|secretary|general|colonel|major|captain|brigadier|lieutenant|senator|governor|mayor|judge|justice|ambassador|envoy|deputy|founder|coordinator|adviser|advisor|ingeniero|ingeniera|licenciado|licenciada|doctora|don|doña|señor|señora|senhor|senhora|coronel|comandante|capitán|capitão|teniente|tenente|sargento|général|colonel)\.?$/i;


/**
 * Turns one sentence's IOB2 tags into typed candidates. Each rule fixes a way the CoNLL label set
 * or CoNLL's wire-copy style differs from dossier's entity types and today's news; they run in this
 * order because later rules read the spans and types that earlier ones settle.
 */
export function applyPostRules(text: string, tokens: readonly TaggerToken[], tags: readonly string[], caseProfile: ReadonlyMap<string, number> = new Map()): Candidate[] {
  const out: Candidate[] = [];
  for (const raw of [...spansOf(tags), ...untaggedBodies(tokens, tags)].flatMap((span) => splitAtVerb(tokens, span))) typeSpan(text, tokens, extendToTrailingHead(tokens, tags, raw), caseProfile, out);
  joinHeadFirstNames(tokens, out);
  typeByActorContext(tokens, out);
  findBodyNames(tokens, out);
  findNumberedUnits(tokens, out);
  typeByGeographicFrame(tokens, out);
  typeTitledWorks(tokens, out);
  extendControlledPlaces(tokens, out);
  addUntaggedGroupNames(tokens, out);
  for (const body of findNationalBodies(tokens)) {
    if (!out.some((c) => c.first === body.first && c.last === body.last)) out.push(make(tokens, body.first, body.last, 'organization', 'pattern/national-body'));
  }
  findActingStates(tokens, out);
  findLedCoalitions(tokens, out);
  findHyphenModifiers(tokens, out);
  addNamedEvents(tokens, out);
  joinBodiesOfOrganisations(tokens, out);
  addQuotedAliases(tokens, out);
  linkParentheticalAcronyms(text, tokens, out);
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * "the Selu Guard retook Morvane" tagged as one name: a lower-case inflected English verb inside a span
 * ends the name before it and starts another after it ("défense" in "Forces de défense" is no English verb).
 */
function splitAtVerb(tokens: readonly TaggerToken[], span: TagSpan): TagSpan[] {
  for (let k = span.start + 1; k < span.end - 1; k++) {
    const word = tokens[k]!.text;
    if (/^\p{Ll}+$/u.test(word) && !FUNCTION_WORD.test(word) && isInflectedVerb(word)) return [{ ...span, end: k }, ...splitAtVerb(tokens, { ...span, start: k + 1 })];
  }
  return [span];
}

/** Trims one tagged span and settles its type, first rule that applies wins; pushes 0 to 3 candidates. */
function typeSpan(text: string, tokens: readonly TaggerToken[], raw: TagSpan, caseProfile: ReadonlyMap<string, number>, out: Candidate[]): void {
  const start = dropOutlineLabel(text, tokens, dropSharedHeadConjunct(tokens, trimLeadingFunctionWord(tokens, trimYear(tokens, raw.start, raw.end), raw.end), raw.end), raw.end);
  if (start >= raw.end) return;
  const end = raw.type === 'PER' ? cutPersonAtAcronym(tokens, start, raw.end) : raw.end;
  // "Ingeniero Tomás Berro Alcázar" tagged as a body: a title before a run of capitalised words opens a person's name.
  const titledPerson = raw.type !== 'PER' && end - start >= 3 && TITLE.test(tokens[start]!.text) && /^\p{Lu}/u.test(tokens[start]!.text)
    && tokens.slice(start + 1, end).every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.text)) && !isCommonWord(tokens[start + 1]!.text);
  const post = raw.type !== 'PER' ? splitAtInnerPost(tokens, start, end) : null;
  if (post !== null) {
    typeSpan(text, tokens, { type: raw.type, start, end: post.postStart }, caseProfile, out);
    if (post.holderStart < end) out.push(make(tokens, post.holderStart, end, 'person', 'pattern/post-holder'));
    return;
  }
  const titled = trimTitles(tokens, start, end, raw.type === 'PER' || titledPerson);
  if (titled === null) return;
  const span = withoutTrailingQualifier(text, tokens, titled);
  const surface = textOf(text, tokens, span.first, span.last);
  if (span.last - span.first === 1) {
    const parts = splitNameCompound(tokens[span.first]!);
    if (parts) {
      for (const p of parts) out.push({ start: p.start, end: p.end, first: span.first, last: span.last, type: p.isPlace ? 'location' : 'organization', rule: 'pattern/name-compound', listed: false });
      // "the Afghanistan-Pakistan border" names a border, a place of its own, besides the two countries.
      if (parts.every((p) => p.isPlace) && /^(border|frontier|boundary)$/.test(tokens[span.last]?.text ?? '')) out.push(make(tokens, span.first, span.last + 1, 'location', 'pattern/border'));
      return;
    }
  }
  // "Baloch", "Pakistani": nationality and ethnic adjectives are not entities in our format; MISC
  // spans stay as 'misc' votes so the same word tagged ORG elsewhere in the document is outvoted.
  if (span.last - span.first === 1 && isDemonym(surface)) { out.push(make(tokens, span.first, span.last, 'misc', 'model/ner')); return; }
  // "Shi'ite", "Yazidis", "Sunnis": faith words and their plurals name no entity either.
  if (span.last - span.first === 1 && FAITH_ADJECTIVE.test(surface.replace(/s$/, ''))) { out.push(make(tokens, span.first, span.last, 'misc', 'model/ner')); return; }
  // "Marines", "Loyalists": a capitalised plural of a dictionary word is a body of people, not one person's name.
  if (raw.type === 'PER' && span.last - span.first === 1 && /^\p{Lu}\p{Ll}+s$/u.test(surface) && isCommonWord(surface.toLowerCase()) && isCommonWord(surface.slice(0, -1).toLowerCase())) return;
  // "Operation Kolva Marsa", "Operativo Candela": a named military or police operation is an event, whatever its words look like.
  const operation = OPERATION.test(tokens[span.first]!.text) ? span.first : OPERATION.test(tokens[span.first - 1]?.text ?? '') ? span.first - 1 : -1;
  if (operation >= 0 && span.last - operation >= 2) { out.push(make(tokens, operation, span.last, 'event', 'pattern/named-operation')); return; }
  // A name on a reference list overrides the tagger's type: CoNLL's sports pages make "Pakistan" an
  // ORG (the team), and its guidelines make "Taleban" MISC, where for us it is a designated group.
  const listed = findCountry(surface) ? 'location' : findArmedGroup(withoutDemonym(surface)) ? 'organization' : null;
  if (listed) { out.push(make(tokens, span.first, span.last, listed, 'gazetteer/typed', true)); return; }
  if (opensWithOrgWord(tokens, span.first)) { out.push(make(tokens, span.first, span.last, 'organization', 'pattern/org-opener')); return; }
  // "RVF leader Tam Orlan Hale", "the Ilsa Varn-led council": the frame says person whatever the tagger guessed.
  const nameLike = span.last - span.first >= 2 && tokens.slice(span.first, span.last).every((t) => /^\p{Lu}\p{Ll}/u.test(t.text)) && !ORG_HEAD.test(tokens[span.last - 1]!.text) && !isPlaceName(surface);
  if (nameLike && (followsRoleNoun(tokens, span.first) || precedesLed(tokens, span.last))) { out.push(make(tokens, span.first, span.last, 'person', 'pattern/role-frame')); return; }
  if (titledPerson) { out.push(make(tokens, span.first, span.last, 'person', 'pattern/titled-person')); return; }
  const holder = raw.type !== 'PER' ? personAfterPortfolio(tokens, span.first, span.last) : null;
  if (holder !== null) { out.push(make(tokens, holder, span.last, 'person', 'pattern/office-holder')); return; }
  if (raw.type === 'MISC' && isPlaceObject(tokens, span.first, span.last, surface)) { out.push(make(tokens, span.first, span.last, 'location', 'pattern/misc-place-object')); return; }
  if (raw.type === 'MISC') { out.push(typeMisc(tokens, span.first, span.last)); return; }
  if (span.last - span.first === 1 && isShoutedWord(tokens[span.first]!.text, caseProfile)) return;
  // "THE" of a capitalised headline ("THE EMIR OF THE PASSES"): a function word alone names nothing.
  if (span.last - span.first === 1 && FUNCTION_WORD.test(surface)) return;
  if (raw.type !== 'PER' && isTitlePhrase(tokens, span.first, span.last, span.last < raw.end)) return;
  // "Kessa fighters" tagged ORG: the tagger read a group by its members, not an adjective ("Baloch" is a listed demonym).
  const groupOfMembers = raw.type === 'ORG' && isGroupMemberNoun(tokens[span.last]?.text ?? '');
  // "(HANA)", "KSB said": people are not written as acronyms; a group or an agency is.
  if (raw.type === 'PER' && span.last - span.first === 1 && /^\p{Lu}{2,6}$/u.test(surface) && !/^[IVX]+$/.test(surface)) { out.push(make(tokens, span.first, span.last, 'organization', 'pattern/acronym-not-person')); return; }
  const adjectival = (raw.type !== 'LOC' || span.last - span.first === 2) && !isPlaceName(surface) && !groupOfMembers && isAdjectivalUse(tokens, span.first, span.last);
  out.push(make(tokens, span.first, span.last, adjectival ? 'misc' : typeByHead(tokens, span.first, span.last, NE_TO_ENTITY[raw.type]), 'model/ner'));
}

/**
 * "the Brell and Osk districts", "the districts of Brell and Kessa", "Kessa and Lowmarsh
 * provinces": names in a list framed by a place noun are places, whatever the tagger guessed.
 */
function typeByGeographicFrame(tokens: readonly TaggerToken[], out: Candidate[]): void {
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
function typeTitledWorks(tokens: readonly TaggerToken[], out: Candidate[]): void {
  for (const c of out) {
    const before = tokens[c.first - 1]?.text ?? '';
    if (!c.listed && c.type !== 'event' && /^(magazine|newspaper|newsletter|journal|book|report|video|documentary|film|podcast)$/.test(before)) c.type = 'work';
  }
}

/** "Indian-administered Kashmir", "Russian-occupied Crimea": the whole phrase names the territory. */
function extendControlledPlaces(tokens: readonly TaggerToken[], out: Candidate[]): void {
  out.forEach((place, index) => {
    const [who, hyphen, how] = [tokens[place.first - 3], tokens[place.first - 2], tokens[place.first - 1]];
    if (place.type !== 'location' || !who || !hyphen || !how || hyphen.start !== who.end || how.start !== hyphen.end) return;
    if (!/^\p{Lu}/u.test(who.text) || !/^[-\u2010\u2011]$/.test(hyphen.text) || !/^(administered|occupied|controlled|held|annexed)$/.test(how.text)) return;
    out[index] = make(tokens, place.first - 3, place.last, 'location', 'pattern/controlled-place', place.listed);
    for (let i = out.length - 1; i >= 0; i--) if (i !== index && out[i]!.first === place.first - 3 && out[i]!.last <= place.first) out.splice(i, 1);
  });
}

/** "Lashkar-e-Zarkand", "Jabhat al-Zarkand": a name opened by a word for army, movement or party is a group. */
function opensWithOrgWord(tokens: readonly TaggerToken[], first: number): boolean {
  const word = tokens[first]!.text;
  const izafa = IZAFA_NAME.exec(word);
  if (izafa) return ORG_OPENER.test(izafa[1]!);
  return ORG_OPENER.test(word) && /^\p{Lu}/u.test(word) && /^(al|el|ul|e|i)?-?\p{Lu}/u.test(tokens[first + 1]?.text ?? '');
}

/** Such names the tagger left untagged (an unknown hyphenated word opening a sentence) are added. */
function addUntaggedGroupNames(tokens: readonly TaggerToken[], out: Candidate[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const izafa = IZAFA_NAME.exec(tokens[i]!.text);
    if (!izafa || !ORG_OPENER.test(izafa[1]!) || out.some((c) => c.first <= i && c.last > i)) continue;
    let last = i + 1;
    while (last < tokens.length && /^\p{Lu}\p{Ll}/u.test(tokens[last]!.text) && !out.some((c) => c.first === last)) last++;
    out.push(make(tokens, i, last, 'organization', 'pattern/org-opener'));
  }
}

/**
 * "C. Orvan Self-Defence Units" as a section heading: a letter and a dot opening a line label the
 * section, they are no initial of a person. Returns the first token after the label.
 */
function dropOutlineLabel(text: string, tokens: readonly TaggerToken[], first: number, last: number): number {
  const label = tokens[first];
  if (label === undefined || last - first < 2 || !/^[A-Z]\.$/.test(label.text)) return first;
  const lineStart = label.start === 0 || /\n[ \t]*$/.test(text.slice(Math.max(0, label.start - 4), label.start));
  return lineStart ? first + 1 : first;
}

// Prepositions, conjunctions and adverbs that open no name ("In" does: "In Amenas").
const LEADING_FUNCTION_WORD = /^(After|Before|During|Since|Until|Despite|Following|Amid|Among|Against|Although|Though|Unlike|While|When|Where|But|And|Or|Yet|Meanwhile|However|Moreover|Yesterday|Today|Tomorrow|Also|Only|Even|Still|Without|Into|Upon|Via|Toward|Towards|Beyond|Behind|Between|Within|Throughout|Through)$/;

/** "Two Years After Derazgul" in a title-case headline tagged "After Derazgul": the function word is no part of the name. */
const trimLeadingFunctionWord = (tokens: readonly TaggerToken[], first: number, last: number): number => (last - first > 1 && LEADING_FUNCTION_WORD.test(tokens[first]!.text) ? first + 1 : first);

/** "the 2008 Mumbai attacks" tagged "2008 Mumbai": a leading year is no part of a name (events add it back). */
const trimYear = (tokens: readonly TaggerToken[], first: number, last: number): number => (last - first > 1 && YEAR.test(tokens[first]!.text) ? first + 1 : first);

/**
 * "BLACK" in quotes: an all-caps word of four letters or more that running text writes in lower
 * case (the model's case profile) is emphasis, not an acronym. Dictionaries also list "nato" and
 * "opec", so the dictionary alone does not decide.
 */
const isShoutedWord = (word: string, caseProfile: ReadonlyMap<string, number>): boolean => {
  if (word.length < 4 || !/^\p{Lu}+$/u.test(word) || !isCommonWord(word) || isPlaceName(word)) return false;
  const profile = caseProfile.get(word.toLowerCase());
  return profile === CASE_PROFILE.alwaysLower || profile === CASE_PROFILE.mostlyLower;
};

/**
 * The head word settles what the tagger guessed for names it never saw: a name ending in "Accord"
 * is a work, in "Foundation" or "Council" an organisation, one followed by "district" or "province"
 * (or "-based") a place.
 */
function typeByHead(tokens: readonly TaggerToken[], first: number, last: number, tagged: CandidateType): CandidateType {
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

// Religious and sectarian adjectives: like demonyms, they qualify a name without being part of it.
const FAITH_ADJECTIVE = /^(sunni|shia|shi'ite|shi’ite|shiite|muslim|christian|hindu|sikh|jewish|buddhist|islamist|salafi|salafist|deobandi|barelvi|wahhabi|sufi|catholic|protestant|orthodox|alawite|druze|yazidi)$/i;

/** "anti-Iran Sunni groups": a country or place followed by a demonym or faith adjective is the place alone. */
function withoutTrailingQualifier(text: string, tokens: readonly TaggerToken[], span: { first: number; last: number }): { first: number; last: number } {
  if (span.last - span.first < 2) return span;
  const word = tokens[span.last - 1]!.text;
  if (!FAITH_ADJECTIVE.test(word) && !isDemonym(word)) return span;
  const rest = textOf(text, tokens, span.first, span.last - 1);
  return findCountry(rest) || isPlaceName(rest) ? { first: span.first, last: span.last - 1 } : span;
}

/** "Afghan Taliban" is looked up as "Taliban": a leading nationality qualifies a listed name without changing it. */
function withoutDemonym(surface: string): string {
  const space = surface.indexOf(' ');
  return space > 0 && isDemonym(surface.slice(0, space)) ? surface.slice(space + 1) : surface;
}

/**
 * "Baloch separatists", "Pashtun nationalists": one capitalised word (not an acronym) qualifying a
 * lower-case noun is an ethnic or national adjective, whatever type the tagger gave it. Acronyms
 * used the same way ("ISKP fighters") still name their group, and places ("Osk police") their
 * place, so the caller leaves both alone.
 */
function isAdjectivalUse(tokens: readonly TaggerToken[], first: number, last: number): boolean {
  const word = tokens[last - 1]!.text;
  const next = tokens[last];
  if (!/^\p{Lu}\p{Ll}+$/u.test(word) || next === undefined) return false;
  // Two words only as a regional adjective: "South Asian security", "Central Asian states".
  if (last - first > 2 || (last - first === 2 && !/(an|ese|ish|ic)$/.test(word))) return false;
  return /^\p{Ll}+$/u.test(next.text) && (next.pos === 'NOUN' || next.pos === 'ADJ') && !EVENT_HEAD.test(next.text);
}

/**
 * Drops a lone title ("Emir"), leading titles of a person ("Dr. Naseem X" → "Naseem X"; an
 * organisation keeps them: "General Motors"), and a trailing title that runs into the next name
 * ("Baloch National Movement Chairman Dr. X"). Null when nothing is left.
 */
function trimTitles(tokens: readonly TaggerToken[], first: number, last: number, isPerson: boolean): { first: number; last: number } | null {
  if (last - first === 1 && TITLE.test(tokens[first]!.text)) return null;
  while (isPerson && last - first > 1 && TITLE.test(tokens[first]!.text)) first++;
  while (last - first > 1 && TITLE.test(tokens[last - 1]!.text) && /^\p{Lu}/u.test(tokens[last]?.text ?? '')) last--;
  return { first, last };
}

// CoNLL's MISC mixes nationalities, events, works and more; only events and works are entities here.
function typeMisc(tokens: readonly TaggerToken[], first: number, last: number): Candidate {
  const head = tokens[last - 1]!.text;
  // "Indian Mujahideen", "The Sunday Guardian": CoNLL calls some such names MISC; the head makes them organisations.
  if (last - first >= 2 && ORG_HEAD.test(head) && /^\p{Lu}/u.test(head)) return make(tokens, first, last, 'organization', 'model/ner-misc-org');
  if (EVENT_HEAD.test(head)) return make(tokens, extendToYear(tokens, first), last, 'event', 'model/ner-misc-event');
  if (WORK_HEAD.test(head)) return make(tokens, first, last, 'work', 'model/ner-misc-work');
  const after = tokens[last]?.text;
  if (after !== undefined && WORK_TRAILER.test(after)) return make(tokens, first, last, 'work', 'model/ner-misc-work');
  return make(tokens, first, last, 'misc', 'model/ner');
}

const textOf2 = (tokens: readonly TaggerToken[], c: Candidate): string => tokens.slice(c.first, c.last).map((t) => t.text).join(' ');
const extendToYear = (tokens: readonly TaggerToken[], first: number): number => (first > 0 && YEAR.test(tokens[first - 1]!.text) ? first - 1 : first);

/**
 * "the 2008 Mumbai attacks", "the Safoora Goth bus massacre": a place followed, through at most two
 * lower-case modifiers, by an event noun names an event. The place stays a location mention too.
 */
function addNamedEvents(tokens: readonly TaggerToken[], out: Candidate[]): void {
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

/**
 * "across the Dolan-Varvan," tagged MISC: a name that is the object of a preposition of place, with
 * no noun after it to qualify (so not "in the Afghan capital"), is a place. Nationalities, faiths and
 * dictionary words ("in English", "in Islam") are left to the MISC rules.
 */
function isPlaceObject(tokens: readonly TaggerToken[], first: number, last: number, surface: string): boolean {
  const before = tokens[first - 1]?.text === 'the' ? tokens[first - 2]?.text : tokens[first - 1]?.text;
  if (before === undefined || !/^(in|near|across|outside|around|into|inside|towards|toward)$/.test(before)) return false;
  if (/^\p{Ll}/u.test(tokens[last]?.text ?? '.') || isDemonym(surface) || FAITH_ADJECTIVE.test(surface) || isCommonWord(surface.toLowerCase())) return false;
  return surface.split(/[\s-]+/).every((w) => !isDemonym(w));
}
