import { isCommonWord, isDemonym, isPlaceName } from '../lexicon/index.js';
import type { TaggerToken } from './tagger-tokens.js';
import { isBodyHead } from './trailing-heads.js';

// Spans whose shape, not their words, shows the tagger cut them wrongly. Pure functions over token ranges.

const DIRECTION = /^(north|south|east|west|central|northern|southern|eastern|western|upper|lower|inner|outer)$/i;
const CONJUNCTION = /^(and|&|or)$/i;
const TITLE_OF = /^(chief|head|director|minister|secretary|commander|chairman|president|governor)$/i;

/**
 * "South and Central Asia": two directions share one head. Only the last conjunct is a contiguous
 * name ("Central Asia"), so the span is cut down to it rather than kept as a name nobody uses.
 * Returns the new first token; `last` (nothing left) when the span is only the elided "South".
 */
export function dropSharedHeadConjunct(tokens: readonly TaggerToken[], first: number, last: number): number {
  if (isElidedConjunct(tokens, first, last)) return last;
  if (last - first >= 4 && DIRECTION.test(tokens[first]!.text) && CONJUNCTION.test(tokens[first + 1]!.text) && DIRECTION.test(tokens[first + 2]!.text)) return first + 2;
  return first;
}

/** "South" in "South and Central Asia" when the tagger cut it off as a span of its own. */
function isElidedConjunct(tokens: readonly TaggerToken[], first: number, last: number): boolean {
  return last - first === 1 && DIRECTION.test(tokens[first]!.text) && CONJUNCTION.test(tokens[last]?.text ?? '') && DIRECTION.test(tokens[last + 1]?.text ?? '');
}

/**
 * "Chief of Army Staff", "National Security Adviser X": words that only make a title, common
 * dictionary words all, next to a title word, are no organisation. Also "Iranian National": a
 * nationality and "national" or "citizen" describe a person.
 */
export function isTitlePhrase(tokens: readonly TaggerToken[], first: number, last: number, trimmedTitleAfter: boolean): boolean {
  const words = tokens.slice(first, last).map((t) => t.text);
  const allCommon = (list: readonly string[]): boolean => list.length > 0 && list.every((w) => isCommonWord(w) && !isPlaceName(w));
  const titleOf = first >= 2 && /^of$/i.test(tokens[first - 1]!.text) && TITLE_OF.test(tokens[first - 2]!.text);
  const titleAfter = trimmedTitleAfter || TITLE_AT_END.test(tokens[last]?.text ?? '');
  // An organisation's head keeps it a name before a title: "Popular Front Chairman X" (but "Chief of Army Staff" is a title).
  if ((titleOf || (titleAfter && !words.some((w) => ORG_WORD.test(w) || /^front$/i.test(w)))) && allCommon(words)) return true;
  // "The Alliance" in a headline: a capitalised article before common words is headline style, not a name.
  if (words.length >= 2 && /^the$/i.test(words[0]!) && allCommon(words.slice(1)) && !ORG_WORD.test(words[words.length - 1]!) && !isBodyHead(words[words.length - 1]!)) return true;
  if (words.length >= 2 && TITLE_AT_END.test(words[words.length - 1]!) && allCommon(words.slice(0, -1))) return true;
  // "an Iranian National": a citizen described, not a body ("American Airlines" keeps its name).
  return words.length === 2 && isDemonym(words[0]!) && /^(nationals?|citizens?|origin|descent)$/i.test(words[1]!);
}
const TITLE_AT_END = /^(adviser|advisor|minister|secretary|chief|commander|director|spokesman|spokesperson|officer)$/i;
const ORG_WORD = /^(congress|party|army|front|council|movement|league|union|alliance|forces?|guard|police|service)$/i;

export interface CompoundPart {
  readonly start: number;
  readonly end: number;
  readonly isPlace: boolean;
}

/**
 * "Afghanistan-Pakistan border", "BLA-ISKP rivalry": a hyphenated token joining names that each stand
 * on their own (places on our lists, or acronyms) names each of them, not one thing. Null otherwise.
 */
export function splitNameCompound(token: TaggerToken): CompoundPart[] | null {
  const parts = token.text.split('-');
  if (parts.length < 2 || parts.some((p) => p.length < 2)) return null;
  const isAcronym = (p: string): boolean => /^\p{Lu}[\p{L}]*$/u.test(p) && (p.match(/\p{Lu}/gu) ?? []).length >= 2;
  if (!parts.every((p) => isPlaceName(p) || isAcronym(p))) return null;
  const out: CompoundPart[] = [];
  let offset = token.start;
  for (const part of parts) {
    out.push({ start: offset, end: offset + part.length, isPlace: isPlaceName(part) });
    offset += part.length + 1;
  }
  return out;
}

/**
 * "Anna Smith RVF Brell coordinator": a person's name does not run on into an acronym; a
 * headline or caption glued to a byline does. The span ends before the first all-caps word
 * (initials with dots and roman numerals are names' own).
 */
