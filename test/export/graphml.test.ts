import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SYMMETRIC_PREDICATES } from '../../src/core/index.js';
import { buildCaseView } from '../../src/export/case-view.js';
import { toGraphml, xmlEscape } from '../../src/export/graphml.js';
import { ANALYSIS_WITH_SYMMETRIC, ENTITIES, HOSTILE, SNAPSHOT } from './fixture-case.js';
import { GraphmlError, readGraphml } from './graphml-reader.js';
import { XmlSyntaxError } from './xml-reader.js';

const xml = toGraphml(buildCaseView(SNAPSHOT, ANALYSIS_WITH_SYMMETRIC));
const graph = readGraphml(xml);

const ESCAPE_CASES: ReadonlyArray<[input: string, expected: string]> = [
  ['Ash & Ember', 'Ash &amp; Ember'],
  ['<Brigade>', '&lt;Brigade&gt;'],
  [`"Night" 'Watch'`, '&quot;Night&quot; &apos;Watch&apos;'],
  ['bell\u0007 and form feed\u000C dropped', 'bell and form feed dropped'],
  ['tab\tand newline\nkept', 'tab\tand newline\nkept'],
];
for (const [input, expected] of ESCAPE_CASES) test(`graphml: xmlEscape(${JSON.stringify(input)})`, () => assert.equal(xmlEscape(input), expected));

test('graphml: a strict GraphML reader accepts the export as a directed graph', () => {
  assert.equal(graph.directed, true);
  for (const key of graph.keys.values()) assert.ok(['string', 'int', 'double', 'boolean'].includes(key.type), `${key.id} has a type`);
});

test('graphml: one node per entity; names with & " < > round-trip through the reader', () => {
  assert.equal(graph.nodes.size, ENTITIES.length);
  const brigade = graph.nodes.get('brigade')!;
  assert.equal(brigade.get('label'), 'Ash & Ember, "Night" <Brigade>');
  assert.equal(brigade.get('type'), 'organization');
  assert.equal(typeof brigade.get('documents'), 'number');
});

test('graphml: one edge per assertion, typed values; denials are kept and marked negated', () => {
  assert.equal(graph.edges.length, ANALYSIS_WITH_SYMMETRIC.assertions.length);
  const denied = graph.edges.find((e) => e.data.get('predicate') === 'supplied' && e.data.get('negated') === true);
  assert.ok(denied, 'the denial is an edge marked negated');
  assert.equal(denied.data.get('sources'), 'Directorate of Special Inquiries');
  const leads = graph.edges.find((e) => e.data.get('predicate') === 'leader_of')!;
  assert.equal(leads.data.get('grade'), 'corroborated');
  assert.equal(leads.data.get('origins'), 2);
  assert.equal(leads.data.get('weight'), 2);
  assert.equal(leads.data.get('documents'), 2);
});

test('graphml: symmetric predicates are directed edges marked symmetric, never directed="false" in a directed graph', () => {
  assert.doesNotMatch(xml, /directed="false"/);
  const symmetric = graph.edges.filter((e) => e.data.get('symmetric') === true);
  assert.deepEqual(symmetric.map((e) => [e.id, e.source, e.target]), [[HOSTILE.id, HOSTILE.subject.id, HOSTILE.object.id]]);
  for (const e of graph.edges) assert.equal(e.data.get('symmetric'), SYMMETRIC_PREDICATES.has(e.data.get('predicate') as never), String(e.id));
});

const REFUSED: ReadonlyArray<[what: string, edit: (x: string) => string, error: typeof GraphmlError | typeof XmlSyntaxError]> = [
  ['an undirected edge in a directed graph (what networkx refused)', (x) => x.replace('<edge ', '<edge directed="false" '), GraphmlError],
  ['a data key nobody declared', (x) => x.replace('<data key="label">', '<data key="colour">'), GraphmlError],
  ['a key without attr.type', (x) => x.replace(/ attr\.type="string"/, ''), GraphmlError],
  ['an int that is not one', (x) => x.replace(/<data key="origins">\d+</, '<data key="origins">two<'), GraphmlError],
  ['an edge to a missing node', (x) => x.replace(/source="[^"]+"/, 'source="nobody"'), GraphmlError],
  ['a bare ampersand', (x) => x.replace('Ash &amp; Ember', 'Ash & Ember'), XmlSyntaxError],
  ['misnested tags', (x) => x.replace('</graph>', ''), XmlSyntaxError],
];
for (const [what, edit, error] of REFUSED) {
  test(`graphml: the reader refuses ${what}`, () => {
    const broken = edit(xml);
    assert.notEqual(broken, xml, 'the edit applies');
    assert.throws(() => readGraphml(broken), error);
  });
}
