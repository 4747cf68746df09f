import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { SqlStore } from '../../src/store/index.js';
import { sampleDocument, sampleResolution } from './sample-document.js';

/** One suite, every adapter: SQLite always, PostgreSQL when DOSSIER_TEST_PG_URL is set. */
export function storeContract(name: string, open: () => Promise<SqlStore>): void {
  describe(`${name} store`, () => {
    test('a saved document reads back whole: text, sentences, mentions, claims with every field', async () => {
      const store = await open();
      const doc = sampleDocument();
      assert.equal(await store.saveDocument(doc), 'inserted');
      const [back] = await store.loadAnalyzedDocuments();
      assert.deepEqual(back, doc);
      await store.close();
    });

    test('a sentence\'s parsed tokens read back with their heads and relations', async () => {
      const store = await open();
      const plain = sampleDocument('Osk fell.');
      const tokens = [
        { text: 'Osk', start: 0, end: 3, pos: 'PROPN', sentenceIndex: 0, upos: 'PROPN', head: 1, deprel: 'nsubj' },
        { text: 'fell', start: 4, end: 8, pos: 'VERB', sentenceIndex: 0, upos: 'VERB', head: -1, deprel: 'root' },
        { text: '.', start: 8, end: 9, pos: 'PUNCT', sentenceIndex: 0, upos: 'PUNCT', head: 1, deprel: 'punct' },
      ];
      const doc = { ...plain, mentions: [], claims: [], sentences: [{ ...plain.sentences[0]!, tokens }] };
      await store.saveDocument(doc);
      const [back] = await store.loadAnalyzedDocuments();
      assert.deepEqual(back!.sentences, doc.sentences);
      await store.close();
    });

    test('re-saving the same document is a no-op', async () => {
      const store = await open();
      const doc = sampleDocument();
      await store.saveDocument(doc);
      assert.equal(await store.saveDocument(doc), 'unchanged');
      assert.equal((await store.counts()).documents, 1);
      assert.equal((await store.counts()).claims, 1);
      await store.close();
    });

    test('a document whose rows fail leaves nothing behind', async () => {
      const store = await open();
      const doc = sampleDocument('The Harbour Front met nobody.');
      const broken = { ...doc, claims: [...doc.claims, doc.claims[0]!] };   // duplicate claim id violates the key
      await assert.rejects(store.saveDocument(broken));
      assert.deepEqual(await store.counts(), { documents: 0, sentences: 0, mentions: 0, entities: 0, claims: 0 });
      await store.close();
    });

    test('resolution is replaced wholesale and reads back with its mentions', async () => {
      const store = await open();
      const doc = sampleDocument();
      await store.saveDocument(doc);
      await store.saveResolution(sampleResolution(doc));
      await store.saveResolution(sampleResolution(doc));
      const resolution = await store.loadResolution();
      assert.equal(resolution.entities.length, 3);
      assert.equal(resolution.entityOfMention.get(doc.mentions[0]!.id), 'e0');
      assert.deepEqual(resolution.entities.find((e) => e.id === 'e0')?.mentionIds, [doc.mentions[0]!.id]);
      await store.close();
    });

    test('entities keep the resolver version that made them', async () => {
      const store = await open();
      const doc = sampleDocument();
      await store.saveDocument(doc);
      await store.saveResolution({ ...sampleResolution(doc), version: 'resolve-test/2' });
      assert.equal((await store.loadResolution()).version, 'resolve-test/2');
      await store.close();
    });

    test('overrides and source grades persist in order', async () => {
      const store = await open();
      await store.addOverride({ kind: 'merge', names: ['RVF', 'Red Valley Front'] });
      await store.addOverride({ kind: 'split', entityName: 'Varn', alias: 'Oskar Varn' });
      await store.setSourceGrade({ source: 'police', grade: 'C', note: null });
      await store.setSourceGrade({ source: 'police', grade: 'B', note: 'two years of accurate reports' });
      assert.deepEqual(await store.listOverrides(), [
        { kind: 'merge', names: ['RVF', 'Red Valley Front'] },
        { kind: 'split', entityName: 'Varn', alias: 'Oskar Varn' },
      ]);
      assert.deepEqual(await store.listSourceGrades(), [{ source: 'police', grade: 'B', note: 'two years of accurate reports' }]);
      await store.close();
    });

    test('a saved document leaves the entities behind until a resolution made from it is saved', async () => {
      const store = await open();
      assert.equal((await store.resolutionState()).isCurrent, true, 'a new case');
      const doc = sampleDocument();
      await store.saveDocument(doc);
      assert.equal((await store.resolutionState()).isCurrent, false, 'after a document');
      const inputs = await store.loadResolutionInputs();
      assert.deepEqual(inputs.documents.map((d) => d.document.id), [doc.document.id]);
      assert.equal(await store.saveResolution(sampleResolution(doc), inputs.generation), 'current');
      assert.equal((await store.resolutionState()).isCurrent, true, 'after resolving');
      await store.addOverride({ kind: 'merge', names: ['Varn', 'Ilsa Varn'] });
      assert.equal((await store.resolutionState()).isCurrent, false, 'after an override');
      await store.close();
    });

    test('a resolution of older inputs is outdated, and never overwrites a newer one', async () => {
      const store = await open();
      const first = sampleDocument();
      await store.saveDocument(first);
      const older = await store.loadResolutionInputs();
      const second = sampleDocument('Oskar Varn left the Grey Ford Movement.');
      await store.saveDocument(second);
      const newer = await store.loadResolutionInputs();
      assert.equal(await store.saveResolution({ ...sampleResolution(second), version: 'newer' }, newer.generation), 'current');
      assert.equal(await store.saveResolution({ ...sampleResolution(first), version: 'older' }, older.generation), 'superseded');
      assert.equal((await store.loadResolution()).version, 'newer', 'the newer resolution stays');
      assert.equal((await store.resolutionState()).isCurrent, true);

      const third = sampleDocument('Ilsa Varn spoke in Osk.');
      const before = await store.loadResolutionInputs();
      await store.saveDocument(third);   // saved while the resolution of `before` was being made
      assert.equal(await store.saveResolution({ ...sampleResolution(second), version: 'late' }, before.generation), 'outdated');
      assert.equal((await store.loadResolution()).version, 'late', 'an outdated resolution is still the newest there is');
      assert.equal((await store.resolutionState()).isCurrent, false, 'and the case stays marked for re-resolution');
      await store.close();
    });

    test('check: a case written through the store is consistent, with entities behind as pending work', async () => {
      const store = await open();
      assert.deepEqual((await store.check()).problems, [], 'a new case');
      const doc = sampleDocument();
      await store.saveDocument(doc);
      const behind = await store.check();
      assert.equal(behind.consistent, true);
      assert.deepEqual(behind.pending.map((p) => [p.kind, p.changes]), [['resolution-behind', 1]]);
      await store.saveResolution(sampleResolution(doc));
      const done = await store.check();
      assert.deepEqual([done.consistent, done.problems, done.pending], [true, [], []]);
      assert.deepEqual(done.counts, { documents: 1, sentences: 1, mentions: 3, entities: 3, claims: 1 });
      await store.close();
    });

    test('check: a resolution that leaves a mention without an entity is named while marked current', async () => {
      const store = await open();
      const doc = sampleDocument();
      await store.saveDocument(doc);
      const full = sampleResolution(doc);
      const missing = doc.mentions[2]!.id;
      await store.saveResolution({
        entities: full.entities.filter((e) => !e.mentionIds.includes(missing)),
        entityOfMention: new Map([...full.entityOfMention].filter(([mentionId]) => mentionId !== missing)),
      });
      const result = await store.check();
      assert.equal(result.consistent, false);
      assert.deepEqual(result.problems.map((p) => [p.kind, p.docId, p.rows]), [['unresolved-mentions', doc.document.id, 1]]);
      await store.close();
    });

    test('documents list with their extractor version', async () => {
      const store = await open();
      const doc = sampleDocument();
      await store.saveDocument(doc);
      const [summary] = await store.listDocuments();
      assert.equal(summary?.id, doc.document.id);
      assert.equal(summary?.extractorVersion, 'test/1');
      assert.equal((await store.getDocument(doc.document.id))?.text, doc.document.text);
      assert.equal(await store.getDocument('missing'), null);
      await store.close();
    });
  });
}
