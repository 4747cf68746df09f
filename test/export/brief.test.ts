import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildCaseView } from '../../src/export/case-view.js';
import { toBrief } from '../../src/export/brief.js';
import { capitalize, countOf, describedSource, joinWords, mdEscape, sameName } from '../../src/export/brief-phrases.js';
import { ANALYSIS, SNAPSHOT } from './fixture-case.js';
import { briefSections, claimItems } from './brief-reader.js';

const brief = toBrief(buildCaseView(SNAPSHOT, ANALYSIS));
const sections = briefSections(brief);

test('brief: the summary comes first and says what is claimed, by whom and how independently', () => {
  assert.equal(sections[0]?.title, 'Summary');
  const summary = sections[0]!.text;
  assert.match(summary, /two documents from one publisher/);
  assert.match(summary, /six assertions about seven entities: 1 corroborated by two or more independent origins, 3 resting on a single origin and 2 disputed/);
  assert.match(summary, /Of seven statements, the publishers make 3 in their own voice and attribute 1 to named sources and 3 to unnamed or described ones/);
  assert.match(summary, /Corvin Maddoc leads Red Valley Front, according to two independent origins: The Harbour Ledger and officials\.\[\^\d+\]/);
  assert.deepEqual(sections.map((s) => s.title).slice(0, 2), ['Summary', 'Key judgements']);
});

test('brief: a hedged allegation keeps its hedge and its source, and is never stated as fact', () => {
  assert.match(brief, /Directorate of Special Inquiries reportedly supplied Red Valley Front, according to a leaked police dossier \(reported by The Harbour Ledger\)\./);
  assert.doesNotMatch(brief, /Directorate of Special Inquiries supplied Red Valley Front/);
});

test('brief: where only some sources hedge, the ones that do are marked, in the summary as in the judgements', () => {
  const assertions = ANALYSIS.assertions.map((a) => (a.id !== 'maddoc|leader_of|rvf|is' ? a
    : { ...a, mentions: a.mentions.map((m, i) => ({ ...m, hedged: i === 1 })) }));
  const text = toBrief(buildCaseView(SNAPSHOT, { ...ANALYSIS, assertions }));
  assert.match(briefSections(text)[0]!.text, /Corvin Maddoc leads Red Valley Front, according to two independent origins: The Harbour Ledger and officials \(hedged\)\./);
  assert.match(text, /Corvin Maddoc leads Red Valley Front \(as chief\), according to The Harbour Ledger and officials \(hedged\)\./);
});

test('brief: a party speaking about itself is worded as its own denial, never as a third source', () => {
  assert.match(brief, /- Directorate of Special Inquiries denies supplying Red Valley Front\.\[\^\d+\]/);
  assert.doesNotMatch(brief, /according to Directorate of Special Inquiries/i);
});

test('brief: a source tied to a party by its very name is marked as a party to the claim', () => {
  const office = { key: 'outlet:red valley front media office', kind: 'outlet' as const, label: 'Red Valley Front media office', named: true, reliability: null };
  const assertions = ANALYSIS.assertions.map((a) => (a.id !== 'maddoc|leader_of|rvf|is' ? a
    : { ...a, originList: [office], origins: 1, mentions: a.mentions.map((m) => ({ ...m, originKey: office.key })) }));
  const text = toBrief(buildCaseView(SNAPSHOT, { ...ANALYSIS, assertions }));
  assert.match(text, /Corvin Maddoc leads Red Valley Front \(as chief\), according to Red Valley Front media office \(a party to it[;)]/);
});

test('brief: key judgements carry roles and their independence; place facts stay out of them', () => {
  const judgements = sections.find((s) => s.title === 'Key judgements')!.text;
  assert.match(judgements, /Corvin Maddoc leads Red Valley Front \(as chief\), according to The Harbour Ledger and officials\.\[\^\d+\]\[\^\d+\] \*Corroborated: two independent origins in two documents\.\*/);
  assert.doesNotMatch(judgements, /lies in/);
  assert.match(sections.find((s) => s.title === 'Places, for context')!.text, /Kestrel Hill lies in Ashfen Province, according to The Harbour Ledger\./);
});

