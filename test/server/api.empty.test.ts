import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createApi, type Api } from '../../src/server/index.js';
import { openTestCase, type TestCase } from './open-case.js';

// A new case, before anything is ingested: every read answers, with nothing in it.
let tc: TestCase;
let api: Api;
before(async () => {
  tc = await openTestCase({ documents: [], resolution: { entities: [], entityOfMention: new Map() } });
  api = createApi({ store: tc.store, webRoot: null });
});
after(async () => tc.dispose());

const EMPTY_READS: ReadonlyArray<[path: string, isEmpty: (body: any) => boolean]> = [
  ['/api/case', (b) => b.documents === 0 && b.claims === 0],
  ['/api/documents', (b) => b.total === 0],
  ['/api/entities', (b) => b.total === 0],
  ['/api/claims', (b) => b.total === 0],
  ['/api/assertions', (b) => b.total === 0],
  ['/api/graph', (b) => b.nodes.length === 0 && b.edges.length === 0],
  ['/api/timeline', (b) => b.total === 0],
  ['/api/contradictions', (b) => b.total === 0],
  ['/api/search?q=anything', (b) => b.entities.length === 0 && b.documents.length === 0],
];
for (const [path, isEmpty] of EMPTY_READS) {
  test(`empty case: ${path}`, async () => {
    const res = await api.fetch(new Request(`http://dossier.test${path}`));
    assert.equal(res.status, 200, path);
    assert.ok(isEmpty(await res.json()), path);
  });
}
