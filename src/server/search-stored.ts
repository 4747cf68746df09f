import type { ReadModel } from '../core/index.js';
import { bestTitle } from '../ingest/index.js';
import type { EntitySummaryDto, SearchHit } from './api-types.js';

const SNIPPET_CONTEXT_CHARS = 80;

/**
 * Finds entities by name or alias (exact, then prefix or word start, then substring, each in list order) and
 * documents by title, name or text, with the first matching passage as a snippet. The store's indexes find
 * the candidates; the ranking and the snippet are worked out here on those few rows.
 */
export async function searchStored(model: ReadModel, query: string, limit: number): Promise<SearchHit> {
  const q = query.toLowerCase();
  const ranked: [rank: number, id: string][] = [];
  for (const { id, keys } of await model.entityKeysContaining(q)) {
    let rank = 3;
    for (const key of keys) {
      if (key === q) rank = 0;
      else if (rank > 1 && (key.startsWith(q) || key.includes(` ${q}`))) rank = 1;
      else if (rank > 2 && key.includes(q)) rank = 2;
    }
    if (rank < 3) ranked.push([rank, id]);
  }
  // Candidates come in list order and sort is stable, so ties keep it.
  ranked.sort((a, b) => a[0] - b[0]);
  const top = ranked.slice(0, limit).map(([, id]) => id);
  const byId = new Map((await model.entitiesById(top)).map((e) => [e.id, e] as const));
  const entities = top.flatMap((id): EntitySummaryDto[] => {
    const e = byId.get(id);
    return e ? [{ id: e.id, name: e.name, type: e.type, aliases: e.aliases, mentions: e.mentions, documents: e.documents, claims: e.claims }] : [];
  });

  const documents: SearchHit['documents'][number][] = [];
  for (const d of await model.searchDocuments(q, limit)) {
    // The index folds case for ASCII only; this check is the one the API has always made.
    const title = d.title === null ? null : bestTitle(d.title, d.text, d.outlet);
    const at = d.text.toLowerCase().indexOf(q);
    const isInTitle = `${title ?? ''}\n${d.name}`.toLowerCase().includes(q);
    if (at < 0 && !isInTitle) continue;
    documents.push({ id: d.id, name: d.name, title, outlet: d.outlet, published: d.published, url: d.url, snippet: at < 0 ? null : snippetAt(d.text, at, q.length) });
  }
  return { entities, documents };
}

function snippetAt(text: string, at: number, length: number): { text: string; start: number; end: number } {
  const from = Math.max(0, at - SNIPPET_CONTEXT_CHARS);
  const to = Math.min(text.length, at + length + SNIPPET_CONTEXT_CHARS);
  return { text: text.slice(from, to), start: at - from, end: at - from + length };
}
