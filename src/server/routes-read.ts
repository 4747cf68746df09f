import type { Hono } from 'hono';
import { QueryError } from '../core/index.js';
import { exportCase, EXPORT_MEDIA, isExportFormat } from '../export/index.js';
import type { DocumentDto, Page } from './api-types.js';
import { filterTimeline } from './assertion-filter.js';
import type { CaseView } from './case-view.js';
import { ClaimsQuery, ExportQuery, NoQuery, Paged, TimelineQuery, parseInput } from './query-schemas.js';
import { sentenceParse } from './sentence-parse.js';

/**
 * The routes that still read the whole case analysed in memory (built on the first of them, once per
 * revision): documents, claims, the timeline and exports. The others are in routes-stored.ts.
 */
export function registerReadRoutes(app: Hono, view: () => Promise<CaseView>): void {
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

  app.get('/api/claims', async (c) => {
    const q = parseInput(ClaimsQuery, c.req.query());
    const v = await view();
    const base = q.entity !== undefined ? (v.index.claimsByEntity.get(q.entity) ?? []) : q.document !== undefined ? (v.index.claimsByDocument.get(q.document) ?? []) : v.index.claims;
    const predicates = q.predicate ? new Set<string>(q.predicate) : null;
    const matching = base.filter((cl) => (predicates === null || predicates.has(cl.predicate)) && (q.document === undefined || cl.document.id === q.document));
    return c.json(page(matching, q.offset, q.limit));
  });

  app.get('/api/timeline', async (c) => {
    const q = parseInput(TimelineQuery, c.req.query());
    return c.json(page(filterTimeline(await view(), q), q.offset, q.limit));
  });

  app.get('/api/export', async (c) => {
    const q = parseInput(ExportQuery, c.req.query());
    const v = await view();
    const text = exportCase(q.format, { snapshot: v.snapshot });
    const media = isExportFormat(q.format) ? EXPORT_MEDIA[q.format] : { type: 'application/octet-stream', extension: 'bin' };
    return c.body(text, 200, { 'content-type': media.type, 'content-disposition': `attachment; filename="dossier-case.${media.extension}"` });
  });
}

function page<T>(items: readonly T[], offset: number, limit: number): Page<T> {
  return { total: items.length, offset, items: items.slice(offset, offset + limit) };
}
