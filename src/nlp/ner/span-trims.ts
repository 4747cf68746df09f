import { findCountry, isDemonym, isPlaceName } from '../lexicon/index.js';
import { textOf } from './candidate.js';
import { FAITH_ADJECTIVE, TITLE, YEAR } from './name-words.js';
import type { TaggerToken } from './tagger-tokens.js';

// Where a tagged span begins and ends before it is typed: section labels, leading function words and
// years, titles and trailing demonyms that are no part of the name. Separate from typing (span-typing.ts)
// because these only move a span's edges.

/**
 * "C. Orvan Self-Defence Units" as a section heading: a letter and a dot opening a line label the
 * section, they are no initial of a person. Returns the first token after the label.
 */
export function dropOutlineLabel(text: string, tokens: readonly TaggerToken[], first: number, last: number): number {
  const label = tokens[first];
  if (label === undefined || last - first < 2 || !/^[A-Z]\.$/.test(label.text)) return first;
  const lineStart = label.start === 0 || /\n[ \t]*$/.test(text.slice(Math.max(0, label.start - 4), label.start));
  return lineStart ? first + 1 : first;
}

// Prepositions, conjunctions and adverbs that open no name ("In" does: "In Amenas").
const LEADING_FUNCTION_WORD = /^(After|Before|During|Since|Until|Despite|Following|Amid|Among|Against|Although|Though|Unlike|While|When|Where|But|And|Or|Yet|Meanwhile|However|Moreover|Yesterday|Today|Tomorrow|Also|Only|Even|Still|Without|Into|Upon|Via|Toward|Towards|Beyond|Behind|Between|Within|Throughout|Through)$/;

/** "Two Years After Derazgul" in a title-case headline tagged "After Derazgul": the function word is no part of the name. */
export const trimLeadingFunctionWord = (tokens: readonly TaggerToken[], first: number, last: number): number => (last - first > 1 && LEADING_FUNCTION_WORD.test(tokens[first]!.text) ? first + 1 : first);

/** "the 2008 Mumbai attacks" tagged "2008 Mumbai": a leading year is no part of a name (events add it back). */
export const trimYear = (tokens: readonly TaggerToken[], first: number, last: number): number => (last - first > 1 && YEAR.test(tokens[first]!.text) ? first + 1 : first);

/** "anti-Iran Sunni groups": a country or place followed by a demonym or faith adjective is the place alone. */
export function withoutTrailingQualifier(text: string, tokens: readonly TaggerToken[], span: { first: number; last: number }): { first: number; last: number } {
  if (span.last - span.first < 2) return span;
  const word = tokens[span.last - 1]!.text;
  if (!FAITH_ADJECTIVE.test(word) && !isDemonym(word)) return span;
  const rest = textOf(text, tokens, span.first, span.last - 1);
  return findCountry(rest) || isPlaceName(rest) ? { first: span.first, last: span.last - 1 } : span;
}

/** "Afghan Taliban" is looked up as "Taliban": a leading nationality qualifies a listed name without changing it. */
export function withoutDemonym(surface: string): string {
  const space = surface.indexOf(' ');
  return space > 0 && isDemonym(surface.slice(0, space)) ? surface.slice(space + 1) : surface;
}

/**
 * Drops a lone title ("Emir"), leading titles of a person ("Dr. Naseem X" → "Naseem X"; an
 * organisation keeps them: "General Motors"), and a trailing title that runs into the next name
 * ("Baloch National Movement Chairman Dr. X"). Null when nothing is left.
 */
export function trimTitles(tokens: readonly TaggerToken[], first: number, last: number, isPerson: boolean): { first: number; last: number } | null {
  if (last - first === 1 && TITLE.test(tokens[first]!.text)) return null;
  while (isPerson && last - first > 1 && TITLE.test(tokens[first]!.text)) first++;
  while (last - first > 1 && TITLE.test(tokens[last - 1]!.text) && /^\p{Lu}/u.test(tokens[last]?.text ?? '')) last--;
  return { first, last };
}
