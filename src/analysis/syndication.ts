/** How a document says whose piece it is. */
export interface PublisherCredit {
  readonly outlet: string;
  readonly how: 'source-line' | 'first-appeared' | 'republished' | 'wire-credit';
  /** The words that said it, for the provenance chain. */
  readonly text: string;
  readonly offset: number;
}

// A name as credit lines give it: "Memri.org", "The Sunday Guardian", "Reuters", "Dawn News".
// Spaces, never line breaks: a credit line ends at its line ("Source: Memri.org" then a footer's "Latest News").
const NAME = String.raw`((?:[Tt]he[ \t]+)?[\p{Lu}\p{N}][\p{L}\p{N}.&'’-]*(?:[ \t]+(?:of[ \t]+|and[ \t]+|&[ \t]+)?[\p{Lu}\p{N}][\p{L}\p{N}.&'’-]*){0,5})`;

/**
 * Credit lines, checked in this order because a line that names the original outlet outranks a wire tag:
 *   ">> Source: Example.org"                       (a line of its own, so a caption's "(Source: X)" is not taken)
 *   "This article first appeared in The Harbour Post."
 *   "Republished with permission from Northwind Daily."
 *   "PORT ALDER, March 3 (Northwire) - …"        (a dateline with a wire credit)
 */
const CREDIT_PATTERNS: ReadonlyArray<readonly [PublisherCredit['how'], RegExp, RegExp]> = [
  ['source-line', new RegExp(String.raw`^[^\p{L}\p{N}\n]{0,4}${anyCase('source|courtesy|via|syndicated from')}[ \t]*[:：][ \t]*${NAME}[^\p{L}\p{N}\n]*$`, 'gmu'), /source|courtesy|via|syndicated/i],
  ['first-appeared', new RegExp(String.raw`\b${anyCase('this|the')} (?:article|story|piece|report|column|op-?ed|commentary|analysis|post|interview) (?:was )?(?:first|originally) (?:appeared|published|ran|carried)(?: (?:in|on|at|by))? ${NAME}`, 'gu'), /first|originally/i],
  ['republished', new RegExp(String.raw`^[^\p{L}\p{N}\n]{0,4}${anyCase('originally published|republished|reprinted|reproduced')}(?: with (?:kind )?permission)? (?:from|by|in|on) ${NAME}`, 'gmu'), /published|reprinted|reproduced/i],
  ['wire-credit', new RegExp(String.raw`^[\p{Lu}][\p{Lu} .,'’-]{1,40}(?:,[^(\n]{0,30})?\s*\(([\p{Lu}][\p{L}&. ]{1,30})\)\s*[-–—]`, 'gmu'), /\)\s*[-–—]/],
];

// Every pattern's keyword in one scan: most pieces carry no credit line and are done after it.
const ANY_CREDIT_WORD = /source|courtesy|via|syndicated|first|originally|published|reprinted|reproduced|\)\s*[-–—]/i;

// Credit lines sit in a piece's first or last lines (dateline, footer); reading only those keeps a long article
// from being scanned four times, and keeps a "Source:" quoted mid-article from being taken for a credit.
const HEAD_CHARS = 1_000;
const TAIL_CHARS = 2_000;

/** The outlet whose piece this document republishes, when its first or last lines say so; null otherwise. */
export function findSyndication(text: string): PublisherCredit | null {
  const parts: ReadonlyArray<readonly [string, number]> = text.length <= HEAD_CHARS + TAIL_CHARS
    ? [[text, 0]]
    : [[text.slice(0, HEAD_CHARS), 0], [text.slice(-TAIL_CHARS), text.length - TAIL_CHARS]];
  const candidates = parts.filter(([part]) => ANY_CREDIT_WORD.test(part));
  if (candidates.length === 0) return null;
  for (const [how, pattern, keyword] of CREDIT_PATTERNS) {
    for (const [part, base] of candidates) {
      if (!keyword.test(part)) continue;
      pattern.lastIndex = 0;
      const match = pattern.exec(part);
      if (match?.[1]) return { outlet: cleanName(match[1]), how, text: match[0].trim(), offset: base + match.index };
    }
  }
  return null;
}

/** A sentence in which a document says how it got a source's words: "X told The Sunday Guardian", "in an interview with X". */
export interface CitationFound {
  readonly text: string;
  readonly outlet: string | null;
  readonly offset: number;
}

// Each with a word the text must contain, tested first: the patterns are unanchored, and scanning every article
// with all of them was a measurable share of analysing a large case.
const CITATION_PATTERNS: ReadonlyArray<readonly [string, RegExp]> = [
  ['told', new RegExp(String.raw`\btold\s+${NAME}`, 'gu')],
  ['interview', new RegExp(String.raw`\b${anyCase('in|during|to')} an? (?:exclusive |recent |televised )?interview (?:with|to)\s+${NAME}`, 'gu')],
  ['interview', new RegExp(String.raw`${NAME}\s+(?:published|aired|broadcast|ran) an? (?:exclusive )?interview`, 'gu')],
  ['interviewed', new RegExp(String.raw`\binterviewed by\s+${NAME}`, 'gu')],
];

/** Every citation sentence of a document, with the outlet or person it names. Computed once per document. */
export function findCitations(text: string): CitationFound[] {
  const found: CitationFound[] = [];
  for (const [keyword, pattern] of CITATION_PATTERNS) {
    if (!text.includes(keyword)) continue;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      found.push({ text: sentenceAround(text, match.index), outlet: match[1] ? cleanName(match[1]) : null, offset: match.index });
    }
  }
  return found.sort((a, b) => a.offset - b.offset);
}

// "as Northwire reported", "reported by the Harbour Post": an outlet credited in the author's own sentence, so the
// claim is the outlet's reporting rather than the author's. "according to X" is left to the claim extractor, which
// decides whether X is a source at all ("according to Pakistani officials" names no outlet).
const REPORTED_BY = new RegExp(String.raw`(?:\b(?:reported|first reported|revealed) by\s+${NAME}|\bas\s+${NAME}\s+(?:reported|revealed|first reported))`, 'u');

export function findReportingOutlet(sentence: string): string | null {
  if (!sentence.includes('reported') && !sentence.includes('revealed')) return null;   // cheap test first: most sentences credit nobody
  const match = REPORTED_BY.exec(sentence);
  const name = match?.[1] ?? match?.[2];
  return name ? cleanName(name) : null;
}

/** "source|via" → "[Ss]ource|[Vv]ia" and all-caps: NAME needs case-sensitive capitals, so the `i` flag is not an option. */
function anyCase(alternatives: string): string {
  const forms = alternatives.split('|').flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1), w.toUpperCase()]);
  return `(?:${forms.join('|')})`;
}

function cleanName(name: string): string {
  return name.replace(/[.,;:'’"]+$/u, '').replace(/\s+/g, ' ').trim();
}

function sentenceAround(text: string, offset: number): string {
  const before = text.lastIndexOf('.', offset);
  const lineBefore = text.lastIndexOf('\n', offset);
  const start = Math.max(before, lineBefore) + 1;
  const after = text.slice(offset).search(/[.\n]/);
  return text.slice(start, after < 0 ? text.length : offset + after + 1).trim();
}
