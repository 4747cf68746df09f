import type { TagSpan } from './labels.js';
import type { TaggerToken } from './tagger-tokens.js';

// "the Osprey Conflict Monitor", "The Long Ridge Review", "the Brell Press Agency": the tagger, which
// learnt short names from CoNLL's wire copy, often stops before the last capitalised words of an
// outlet's or body's name and tags "Osprey" or "Long Ridge" alone, which then reads as a place or
// is dropped as a headline. Capitalised words the tagger left outside any span, ending in a head
// word that only names a body or an outlet, belong to the name before them.
const BODY_HEAD = /^(Monitor|Review|Weekly|Daily|Journal|Digest|Bulletin|Gazette|Herald|Tribune|Times|Post|Chronicle|Observer|Courier|Agency|Observatory|Institute|Foundation|Council|Committee|Commission|Directorate|Ministry|Bureau|Network|Federation|Association|Union|Brigade|Battalion|Division|Regiment|Corps|Militia|Movement|Front|Party)$/;
const MAX_TRAILING = 3;

/** Is the word a head that only a body's or an outlet's name ends in ("Review", "Monitor", "Council")? */
export const isBodyHead = (word: string): boolean => BODY_HEAD.test(word);

// "the Nadira Centre for Documentation", "the Osk Institute for Peace Studies": heads that take a "for" phrase into the name.
const FOR_HEAD = /^(Centre|Center|Institute|Council|Committee|Commission|Office|Foundation|Fund|Agency|Organisation|Organization|Coalition|Alliance|Movement|Front|Union|Association|Network)$/;

/** The span grown over what the tagger left of a body's name after it: "… Conflict Monitor", "… Centre for Documentation". */
export function extendToTrailingHead(tokens: readonly TaggerToken[], tags: readonly string[], span: TagSpan): TagSpan {
  return extendOverFor(tokens, tags, extendOverHead(tokens, tags, span));
}

/** "X Centre" + "for" + untagged capitalised words: one organisation. */
function extendOverFor(tokens: readonly TaggerToken[], tags: readonly string[], span: TagSpan): TagSpan {
  if (!FOR_HEAD.test(tokens[span.end - 1]!.text) || tokens[span.end]?.text !== 'for' || tags[span.end] !== 'O') return span;
  let end = span.end + 1;
  while (end < tokens.length && end - span.end <= MAX_TRAILING && tags[end] === 'O' && /^\p{Lu}\p{Ll}/u.test(tokens[end]!.text) && tokens[end]!.sentenceIndex === tokens[span.start]!.sentenceIndex) end++;
  return end > span.end + 1 ? { type: 'ORG', start: span.start, end } : span;
}

/** The span grown over the untagged capitalised words up to a body's head word after it, as an organisation; else the span. */
function extendOverHead(tokens: readonly TaggerToken[], tags: readonly string[], span: TagSpan): TagSpan {
  let end = span.end;
  let headEnd = -1;
  while (end < tokens.length && end - span.end < MAX_TRAILING && tags[end] === 'O' && /^\p{Lu}\p{Ll}/u.test(tokens[end]!.text) && tokens[end]!.sentenceIndex === tokens[span.start]!.sentenceIndex) {
    if (BODY_HEAD.test(tokens[end]!.text)) headEnd = end + 1;
    end++;
  }
  // The head must end the run: "Osk Review Board" is some other name, left as the tagger cut it.
  if (headEnd < 0 || headEnd !== end) return span;
  return { type: 'ORG', start: span.start, end: headEnd };
}

/**
 * "Ostrava's Internal Vigilance Directorate" with no tag at all: a run of two to five capitalised
 * words the tagger left untagged, ending in a body's head, set in running text (after a lower-case
 * word, "the" or a possessive, before a lower-case word or punctuation, so not a title-case headline).
 */
export function untaggedBodies(tokens: readonly TaggerToken[], tags: readonly string[]): TagSpan[] {
  const found: TagSpan[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const before = tokens[i - 1]!.text;
    if (tags[i] !== 'O' || !/^\p{Lu}\p{Ll}/u.test(tokens[i]!.text) || !(/^\p{Ll}+$/u.test(before) || /^['’]s$/.test(before))) continue;
    let end = i;
    while (end < tokens.length && end - i < 5 && tags[end] === 'O' && /^\p{Lu}\p{Ll}/u.test(tokens[end]!.text)) end++;
    const after = tokens[end]?.text ?? '.';
    if (end - i >= 2 && BODY_HEAD.test(tokens[end - 1]!.text) && (/^\p{Ll}/u.test(after) || /^[,.;:)]$/.test(after))) found.push({ type: 'ORG', start: i, end });
    i = end;
  }
  return found;
}
