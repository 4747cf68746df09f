import type { EntitySummaryDto, SearchHit } from './api-types.js';
import type { CaseIndex } from './case-index.js';

const SNIPPET_CONTEXT_CHARS = 80;

// Lower-cased texts are made on the first search of a revision and dropped with it.
const lowerTexts = new WeakMap<CaseIndex, ReadonlyMap<string, string>>();

/**
 * Finds entities by name or alias (exact, then prefix, then substring, each by claim count)
 * and documents by title or text, with the first matching passage as a snippet.
 */
export function searchCase(index: CaseIndex, query: string, limit: number): SearchHit {
  const q = query.toLowerCase();
  const ranked: [rank: number, summary: EntitySummaryDto][] = [];
  for (const summary of index.entitySummaries) {
    const keys = index.entityKeys.get(summary.id) ?? [];
    let rank = 3;
    for (const key of keys) {
      if (key === q) rank = 0;
      else if (rank > 1 && (key.startsWith(q) || key.includes(` ${q}`))) rank = 1;
      else if (rank > 2 && key.includes(q)) rank = 2;
    }
    if (rank < 3) ranked.push([rank, summary]);
  }
  // entitySummaries is already sorted by claims, and sort is stable, so ties keep that order.
  ranked.sort((a, b) => a[0] - b[0]);
  const documents: SearchHit['documents'][number][] = [];
  const lower = lowerTexts.get(index) ?? lowerTexts.set(index, new Map([...index.documents].map(([id, d]) => [id, d.document.text.toLowerCase()] as const))).get(index)!;
  for (const doc of index.documents.values()) {
    if (documents.length >= limit) break;
    const ref = index.documentRefs.get(doc.document.id)!;
    const at = lower.get(doc.document.id)!.indexOf(q);
    const inTitle = `${ref.title ?? ''}\n${ref.name}`.toLowerCase().includes(q);
    if (at < 0 && !inTitle) continue;
    documents.push({ ...ref, snippet: at < 0 ? null : snippetAt(doc.document.text, at, q.length) });
  }
  return { entities: ranked.slice(0, limit).map(([, s]) => s), documents };
}

function snippetAt(text: string, at: number, length: number): { text: string; start: number; end: number } {
  const from = Math.max(0, at - SNIPPET_CONTEXT_CHARS);
  const to = Math.min(text.length, at + length + SNIPPET_CONTEXT_CHARS);
  return { text: text.slice(from, to), start: at - from, end: at - from + length };
}
