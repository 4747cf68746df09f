import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeCase, type Assertion, type CaseAnalysis } from '../../src/analysis/index.js';
import { buildCase, idOf } from './case-builder.js';
import { CREDITED_REPORT, NAMED_WITNESS, ORIGINAL_REPORT, RELAYED, REPEATED_DOSSIER, REPUBLISHED_REPORT, UNSOURCED } from './scenarios.js';

function assertionOf(analysis: CaseAnalysis, s: string, p: string, o: string, negated = false): Assertion {
  const found = analysis.assertions.find((a) => a.predicate === p && a.negated === negated
    && ((a.subject.id === idOf(s) && a.object.id === idOf(o)) || (a.subject.id === idOf(o) && a.object.id === idOf(s))));
  assert.ok(found, `no assertion ${s} ${p} ${o}`);
  return found;
}

test('five pieces repeating one dossier: five documents, one origin', () => {
  const a = assertionOf(analyzeCase(buildCase(REPEATED_DOSSIER)), 'Red Valley Front', 'allied_with', 'Amber Hand');
  assert.equal(a.documents, 5);
  assert.equal(a.origins, 1);
  assert.equal(a.originList[0]?.kind, 'described');
  assert.equal(a.originList[0]?.label.toLowerCase().includes('ostrian dossier'), true, a.originList[0]?.label);
  assert.equal(a.grade.label, 'single-origin');
});

test('a named witness beside the dossier echoes adds exactly one origin, and the symmetric claim joins the same assertion', () => {
  const analysis = analyzeCase(buildCase([...REPEATED_DOSSIER, NAMED_WITNESS]));
  const a = assertionOf(analysis, 'Red Valley Front', 'allied_with', 'Amber Hand');
  assert.equal(a.documents, 6);
  assert.equal(a.origins, 2);
  assert.equal(a.grade.label, 'corroborated');
  assert.equal(a.grade.namedOrigins, 1);
  const witness = a.mentions.find((m) => m.docName === 'varn-interview.txt');
  assert.ok(witness?.chain.some((s) => s.kind === 'citation' && s.detail.includes('The Harbour Post')), 'the interview citation is in the chain');
});

test('a republished article counts once, and its chain names the original', () => {
  const a = assertionOf(analyzeCase(buildCase([ORIGINAL_REPORT, REPUBLISHED_REPORT])), 'Northern Shield Brigade', 'operates_in', 'Kessel Province');
  assert.equal(a.documents, 2);
  assert.equal(a.origins, 1);
  assert.equal(a.originList[0]?.label, 'The Harbour Post');
  const copy = a.mentions.find((m) => m.docName === 'lantern-copy.txt');
  assert.ok(copy?.chain.some((s) => s.kind === 'near-duplicate' && s.docId === idOf('harbour-original.txt').padEnd(8, '0')), JSON.stringify(copy?.chain));
});

test('a "Source:" credit line makes the credited outlet the origin, not the manifest outlet', () => {
  const a = assertionOf(analyzeCase(buildCase([CREDITED_REPORT])), 'Northern Shield Brigade', 'operates_in', 'Kessel Province');
  assert.equal(a.originList[0]?.label, 'Northwire.com');
  assert.equal(a.originList[0]?.kind, 'outlet');
  assert.ok(a.mentions[0]?.chain.some((s) => s.kind === 'syndication' && s.detail.includes('Source: Northwire.com')));
});

test('a credited outlet that is also an entity of the case is one origin with the entity', () => {
  const other = { ...CREDITED_REPORT, name: 'post-credited.txt', text: CREDITED_REPORT.text.replace('Northwire.com', 'Harbour Post') };
  const a = assertionOf(analyzeCase(buildCase([ORIGINAL_REPORT, other])), 'Northern Shield Brigade', 'operates_in', 'Kessel Province');
  assert.equal(a.documents, 2);
  assert.equal(a.origins, 1, JSON.stringify(a.originList));
});

