// The brief over the fictional sample case (examples/sample/, all invented) run through the real pipeline: whatever
// the extractors find, the brief must keep every hedge, name every source, cite every claim and never repeat one.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { analyzeCase, type CaseAnalysis } from '../../src/analysis/index.js';
import type { CaseSnapshot } from '../../src/core/index.js';
import { exportCase } from '../../src/export/index.js';
import { CLAIM_VERB } from '../../src/export/brief-phrases.js';
import { openDemoCase } from '../web/demo-case.js';
import { briefSections, claimItems, type BriefSection } from './brief-reader.js';

let snapshot: CaseSnapshot;
let analysis: CaseAnalysis;
let brief: string;
let sections: BriefSection[];
let dispose: () => Promise<void>;
before(async () => {
  const demo = await openDemoCase();
  dispose = demo.dispose;
  snapshot = await demo.store.loadCase();
  analysis = analyzeCase(snapshot);
  brief = exportCase('brief', { snapshot, analysis });
  sections = briefSections(brief);
});
after(async () => dispose?.());

const section = (title: string): string => sections.find((s) => s.title === title)?.text ?? '';
const CLAIM_SECTIONS = ['Key judgements', 'Events', 'Contradictions', 'Other reported links', 'Places, for context'];

test('sample brief: the sections come in the order an analyst reads them, summary first', () => {
  assert.ok(analysis.assertions.length >= 20, `${analysis.assertions.length} assertions (guards the checks below)`);
  const titles = sections.map((s) => s.title);
  assert.equal(titles[0], 'Summary');
  const order = ['Summary', 'Key judgements', 'Events', 'Contradictions', 'Open questions', 'Places, for context', 'How to read this brief', 'Documents', 'Sources'];
  assert.deepEqual(titles.filter((t) => order.includes(t)), order, titles.join(' / '));
});

test('sample brief: an allegation every source hedges is never written without its hedge', () => {
  const hedgedOnly = analysis.assertions.filter((a) => !a.negated && a.mentions.every((m) => m.hedged));
  assert.ok(hedgedOnly.length >= 3, `${hedgedOnly.length} hedged-only assertions`);
  for (const a of hedgedOnly) {
    assert.ok(!brief.includes(`${a.subject.name} ${CLAIM_VERB[a.predicate].is} ${a.object.name}`), `stated as fact: ${a.id}`);
    assert.ok(brief.includes(`${a.subject.name} ${CLAIM_VERB[a.predicate].hedged} ${a.object.name}`) || brief.includes(`${a.object.name} (dated`) || brief.includes(`operate in ${a.object.name}`), `kept hedged: ${a.id}`);
  }
});

test('sample brief: no sentence cites a party to the claim as its source', () => {
  const names = snapshot.resolution.entities.map((e) => e.name).filter((n) => n.length > 3);
  for (const title of CLAIM_SECTIONS) {
    for (const item of claimItems(section(title))) {
      for (const sentence of item.split(/(?<=\.)(?:\[\^\d+\])* (?=[A-Z*])/)) {
        const [claim, sources] = sentence.split(/, according to /);
        if (sources === undefined) continue;
        const parties = names.filter((n) => claim!.includes(n));
        const said = sources.replace(/\([^)]*\)/g, '');
        for (const party of parties) assert.ok(!new RegExp(`(^|, | and )${escape(party)}(,| and|\\.|$)`).test(said), `${title}: "${sentence}" cites ${party} about itself`);
      }
    }
  }
  assert.match(brief, /Directorate of Special Inquiries denies being allied with Red Valley Front, as quoted by /, 'the DSI\'s own denial reads as its denial');
});

test('sample brief: a source the case names as a member or leader of a party is marked so beside its name', () => {
  const ties = analysis.assertions.filter((a) => !a.negated && (a.predicate === 'member_of' || a.predicate === 'leader_of'));
  const marked = analysis.assertions.flatMap((a) => a.originList.filter((o) => o.kind === 'entity').flatMap((o) => {
    const tie = ties.find((t) => `entity:${t.subject.id}` === o.key && (t.object.id === a.subject.id || t.object.id === a.object.id) && o.key !== `entity:${a.subject.id}` && o.key !== `entity:${a.object.id}`);
    return tie ? [`${o.label} (named as ${tie.predicate === 'member_of' ? 'a member of' : 'leader of'} `] : [];
  }));
  assert.ok(marked.length >= 2, `${marked.length} affiliated sources in the sample (guards the check)`);
  for (const phrase of marked) assert.ok(brief.includes(phrase), phrase);
});

test('sample brief: no assertion appears twice across judgements, events, other links and places', () => {
  const items = ['Key judgements', 'Events', 'Other reported links', 'Places, for context'].flatMap((t) => claimItems(section(t)));
  const cores = items.map((i) => i.replace(/^\*\*[\d-]+\*\*( \(inferred\))? — /, '').split(/, according to|, as quoted by|\.\[\^| \(/)[0]!);
  const seen = new Set<string>();
  for (const core of cores) { assert.ok(!seen.has(core), `written twice: ${core}`); seen.add(core); }
  assert.ok(cores.length >= 20, `${cores.length} items`);
});

test('sample brief: place facts are context only, never key judgements', () => {
  assert.doesNotMatch(section('Key judgements'), / lies in /);
  const located = analysis.assertions.filter((a) => a.predicate === 'located_in');
  for (const a of located) assert.ok(section('Places, for context').includes(`${a.subject.name} ${a.negated ? 'does not lie' : 'lies'} in ${a.object.name}`), a.id);
});

test('sample brief: events are in date order, undated ones after', () => {
  const dates = claimItems(section('Events')).map((i) => /^\*\*([\d-]+)\*\*/.exec(i)?.[1]).filter((d): d is string => d !== undefined);
  assert.ok(dates.length >= 3, `${dates.length} dated events`);
  assert.deepEqual(dates, [...dates].sort());
});

test('sample brief: every claim item cites its evidence, and every footnote is defined and used', () => {
  for (const title of [...CLAIM_SECTIONS, 'Summary', 'Open questions']) {
    for (const item of claimItems(section(title))) {
      if (/according to|quoted by|denies|claims to|says that/.test(item)) assert.match(item, /\[\^\d+\]/, `${title}: ${item}`);
    }
  }
  const cited = new Set([...brief.matchAll(/\[\^(\d+)\](?!:)/g)].map((m) => Number(m[1])));
  const defined = [...brief.matchAll(/^\[\^(\d+)\]: /gm)].map((m) => Number(m[1]));
  assert.deepEqual(defined, defined.map((_, i) => i + 1), 'numbered 1..n');
  assert.deepEqual([...cited].sort((a, b) => a - b), defined);
});

test('sample brief: the key actors are the network\'s most central persons and organisations', () => {
  const actors = [...section('Key judgements').matchAll(/^### (.+) \((person|organization)\)$/gm)].map((m) => m[1]);
  assert.equal(actors[0], 'Red Valley Front');
  assert.ok(actors.length >= 4 && actors.length <= 8, actors.join(', '));
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
