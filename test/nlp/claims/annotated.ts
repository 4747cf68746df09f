import type { ClaimMention, EntityType, Mention, SourceDocument } from '../../../src/core/index.js';
import { extractClaims } from '../../../src/nlp/claims/index.js';
import { parseSentences, tokenize } from '../../../src/nlp/index.js';

// Test sentences are fictional (invented groups, people and places) and mark their mentions inline,
// so that these tests exercise the claims stage alone, whatever the NER of the day finds:
//   "[Red Valley Front|o] chief [Ilsa Varn|p] visited [Brell|l]."
const TYPES: Readonly<Record<string, EntityType>> = { p: 'person', o: 'organization', l: 'location', e: 'event', w: 'work' };
const MARK = /\[([^\]|]+)\|([polew])\]/g;

export interface Annotated {
  readonly document: SourceDocument;
  readonly mentions: readonly Mention[];
}

export function annotate(marked: string, published: string | null = '2025-07-15'): Annotated {
  let text = '';
  let last = 0;
  const spans: Array<{ start: number; end: number; type: EntityType }> = [];
  for (const m of marked.matchAll(MARK)) {
    text += marked.slice(last, m.index);
    spans.push({ start: text.length, end: text.length + m[1]!.length, type: TYPES[m[2]!]! });
    text += m[1];
    last = m.index + m[0].length;
  }
  text += marked.slice(last);
  const document: SourceDocument = { id: 'fiction', name: 'fiction.txt', origin: 'test', format: 'txt', title: null, text, published, publishedFrom: published ? 'manifest' : null, outlet: null, url: null };
  const { sentences } = tokenize(text);
  const mentions = spans.map(({ start, end, type }): Mention => ({
    id: `fiction:${start}-${end}`, docId: 'fiction', start, end, text: text.slice(start, end), type,
    sentenceIndex: sentences.findIndex((s) => s.start <= start && start < s.end), rule: 'gazetteer/test',
  }));
  return { document, mentions };
}

export function claimsOf(marked: string, published: string | null = '2025-07-15'): { claims: ClaimMention[]; name: (id: string) => string; text: string } {
  const { document, mentions } = annotate(marked, published);
  const { sentences, tokens } = tokenize(document.text);
  // As analyzeDocument does: the claims stage reads the dependency parse.
  const claims = extractClaims({ document, sentences, tokens: parseSentences(tokens), mentions });
  const byId = new Map(mentions.map((m) => [m.id, m.text]));
  return { claims, name: (id) => byId.get(id) ?? id, text: document.text };
}

/** "Ilsa Varn leader_of Red Valley Front": the relations of a passage, sorted, for exact comparison. */
export function relationsOf(marked: string, published?: string | null): string[] {
  const { claims, name } = claimsOf(marked, published);
  return [...new Set(claims.map((c) => `${name(c.subjectId)} ${c.negated ? 'NOT ' : ''}${c.predicate} ${name(c.objectId)}`))].sort();
}

/** Each relation with who asserts it and how: "Front attacked Osk | ~analysts | hedged | 2025-03". */
export function describedClaimsOf(marked: string, published?: string | null): string[] {
  const { claims, name } = claimsOf(marked, published);
  return claims.map((c) => {
    const source = c.source.kind === 'author' ? 'author' : c.source.kind === 'entity' ? `by ${name(c.source.mentionId)}` : `~${c.source.text}`;
    const flags = [c.hedged ? 'hedged' : '', c.negated ? 'negated' : ''].filter(Boolean).join(' ');
    return [`${name(c.subjectId)} ${c.predicate} ${name(c.objectId)}`, source, flags || 'asserted', c.date?.value ?? 'undated'].join(' | ');
  }).sort();
}
