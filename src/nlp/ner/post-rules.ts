import { isInflectedVerb } from '../wordnet/index.js';
import { findArmedGroup, findCountry, isCommonWord, isDemonym, isPlaceName } from '../lexicon/index.js';
import { linkParentheticalAcronyms } from './acronym-links.js';
import { findActingStates } from './acting-states.js';
import { findLedCoalitions } from './led-coalitions.js';
import { findHyphenModifiers } from './hyphen-modifiers.js';
import { make, textOf, type Candidate, type CandidateType } from './candidate.js';
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
import { FAITH_ADJECTIVE, ORG_HEAD, TITLE } from './name-words.js';
import { dropOutlineLabel, trimLeadingFunctionWord, trimTitles, trimYear, withoutDemonym, withoutTrailingQualifier } from './span-trims.js';
import { isAdjectivalUse, isPlaceObject, isShoutedWord, opensWithOrgWord, typeByHead, typeMisc } from './span-typing.js';
import { addNamedEvents, addUntaggedGroupNames, extendControlledPlaces, typeByGeographicFrame, typeTitledWorks } from './sentence-passes.js';
import type { TaggerToken } from './tagger-tokens.js';

const NE_TO_ENTITY: Readonly<Record<NeType, CandidateType>> = { PER: 'person', ORG: 'organization', LOC: 'location', MISC: 'misc' };
const OPERATION = /^(Operation|Operativo|Operação|Opération|Operazione)$/;
const FUNCTION_WORD = /^(the|a|an|of|and|or|in|on|at|to|for|by|with|from)$/i;

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
