import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeCase, findPaths, type CaseAnalysis } from '../../src/analysis/index.js';
import { buildCase, idOf, type ClaimSpec, type DocSpec } from './case-builder.js';

// A fictional network: two clusters (Front–Hand–Varn, Brigade–Lantern–Reker) bridged only through Port Alder.
const LINKS: ReadonlyArray<readonly [string, ClaimSpec['p'], string, string]> = [
  ['Ilsa Varn', 'leader_of', 'Red Valley Front', 'Ilsa Varn leads the Red Valley Front.'],
  ['Red Valley Front', 'allied_with', 'Amber Hand', 'The Red Valley Front is allied with the Amber Hand.'],
  ['Ilsa Varn', 'member_of', 'Amber Hand', 'Ilsa Varn is a member of the Amber Hand.'],
  ['Amber Hand', 'operates_in', 'Port Alder', 'The Amber Hand operates in Port Alder.'],
  ['Northern Shield Brigade', 'operates_in', 'Port Alder', 'The Northern Shield Brigade operates in Port Alder.'],
  ['Tomas Reker', 'leader_of', 'Northern Shield Brigade', 'Tomas Reker leads the Northern Shield Brigade.'],
  ['Northern Shield Brigade', 'allied_with', 'Grey Lantern Movement', 'The Northern Shield Brigade is allied with the Grey Lantern Movement.'],
  ['Tomas Reker', 'member_of', 'Grey Lantern Movement', 'Tomas Reker is a member of the Grey Lantern Movement.'],
];
const OUTLETS = ['Northwire', 'Daily Lantern', 'Coastal Ledger'];

/** Each link stated by `copies` pieces from different outlets; the Hand–Front alliance by all three. */
function networkCase(): CaseAnalysis {
  const docs: DocSpec[] = [];
  LINKS.forEach(([s, p, o, sentence], i) => {
    const copies = i === 1 ? 3 : 1;
    for (let c = 0; c < copies; c++) docs.push({ name: `link-${i}-${c}.txt`, outlet: OUTLETS[c]!, text: `${sentence}\n`, claims: [{ s, p, o, sentence }] });
  });
  docs.push({ name: 'denied.txt', outlet: 'Morning Beacon', text: 'Ilsa Varn never attacked Port Alder.\n', claims: [{ s: 'Ilsa Varn', p: 'attacked', o: 'Port Alder', sentence: 'Ilsa Varn never attacked Port Alder.', negated: true }] });
  return analyzeCase(buildCase(docs));
}

test('network: degree counts distinct neighbours; a negated claim draws no edge', () => {
  const net = networkCase().network;
  const node = (name: string) => net.nodes.find((n) => n.id === idOf(name))!;
  assert.equal(node('Amber Hand').degree, 3);
  assert.equal(node('Port Alder').degree, 2);
  assert.equal(net.edges.some((e) => [e.source, e.target].includes(idOf('Ilsa Varn')) && [e.source, e.target].includes(idOf('Port Alder'))), false);
});

test('network: the bridge between the two clusters has the highest betweenness', () => {
  const nodes = [...networkCase().network.nodes].sort((a, b) => b.betweenness - a.betweenness);
  assert.equal(nodes[0]!.id, idOf('Port Alder'));
  assert.ok(nodes[0]!.betweenness > 0.5, String(nodes[0]!.betweenness));
  assert.equal(nodes.find((n) => n.id === idOf('Ilsa Varn'))!.betweenness, 0);
});

test('network: Louvain puts the two clusters in different communities, the same on every run', () => {
  const first = networkCase().network;
  const again = networkCase().network;
  const community = (name: string) => first.nodes.find((n) => n.id === idOf(name))!.community;
  assert.equal(community('Ilsa Varn'), community('Red Valley Front'));
  assert.equal(community('Tomas Reker'), community('Grey Lantern Movement'));
  assert.notEqual(community('Ilsa Varn'), community('Tomas Reker'));
  assert.deepEqual(first.nodes.map((n) => n.community), again.nodes.map((n) => n.community));
});

test('network: sampled betweenness above the exact limit still finds the bridge', () => {
  const docs = LINKS.map(([s, p, o, sentence], i): DocSpec => ({ name: `l${i}.txt`, outlet: 'Northwire', text: `${sentence}\n`, claims: [{ s, p, o, sentence }] }));
  const net = analyzeCase(buildCase(docs), { exactBetweennessMaxNodes: 2, betweennessSamples: 8 }).network;
  assert.equal(net.betweennessSampled, true);
  assert.equal([...net.nodes].sort((a, b) => b.betweenness - a.betweenness)[0]!.id, idOf('Port Alder'));
});

test('paths: the best-supported chain first, with the evidence for every hop', () => {
  const analysis = networkCase();
  const paths = findPaths(analysis, idOf('Ilsa Varn'), idOf('Port Alder'), { maxHops: 3, limit: 5 });
  assert.deepEqual(paths.map((p) => p.entities.map((e) => e.name).join(' > ')), [
    'Ilsa Varn > Amber Hand > Port Alder',
    'Ilsa Varn > Red Valley Front > Amber Hand > Port Alder',
  ]);
  for (const hop of paths[0]!.hops) {
    assert.ok(hop.assertions.length > 0);
    assert.ok(hop.assertions.every((a) => a.mentions.every((m) => m.evidenceText.length > 0)));
  }
  assert.equal(paths[0]!.support, 1);
});

test('paths: ranked by the weakest hop, so a longer chain of well-sourced hops can win', () => {
  const analysis = networkCase();
  const paths = findPaths(analysis, idOf('Red Valley Front'), idOf('Amber Hand'), { maxHops: 2, limit: 5 });
  assert.equal(paths[0]!.hops.length, 1);
  assert.equal(paths[0]!.support, 3);
});

test('paths: none beyond maxHops, none to an unlinked entity', () => {
  const analysis = networkCase();
  assert.equal(findPaths(analysis, idOf('Ilsa Varn'), idOf('Tomas Reker'), { maxHops: 3 }).length, 0);
  assert.ok(findPaths(analysis, idOf('Ilsa Varn'), idOf('Tomas Reker'), { maxHops: 5 }).length > 0);
  assert.equal(findPaths(analysis, idOf('Ilsa Varn'), idOf('Kessel Province')).length, 0);
  assert.ok(findPaths(analysis, idOf('Ilsa Varn'), idOf('Tomas Reker'), { maxHops: 6 }).every((p) => new Set(p.entities.map((e) => e.id)).size === p.entities.length));
});
