import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DOMParser } from 'linkedom';
import { buildCaseView } from '../../src/export/case-view.js';
import { toGraphml, xmlEscape } from '../../src/export/graphml.js';
import { ANALYSIS, ENTITIES, SNAPSHOT } from './fixture-case.js';

const xml = toGraphml(buildCaseView(SNAPSHOT, ANALYSIS));
const dom = new DOMParser().parseFromString(xml, 'text/xml');
const dataOf = (el: Element, key: string): string | undefined =>
  [...el.getElementsByTagName('data')].find((d) => d.getAttribute('key') === key)?.textContent ?? undefined;

const ESCAPE_CASES: ReadonlyArray<[input: string, expected: string]> = [
  ['Ash & Ember', 'Ash &amp; Ember'],
  ['<Brigade>', '&lt;Brigade&gt;'],
  [`"Night" 'Watch'`, '&quot;Night&quot; &apos;Watch&apos;'],
  ['bell\u0007 and form feed\u000C dropped', 'bell and form feed dropped'],
  ['tab\tand newline\nkept', 'tab\tand newline\nkept'],
];
for (const [input, expected] of ESCAPE_CASES) test(`graphml: xmlEscape(${JSON.stringify(input)})`, () => assert.equal(xmlEscape(input), expected));

test('graphml: one node per entity; names with & " < > round-trip through an XML parser', () => {
  const nodes = [...dom.getElementsByTagName('node')];
  assert.equal(nodes.length, ENTITIES.length);
  const brigade = nodes.find((n) => n.getAttribute('id') === 'brigade')!;
  assert.equal(dataOf(brigade, 'label'), 'Ash & Ember, "Night" <Brigade>');
  assert.equal(dataOf(brigade, 'type'), 'organization');
});

test('graphml: one edge per assertion, with grade and sources; denials are kept and marked negated', () => {
  const edges = [...dom.getElementsByTagName('edge')];
  assert.equal(edges.length, ANALYSIS.assertions.length);
  const denied = edges.find((e) => dataOf(e, 'predicate') === 'supplied' && dataOf(e, 'negated') === 'true');
  assert.ok(denied, 'the denial is an edge marked negated');
  assert.equal(dataOf(denied, 'sources'), 'Directorate of Special Inquiries');
  const leads = edges.find((e) => dataOf(e, 'predicate') === 'leader_of')!;
  assert.equal(dataOf(leads, 'grade'), 'corroborated');
  assert.equal(dataOf(leads, 'origins'), '2');
});

test('graphml: symmetric predicates are undirected; every data key is declared', () => {
  assert.match(xml, /<graph id="dossier" edgedefault="directed">/);
  const declared = new Set([...dom.getElementsByTagName('key')].map((k) => k.getAttribute('id')));
  for (const d of dom.getElementsByTagName('data')) assert.ok(declared.has(d.getAttribute('key')), `key ${d.getAttribute('key')} declared`);
});
