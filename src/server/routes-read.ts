import type { Hono } from 'hono';
import { gzipSync } from 'node:zlib';
import { QueryError } from '../core/index.js';
import { exportCase, EXPORT_MEDIA, isExportFormat } from '../export/index.js';
import type { DocumentDto, Page } from './api-types.js';
import { filterAssertions, filterTimeline } from './assertion-filter.js';
import type { CaseView } from './case-view.js';
import { withEvidenceContext } from './evidence-context.js';
import { buildGraph } from './graph-response.js';
import { AssertionsQuery, ClaimsQuery, ContradictionsQuery, EntitiesQuery, EntityQuery, ExportQuery, GraphQuery, NoQuery, Paged, SearchQuery, TimelineQuery, parseInput } from './query-schemas.js';
import { searchCase } from './search-case.js';
import { sentenceParse } from './sentence-parse.js';

export function registerReadRoutes(app: Hono, view: () => Promise<CaseView>): void {
  app.get('/api/case', async (c) => {
    parseInput(NoQuery, c.req.query());
    const v = await view();
    return c.json({
      revision: v.index.revision,
      documents: v.index.documents.size,
      entities: v.index.entities.size,
      claims: v.index.claims.length,
      assertions: v.analysis.assertions.length,
      contradictions: v.analysis.contradictions.length,
      communities: v.analysis.network.communities,
    });
  });

  app.get('/api/documents', async (c) => {
    const q = parseInput(Paged, c.req.query());
    const v = await view();
    const all = [...v.index.documentRefs.values()].map((ref) => ({ ...ref, claims: v.index.claimsByDocument.get(ref.id)?.length ?? 0 }));
    return c.json(page(all, q.offset, q.limit));
  });

  app.get('/api/documents/:id', async (c) => {
    parseInput(NoQuery, c.req.query());
    const v = await view();
    const id = c.req.param('id');
    const analyzed = v.index.documents.get(id);
    if (!analyzed) throw new QueryError('DOCUMENT_NOT_FOUND', `no document with id ${JSON.stringify(id)} in this case`, { field: 'id' });
    const d = analyzed.document;
    const claims = v.index.claimsByDocument.get(id) ?? [];
    const body: DocumentDto = { ...v.index.documentRefs.get(id)!, origin: d.origin, format: d.format, publishedFrom: d.publishedFrom, text: d.text, sentences: analyzed.sentences.length, claims: claims.length };
    const duplicates = v.analysis.duplicates.filter((link) => link.docId === id);
    return c.json({ document: body, claims, duplicates });
  });

  app.get('/api/documents/:id/sentences/:n/parse', async (c) => {
    parseInput(NoQuery, c.req.query());
    const v = await view();
    const id = c.req.param('id');
    const analyzed = v.index.documents.get(id);
    if (!analyzed) throw new QueryError('DOCUMENT_NOT_FOUND', `no document with id ${JSON.stringify(id)} in this case`, { field: 'id' });
    const n = c.req.param('n');
    if (!/^\d+$/.test(n)) throw new QueryError('INPUT_INVALID', `sentence number must be a whole number, got ${JSON.stringify(n)}`, { field: 'n' });
    return c.json(sentenceParse(analyzed, Number(n)));
  });

  app.get('/api/entities', async (c) => {
    const q = parseInput(EntitiesQuery, c.req.query());
    const v = await view();
    const types = q.type ? new Set<string>(q.type) : null;
    const needle = q.q?.toLowerCase();
    const matching = v.index.entitySummaries.filter(
      (s) => (types === null || types.has(s.type)) && (needle === undefined || (v.index.entityKeys.get(s.id) ?? []).some((k) => k.includes(needle))),
    );
    return c.json(page(matching, q.offset, q.limit));
  });

  app.get('/api/entities/:id', async (c) => {
    const q = parseInput(EntityQuery, c.req.query());
    const v = await view();
    const id = c.req.param('id');
    const entity = v.index.entities.get(id);
    if (!entity) throw new QueryError('ENTITY_NOT_FOUND', `no entity with id ${JSON.stringify(id)} in this case`, { field: 'id' });
    const assertions = v.assertionsByEntity.get(id) ?? [];
    return c.json({
      entity: { ...v.index.entitySummaryById.get(id)!, merges: entity.merges },
      node: v.nodeById.get(id) ?? null,
      assertions: { total: assertions.length, offset: 0, items: assertions.slice(0, q.limit).map((a) => withEvidenceContext(v.index, a)) },
      contradictions: v.contradictionsByEntity.get(id) ?? [],
    });
  });

  app.get('/api/claims', async (c) => {
    const q = parseInput(ClaimsQuery, c.req.query());
    const v = await view();
    const base = q.entity !== undefined ? (v.index.claimsByEntity.get(q.entity) ?? []) : q.document !== undefined ? (v.index.claimsByDocument.get(q.document) ?? []) : v.index.claims;
    const predicates = q.predicate ? new Set<string>(q.predicate) : null;
    const matching = base.filter((cl) => (predicates === null || predicates.has(cl.predicate)) && (q.document === undefined || cl.document.id === q.document));
    return c.json(page(matching, q.offset, q.limit));
  });

  app.get('/api/assertions', async (c) => {
    const q = parseInput(AssertionsQuery, c.req.query());
    if (q.other !== undefined && q.entity === undefined) throw new QueryError('INPUT_INVALID', '`other` needs `entity`: the link between the two', { field: 'other' });
    const matching = filterAssertions(await view(), q);
    return c.json(page(q.other === undefined ? matching : matching.filter((a) => a.subject.id === q.other || a.object.id === q.other), q.offset, q.limit));
  });

  app.get('/api/graph', async (c) => {
    const q = parseInput(GraphQuery, c.req.query());
    const v = await view();
    // The unfiltered graph is what the UI asks for first and the largest answer (megabytes for a
    // 5,000-node case): serialise and gzip it once per revision, and send the gzip to clients that take it.
    const unfiltered = Object.keys(c.req.query()).length === 0;
    if (!unfiltered) return c.body(encodeJson(buildGraph(v, filterAssertions(v, q), q.maxNodes)), 200, { 'content-type': 'application/json' });
    const plain = v.memo.get('graph') ?? v.memo.set('graph', encodeJson(buildGraph(v, v.analysis.assertions, q.maxNodes))).get('graph')!;
    if (!/\bgzip\b/.test(c.req.header('accept-encoding') ?? '')) return c.body(plain, 200, { 'content-type': 'application/json', vary: 'accept-encoding' });
    const zipped = v.memo.get('graph.gz') ?? v.memo.set('graph.gz', new Uint8Array(gzipSync(plain, { level: 6 }))).get('graph.gz')!;
    return c.body(zipped as Uint8Array<ArrayBuffer>, 200, { 'content-type': 'application/json', 'content-encoding': 'gzip', vary: 'accept-encoding' });
  });

  app.get('/api/timeline', async (c) => {
    const q = parseInput(TimelineQuery, c.req.query());
    return c.json(page(filterTimeline(await view(), q), q.offset, q.limit));
  });

  app.get('/api/contradictions', async (c) => {
    const q = parseInput(ContradictionsQuery, c.req.query());
    const v = await view();
    const items = q.entity === undefined ? v.analysis.contradictions : (v.contradictionsByEntity.get(q.entity) ?? []);
    return c.json({ total: items.length, items });
  });

  app.get('/api/search', async (c) => {
    const q = parseInput(SearchQuery, c.req.query());
    return c.json(searchCase((await view()).index, q.q, q.limit));
  });

  app.get('/api/export', async (c) => {
    const q = parseInput(ExportQuery, c.req.query());
    const v = await view();
    const text = exportCase(q.format, { snapshot: v.snapshot });
    const media = isExportFormat(q.format) ? EXPORT_MEDIA[q.format] : { type: 'application/octet-stream', extension: 'bin' };
    return c.body(text, 200, { 'content-type': media.type, 'content-disposition': `attachment; filename="dossier-case.${media.extension}"` });
  });
}

function encodeJson(value: unknown): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(JSON.stringify(value));
}

function page<T>(items: readonly T[], offset: number, limit: number): Page<T> {
  return { total: items.length, offset, items: items.slice(offset, offset + limit) };
}
