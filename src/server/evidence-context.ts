import type { Assertion, AssertionMention } from '../analysis/index.js';

/** Characters of the document shown either side of an evidence sentence, cut back to a word boundary. */
export const EVIDENCE_CONTEXT_CHARS = 160;

/** An assertion mention with the text around its evidence, so a reader sees the sentence inside its document without opening it. */
export type MentionInContext = AssertionMention & { readonly context: { readonly before: string; readonly after: string } };
export type AssertionInContext = Omit<Assertion, 'mentions'> & { readonly mentions: readonly MentionInContext[] };

/** `textOf` gives a document's text by id: the caller reads only the documents of the assertions it shows. */
export function withEvidenceContext(textOf: (docId: string) => string | undefined, assertion: Assertion): AssertionInContext {
  return { ...assertion, mentions: assertion.mentions.map((m) => ({ ...m, context: contextOf(textOf(m.docId), m) })) };
}

function contextOf(text: string | undefined, m: AssertionMention): { before: string; after: string } {
  if (text === undefined) return { before: '', after: '' };
  const from = Math.max(0, m.evidence.start - EVIDENCE_CONTEXT_CHARS);
  const to = Math.min(text.length, m.evidence.end + EVIDENCE_CONTEXT_CHARS);
  let before = text.slice(from, m.evidence.start);
  let after = text.slice(m.evidence.end, to);
  // Start and end on whole words: a cut "ssociated with" reads as a different word.
  if (from > 0) before = before.replace(/^\S*\s/, '');
  if (to < text.length) after = after.replace(/\s\S*$/, '');
  return { before, after };
}
