import type { Context, Hono } from 'hono';
import { gzipSync } from 'node:zlib';
import { QueryError, type AssertionEdgeRow, type AssertionQuery, type MergeReason, type ReadModel, type StoredEntity } from '../core/index.js';
import type { Assertion, Contradiction, NetworkNode } from '../analysis/index.js';
import type { EntitySummaryDto, Page } from './api-types.js';
import { overlaps } from './assertion-filter.js';
import type { AnalysisJob } from './analysis-job.js';
import { withEvidenceContext } from './evidence-context.js';
import { buildGraph } from './graph-response.js';
import { AssertionsQuery, ContradictionsQuery, EntitiesQuery, EntityQuery, GraphQuery, NoQuery, SearchQuery, parseInput, type AssertionFilter } from './query-schemas.js';
import { searchStored } from './search-stored.js';
import { endOfPartialDate, startOfPartialDate } from '../store/index.js';

/** Names the analysed revision an answer comes from: it may lag the case while a newer analysis is being made. */
export const REVISION_HEADER = 'x-dossier-revision';

/**
 * The routes answered from the stored analysis by indexed queries: their cost follows the size of the answer,
 * not of the case. Each answer is read in one consistent snapshot and says its revision.
 */
export function registerStoredRoutes(app: Hono, model: ReadModel, job: AnalysisJob): void {
  const answer = async <T>(c: Context, read: () => Promise<T>): Promise<Response> => {
    await job.ready();
    const { revision, body } = await model.consistently(async () => ({ revision: (await model.summary())?.revision ?? null, body: await read() }));
    if (revision !== null) c.header(REVISION_HEADER, String(revision));
    return c.json(body as object);
  };

  app.get('/api/case', async (c) => {
    parseInput(NoQuery, c.req.query());
    return answer(c, async () => {
      const summary = (await model.summary())!;
      const { caseRevision } = await model.state();
      const { revision, ...counts } = summary;
      return { revision, ...counts, analysis: { revision, caseRevision, isCurrent: revision >= caseRevision } };
    });
  });

  app.get('/api/entities', async (c) => {
    const q = parseInput(EntitiesQuery, c.req.query());
    return answer(c, async (): Promise<Page<EntitySummaryDto>> => {
      const found = await model.listEntities({ ...(q.type ? { types: q.type } : {}), ...(q.q !== undefined ? { needle: q.q.toLowerCase() } : {}) }, q.offset, q.limit);
      return { total: found.total, offset: q.offset, items: found.items.map(toSummary) };
    });
  });

  app.get('/api/entities/:id', async (c) => {
    const q = parseInput(EntityQuery, c.req.query());
    const id = c.req.param('id');
    return answer(c, async () => {
      const entity = await model.entity(id);
      if (!entity) throw new QueryError('ENTITY_NOT_FOUND', `no entity with id ${JSON.stringify(id)} in this case`, { field: 'id' });
      const found = await model.findAssertions({ entity: id, minOrigins: 1 }, 0, q.limit);
      return {
        entity: { ...toSummary(entity), merges: JSON.parse(entity.merges) as MergeReason[] },
        node: (await model.node(id)) satisfies NetworkNode | null,
        assertions: { total: found.total, offset: 0, items: await withContext(model, found.items.map((a) => JSON.parse(a.body) as Assertion)) },
        contradictions: (await model.contradictions(id)).map((body) => JSON.parse(body) as Contradiction),
      };
    });
  });

  app.get('/api/assertions', async (c) => {
    const q = parseInput(AssertionsQuery, c.req.query());
    if (q.other !== undefined && q.entity === undefined) throw new QueryError('INPUT_INVALID', '`other` needs `entity`: the link between the two', { field: 'other' });
    return answer(c, async (): Promise<Page<Assertion>> => {
      const query = toQuery(q);
      if (q.from === undefined && q.to === undefined) {
        const found = await model.findAssertions(query, q.offset, q.limit);
        return { total: found.total, offset: q.offset, items: found.items.map((a) => JSON.parse(a.body) as Assertion) };
      }
      // Dates are checked mention by mention, which SQL cannot do over the stored list: the range columns
      // narrow the candidates, and only the page's bodies are read.
      const matching = inDates(await model.assertionEdges(query), q);
      const ids = matching.slice(q.offset, q.offset + q.limit).map((a) => a.id);
      const bodies = await model.assertionBodies(ids);
      return { total: matching.length, offset: q.offset, items: ids.map((id) => JSON.parse(bodies.get(id)!) as Assertion) };
    });
  });

  // The unfiltered graph is what the UI asks for first and the largest answer (megabytes for a 5,000-node case):
  // the analysis job serialised it; it is read and gzipped once per revision here.
  let whole: { revision: number; json: string; gzipped: Uint8Array<ArrayBuffer> | null } | null = null;
  app.get('/api/graph', async (c) => {
    const q = parseInput(GraphQuery, c.req.query());
    await job.ready();
    if (Object.keys(c.req.query()).length === 0) {
      const revision = (await model.summary())!.revision;
      if (whole?.revision !== revision) {
        whole = await model.consistently(async () => ({ revision: (await model.summary())!.revision, json: (await model.wholeGraphJson())!, gzipped: null }));
      }
      const headers = { 'content-type': 'application/json', vary: 'accept-encoding', [REVISION_HEADER]: String(whole.revision) };
      if (!/\bgzip\b/.test(c.req.header('accept-encoding') ?? '')) return c.body(whole.json, 200, headers);
      whole.gzipped ??= new Uint8Array(gzipSync(whole.json, { level: 6 }));
      return c.body(whole.gzipped, 200, { ...headers, 'content-encoding': 'gzip' });
    }
    return answer(c, async () => {
      const edges = inDates(await model.assertionEdges(toQuery(q)), q);
      const ids = [...new Set(edges.flatMap((a) => [a.subject.id, a.object.id]))];
      const nodes = new Map((await model.nodesById(ids)).map((n) => [n.id, n] as const));
      return buildGraph(edges, (id) => nodes.get(id), q.maxNodes);
    });
  });

  app.get('/api/contradictions', async (c) => {
    const q = parseInput(ContradictionsQuery, c.req.query());
    return answer(c, async () => {
      const items = (await model.contradictions(q.entity)).map((body) => JSON.parse(body) as Contradiction);
      return { total: items.length, items };
    });
  });

  app.get('/api/search', async (c) => {
    const q = parseInput(SearchQuery, c.req.query());
    return answer(c, () => searchStored(model, q.q, q.limit));
  });
}

