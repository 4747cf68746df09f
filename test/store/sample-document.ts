import { createHash } from 'node:crypto';
import type { AnalyzedDocument, ResolveResult } from '../../src/core/index.js';

// A fictional document with one claim, built by hand so store tests don't depend on the NLP stage.
export function sampleDocument(text = 'Ilsa Varn, the Red Valley Front chief, reportedly met envoys in Port Alder in March.'): AnalyzedDocument {
  const id = createHash('sha256').update(text).digest('hex');
  const span = (needle: string): { start: number; end: number } => {
    const start = text.indexOf(needle);
    return { start, end: start + needle.length };
  };
  const mention = (needle: string, type: 'person' | 'organization' | 'location') => {
    const { start, end } = span(needle);
    return { id: `${id}:${start}-${end}`, docId: id, start, end, text: needle, type, sentenceIndex: 0, rule: 'model/test' as const };
  };
  const varn = mention('Ilsa Varn', 'person');
  const front = mention('Red Valley Front', 'organization');
  return {
    document: { id, name: 'varn.txt', origin: '/tmp/varn.txt', format: 'txt', title: 'Varn', text, published: '2026-05', publishedFrom: 'manifest', outlet: 'Harbour Ledger', url: null },
    sentences: [{ index: 0, start: 0, end: text.length }],
    mentions: [varn, front, mention('Port Alder', 'location')],
    claims: [{
      id: `${id}:c0`, docId: id, subjectId: varn.id, predicate: 'leader_of', objectId: front.id, role: 'chief',
      source: { kind: 'described', text: 'police' }, hedged: true, negated: false,
      date: { value: '2026-03', precision: 'month', stated: false, text: 'in March' }, evidence: { start: 0, end: text.length }, rule: 'pattern/test',
    }],
    extractorVersion: 'test/1',
  };
}

export function sampleResolution(doc: AnalyzedDocument): ResolveResult {
  const entities = doc.mentions.map((m, i) => ({ id: `e${i}`, name: m.text, type: m.type, aliases: [m.text], mentionIds: [m.id], merges: [] }));
  return { entities, entityOfMention: new Map(doc.mentions.map((m, i) => [m.id, `e${i}`])) };
}
