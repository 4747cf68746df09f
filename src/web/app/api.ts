import type { Assertion, AssertionInContext, ClaimDto, Contradiction, DocumentDto, DocumentRef, DuplicateLink, EntitySummaryDto, GraphDto, NetworkNode, Page, SearchHit, TimelineItem } from '../../server/index.js';

export type { Assertion, AssertionInContext, AssertionMention, MentionInContext, ClaimDto, Contradiction, DocumentRef, EntitySummaryDto, GraphDto, GraphEdgeDto, GraphNodeDto, SearchHit, TimelineItem } from '../../server/index.js';

export interface Filters {
  predicate: string[];
  source: string;
  from: string;
  to: string;
  minOrigins: number;
}

export interface EntityDetail {
  readonly entity: EntitySummaryDto & { readonly merges: readonly { readonly rule: string; readonly detail: string }[] };
  readonly node: NetworkNode | null;
  readonly assertions: Page<AssertionInContext>;
  readonly contradictions: readonly Contradiction[];
}

export interface DocumentDetail {
  readonly document: DocumentDto;
  readonly claims: readonly ClaimDto[];
  readonly duplicates: readonly DuplicateLink[];
}

export interface CaseSummary {
  readonly documents: number;
  readonly entities: number;
  readonly claims: number;
  readonly assertions: number;
  readonly contradictions: number;
}

export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

async function getJson<T>(path: string, params: Record<string, string | number | undefined> = {}): Promise<T> {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== '') query.set(key, String(value));
  const qs = query.toString();
  const res = await fetch(`/api/${path}${qs ? `?${qs}` : ''}`, { headers: { accept: 'application/json' } });
  const body = (await res.json()) as T & { error?: { code: string; message: string } };
  if (!res.ok) throw new ApiError(res.status, body.error?.code ?? 'HTTP', body.error?.message ?? res.statusText);
  return body;
}

export function filterParams(f: Filters): Record<string, string | number | undefined> {
  return {
    predicate: f.predicate.length > 0 ? f.predicate.join(',') : undefined,
    source: f.source.trim() || undefined,
    from: f.from.trim() || undefined,
    to: f.to.trim() || undefined,
    minOrigins: f.minOrigins > 1 ? f.minOrigins : undefined,
  };
}

export const api = {
  caseSummary: () => getJson<CaseSummary>('case'),
  graph: (f: Filters) => getJson<GraphDto>('graph', filterParams(f)),
  entity: (id: string) => getJson<EntityDetail>(`entities/${encodeURIComponent(id)}`),
  document: (id: string) => getJson<DocumentDetail>(`documents/${encodeURIComponent(id)}`),
  documents: () => getJson<Page<DocumentRef & { readonly claims: number }>>('documents', { limit: 1000 }),
  timeline: (f: Filters) => getJson<Page<TimelineItem>>('timeline', filterParams(f)),
  contradictions: () => getJson<{ total: number; items: readonly Contradiction[] }>('contradictions'),
  search: (q: string) => getJson<SearchHit>('search', { q, limit: 20 }),
  link: (a: string, b: string) => getJson<Page<Assertion>>('assertions', { entity: a, other: b, limit: 500 }),
};