function toQuery(f: AssertionFilter & { readonly other?: string | undefined }): AssertionQuery {
  return {
    minOrigins: f.minOrigins,
    ...(f.entity !== undefined ? { entity: f.entity } : {}),
    ...(f.other !== undefined ? { other: f.other } : {}),
    ...(f.predicate ? { predicates: f.predicate } : {}),
    ...(f.source !== undefined ? { source: f.source.toLowerCase() } : {}),
    ...(f.from !== undefined || f.to !== undefined ? { dateRange: { start: f.from === undefined ? '0000-01-01' : startOfPartialDate(f.from), end: f.to === undefined ? '9999-12-31' : endOfPartialDate(f.to) } } : {}),
  };
}

/** Partial dates are ranges, checked per mention date as the in-memory filter always did (see `overlaps`). */
function inDates(edges: readonly AssertionEdgeRow[], f: AssertionFilter): readonly AssertionEdgeRow[] {
  if (f.from === undefined && f.to === undefined) return edges;
  return edges.filter((a) => a.dates.some((d) => overlaps(d === '' ? null : d, f.from, f.to)));
}

function toSummary(e: StoredEntity): EntitySummaryDto {
  return { id: e.id, name: e.name, type: e.type, aliases: e.aliases, mentions: e.mentions, documents: e.documents, claims: e.claims };
}

/** Mentions with the text around their evidence: only the documents of the assertions shown are read. */
async function withContext(model: ReadModel, assertions: readonly Assertion[]) {
  const texts = await model.documentTexts(assertions.flatMap((a) => a.mentions.map((m) => m.docId)));
  return assertions.map((a) => withEvidenceContext((id) => texts.get(id), a));
}
