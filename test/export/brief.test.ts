import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildCaseView } from '../../src/export/case-view.js';
import { toBrief } from '../../src/export/brief.js';
import { joinWords, mdEscape } from '../../src/export/brief-phrases.js';
import { ANALYSIS, SNAPSHOT } from './fixture-case.js';

const brief = toBrief(buildCaseView(SNAPSHOT, ANALYSIS));
const claimLines = brief.split('\n').filter((l) => l.startsWith('- ') && l.includes('[^'));

test('brief: every claim line names its source first; none states a claim bare', () => {
  assert.ok(claimLines.length >= 6, `found ${claimLines.length} claim lines`);
  for (const line of claimLines.filter((l) => !l.startsWith('- **negation') && !l.startsWith('- **incompatible') && !l.startsWith('- **date'))) {
    assert.match(line, /^- (\*\*Contested\.\*\* )?According to [^,]+(, [^,]+)*, /, line);
  }
});

test('brief: hedged sources stay hedged, denials read as denials, contested claims are marked', () => {
  assert.match(brief, /According to leaked police dossier, Directorate of Special Inquiries reportedly supplied Red Valley Front/);
  assert.match(brief, /According to Directorate of Special Inquiries, Directorate of Special Inquiries did not supply Red Valley Front/);
  assert.ok(claimLines.filter((l) => !l.startsWith('- **negation') && (l.includes('supplied') || l.includes('did not supply'))).every((l) => l.includes('**Contested.**')));
  assert.doesNotMatch(brief, /Directorate of Special Inquiries supplied Red Valley Front\. /, 'the allegation is never stated as fact');
});

test('brief: roles and dates are kept; corroboration is given with its count', () => {
  assert.match(brief, /Corvin Maddoc leads Red Valley Front \(as chief\)\. \*corroborated: 2 independent origins in 2 documents\*/);
  assert.match(brief, /attacked Sallow Ford \(dated 2026-03-14\)/);
});

test('brief: every footnote cited is defined, quotes its evidence, and names the document', () => {
  const cited = new Set([...brief.matchAll(/\[\^(\d+)\](?!:)/g)].map((m) => m[1]));
  const defined = new Map([...brief.matchAll(/^\[\^(\d+)\]: (.*)$/gm)].map((m) => [m[1], m[2]!]));
  assert.deepEqual([...cited].sort(), [...defined.keys()].sort());
  for (const [n, text] of defined) assert.match(text, /\((a-ledger\.txt|b-undated\.html)\): ".+" \(source: /, `footnote ${n}`);
  assert.match(brief, /\*RVF chief tours Kestrel Hill\*, The Harbour Ledger, 2026-03-18 \(a-ledger\.txt\)/);
});

test('brief: a contradiction section sets both sides side by side', () => {
  assert.match(brief, /## Contradictions\n\n- \*\*negation\*\*: .*supplied.* — versus — .*did not supply/);
});

const ESCAPES: ReadonlyArray<[string, string]> = [
  ['<script>', '\\<script\\>'],
  ['[link](x)', '\\[link\\](x)'],
  ['*bold* _it_', '\\*bold\\* \\_it\\_'],
  ['a\nb', 'a b'],
];
for (const [input, expected] of ESCAPES) test(`brief: mdEscape(${JSON.stringify(input)})`, () => assert.equal(mdEscape(input), expected));

test('brief: joinWords', () => {
  assert.equal(joinWords([]), '');
  assert.equal(joinWords(['A']), 'A');
  assert.equal(joinWords(['A', 'B', 'C']), 'A, B and C');
});

test('brief: an empty case says there is nothing, rather than printing an empty list', () => {
  const empty = toBrief(buildCaseView({ documents: [], resolution: { entities: [], entityOfMention: new Map() }, overrides: [], sourceGrades: [] },
    { ...ANALYSIS, assertions: [], contradictions: [] }));
  assert.match(empty, /No claims were extracted/);
  assert.doesNotMatch(empty, /\[\^/);
});
