import { createHash } from 'node:crypto';
import type { AnalyzedDocument, ClaimMention, ClaimSource, Entity, EntityType, Mention, Predicate, ResolveResult, Sentence } from '../../src/core/index.js';

// A small, entirely fictional case (invented groups, people and places) written for the server and
// web tests. Documents are built the way the NLP stage would leave them, so these tests do not
// depend on what the extractor finds, only on what the server and UI do with it.

interface EntitySpec { readonly name: string; readonly type: EntityType; readonly aliases?: readonly string[] }
interface ClaimSpec {
  readonly sentence: number;
  readonly subject: string;
  readonly predicate: Predicate;
  readonly object: string;
  readonly hedged?: boolean;
  readonly negated?: boolean;
  /** A mention text in the same sentence (a named source), or `~words` for a described one. */
  readonly source?: string;
  readonly date?: string;
}
export interface DocSpec { readonly name: string; readonly outlet: string; readonly published: string; readonly sentences: readonly string[]; readonly claims: readonly ClaimSpec[] }

export const FICTIONAL_ENTITIES: readonly EntitySpec[] = [
  { name: 'Red Valley Front', type: 'organization', aliases: ['RVF', 'Front'] },
  { name: 'Grey Harbour Brigade', type: 'organization', aliases: ['GHB'] },
  { name: 'Ilsa Varn', type: 'person', aliases: ['Varn'] },
  { name: 'Tomas Brell', type: 'person', aliases: ['Brell'] },
  { name: 'Port Alder', type: 'location' },
  { name: 'North Ridge Council', type: 'organization' },
];

export const FICTIONAL_DOCUMENTS: readonly DocSpec[] = [
  {
    name: 'valley-weekly-varn.txt', outlet: 'Valley Weekly', published: '2023-04-02',
    sentences: [
      'Ilsa Varn leads the Red Valley Front, local officials said on Sunday.',
      'The Red Valley Front is reportedly allied with the Grey Harbour Brigade.',
      'The Front has operated in Port Alder since 2021.',
    ],
    claims: [
      { sentence: 0, subject: 'Ilsa Varn', predicate: 'leader_of', object: 'Red Valley Front', source: '~local officials' },
      { sentence: 1, subject: 'Red Valley Front', predicate: 'allied_with', object: 'Grey Harbour Brigade', hedged: true },
      { sentence: 2, subject: 'Front', predicate: 'operates_in', object: 'Port Alder', date: '2021' },
    ],
  },
  {
    name: 'harbour-times-brell.txt', outlet: 'Harbour Times', published: '2023-05-10',
    sentences: [
      'Ilsa Varn, the leader of the Red Valley Front, spoke to reporters in Port Alder.',
      'The Red Valley Front denied any alliance with the Grey Harbour Brigade.',
      'Tomas Brell is a member of the Grey Harbour Brigade, according to a ministry statement.',
    ],
    claims: [
      { sentence: 0, subject: 'Ilsa Varn', predicate: 'leader_of', object: 'Red Valley Front' },
      { sentence: 1, subject: 'Red Valley Front', predicate: 'allied_with', object: 'Grey Harbour Brigade', negated: true },
      { sentence: 2, subject: 'Tomas Brell', predicate: 'member_of', object: 'Grey Harbour Brigade', source: '~a ministry statement' },
    ],
  },
  {
    // Article text that looks like markup: the UI must show it as characters, never run it.
    name: 'ridge-bulletin-markup.txt', outlet: 'Ridge Bulletin', published: '2023-06-01',
    sentences: [
      'The North Ridge Council <script>window.__dossierPwned = 1</script> sponsors the Red Valley Front, Tomas Brell said.',
      'A caption read <img src="x" onerror="window.__dossierPwned = 2"> beside a photograph of Port Alder.',
    ],
    claims: [{ sentence: 0, subject: 'North Ridge Council', predicate: 'sponsors', object: 'Red Valley Front', source: 'Tomas Brell', date: '2023-05' }],
  },
];

