// A small invented case for the export tests. Every group, person, place and outlet here is fictional.
// The analysis is written out by hand so these tests pin the exporters, not the analysis stage.
import type { AnalyzedDocument, CaseSnapshot, ClaimMention, ClaimSource, Entity, EntityType, Mention, Predicate, SourceDocument } from '../../src/core/index.js';
import type { Assertion, AssertionMention, CaseAnalysis, Contradiction, EntityRef, GradeLabel, Origin } from '../../src/analysis/index.js';

const DOC_A_TEXT = [
  'Red Valley Front (RVF) chief Corvin Maddoc toured Kestrel Hill.',
  'The Directorate of Special Inquiries reportedly supplied the RVF with "rifles, mortars & <fuses>", according to a leaked police dossier.',
  'Kestrel Hill lies in Ashfen Province.',
].join(' ');
const DOC_B_TEXT = [
  'The DSI denied any link to the RVF.',
  'Residents said the RVF attacked Sallow Ford on 14 March.',
  'Maddoc leads the RVF, officials said.',
  'The Ash & Ember, "Night" <Brigade> is part of the RVF.',
].join('\n');

function doc(id: string, name: string, text: string, meta: Partial<SourceDocument>): SourceDocument {
  return { id, name, origin: `examples/${name}`, format: 'txt', title: null, text, published: null, publishedFrom: null, outlet: null, url: null, ...meta };
}

export const DOC_A = doc('a'.repeat(64), 'a-ledger.txt', DOC_A_TEXT, {
  title: 'RVF chief tours Kestrel Hill', outlet: 'The Harbour Ledger', published: '2026-03-18', publishedFrom: 'manifest',
  url: 'https://harbour-ledger.example/a?x=1&y=2',
});
export const DOC_B = doc('b'.repeat(64), 'b-undated.html', DOC_B_TEXT, { format: 'html' });

const ENTITY_SPECS: readonly (readonly [id: string, name: string, type: EntityType, aliases: readonly string[]])[] = [
  ['rvf', 'Red Valley Front', 'organization', ['RVF']],
  ['maddoc', 'Corvin Maddoc', 'person', ['Maddoc']],
  ['dsi', 'Directorate of Special Inquiries', 'organization', ['DSI']],
  ['kestrel-hill', 'Kestrel Hill', 'location', []],
  ['ashfen', 'Ashfen Province', 'location', []],
  ['sallow-ford', 'Sallow Ford', 'location', []],
  ['brigade', 'Ash & Ember, "Night" <Brigade>', 'organization', []],
];

