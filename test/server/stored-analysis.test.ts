import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeCase, type Assertion, type CaseAnalysis } from '../../src/analysis/index.js';
import type { AnalyzedDocument, CaseSnapshot, ResolveResult } from '../../src/core/index.js';
import { createApi } from '../../src/server/index.js';
import { analyseAndStore } from '../../src/server/analyse-and-store.js';
import { fictionalCase } from './fictional-case.js';
import { openTestCase } from './open-case.js';
import { syntheticCase } from './synthetic-case.js';

// The stored analysis must answer what an in-memory analysis of the same case answers: the same assertions
// with the same grades and origins, in the same order, under every filter. The reference filters below are
// written from the API's documented meaning, over analyzeCase's output.

const json = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const collator = new Intl.Collator();
const byStrength = (a: Assertion, b: Assertion): number => b.origins - a.origins || b.documents - a.documents || collator.compare(a.id, b.id);

interface Reference { readonly snapshot: CaseSnapshot; readonly analysis: CaseAnalysis }

function referenceFilter(ref: Reference, f: { entity?: string; other?: string; predicate?: string[]; minOrigins?: number; source?: string; from?: string; to?: string }): Assertion[] {
  const outlet = new Map(ref.snapshot.documents.map((d) => [d.document.id, d.document.outlet]));
  const base = f.entity === undefined ? [...ref.analysis.assertions] : ref.analysis.assertions.filter((a) => a.subject.id === f.entity || a.object.id === f.entity).sort(byStrength);
  return base.filter((a) => {
    if (f.other !== undefined && a.subject.id !== f.other && a.object.id !== f.other) return false;
    if (f.predicate && !f.predicate.includes(a.predicate)) return false;
    if (a.origins < (f.minOrigins ?? 1)) return false;
    if (f.source !== undefined) {
      const words = [...a.mentions.flatMap((m) => [m.sourceLabel, m.docName, outlet.get(m.docId) ?? '']), ...a.originList.map((o) => o.label)].join('\n').toLowerCase();
      if (!words.includes(f.source.toLowerCase())) return false;
    }
    if (f.from !== undefined || f.to !== undefined) {
      const start = (d: string): string => (d + '-01-01').slice(0, 10);
      const end = (d: string): string => (d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d);
      return a.mentions.some((m) => {
        const d = m.date?.value ?? m.published;
        return d !== null && (f.from === undefined || end(d) >= start(f.from)) && (f.to === undefined || start(d) <= end(f.to));
      });
    }
    return true;
  });
}

async function withStoredCase(content: { readonly documents: readonly AnalyzedDocument[]; readonly resolution: ResolveResult }, check: (api: ReturnType<typeof createApi>, ref: Reference) => Promise<void>): Promise<void> {
  const tc = await openTestCase(content);
  try {
    assert.equal((await analyseAndStore(tc.store)).status, 'saved');
    const snapshot = await tc.store.loadCase();
    // The runner is never called: the analysis is stored, so no request may wait for another one.
    const api = createApi({ store: tc.store, webRoot: null, analysisRunner: async () => assert.fail('the stored analysis is current; nothing should be re-analysed') });
    await check(api, { snapshot, analysis: analyzeCase(snapshot) });
  } finally {
    await tc.dispose();
  }
}

async function get(api: ReturnType<typeof createApi>, path: string): Promise<any> {
  const res = await api.fetch(new Request(`http://dossier.test${path}`));
  assert.equal(res.status, 200, `${path}: ${res.status}`);
  return res.json();
}

describe('the stored analysis answers as the in-memory analysis', () => {
  test('fictional case: every assertion with its grade, origins and mentions; contradictions; network metrics', async () => {
    await withStoredCase(fictionalCase(), async (api, ref) => {
      const all = await get(api, '/api/assertions?limit=5000');
      assert.equal(all.total, ref.analysis.assertions.length);
      assert.deepEqual(all.items, json(ref.analysis.assertions), 'same assertions, grades, origins, chains, in the same order');
      const contradictions = await get(api, '/api/contradictions');
      assert.ok(contradictions.total > 0, 'the fictional case has a contradiction');
      assert.deepEqual(contradictions.items, json(ref.analysis.contradictions));
      const counts = await get(api, '/api/case');
      assert.deepEqual([counts.assertions, counts.contradictions, counts.communities, counts.entities],
        [ref.analysis.assertions.length, ref.analysis.contradictions.length, ref.analysis.network.communities, ref.snapshot.resolution.entities.length]);
      for (const node of ref.analysis.network.nodes.filter((n) => !n.id.startsWith('unresolved:'))) {
        const one = await get(api, `/api/entities/${encodeURIComponent(node.id)}`);
        assert.deepEqual(one.node, json(node), `${node.name}: centrality, community, degree`);
        assert.deepEqual(one.assertions.items.map((a: Assertion) => a.id), referenceFilter(ref, { entity: node.id }).slice(0, 100).map((a) => a.id), `${node.name}: strongest first`);
        assert.deepEqual(one.contradictions, json(ref.analysis.contradictions.filter((c) => c.sides.some((s) => s.subject.id === node.id || s.object.id === node.id))), `${node.name}: its contradictions`);
      }
    });
  });

  test('synthetic case: every filter gives the reference answer, with paging', async () => {
    await withStoredCase(syntheticCase({ documents: 200, claimsPerDocument: 10, entities: 120, seed: 11 }), async (api, ref) => {
      const hub = ref.analysis.network.nodes.reduce((a, b) => (b.assertions > a.assertions ? b : a));
      const neighbour = ref.analysis.assertions.find((a) => a.subject.id === hub.id)!.object.id;
      const FILTERS: ReadonlyArray<[name: string, query: Record<string, string>]> = [
        ['no filter', {}],
        ['entity', { entity: hub.id }],
        ['entity and other', { entity: hub.id, other: neighbour }],
        ['predicates', { predicate: 'allied_with,attacked' }],
        ['minOrigins', { minOrigins: '2' }],
        ['source (a described source)', { source: 'Security Source' }],
        ['from and to', { from: '2021-03', to: '2022' }],
        ['entity, predicate and dates', { entity: hub.id, predicate: 'member_of,leader_of,hostile_to', from: '2020' }],
      ];
      for (const [name, query] of FILTERS) {
        const expected = referenceFilter(ref, { ...query, ...(query.predicate ? { predicate: query.predicate.split(',') } : {}), ...(query.minOrigins ? { minOrigins: Number(query.minOrigins) } : {}) });
        assert.ok(expected.length > 0, `${name}: the reference finds assertions, so the comparison means something`);
        const params = new URLSearchParams({ ...query, limit: '7', offset: '3' });
        const body = await get(api, `/api/assertions?${params}`);
        assert.equal(body.total, expected.length, `${name}: total`);
        assert.deepEqual(body.items, json(expected.slice(3, 10)), `${name}: the page`);
        if (query.other !== undefined) continue;   // the graph has no `other`: one link is the assertions list's job
        const graph = await get(api, `/api/graph?${new URLSearchParams(query)}`);
        const linked = new Set(expected.filter((a) => !a.negated).flatMap((a) => [a.subject.id, a.object.id]));
        assert.deepEqual(new Set(graph.nodes.map((n: { id: string }) => n.id)), linked, `${name}: the graph links what the assertions link`);
      }
    });
  });
});
