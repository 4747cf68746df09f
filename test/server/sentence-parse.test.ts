import assert from 'node:assert/strict';
import { test } from 'node:test';
import { useTestApi } from './open-case.js';

// The tree behind a claim, through the API in-process. The article is invented for this test.
const ARTICLE = 'The Amber Coast Militia shelled a police post in Port Alder on Friday.\nThe militia denied it.';
const testApi = useTestApi();
const call = async (path: string, init?: RequestInit) => {
  const res = await testApi.api.fetch(new Request(`http://dossier.test${path}`, init));
  return { status: res.status, body: (await res.json()) as any };
};

test('an analysed document shows the stored parse of each sentence', async () => {
  const added = await call('/api/documents', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'amber-parse.txt', text: ARTICLE }) });
  assert.equal(added.status, 201, JSON.stringify(added.body));
  const id = added.body.document.id;
  const first = await call(`/api/documents/${id}/sentences/0/parse`);
  assert.equal(first.status, 200, JSON.stringify(first.body));
  assert.equal(first.body.parse, 'stored', 'analysis kept the parse with the document');
  assert.equal(first.body.sentence.text, 'The Amber Coast Militia shelled a police post in Port Alder on Friday.');
  const tokens = first.body.tokens as Array<{ id: number; form: string; head: number; deprel: string }>;
  assert.equal(tokens.filter((t) => t.head === 0).length, 1, 'one root');
  assert.equal(tokens.find((t) => t.deprel === 'root')!.form, 'shelled');
  assert.equal(tokens.find((t) => t.form === 'post')!.head, tokens.find((t) => t.form === 'shelled')!.id, 'the post is what was shelled');
  assert.match(first.body.conllu, /^# sent_id = 1\n# text = The Amber Coast Militia/);
  const second = await call(`/api/documents/${id}/sentences/1/parse`);
  assert.equal(second.body.tokens[0].form, 'The');
});

test('a sentence outside the document is a 400 naming the parameter; an unknown document a 404', async () => {
  const list = await call('/api/documents');
  const id = list.body.items[0].id;
  const missing = await call(`/api/documents/${id}/sentences/999/parse`);
  assert.equal(missing.status, 400);
  assert.equal(missing.body.error.code, 'INPUT_INVALID');
  assert.equal(missing.body.error.field, 'n');
  assert.equal((await call(`/api/documents/${id}/sentences/x/parse`)).status, 400);
  assert.equal((await call('/api/documents/0000/sentences/0/parse')).status, 404);
});

test('a document analysed before the parser existed is parsed on request', async () => {
  const list = await call('/api/documents');
  const hand = list.body.items.find((d: any) => d.name !== 'amber-parse.txt');
  const res = await call(`/api/documents/${hand.id}/sentences/0/parse`);
  assert.equal(res.status, 200);
  assert.equal(res.body.parse, 'parsed-now');
  assert.equal(res.body.tokens.filter((t: any) => t.head === 0).length, 1);
});
