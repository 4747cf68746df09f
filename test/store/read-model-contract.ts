import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeCase } from '../../src/analysis/index.js';
import { analyseAndStore } from '../../src/server/analyse-and-store.js';
import type { AnalyzedDocument } from '../../src/core/index.js';
import type { SqlStore } from '../../src/store/index.js';
import { fictionalCase } from '../server/fictional-case.js';

/** The read model on every adapter: the same stored analysis, the same indexed answers, the same search. */
export function readModelContract(name: string, open: () => Promise<SqlStore>): void {
  describe(`${name} read model`, () => {
    const withCase = async (work: (store: SqlStore) => Promise<void>): Promise<void> => {
      const store = await open();
      try {
        const content = fictionalCase();
        assert.equal(await store.saveDocuments(content.documents), content.documents.length);
        await store.saveResolution(content.resolution);
        await work(store);
      } finally {
        await store.close();
      }
    };

    test('documents saved in bulk read back as saved one by one, and bulk-saving them again adds nothing', async () => {
      await withCase(async (store) => {
        const oneByOne = await open();
        try {
          for (const doc of fictionalCase().documents) await oneByOne.saveDocument(doc);
          // One bulk transaction stamps one ingest time, so the order by ingest time is by name among them.
          const byName = (docs: readonly AnalyzedDocument[]) => [...docs].sort((a, b) => a.document.name.localeCompare(b.document.name));
          assert.deepEqual(byName(await store.loadAnalyzedDocuments()), byName(await oneByOne.loadAnalyzedDocuments()));
          // Entities aside: only the bulk-saved case has been resolved.
          const rowsOf = async (s: SqlStore) => { const { entities: _entities, ...rows } = await s.counts(); return rows; };
          assert.deepEqual(await rowsOf(store), await rowsOf(oneByOne));
        } finally {
          await oneByOne.close();
        }
        assert.equal(await store.saveDocuments(fictionalCase().documents), 0);
      });
    });

    test('the stored analysis has the revision it was read at; a later write makes it stale', async () => {
      await withCase(async (store) => {
        const model = store.readModel();
        assert.equal((await model.state()).analysedRevision, null, 'nothing stored before the first run');
        const { revision, status } = await analyseAndStore(store);
        assert.equal(status, 'saved');
        assert.deepEqual(await model.state(), { caseRevision: revision, analysedRevision: revision });
        assert.equal((await analyseAndStore(store)).status, 'superseded', 'the same revision is not written twice');
        await store.setSourceGrade({ source: 'Valley Weekly', grade: 'B', note: null });
        const stale = await model.state();
        assert.ok(stale.caseRevision > revision && stale.analysedRevision === revision, 'a grade changes the analysis: stale');
      });
    });

    test('indexed reads: assertions by entity, predicate and origins; entities by name; network metrics', async () => {
      await withCase(async (store) => {
        await analyseAndStore(store);
        const analysis = analyzeCase(await store.loadCase());
        const model = store.readModel();
        const all = await model.findAssertions({ minOrigins: 1 }, 0, 1000);
        assert.deepEqual(all.items.map((a) => a.id), analysis.assertions.map((a) => a.id));
        const varn = analysis.assertions.filter((a) => a.subject.id === 'e-ilsa-varn' || a.object.id === 'e-ilsa-varn');
        assert.equal((await model.findAssertions({ entity: 'e-ilsa-varn', minOrigins: 1 }, 0, 1)).total, varn.length);
        const hostile = analysis.assertions.filter((a) => a.predicate === 'hostile_to' && a.origins >= 2);
        assert.deepEqual((await model.assertionEdges({ predicates: ['hostile_to'], minOrigins: 2 })).map((a) => a.id), hostile.map((a) => a.id));
        assert.deepEqual((await model.entityKeysContaining('ghb')).map((e) => e.id), ['e-grey-harbour-brigade'], 'an alias finds its entity');
        assert.deepEqual((await model.listEntities({ types: ['person'] }, 0, 10)).items.map((e) => e.name).sort(), ['Ilsa Varn', 'Tomas Brell']);
        const node = analysis.network.nodes.find((n) => n.id === 'e-red-valley-front')!;
        assert.deepEqual(await model.node(node.id), node);
      });
    });

    test('document search: any case, titles, short needles, LIKE wildcards taken literally, ingest order', async () => {
      await withCase(async (store) => {
        const model = store.readModel();
        const docs = fictionalCase().documents;
        const word = docs[1]!.document.text.split(/\s+/).find((w) => /^[A-Z][a-z]{4,}$/.test(w))!;
        const expected = docs.filter((d) => `${d.document.title}\n${d.document.name}\n${d.document.text}`.toLowerCase().includes(word.toLowerCase())).map((d) => d.document.id);
        assert.ok(expected.length > 0);
        assert.deepEqual(new Set((await model.searchDocuments(word.toLowerCase(), 20)).map((d) => d.id)), new Set(expected), `"${word}" in any case`);
        assert.deepEqual((await model.searchDocuments('ridge-bulletin', 20)).map((d) => d.name), ['ridge-bulletin-markup.txt'], 'a document name');
        assert.ok((await model.searchDocuments('ox', 20)).every((d) => `${d.title}\n${d.name}\n${d.text}`.toLowerCase().includes('ox')), 'two letters: fewer than a trigram, still exact');
        assert.deepEqual(await model.searchDocuments('v%y', 20), [], '% is a character, not a wildcard');
        assert.deepEqual(await model.searchDocuments('no such words anywhere', 20), []);
        assert.equal((await model.searchDocuments('the', 1)).length, 1, 'the limit holds');
      });
    });
  });
}