test('pieces with no source and no publisher are not counted beside a named source', () => {
  const a = assertionOf(analyzeCase(buildCase(UNSOURCED)), 'Tomas Reker', 'leader_of', 'Grey Lantern Movement');
  assert.equal(a.documents, 3);
  assert.equal(a.origins, 1);
  assert.equal(a.originList[0]?.label, 'Ilsa Varn');
  assert.match(a.grade.explanation, /2 documents state it with no source and no known publisher/);
});

test('an assertion only unsourced pieces state is graded unsourced, and the pieces count once together', () => {
  const a = assertionOf(analyzeCase(buildCase(UNSOURCED.slice(0, 2))), 'Tomas Reker', 'leader_of', 'Grey Lantern Movement');
  assert.equal(a.grade.label, 'unsourced');
  assert.equal(a.documents, 2);
  assert.equal(a.origins, 1);
  assert.ok(a.mentions.some((m) => m.originKey === null && /counted together with document blog-a\.txt/.test(m.chain.at(-1)!.detail)));
});

test('within one piece, its own voice and unnamed analysts relay the named source it cites', () => {
  const a = assertionOf(analyzeCase(buildCase([RELAYED])), 'Amber Hand', 'sponsors', 'Northern Shield Brigade');
  assert.equal(a.mentions.length, 3);
  assert.equal(a.origins, 1);
  assert.equal(a.originList[0]?.label, 'Tomas Reker');
  assert.equal(a.mentions.filter((m) => m.originKey === null).length, 2);
  assert.ok(a.mentions.filter((m) => m.originKey === null).every((m) => m.chain.at(-1)?.kind === 'relay'));
  assert.equal(a.grade.hedgedMentions, 1);
  assert.deepEqual(a.grade.mentionsBySource, { named: 1, unnamed: 1, author: 1 });
  assert.match(a.grade.explanation, /1 by named sources, 1 by unnamed ones, 1 in the article's own voice/);
  assert.ok(Math.abs(a.grade.hedgedShare - 1 / 3) < 1e-9);
});

test('the analyst\'s Admiralty grade for a source reaches the assertion; nothing is graded without one', () => {
  const graded = analyzeCase(buildCase([...REPEATED_DOSSIER, NAMED_WITNESS], { grades: [{ source: 'ilsa varn', grade: 'B', note: null }, { source: '~Ostrian dossier', grade: 'D', note: null }] }));
  const a = assertionOf(graded, 'Red Valley Front', 'allied_with', 'Amber Hand');
  assert.equal(a.grade.reliability, 'B');
  assert.deepEqual(a.grade.gradedOrigins.map((g) => g.grade).sort(), ['B', 'D']);
  assert.match(a.grade.explanation, /graded B/);
  const ungraded = assertionOf(analyzeCase(buildCase([...REPEATED_DOSSIER, NAMED_WITNESS])), 'Red Valley Front', 'allied_with', 'Amber Hand');
  assert.equal(ungraded.grade.reliability, null);
});

test('every mention carries its evidence text, offsets and a chain that starts at its document', () => {
  const analysis = analyzeCase(buildCase([...REPEATED_DOSSIER, ORIGINAL_REPORT, RELAYED]));
  for (const a of analysis.assertions) {
    for (const m of a.mentions) {
      assert.ok(m.evidenceText.length > 0 && m.evidence.end > m.evidence.start, m.claimId);
      assert.equal(m.chain[0]?.kind, 'document', m.claimId);
    }
  }
});

test('copies of a piece with no known publisher count once, as that piece', () => {
  const { outlet: _o1, ...original } = ORIGINAL_REPORT;
  const { outlet: _o2, ...copy } = REPUBLISHED_REPORT;
  const a = assertionOf(analyzeCase(buildCase([original, copy, { ...copy, name: 'second-copy.txt', published: '2024-04-09' }])), 'Northern Shield Brigade', 'operates_in', 'Kessel Province');
  assert.equal(a.documents, 3);
  assert.equal(a.origins, 1);
  assert.equal(a.originList[0]?.kind, 'document');
  assert.match(a.originList[0]!.label, /harbour-original\.txt/);
});
