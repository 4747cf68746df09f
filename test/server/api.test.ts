import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { useTestApi } from './open-case.js';

// In-process: every request goes through testApi.api.fetch, no socket. The case is the fictional one in fictional-case.ts.
const testApi = useTestApi();

async function get(path: string): Promise<{ status: number; body: any }> {
  const res = await testApi.api.fetch(new Request(`http://dossier.test${path}`));
  return { status: res.status, body: res.headers.get('content-type')?.includes('json') ? await res.json() : await res.text() };
}

describe('reads', () => {
  test('entities: most-claimed first, filtered by text and type', async () => {
    const all = await get('/api/entities');
    assert.equal(all.status, 200);
    assert.equal(all.body.items[0].name, 'Red Valley Front', 'the entity with the most claims leads');
    const people = await get('/api/entities?type=person');
    assert.deepEqual(people.body.items.map((e: any) => e.name).sort(), ['Ilsa Varn', 'Tomas Brell']);
    const byAlias = await get('/api/entities?q=ghb');
    assert.deepEqual(byAlias.body.items.map((e: any) => e.name), ['Grey Harbour Brigade'], 'an alias finds its entity');
  });

  test('entities/:id: assertions with who says it and the evidence sentence', async () => {
    const res = await get('/api/entities/e-ilsa-varn');
    assert.equal(res.status, 200);
    assert.equal(res.body.entity.name, 'Ilsa Varn');
    const lead = res.body.assertions.items.find((a: any) => a.predicate === 'leader_of');
    assert.ok(lead, 'Varn leader_of the Front is an assertion');
    assert.equal(lead.documents, 2, 'stated in two documents');
    const labels = lead.mentions.map((m: any) => m.sourceLabel).join(' | ');
    assert.match(labels, /local officials/, 'the described source is kept');
    assert.ok(lead.mentions.every((m: any) => m.evidenceText.includes('Varn')), 'each mention carries its evidence sentence');
    const withDoc = await Promise.all(lead.mentions.map(async (m: any) => [m, (await get(`/api/documents/${m.docId}`)).body.document.text] as const));
    for (const [m, text] of withDoc) {
      assert.ok(text.includes(`${m.context.before}${m.evidenceText}${m.context.after}`), 'the context is the document text around the evidence');
    }
    assert.ok(withDoc.some(([m]) => m.context.after.length > 0 || m.context.before.length > 0), 'a sentence inside a longer text has context');
  });

  test('documents/:id returns the text and claims whose spans index into it', async () => {
    const list = await get('/api/documents');
    const markup = list.body.items.find((d: any) => d.name === 'ridge-bulletin-markup.txt');
    const res = await get(`/api/documents/${markup.id}`);
    assert.equal(res.status, 200);
    const claim = res.body.claims[0];
    assert.equal(res.body.document.text.slice(claim.evidence.start, claim.evidence.end), claim.evidence.text);
    assert.match(res.body.document.text, /<script>/, 'markup in an article is data, returned as it was written');
    assert.equal(claim.source.label, 'Tomas Brell');
  });

  test('graph: negated assertions are not edges; hedged and contested edges say so', async () => {
    const res = await get('/api/graph');
    assert.equal(res.status, 200);
    const alliance = res.body.edges.find((e: any) => e.predicates.includes('allied_with'));
    assert.ok(alliance, 'the hedged alliance is an edge');
    assert.equal(alliance.hedged, true);
    assert.equal(alliance.contested, true, 'the Front denied it in another document');
    const nodeIds = new Set(res.body.nodes.map((n: any) => n.id));
    assert.ok(res.body.edges.every((e: any) => nodeIds.has(e.source) && nodeIds.has(e.target)), 'every edge joins two listed nodes');
  });

  test('the whole graph is sent gzipped to a client that accepts it, and is the same graph', async () => {
    const plain = await testApi.api.fetch(new Request('http://dossier.test/api/graph'));
    const zipped = await testApi.api.fetch(new Request('http://dossier.test/api/graph', { headers: { 'accept-encoding': 'gzip, br' } }));
    assert.equal(plain.headers.get('content-encoding'), null);
    assert.equal(zipped.headers.get('content-encoding'), 'gzip');
    assert.deepEqual(JSON.parse(gunzipSync(Buffer.from(await zipped.arrayBuffer())).toString('utf8')), await plain.json());
  });

  const FILTERS: ReadonlyArray<[name: string, query: string, expectPredicates: readonly string[]]> = [
    ['by predicate', 'predicate=member_of', ['member_of']],
    ['by source (outlet)', 'source=ridge%20bulletin', ['sponsors']],
    ['by date range (a claim\'s own date, else its publication date)', 'from=2021&to=2022', ['operates_in']],
    ['by a month range', 'from=2023-05&to=2023-05', ['leader_of', 'member_of', 'sponsors']],
    ['by minimum origins', 'minOrigins=2', ['leader_of']],
  ];
  for (const [name, query, expected] of FILTERS) {
    test(`graph filter ${name}`, async () => {
      const res = await get(`/api/graph?${query}`);
      assert.equal(res.status, 200, JSON.stringify(res.body));
      assert.deepEqual([...new Set(res.body.edges.flatMap((e: any) => e.predicates))].sort(), [...expected].sort(), query);
    });
  }

  test('contradictions: the alliance asserted and denied', async () => {
    const res = await get('/api/contradictions');
    assert.equal(res.status, 200);
    assert.ok(res.body.items.some((c: any) => c.kind === 'negation' && c.sides.some((s: any) => s.predicate === 'allied_with')), JSON.stringify(res.body.items.map((c: any) => c.summary)));
  });

  test('timeline: dated claims, within the asked range', async () => {
    const res = await get('/api/timeline?from=2021&to=2021');
    assert.equal(res.status, 200);
    assert.ok(res.body.items.length > 0);
    assert.ok(res.body.items.every((i: any) => i.date.startsWith('2021')), JSON.stringify(res.body.items.map((i: any) => i.date)));
  });

  test('search: entities by name, documents by text with a snippet', async () => {
    const res = await get('/api/search?q=brell');
    assert.equal(res.body.entities[0].name, 'Tomas Brell');
    const doc = res.body.documents.find((d: any) => d.snippet !== null);
    assert.ok(doc, 'a document mentioning Brell');
    assert.equal(doc.snippet.text.slice(doc.snippet.start, doc.snippet.end).toLowerCase(), 'brell');
  });

  test('claims and assertions are listed with paging', async () => {
    const claims = await get('/api/claims?limit=2');
    assert.equal(claims.body.items.length, 2);
    assert.equal(claims.body.total, 7);
    const link = await get('/api/assertions?entity=e-red-valley-front&other=e-grey-harbour-brigade');
    assert.deepEqual(link.body.items.map((a: any) => `${a.predicate}${a.negated ? ' (negated)' : ''}`).sort(), ['allied_with', 'allied_with (negated)'], 'the assertions behind one link, denial included');
    const assertions = await get('/api/assertions?entity=e-tomas-brell');
    assert.ok(assertions.body.items.every((a: any) => a.subject.id === 'e-tomas-brell' || a.object.id === 'e-tomas-brell'));
  });

  test('export: the eval format as a download', async () => {
    const res = await testApi.api.fetch(new Request('http://dossier.test/api/export?format=eval'));
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-disposition') ?? '', /attachment/);
    assert.ok(Array.isArray((await res.json()).documents));
  });

  test('openapi.json and the served routes are the same set', async () => {
    const doc = (await get('/openapi.json')).body;
    const documented = Object.entries(doc.paths).flatMap(([path, ops]: [string, any]) => Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`));
    assert.deepEqual([...documented].sort(), [...testApi.api.routes].sort());
  });

  test('openapi.json lists every API route with its query parameters', async () => {
    const res = await get('/openapi.json');
    assert.equal(res.body.openapi, '3.1.0');
    for (const path of ['/api/documents', '/api/entities', '/api/entities/{id}', '/api/claims', '/api/assertions', '/api/graph', '/api/timeline', '/api/contradictions', '/api/search', '/api/export']) {
      assert.ok(res.body.paths[path], path);
    }
    assert.ok(res.body.paths['/api/graph'].get.parameters.some((p: any) => p.name === 'minOrigins'));
  });
});
