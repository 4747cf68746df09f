// Builds fictional CaseSnapshots in code for the analysis tests. Every group, person, place, outlet and sentence
// here is invented for these tests; none comes from a real article.
import type { AnalyzedDocument, CaseSnapshot, ClaimMention, ClaimSource, Entity, EntityType, Mention, Predicate, SourceGrade } from '../../src/core/index.js';

export interface EntitySpec {
  readonly name: string;
  readonly type: EntityType;
  readonly aliases?: readonly string[];
}

export interface ClaimSpec {
  readonly s: string;
  readonly p: Predicate;
  readonly o: string;
  /** The evidence sentence: must occur in the document text; s and o are looked for inside it first. */
  readonly sentence: string;
  readonly source?: { readonly entity: string } | { readonly described: string };
  readonly hedged?: boolean;
  readonly negated?: boolean;
  readonly date?: string;
}

export interface DocSpec {
  readonly name: string;
  readonly text: string;
  readonly published?: string;
  readonly outlet?: string;
  readonly claims?: readonly ClaimSpec[];
  /** Names the piece mentions beyond those its claims use. */
  readonly mentions?: readonly string[];
}

export const WORLD: readonly EntitySpec[] = [
  { name: 'Red Valley Front', type: 'organization', aliases: ['RVF', 'the Front'] },
  { name: 'Amber Hand', type: 'organization', aliases: ['the Hand'] },
  { name: 'Northern Shield Brigade', type: 'organization', aliases: ['NSB'] },
  { name: 'Grey Lantern Movement', type: 'organization' },
  { name: 'Ilsa Varn', type: 'person', aliases: ['Varn'] },
  { name: 'Tomas Reker', type: 'person', aliases: ['Reker'] },
  { name: 'Port Alder', type: 'location' },
  { name: 'Kessel Province', type: 'location', aliases: ['Kessel'] },
  { name: 'The Harbour Post', type: 'organization', aliases: ['Harbour Post'] },
  { name: '2021 Port Alder bombing', type: 'event' },
  { name: 'Port Alder siege', type: 'event' },
];

const slug = (name: string): string => name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** Builds a snapshot: mentions are found by searching the text, resolution maps each name or alias to its entity. */
export function buildCase(docs: readonly DocSpec[], options: { entities?: readonly EntitySpec[]; grades?: readonly SourceGrade[] } = {}): CaseSnapshot {
  const specs = options.entities ?? WORLD;
  const byForm = new Map<string, EntitySpec>();
  for (const spec of specs) for (const form of [spec.name, ...(spec.aliases ?? [])]) byForm.set(form, spec);
  const entityOfMention = new Map<string, string>();
  const mentionIdsOf = new Map<string, string[]>();
  const documents: AnalyzedDocument[] = docs.map((doc) => {
    const docId = slug(doc.name).padEnd(8, '0');
    const mentions = new Map<string, Mention>();
    const mentionOf = (form: string, near: number): Mention => {
      const spec = byForm.get(form);
      if (!spec) throw new Error(`fixture: "${form}" is not an entity of the fictional world`);
      let start = doc.text.indexOf(form, near);
      if (start < 0) start = doc.text.indexOf(form);
      if (start < 0) throw new Error(`fixture: "${form}" does not occur in ${doc.name}`);
      const id = `${docId}:${start}-${start + form.length}`;
      if (!mentions.has(id)) {
        mentions.set(id, { id, docId, text: form, type: spec.type, start, end: start + form.length, sentenceIndex: 0, rule: 'pattern/fixture' });
        entityOfMention.set(id, slug(spec.name));
        mentionIdsOf.set(slug(spec.name), [...(mentionIdsOf.get(slug(spec.name)) ?? []), id]);
      }
      return mentions.get(id)!;
    };
    for (const form of doc.mentions ?? []) mentionOf(form, 0);
    const claims: ClaimMention[] = (doc.claims ?? []).map((c, n) => {
      const at = doc.text.indexOf(c.sentence);
      if (at < 0) throw new Error(`fixture: sentence not in ${doc.name}: ${c.sentence}`);
      const source: ClaimSource = !c.source ? { kind: 'author' }
        : 'entity' in c.source ? { kind: 'entity', mentionId: mentionOf(c.source.entity, at).id }
        : { kind: 'described', text: c.source.described };
      return {
        id: `${docId}:c${n}`, docId, subjectId: mentionOf(c.s, at).id, predicate: c.p, objectId: mentionOf(c.o, at).id, role: null,
        source, hedged: c.hedged ?? false, negated: c.negated ?? false,
        date: c.date ? { value: c.date, precision: c.date.length === 4 ? 'year' : c.date.length === 7 ? 'month' : 'day', stated: true, text: c.date } : null,
        evidence: { start: at, end: at + c.sentence.length }, rule: 'pattern/fixture',
      };
    });
    return {
      document: { id: docId, name: doc.name, origin: doc.name, format: 'txt', title: null, text: doc.text, published: doc.published ?? null, publishedFrom: doc.published ? 'manifest' : null, outlet: doc.outlet ?? null, url: null },
      sentences: [], mentions: [...mentions.values()], claims, extractorVersion: 'fixture',
    };
  });
  const entities: Entity[] = specs.map((spec) => ({ id: slug(spec.name), name: spec.name, type: spec.type, aliases: spec.aliases ?? [], mentionIds: mentionIdsOf.get(slug(spec.name)) ?? [], merges: [] }));
  return { documents, resolution: { entities, entityOfMention }, overrides: [], sourceGrades: options.grades ?? [] };
}

export const idOf = slug;
