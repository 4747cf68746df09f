import assert from 'node:assert/strict';
import { test } from 'node:test';
import { toEvalFormat } from '../../src/export/index.js';
import { sampleDocument } from '../store/sample-document.js';

// The fictional store sample: "Ilsa Varn, the Red Valley Front chief, …" with one leader_of claim from police.
test('eval format: a claim becomes a relation between resolved entities, with its source, hedge and date', () => {
  const doc = sampleDocument();
  const ids = ['varn', 'rvf', 'alder'];
  const resolution = {
    entities: doc.mentions.map((m, i) => ({ id: ids[i]!, name: m.text, type: m.type, aliases: [m.text], mentionIds: [m.id], merges: [] })),
    entityOfMention: new Map(doc.mentions.map((m, i) => [m.id, ids[i]!])),
  };
  const out = toEvalFormat([doc], resolution);
  assert.deepEqual(out.documents[0]!.relations.map((r) => [r.subject, r.predicate, r.object, r.source, r.hedged, r.date]), [['varn', 'leader_of', 'rvf', 'police', true, '2026-03']]);
  assert.deepEqual(out.documents[0]!.entities, ['alder', 'rvf', 'varn']);
});

test('eval format: a claim whose resolved types break its predicate is left out', () => {
  const doc = sampleDocument();
  const ids = ['varn', 'rvf', 'alder'];
  const resolution = {
    // Resolution read the "Red Valley Front" mention as a place: leader_of a place is no relation.
    entities: doc.mentions.map((m, i) => ({ id: ids[i]!, name: m.text, type: i === 1 ? 'location' as const : m.type, aliases: [m.text], mentionIds: [m.id], merges: [] })),
    entityOfMention: new Map(doc.mentions.map((m, i) => [m.id, ids[i]!])),
  };
  assert.deepEqual(toEvalFormat([doc], resolution).documents[0]!.relations, []);
});