function mentionsOf(d: SourceDocument): Mention[] {
  const out: Mention[] = [];
  for (const [, name, type, aliases] of ENTITY_SPECS) {
    for (const form of [name, ...aliases]) {
      for (let at = d.text.indexOf(form); at >= 0; at = d.text.indexOf(form, at + form.length)) {
        if (out.some((m) => at < m.end && m.start < at + form.length)) continue;   // "RVF" inside a longer name already taken
        out.push({ id: `${d.id}:${at}-${at + form.length}`, docId: d.id, start: at, end: at + form.length, text: form, type, sentenceIndex: 0, rule: 'pattern/test' });
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

const MENTIONS_A = mentionsOf(DOC_A);
const MENTIONS_B = mentionsOf(DOC_B);
const entityOfText = new Map(ENTITY_SPECS.flatMap(([id, name, , aliases]) => [name, ...aliases].map((f) => [f, id] as const)));
const entityOfMention = new Map([...MENTIONS_A, ...MENTIONS_B].map((m) => [m.id, entityOfText.get(m.text)!]));

export const ENTITIES: readonly Entity[] = ENTITY_SPECS.map(([id, name, type, aliases]) => ({
  id, name, type, aliases: [name, ...aliases], merges: [],
  mentionIds: [...entityOfMention].filter(([, e]) => e === id).map(([m]) => m),
}));
const ref = (id: string): EntityRef => { const e = ENTITIES.find((x) => x.id === id)!; return { id: e.id, name: e.name, type: e.type }; };

function firstMention(mentions: readonly Mention[], entityId: string): Mention {
  return mentions.find((m) => entityOfMention.get(m.id) === entityId)!;
}

interface ClaimSpec { n: number; d: SourceDocument; s: string; p: Predicate; o: string; sentence: string; hedged?: boolean; negated?: boolean;
  source?: ClaimSource; sourceLabel?: string; role?: string; date?: string }

const CLAIMS: readonly ClaimSpec[] = [
  { n: 1, d: DOC_A, s: 'maddoc', p: 'leader_of', o: 'rvf', sentence: 'Red Valley Front (RVF) chief', role: 'chief' },
  { n: 2, d: DOC_A, s: 'dsi', p: 'supplied', o: 'rvf', sentence: 'The Directorate of Special', hedged: true,
    source: { kind: 'described', text: 'leaked police dossier' }, sourceLabel: '~leaked police dossier' },
  { n: 3, d: DOC_A, s: 'kestrel-hill', p: 'located_in', o: 'ashfen', sentence: 'Kestrel Hill lies' },
  { n: 4, d: DOC_B, s: 'dsi', p: 'supplied', o: 'rvf', sentence: 'The DSI denied', negated: true, sourceLabel: 'Directorate of Special Inquiries' },
  { n: 5, d: DOC_B, s: 'rvf', p: 'attacked', o: 'sallow-ford', sentence: 'Residents said', source: { kind: 'described', text: 'residents' },
    sourceLabel: '~residents', date: '2026-03-14' },
  { n: 6, d: DOC_B, s: 'maddoc', p: 'leader_of', o: 'rvf', sentence: 'Maddoc leads', source: { kind: 'described', text: 'officials' }, sourceLabel: '~officials' },
  { n: 7, d: DOC_B, s: 'brigade', p: 'part_of', o: 'rvf', sentence: 'The Ash & Ember' },
];

function sentenceSpan(text: string, start: string): { start: number; end: number } {
  const at = text.indexOf(start);
  const stop = text.slice(at).search(/[.](\s|$)/);
  return { start: at, end: at + stop + 1 };
}

function claimOf(c: ClaimSpec): ClaimMention {
  const mentions = c.d === DOC_A ? MENTIONS_A : MENTIONS_B;
  const source: ClaimSource = c.negated ? { kind: 'entity', mentionId: firstMention(mentions, 'dsi').id } : c.source ?? { kind: 'author' };
  return {
    id: `${c.d.id}:c${c.n}`, docId: c.d.id, subjectId: firstMention(mentions, c.s).id, predicate: c.p, objectId: firstMention(mentions, c.o).id,
    role: c.role ?? null, source, hedged: c.hedged ?? false, negated: c.negated ?? false,
    date: c.date ? { value: c.date, precision: 'day', stated: false, text: '14 March' } : null,
    evidence: sentenceSpan(c.d.text, c.sentence), rule: 'pattern/test',
  };
}

const analyzed = (d: SourceDocument, mentions: Mention[]): AnalyzedDocument => ({
  document: d, sentences: [], mentions, claims: CLAIMS.filter((c) => c.d === d).map(claimOf), extractorVersion: 'test',
});

export const SNAPSHOT: CaseSnapshot = {
  documents: [analyzed(DOC_A, MENTIONS_A), analyzed(DOC_B, MENTIONS_B)],
  resolution: { entities: ENTITIES, entityOfMention },
  overrides: [],
  sourceGrades: [],
};

function assertionMention(c: ClaimSpec, originKey: string | null): AssertionMention {
  const claim = claimOf(c);
  return {
    claimId: claim.id, docId: c.d.id, docName: c.d.name, published: c.d.published, evidence: claim.evidence,
    evidenceText: c.d.text.slice(claim.evidence.start, claim.evidence.end), source: claim.source,
    sourceLabel: c.sourceLabel ?? 'the article', hedged: claim.hedged, date: claim.date, role: claim.role, rule: claim.rule, originKey, chain: [],
  };
}

const origin = (key: string, label: string, named: boolean): Origin => ({ key, kind: named ? 'entity' : 'described', label, named, reliability: null });

function assertion(claims: readonly number[], label: GradeLabel, origins: readonly Origin[], contested = false): Assertion {
  const specs = claims.map((n) => CLAIMS.find((c) => c.n === n)!);
  const first = specs[0]!;
  const mentions = specs.map((c, i) => assertionMention(c, origins[i]?.key ?? null));
  const hedgedMentions = mentions.filter((m) => m.hedged).length;
  const negated = first.negated ?? false;
  return {
    id: `${first.s}|${first.p}|${first.o}|${negated ? 'not' : 'is'}`, subject: ref(first.s), predicate: first.p, object: ref(first.o), negated,
    mentions, documents: new Set(specs.map((c) => c.d.id)).size, origins: origins.length, originList: origins,
    grade: {
      label, explanation: `${origins.length} independent origin(s) in ${new Set(specs.map((c) => c.d.id)).size} document(s)`,
      documents: new Set(specs.map((c) => c.d.id)).size, origins: origins.length, namedOrigins: origins.filter((o) => o.named).length,
      unnamedOrigins: origins.filter((o) => !o.named).length, mentions: mentions.length, hedgedMentions, hedgedShare: hedgedMentions / mentions.length,
      contested, reliability: null, gradedOrigins: [],
      mentionsBySource: {
        named: mentions.filter((m) => m.source.kind === 'entity').length,
        unnamed: mentions.filter((m) => m.source.kind === 'described').length,
        author: mentions.filter((m) => m.source.kind === 'author').length,
      },
    },
  };
}

const ASSERTIONS: readonly Assertion[] = [
  assertion([1, 6], 'corroborated', [origin('outlet:the harbour ledger', 'The Harbour Ledger', true), origin('described:officials', 'officials', false)]),
  assertion([2], 'mostly-hedged', [origin('described:leaked police dossier', 'leaked police dossier', false)], true),
  assertion([3], 'single-origin', [origin('outlet:the harbour ledger', 'The Harbour Ledger', true)]),
  assertion([4], 'single-origin', [origin('entity:dsi', 'Directorate of Special Inquiries', true)], true),
  assertion([5], 'single-origin', [origin('described:residents', 'residents', false)]),
  assertion([7], 'unsourced', [origin(`document:${DOC_B.id}`, 'document b-undated.html', false)]),
];

const side = (a: Assertion): Contradiction['sides'][number] => ({
  assertionId: a.id, subject: a.subject, predicate: a.predicate, object: a.object, negated: a.negated, date: null, origins: a.origins, evidence: a.mentions,
});

export const ANALYSIS: CaseAnalysis = {
  assertions: ASSERTIONS,
  contradictions: [{
    id: 'negation:dsi|supplied|rvf', kind: 'negation', timing: 'not-applicable',
    summary: 'DSI supplied RVF (1 origin) vs DSI NOT supplied RVF (1 origin)', sides: [side(ASSERTIONS[1]!), side(ASSERTIONS[3]!)],
  }],
  timeline: [],
  network: {
    nodes: ENTITIES.map((e, i) => ({ ...ref(e.id), degree: ASSERTIONS.filter((a) => !a.negated && (a.subject.id === e.id || a.object.id === e.id)).length,
      betweenness: i === 0 ? 0.5 : 0, community: i % 2, assertions: ASSERTIONS.filter((a) => a.subject.id === e.id || a.object.id === e.id).length })),
    edges: [], communities: 2, modularity: 0.1, betweennessSampled: false,
  },
  duplicates: [],
  entities: ENTITIES.map((e) => ref(e.id)),
};

/** Every claim mention in the fixture, for row counts. */
export const CLAIM_MENTION_COUNT = ASSERTIONS.reduce((n, a) => n + a.mentions.length, 0);

// The case has no symmetric predicate; one more assertion, the attack copied with its predicate changed, gives the
// GraphML tests one without changing what the other exporters' tests count.
const attack = ASSERTIONS.find((a) => a.predicate === 'attacked')!;
export const HOSTILE: Assertion = { ...attack, id: `${attack.subject.id}|hostile_to|${attack.object.id}|is`, predicate: 'hostile_to' };
export const ANALYSIS_WITH_SYMMETRIC: CaseAnalysis = { ...ANALYSIS, assertions: [...ASSERTIONS, HOSTILE] };
