import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, test } from 'node:test';
import type { AnalyzedDocument, EntityType, ResolveResult } from '../../src/core/index.js';
import type { SqlStore } from '../../src/store/index.js';

// Incremental resolution's storage, on every adapter: blocking keys and pending marks saved with a document,
// the component of the pending documents, and a component's entities replaced without touching the others.

/** A hand-made document naming these names (each found in the text), so the tests need no NLP. */
function story(name: string, text: string, names: readonly (readonly [string, EntityType])[]): AnalyzedDocument {
  const id = createHash('sha256').update(text).digest('hex');
  return {
    document: { id, name, origin: `/tmp/${name}`, format: 'txt', title: null, text, published: null, publishedFrom: null, outlet: null, url: null },
    sentences: [{ index: 0, start: 0, end: text.length }],
    mentions: names.map(([needle, type]) => {
      const start = text.indexOf(needle);
      return { id: `${id}:${start}-${start + needle.length}`, docId: id, start, end: start + needle.length, text: needle, type, sentenceIndex: 0, rule: 'model/test' as const };
    }),
    claims: [],
    extractorVersion: 'test/1',
  };
}

/** One entity per distinct name, with the id given: what a resolver would make of these documents. */
function resolution(docs: readonly AnalyzedDocument[], idOf: (name: string) => string): ResolveResult {
  const byId = new Map<string, { name: string; type: EntityType; mentionIds: string[] }>();
  for (const m of docs.flatMap((d) => d.mentions)) {
    const id = idOf(m.text);
    const e = byId.get(id) ?? { name: m.text, type: m.type, mentionIds: [] };
    e.mentionIds.push(m.id);
    byId.set(id, e);
  }
  return {
    version: 'test/1',
    entities: [...byId].map(([id, e]) => ({ id, name: e.name, type: e.type, aliases: [e.name], mentionIds: e.mentionIds, merges: [] })),
    entityOfMention: new Map(docs.flatMap((d) => d.mentions.map((m) => [m.id, idOf(m.text)] as const))),
  };
}

const slug = (name: string): string => `x:${name.toLowerCase().replace(/[^a-z]+/g, '-')}`;