export function cutPersonAtAcronym(tokens: readonly TaggerToken[], first: number, last: number): number {
  for (let i = first + 1; i < last; i++) {
    const word = tokens[i]!.text;
    if (/^\p{Lu}{2,}$/u.test(word) && !/^[IVX]+$/.test(word)) return i;
  }
  return last;
}

// Nouns that put a person's name right after them: "ISKP leader X", "activist X", "his deputy X".
const ROLE_NOUN = /^(leader|chief|commander|spokesman|spokesperson|president|minister|coordinator|founder|emir|amir|deputy|operative|militant|activist|journalist|analyst|official|officer|cleric|preacher|son|daughter|brother|sister|father|mother|wife|husband|nephew|cousin|aide|envoy|ambassador|chairman|governor|commissioner|secretary)$/;

/** Is the span right after a lower-case role noun ("the group's leader X")? */
export const followsRoleNoun = (tokens: readonly TaggerToken[], first: number): boolean => first > 0 && ROLE_NOUN.test(tokens[first - 1]!.text);

/** "the X-led council": what leads is named right before "-led"; a multi-word name there is a person. */
export const precedesLed = (tokens: readonly TaggerToken[], last: number): boolean =>
  /^[-\u2010\u2011]$/.test(tokens[last]?.text ?? '') && tokens[last + 1]?.text === 'led' && tokens[last]!.start === tokens[last - 1]!.end;

const OFFICE_OF = /^(minister|secretary|ministry|director|commissioner|chief|head)$/i;
// Words of a government portfolio: "Foreign Affairs", "Interior", "Defence and Veterans".
const PORTFOLIO = /^(foreign|affairs|interior|defence|defense|justice|finance|home|internal|external|security|economy|economic|health|education|information|energy|oil|trade|commerce|agriculture|labour|labor|planning|public|works|transport|communications|religious|endowments|culture|youth|sports|water|environment|national|state|veterans|and|&)$/i;

/**
 * "the Minister of Foreign Affairs Ardo Mirkavi": after "<office> of", a span of dictionary words
 * (the portfolio) runs on into a person's name, which begins at the first word no portfolio uses
 * and has two capitalised words at least. Returns where the person's name starts, or null.
 */
export function personAfterPortfolio(tokens: readonly TaggerToken[], first: number, last: number): number | null {
  if (first < 2 || !/^of$/i.test(tokens[first - 1]!.text) || !OFFICE_OF.test(tokens[first - 2]!.text)) return null;
  let k = first;
  while (k < last && PORTFOLIO.test(tokens[k]!.text)) k++;
  if (k === first || last - k < 2 || !/^\p{Lu}/u.test(tokens[first]!.text)) return null;
  return tokens.slice(k, last).every((t) => /^\p{Lu}\p{Ll}/u.test(t.text)) ? k : null;
}

// Posts held by one person, which no body's name contains ("General", "Chief", "Command" do: "General Command").
const PERSONAL_POST = /^(envoy|commissioner|minister|spokesman|spokesperson|spokeswoman|chairman|chairperson|chairwoman|ambassador|president|secretary|commander|emir|amir|governor|mayor|senator|adviser|advisor|coordinator|founder)$/i;
const POST_MODIFIER = /^(special|deputy|vice|acting|interim|senior|foreign|defence|defense|prime|general|chief|high|regional|personal)$/i;

/**
 * "UN Special Envoy de Mistura", "Red Valley Front Commander Tam Varn" tagged as one body: a post
 * inside the span ends the body's name and opens the holder's. Returns where the post starts and
 * the holder's name begins (the span's end when only the post's portfolio follows), or null.
 */
export function splitAtInnerPost(tokens: readonly TaggerToken[], first: number, last: number): { postStart: number; holderStart: number } | null {
  for (let k = first + 1; k < last - 1; k++) {
    if (!PERSONAL_POST.test(tokens[k]!.text) || !/^\p{Lu}/u.test(tokens[k]!.text)) continue;
    let postStart = k;
    while (postStart > first && POST_MODIFIER.test(tokens[postStart - 1]!.text)) postStart--;
    let holderStart = k + 1;
    while (holderStart < last && (PERSONAL_POST.test(tokens[holderStart]!.text) || POST_MODIFIER.test(tokens[holderStart]!.text))) holderStart++;
    // "Osk State Commissioner for Internal Security": the post's portfolio in dictionary words ends the span; no holder is named in it.
    const portfolio = tokens.slice(holderStart + 1, last).map((t) => t.text);
    if (postStart > first && /^(for|of)$/.test(tokens[holderStart]?.text ?? '') && portfolio.length > 0 && portfolio.every((w) => isCommonWord(w))) return { postStart, holderStart: last };
    const holder = tokens.slice(holderStart, last).map((t) => t.text);
    // The holder's name: capitalised words, with a particle inside or in front ("de Mistura").
    const named = holder.length > 0 && /^\p{Lu}/u.test(holder[holder.length - 1]!) && holder.every((w) => /^\p{Lu}/u.test(w) || /^(de|da|del|van|von|der|al|el|bin|ibn|la|le|di|du)$/.test(w));
    if (postStart > first && named) return { postStart, holderStart };
  }
  return null;
}