test('brief: no assertion is written twice across judgements, events, other links and places', () => {
  const items = ['Key judgements', 'Events', 'Other reported links', 'Places, for context'].flatMap((title) => claimItems(sections.find((s) => s.title === title)?.text ?? ''));
  const cores = items.map((item) => item.replace(/^\*\*[\d-]+\*\*( \(inferred\))? — /, '').split(/, according to|, as quoted by|\.\[\^| \(/)[0]);
  assert.equal(new Set(cores).size, cores.length, cores.join('\n'));
  assert.ok(cores.length >= 5, `${cores.length} claim items`);
});

test('brief: an event is listed with its date, marked inferred when the year came from the publication', () => {
  assert.match(sections.find((s) => s.title === 'Events')!.text, /- \*\*2026-03-14\*\* \(inferred\) — Red Valley Front attacked Sallow Ford, according to residents\./);
});

test('brief: past the cap, events and other links are counted and the reader told where to find them', () => {
  const capped = briefSections(toBrief(buildCaseView(SNAPSHOT, ANALYSIS), { events: 0, keyActors: 0, otherLinks: 1 }));
  assert.match(capped.find((s) => s.title === 'Events')?.text ?? '', /^One further, less supported event is left out here; the timeline \(dossier timeline\) lists them all\.$/m);
  assert.match(capped.find((s) => s.title === 'Other reported links')!.text, /^Three further, less central links are left out here; the claims CSV/m);
});

test('brief: contradictions set both sides side by side, each attributed', () => {
  assert.match(sections.find((s) => s.title === 'Contradictions')!.text,
    /- \*\*Asserted and denied:\*\* Directorate of Special Inquiries reportedly supplied .*\[\^\d+\] Against this: Directorate of Special Inquiries denies supplying Red Valley Front\.\[\^\d+\]/);
});

test('brief: open questions name what rests on one origin and what has no known publisher', () => {
  const open = sections.find((s) => s.title === 'Open questions')!.text;
  assert.match(open, /Rests on one origin, unconfirmed by any other: Directorate of Special Inquiries reportedly supplied Red Valley Front, according to a leaked police dossier\.\[\^\d+\]/);
  assert.match(open, /One document \(b-undated\.html\) has no known publisher/);
});

test('brief: every claim item cites a footnote, and every footnote cited is defined, quotes its evidence and names the document', () => {
  for (const title of ['Key judgements', 'Events', 'Contradictions', 'Places, for context']) {
    for (const item of claimItems(sections.find((s) => s.title === title)!.text)) assert.match(item, /\[\^\d+\]/, `${title}: ${item}`);
  }
  const cited = new Set([...brief.matchAll(/\[\^(\d+)\](?!:)/g)].map((m) => m[1]));
  const defined = new Map([...brief.matchAll(/^\[\^(\d+)\]: (.*)$/gm)].map((m) => [m[1], m[2]!]));
  assert.deepEqual([...cited].sort(), [...defined.keys()].sort());
  for (const [n, text] of defined) assert.match(text, /\((a-ledger\.txt|b-undated\.html)\): ".+" \(source: /, `footnote ${n}`);
  assert.match(brief, /\*RVF chief tours Kestrel Hill\*, The Harbour Ledger, 2026-03-18 \(a-ledger\.txt\)/);
});

test('brief: names and quotes from articles are escaped, so they cannot open markup', () => {
  assert.match(brief, /Ash & Ember, "Night" \\<Brigade\\> is part of Red Valley Front/);
  assert.doesNotMatch(brief, /(?<!\\)<fuses>/);
});

test('brief: an empty case says there is nothing, rather than printing an empty list', () => {
  const empty = toBrief(buildCaseView({ documents: [], resolution: { entities: [], entityOfMention: new Map() }, overrides: [], sourceGrades: [] },
    { ...ANALYSIS, assertions: [], contradictions: [], network: { ...ANALYSIS.network, nodes: [] } }));
  assert.match(empty, /No claims were extracted from the documents in this case\./);
  assert.doesNotMatch(empty, /\[\^/);
});

const ESCAPES: ReadonlyArray<[string, string]> = [
  ['<script>', '\\<script\\>'],
  ['[link](x)', '\\[link\\](x)'],
  ['*bold* _it_', '\\*bold\\* \\_it\\_'],
  ['a\nb', 'a b'],
];
for (const [input, expected] of ESCAPES) test(`brief: mdEscape(${JSON.stringify(input)})`, () => assert.equal(mdEscape(input), expected));

const DESCRIBED: ReadonlyArray<[string, string]> = [
  ['~Police dossier', 'a police dossier'],
  ['officials', 'officials'],
  ['~police', 'police'],
  ["Cassaria's interior ministry", "Cassaria's interior ministry"],
  ['army spokesman', 'an army spokesman'],
  ['two police officers', 'two police officers'],
  ['leaked report', 'a leaked report'],
];
for (const [input, expected] of DESCRIBED) test(`brief: describedSource(${JSON.stringify(input)})`, () => assert.equal(describedSource(input), expected));

test('brief: joinWords, countOf, capitalize, sameName', () => {
  assert.equal(joinWords([]), '');
  assert.equal(joinWords(['A']), 'A');
  assert.equal(joinWords(['A', 'B', 'C']), 'A, B and C');
  assert.equal(countOf(1, 'outlet'), 'one outlet');
  assert.equal(countOf(4, 'entity', 'entities'), 'four entities');
  assert.equal(countOf(12, 'document'), '12 documents');
  assert.equal(capitalize('two events'), 'Two events');
  assert.ok(sameName('The Harbour Ledger', 'Harbour Ledger'));
  assert.ok(!sameName('Harbour Ledger', 'Harbour Post'));
});