export function incrementalContract(name: string, open: () => Promise<SqlStore>): void {
  describe(`${name} store: incremental resolution`, () => {
    const front = story('a-front.txt', 'The Velk Front held Orrisby.', [['Velk Front', 'organization'], ['Orrisby', 'location']]);
    const gwyn = story('b-gwyn.txt', 'Gwyneth Habbakuk spoke in Yxney.', [['Gwyneth Habbakuk', 'person'], ['Yxney', 'location']]);
    const gwynAgain = story('c-gwyn.txt', 'Habbakuk left Yxney.', [['Habbakuk', 'person'], ['Yxney', 'location']]);

    test('a saved document is pending with its blocking keys; the component of a pending document holds only what shares a key with it', async () => {
      const store = await open();
      try {
        await store.saveDocument(front);
        await store.saveDocument(gwyn);
        const work = await store.loadResolutionWork();
        assert.deepEqual(work.pendingDocIds, [front.document.id, gwyn.document.id].sort());
        assert.equal(work.whole, null);
        assert.equal(work.documentCount, 2);
        await store.saveDocument(gwynAgain);
        const { documents: component, caseDocuments } = await store.loadResolutionComponent([gwynAgain.document.id]);
        assert.equal(caseDocuments, 3);
        assert.deepEqual(component.map((d) => d.document.name), ['b-gwyn.txt', 'c-gwyn.txt'], 'in the case\'s order, by name');
        assert.deepEqual(component[1]!.mentions, gwynAgain.mentions);
      } finally {
        await store.close();
      }
    });

    test('a component\'s resolution replaces its documents\' entities only, clears what it covered, and loses to a newer one', async () => {
      const store = await open();
      try {
        await store.saveDocument(front);
        await store.saveDocument(gwyn);
        const first = await store.loadResolutionInputs();
        assert.equal(await store.saveResolution(resolution(first.documents, slug), first.generation), 'current');
        await store.saveDocument(gwynAgain);
        const work = await store.loadResolutionWork();
        assert.deepEqual(work.pendingDocIds, [gwynAgain.document.id]);
        const { documents: docs } = await store.loadResolutionComponent(work.pendingDocIds);
        // "Habbakuk" joins "Gwyneth Habbakuk": one entity of two mentions now.
        const result = resolution(docs, (n) => slug(n === 'Habbakuk' ? 'Gwyneth Habbakuk' : n));
        assert.equal(await store.saveComponentResolution(result, docs.map((d) => d.document.id), first.generation - 1), 'superseded', 'older than the saved resolution');
        assert.equal(await store.saveComponentResolution(result, docs.map((d) => d.document.id), work.generation), 'current');
        const stored = await store.loadResolution();
        assert.deepEqual(stored.entities.map((e) => [e.id, e.mentionIds.length]).sort(), [
          ['x:gwyneth-habbakuk', 2], ['x:orrisby', 1], ['x:velk-front', 1], ['x:yxney', 2],
        ]);
        assert.deepEqual(await store.loadResolutionWork(), { generation: work.generation, pendingDocIds: [], documentCount: 3, whole: null });
        assert.equal((await store.resolutionState()).isCurrent, true);
        assert.ok((await store.check()).consistent);
      } finally {
        await store.close();
      }
    });

    test('ids one name shares across components are numbered by first mention across the case, as a whole run numbers them', async () => {
      const store = await open();
      try {
        // Two documents that share no key, each with an entity the resolver named "x:same" (as two unrelated people of one name would be).
        const later = story('z-later.txt', 'Gwyneth Habbakuk spoke.', [['Gwyneth Habbakuk', 'person']]);
        const earlier = story('a-earlier.txt', 'The Velk Front held Orrisby.', [['Velk Front', 'organization']]);
        await store.saveDocument(later);
        const one = await store.loadResolutionInputs();
        await store.saveResolution(resolution(one.documents, () => 'x:same'), one.generation);
        await store.saveDocument(earlier);
        const work = await store.loadResolutionWork();
        const { documents: docs } = await store.loadResolutionComponent(work.pendingDocIds);
        assert.deepEqual(docs.map((d) => d.document.name), ['a-earlier.txt']);
        await store.saveComponentResolution(resolution(docs, () => 'x:same'), docs.map((d) => d.document.id), work.generation);
        const stored = await store.loadResolution();
        assert.equal(stored.entityOfMention.get(earlier.mentions[0]!.id), 'x:same', 'the earlier document\'s entity takes the bare id');
        assert.equal(stored.entityOfMention.get(later.mentions[0]!.id), 'x:same~2', 'the other one is renamed after it');
        assert.ok((await store.check()).consistent);
      } finally {
        await store.close();
      }
    });

    test('a component whose entity now comes first takes the bare id from the entity outside it, whose old number it held', async () => {
      const store = await open();
      try {
        const earlier = story('b-earlier.txt', 'The Velk Front held Orrisby.', [['Velk Front', 'organization']]);
        const later = story('c-later.txt', 'Gwyneth Habbakuk spoke.', [['Gwyneth Habbakuk', 'person']]);
        await store.saveDocument(earlier);
        await store.saveDocument(later);
        const one = await store.loadResolutionInputs();
        await store.saveResolution(resolution(one.documents, () => 'x:same'), one.generation);
        // Saved whole over "x:same" for both, split in two: the earlier document's keeps the bare id.
        const split = resolution(one.documents, (n) => (n === 'Velk Front' ? 'x:same' : 'x:same~2'));
        assert.equal(await store.saveResolution(split, one.generation), 'current');
        assert.deepEqual((await store.loadResolution()).entities.map((e) => [e.id, e.name, e.mentionIds.length]).sort(), [['x:same', 'Velk Front', 1], ['x:same~2', 'Gwyneth Habbakuk', 1]],
          'an entity saved again under its id keeps only its new mentions');
        // A document named before both joins the later one's entity: that entity's first mention is now the case's first.
        const first = story('a-first.txt', 'Habbakuk spoke first.', [['Habbakuk', 'person']]);
        await store.saveDocument(first);
        const work = await store.loadResolutionWork();
        const { documents: docs } = await store.loadResolutionComponent(work.pendingDocIds);
        assert.deepEqual(docs.map((d) => d.document.name), ['a-first.txt', 'c-later.txt']);
        assert.equal(await store.saveComponentResolution(resolution(docs, () => 'x:same'), docs.map((d) => d.document.id), work.generation), 'current');
        const stored = await store.loadResolution();
        assert.equal(stored.entityOfMention.get(first.mentions[0]!.id), 'x:same');
        assert.equal(stored.entityOfMention.get(later.mentions[0]!.id), 'x:same');
        assert.equal(stored.entityOfMention.get(earlier.mentions[0]!.id), 'x:same~2', 'the entity outside the component moved to the number the component\'s held');
        assert.deepEqual(stored.entities.map((e) => [e.id, e.name, [...e.mentionIds].sort()]).sort(), [
          ['x:same', 'Habbakuk', [first.mentions[0]!.id, later.mentions[0]!.id].sort()], ['x:same~2', 'Velk Front', [earlier.mentions[0]!.id]],
        ]);
        assert.ok((await store.check()).consistent);
      } finally {
        await store.close();
      }
    });

    test('when a component no longer has an entity of a name, the entities outside it of that name close ranks', async () => {
      const store = await open();
      try {
        const first = story('a-first.txt', 'The Velk Front held Orrisby.', [['Velk Front', 'organization']]);
        const second = story('b-second.txt', 'Gwyneth Habbakuk spoke.', [['Gwyneth Habbakuk', 'person']]);
        await store.saveDocument(first);
        await store.saveDocument(second);
        const one = await store.loadResolutionInputs();
        await store.saveResolution(resolution(one.documents, (n) => (n === 'Velk Front' ? 'x:same' : 'x:same~2')), one.generation);
        // The first story's entity is now named otherwise (its new document says so): "x:same" is left to the other story.
        const third = story('c-third.txt', 'The Velk Front, now the Orrisby Guard.', [['Velk Front', 'organization']]);
        await store.saveDocument(third);
        const work = await store.loadResolutionWork();
        const { documents: docs } = await store.loadResolutionComponent(work.pendingDocIds);
        assert.deepEqual(docs.map((d) => d.document.name), ['a-first.txt', 'c-third.txt']);
        await store.saveComponentResolution(resolution(docs, () => 'x:orrisby-guard'), docs.map((d) => d.document.id), work.generation);
        const stored = await store.loadResolution();
        assert.equal(stored.entityOfMention.get(second.mentions[0]!.id), 'x:same', 'the only entity of its name takes the bare id');
        assert.equal(stored.entityOfMention.get(first.mentions[0]!.id), 'x:orrisby-guard');
        assert.deepEqual(stored.entities.map((e) => e.id).sort(), ['x:orrisby-guard', 'x:same']);
        assert.ok((await store.check()).consistent);
      } finally {
        await store.close();
      }
    });

    test('overrides and repairs ask for a whole resolution', async () => {
      const store = await open();
      try {
        await store.saveDocument(front);
        const inputs = await store.loadResolutionInputs();
        await store.saveResolution(resolution(inputs.documents, slug), inputs.generation);
        await store.markResolutionBehind();
        assert.equal((await store.loadResolutionWork()).whole, 'a repair or an override asked for it');
        const again = await store.loadResolutionInputs();
        await store.saveResolution(resolution(again.documents, slug), again.generation);
        assert.equal((await store.loadResolutionWork()).whole, null);
        await store.addOverride({ kind: 'merge', names: ['Velk Front', 'Orrisby'] });
        assert.equal((await store.loadResolutionWork()).whole, 'analyst overrides apply across the case');
      } finally {
        await store.close();
      }
    });
  });
}
