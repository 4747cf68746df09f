import assert from 'node:assert/strict';
import { test } from 'node:test';
import { useTestApi } from './open-case.js';

// Uploads run the real ingest → NLP → resolution pipeline; the article below is invented for this test.
const ARTICLE = 'PORT ALDER, 3 March 2024 — The Amber Coast Militia attacked a police post in Port Alder on Friday, officials said.';
const testApi = useTestApi();

const post = (body: BodyInit, type?: string) => testApi.api.fetch(new Request('http://dossier.test/api/documents', { method: 'POST', ...(type ? { headers: { 'content-type': type } } : {}), body }));

test('an uploaded article is added once and shows in the next read', async () => {
  const before = ((await (await testApi.api.fetch(new Request('http://dossier.test/api/documents'))).json()) as any).total;
  const first = await post(JSON.stringify({ name: 'amber-coast.txt', text: ARTICLE, outlet: 'Coast Courier', published: '2024-03-03' }), 'application/json');
  assert.equal(first.status, 201, await first.clone().text());
  const added = (await first.json()) as any;
  assert.equal(added.status, 'added');
  const list = (await (await testApi.api.fetch(new Request('http://dossier.test/api/documents'))).json()) as any;
  assert.equal(list.total, before + 1, 'the cached analysis was rebuilt after the write');
  const doc = (await (await testApi.api.fetch(new Request(`http://dossier.test/api/documents/${added.document.id}`))).json()) as any;
  assert.equal(doc.document.outlet, 'Coast Courier');
  assert.equal(doc.document.text, ARTICLE.replace(/\s+$/, ''));

  const again = await post(JSON.stringify({ name: 'amber-coast.txt', text: ARTICLE }), 'application/json');
  assert.equal(again.status, 200);
  assert.equal(((await again.json()) as any).status, 'unchanged', 'same content: a no-op');
});

test('a file sent as multipart/form-data is ingested like a file on disk', async () => {
  const form = new FormData();
  form.set('file', new File(['The Saltmarsh Guard operates in Port Alder, residents said.'], 'saltmarsh.txt', { type: 'text/plain' }));
  form.set('published', '2024-02');
  const res = await post(form);
  assert.equal(res.status, 201, await res.clone().text());
  const body = (await res.json()) as any;
  assert.equal(body.document.name, 'saltmarsh.txt');
});
