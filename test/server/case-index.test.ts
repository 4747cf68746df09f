import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildCaseIndex } from '../../src/server/case-index.js';
import { syntheticCase } from './synthetic-case.js';

// Cases ingested before titles were checked hold page furniture as titles; the API names documents by headline.
test('a stored dateline or breadcrumb title is shown as the document\'s headline', () => {
  const { documents, resolution } = syntheticCase({ documents: 2, claimsPerDocument: 2, entities: 4, seed: 7 });
  const [first, second] = documents;
  const stale = { ...first!, document: { ...first!.document, title: 'Home > News > World', text: `Home > News > World\nRebels seize the river crossing at Osk\n${first!.document.text}` } };
  const index = buildCaseIndex({ documents: [stale, second!], resolution, overrides: [], sourceGrades: [] }, 1);
  assert.equal(index.documentRefs.get(stale.document.id)?.title, 'Rebels seize the river crossing at Osk');
  assert.equal(index.documentRefs.get(second!.document.id)?.title, second!.document.title, 'a real title is kept');
});
