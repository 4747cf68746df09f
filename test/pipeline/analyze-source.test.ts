import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadUpload } from '../../src/ingest/index.js';
import { analyzeSource, ingestIntoCase } from '../../src/pipeline/index.js';
import { openStore } from '../../src/store/index.js';

// The one per-document step the CLI, the server and the queue worker share: it reads, and leaves saving to its caller.
const upload = (text: string, name = 'front.txt') => loadUpload({ name, origin: `/corpus/${name}`, bytes: new TextEncoder().encode(text), format: 'txt' });
const ARTICLE = 'The Red Valley Front attacked a police post in Kestrel Hill on Monday, residents said.';

test('a new document is analysed and nothing is written', async () => {
  const store = await openStore({ case: ':memory:' });
  try {
    const outcome = await analyzeSource(store, upload(ARTICLE));
    assert.equal(outcome.status, 'analyzed');
    assert.ok(outcome.status === 'analyzed' && outcome.analyzed.mentions.some((m) => m.text === 'Red Valley Front'));
    assert.equal((await store.counts()).documents, 0);
  } finally {
    await store.close();
  }
});

test('a document already in the case is unchanged, by content hash, whatever its file name', async () => {
  const store = await openStore({ case: ':memory:' });
  try {
    const [added] = await ingestIntoCase(store, [upload(ARTICLE)]);
    const outcome = await analyzeSource(store, upload(ARTICLE, 'copy.txt'));
    assert.deepEqual(outcome, { status: 'unchanged', input: '/corpus/copy.txt', docId: added?.status === 'added' ? added.docId : '', name: 'copy.txt' });
  } finally {
    await store.close();
  }
});

test('a source ingest refused stays refused, with its code and file', async () => {
  const store = await openStore({ case: ':memory:' });
  try {
    const outcome = await analyzeSource(store, loadUpload({ name: 'x.txt', origin: '/corpus/x.txt', bytes: new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x00, 0x00]), format: 'txt' }));
    assert.equal(outcome.status, 'rejected');
    assert.ok(outcome.status === 'rejected' && outcome.error.code === 'INGEST_BINARY' && outcome.error.site.file === '/corpus/x.txt');
  } finally {
    await store.close();
  }
});
