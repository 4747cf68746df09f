// Builds a CaseSnapshot from the development gold (../shared/eval/gold/seeds.json) and the corpus texts, read at run
// time and never copied into the repo. It lets the analysis be checked against what the gold says, independently of
// how well extraction is doing at the moment.
import { existsSync, readFileSync } from 'node:fs';
import type { AnalyzedDocument, CaseSnapshot, ClaimMention, ClaimSource, Entity, EntityType, Mention, Predicate } from '../../src/core/index.js';
import { sharedPath } from '../fixtures/paths.js';

interface GoldRelation {
  readonly subject: string; readonly predicate: string | readonly string[]; readonly object: string; readonly role?: string | null;
  readonly source: string | null; readonly negated: boolean; readonly hedged: boolean; readonly date: string | null; readonly evidence: string;
}
interface Gold {
  readonly entities: readonly { id: string; name: string; type: EntityType; aliases: readonly string[] }[];
  readonly documents: readonly { doc: string; relations: readonly GoldRelation[] }[];
}

export const isGoldAvailable = (): boolean => existsSync(sharedPath('eval', 'gold', 'seeds.json')) && existsSync(sharedPath('corpus', 'manifest.csv'));

export function loadGoldCase(): CaseSnapshot {
  const gold = JSON.parse(readFileSync(sharedPath('eval', 'gold', 'seeds.json'), 'utf8')) as Gold;
  const manifest = new Map(readFileSync(sharedPath('corpus', 'manifest.csv'), 'utf8').trim().split('\n').slice(1).map((line) => {
    const [file = '', published = '', outlet = ''] = line.split(',');
    return [file, { published: published || null, outlet: outlet || null }] as const;
  }));
  const entities = new Map(gold.entities.map((e) => [e.id, e]));
  const entityOfMention = new Map<string, string>();
  const mentionIds = new Map<string, string[]>();
  const documents: AnalyzedDocument[] = gold.documents.map((goldDoc) => {
    const text = readFileSync(sharedPath('corpus', goldDoc.doc), 'utf8').replace(/\r\n/g, '\n');
    const docId = goldDoc.doc.slice(0, 3);
    const mentions = new Map<string, Mention>();
    const mentionOf = (entityId: string, from: number, to: number): string => {
      const entity = entities.get(entityId)!;
      let best: { start: number; text: string } | null = null;
      for (const form of [entity.name, ...entity.aliases]) {
        const at = text.indexOf(form, from);
        if (at >= 0 && at < to && (!best || at < best.start)) best = { start: at, text: form };
      }
      const start = best?.start ?? from;
      const surface = best?.text ?? entity.name;
      const id = `${docId}:${start}-${start + surface.length}:${entityId}`;
      if (!mentions.has(id)) {
        mentions.set(id, { id, docId, text: surface, type: entity.type, start, end: start + surface.length, sentenceIndex: 0, rule: 'pattern/gold' });
        entityOfMention.set(id, entityId);
        mentionIds.set(entityId, [...(mentionIds.get(entityId) ?? []), id]);
      }
      return id;
    };
    const claims: ClaimMention[] = [];
    goldDoc.relations.forEach((r, n) => {
      const start = text.indexOf(r.evidence);
      if (start < 0) return;
      const end = start + r.evidence.length;
      const source: ClaimSource = r.source === null ? { kind: 'author' }
        : r.source.startsWith('~') ? { kind: 'described', text: r.source }
        : { kind: 'entity', mentionId: mentionOf(r.source, start, end) };
      claims.push({
        id: `${docId}:c${n}`, docId, subjectId: mentionOf(r.subject, start, end), objectId: mentionOf(r.object, start, end),
        predicate: (Array.isArray(r.predicate) ? r.predicate[0] : r.predicate) as Predicate, role: r.role ?? null, source,
        hedged: r.hedged, negated: r.negated,
        date: r.date ? { value: r.date, precision: r.date.length === 4 ? 'year' : r.date.length === 7 ? 'month' : 'day', stated: true, text: r.date } : null,
        evidence: { start, end }, rule: 'pattern/gold',
      });
    });
    const known = manifest.get(goldDoc.doc);
    return {
      document: { id: docId, name: goldDoc.doc, origin: goldDoc.doc, format: 'txt', title: null, text, published: known?.published ?? null, publishedFrom: known?.published ? 'manifest' : null, outlet: known?.outlet ?? null, url: null },
      sentences: [], mentions: [...mentions.values()], claims, extractorVersion: 'gold',
    };
  });
  const resolved: Entity[] = gold.entities.map((e) => ({ id: e.id, name: e.name, type: e.type, aliases: e.aliases, mentionIds: mentionIds.get(e.id) ?? [], merges: [] }));
  return { documents, resolution: { entities: resolved, entityOfMention }, overrides: [], sourceGrades: [] };
}