export function buildDocument(spec: DocSpec, entities: readonly EntitySpec[] = FICTIONAL_ENTITIES): AnalyzedDocument {
  const text = spec.sentences.join(' ');
  const id = createHash('sha256').update(text).digest('hex');
  const sentences: Sentence[] = [];
  const mentions: Mention[] = [];
  let at = 0;
  spec.sentences.forEach((s, index) => {
    sentences.push({ index, start: at, end: at + s.length });
    // Longest names first, so "Red Valley Front" wins over "Front" where both would match.
    const names = entities.flatMap((e) => [e.name, ...(e.aliases ?? [])].map((n) => ({ n, type: e.type }))).sort((a, b) => b.n.length - a.n.length);
    const taken: [number, number][] = [];
    for (const { n, type } of names) {
      for (let i = s.indexOf(n); i >= 0; i = s.indexOf(n, i + 1)) {
        const [start, end] = [at + i, at + i + n.length];
        if (taken.some(([a, b]) => start < b && end > a)) continue;
        taken.push([start, end]);
        mentions.push({ id: `${id}:${start}-${end}`, docId: id, text: n, type, start, end, sentenceIndex: index, rule: 'pattern/test-fixture' });
      }
    }
    at += s.length + 1;
  });
  const mentionIn = (sentence: number, name: string): Mention => {
    const m = mentions.find((x) => x.sentenceIndex === sentence && x.text === name);
    if (!m) throw new Error(`fixture: no mention "${name}" in sentence ${sentence} of ${spec.name}`);
    return m;
  };
  const claims = spec.claims.map((c, n): ClaimMention => {
    const sentence = sentences[c.sentence]!;
    const source: ClaimSource = c.source === undefined ? { kind: 'author' } : c.source.startsWith('~') ? { kind: 'described', text: c.source.slice(1) } : { kind: 'entity', mentionId: mentionIn(c.sentence, c.source).id };
    return {
      id: `${id}:c${n}`, docId: id, subjectId: mentionIn(c.sentence, c.subject).id, predicate: c.predicate, objectId: mentionIn(c.sentence, c.object).id,
      role: null, source, hedged: c.hedged ?? false, negated: c.negated ?? false,
      date: c.date === undefined ? null : { value: c.date, precision: c.date.length === 4 ? 'year' : c.date.length === 7 ? 'month' : 'day', stated: true, text: c.date },
      evidence: { start: sentence.start, end: sentence.end }, rule: 'pattern/test-fixture',
    };
  });
  return {
    document: { id, name: spec.name, origin: `test/${spec.name}`, format: 'txt', title: spec.sentences[0]!.slice(0, 60), text, published: spec.published, publishedFrom: 'manifest', outlet: spec.outlet, url: null },
    sentences, mentions, claims, extractorVersion: 'test-fixture/1',
  };
}

/** Resolution by exact name or alias, which is all a fixture whose spellings we chose needs. */
export function resolveByName(documents: readonly AnalyzedDocument[], entities: readonly EntitySpec[] = FICTIONAL_ENTITIES): ResolveResult {
  const idOf = new Map<string, string>();
  for (const e of entities) for (const n of [e.name, ...(e.aliases ?? [])]) idOf.set(n, `e-${slug(e.name)}`);
  const entityOfMention = new Map<string, string>();
  const members = new Map<string, string[]>();
  for (const d of documents) for (const m of d.mentions) {
    const id = idOf.get(m.text);
    if (id === undefined) continue;
    entityOfMention.set(m.id, id);
    (members.get(id) ?? members.set(id, []).get(id)!).push(m.id);
  }
  const resolved: Entity[] = entities
    .filter((e) => members.has(`e-${slug(e.name)}`))
    .map((e) => ({ id: `e-${slug(e.name)}`, name: e.name, type: e.type, aliases: [...(e.aliases ?? [])], mentionIds: members.get(`e-${slug(e.name)}`)!, merges: [] }));
  return { entities: resolved, entityOfMention };
}

export function fictionalCase(): { readonly documents: readonly AnalyzedDocument[]; readonly resolution: ResolveResult } {
  const documents = FICTIONAL_DOCUMENTS.map((spec) => buildDocument(spec));
  return { documents, resolution: resolveByName(documents) };
}

function slug(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}
