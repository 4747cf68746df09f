import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createApi } from '../../src/server/index.js';
import { openStore } from '../../src/store/index.js';
import { freshPostgresCase, testPostgresUrl } from '../fixtures/postgres.js';
import { fictionalCase } from './fictional-case.js';

// The API over a case kept in PostgreSQL: the same routes, the same answers as over SQLite.
const url = testPostgresUrl;
if (url) {
  test('the API serves a PostgreSQL case: entities, one entity, and a 404 for an unknown id', async () => {
    const store = await openStore({ store: await freshPostgresCase(url, 'api') });
    const content = fictionalCase();
    for (const doc of content.documents) await store.saveDocument(doc);
    await store.saveResolution(content.resolution);
    try {
      const api = createApi({ store, token: null });
      const list = await api.fetch(new Request('http://127.0.0.1/api/entities'));
      assert.equal(list.status, 200);
      const body = (await list.json()) as { items?: { id: string }[] } | { id: string }[];
      const items = Array.isArray(body) ? body : body.items ?? [];
      assert.ok(items.length > 0, 'entities listed');
      const one = await api.fetch(new Request(`http://127.0.0.1/api/entities/${encodeURIComponent(items[0]!.id)}`));
      assert.equal(one.status, 200);
      const missing = await api.fetch(new Request('http://127.0.0.1/api/entities/no-such-entity'));
      assert.equal(missing.status, 404);
    } finally {
      await store.close();
    }
  });
} else {
  test.skip('API on PostgreSQL: no DOSSIER_TEST_PG_URL', () => {});
}
