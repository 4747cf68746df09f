import { betweennessCentrality, louvain, UndirectedGraph } from './graph-library.js';
import type { GatheredAssertion } from './gather-assertions.js';
import { seededRandom } from './seeded-random.js';
import type { EntityRef, Network, NetworkEdge, NetworkNode } from './types.js';

export interface NetworkOptions {
  readonly exactBetweennessMaxNodes: number;
  readonly betweennessSamples: number;
  readonly randomSeed: number;
  readonly louvainResolution: number;
}

/**
 * The entity network: one undirected edge per linked pair, carrying every non-negated assertion between them
 * (a negated claim is a reason they are not linked, so it draws no edge). Degree counts distinct neighbours;
 * betweenness counts hops, not support, so a weakly sourced bridge still shows as a bridge.
 */
export function buildNetwork(assertions: readonly GatheredAssertion[], contested: ReadonlySet<string>, options: NetworkOptions): { network: Network; graph: UndirectedGraph } {
  const nodes = new Map<string, EntityRef & { index: number; assertions: number }>();
  // Edges keyed by the pair's node numbers: hashing a number is cheaper than building "a~b" for every assertion.
  const edges = new Map<number, { id: string; source: string; target: string; assertionIds: string[]; predicates: NetworkEdge['predicates'][number][]; support: number; contested: boolean }>();
  const count = (ref: EntityRef): number => {
    const node = nodes.get(ref.id);
    if (node) { node.assertions++; return node.index; }
    nodes.set(ref.id, { id: ref.id, name: ref.name, type: ref.type, index: nodes.size, assertions: 1 });
    return nodes.size - 1;
  };
  for (const assertion of assertions) {
    const a = count(assertion.subject);
    const b = count(assertion.object);
    if (assertion.negated) continue;
    const key = Math.min(a, b) * 2 ** 26 + Math.max(a, b);
    let edge = edges.get(key);
    if (!edge) {
      const [source, target] = assertion.subject.id < assertion.object.id ? [assertion.subject.id, assertion.object.id] : [assertion.object.id, assertion.subject.id];
      edge = { id: `${source}~${target}`, source, target, assertionIds: [], predicates: [], support: 0, contested: false };
      edges.set(key, edge);
    }
    edge.assertionIds.push(assertion.id);
    if (!edge.predicates.includes(assertion.predicate)) edge.predicates.push(assertion.predicate);
    edge.support = Math.max(edge.support, assertion.originList.length);
    edge.contested ||= contested.has(assertion.id);
  }

  const graph = new UndirectedGraph({ allowSelfLoops: false });
  for (const id of [...nodes.keys()].sort()) graph.addNode(id);
  // Our own edge ids live in `edges`; graphology's generated keys are faster to add than string keys. Edges go in
  // the order assertions come, which follows the snapshot's document order, so runs over one case agree.
  for (const edge of edges.values()) graph.addEdge(edge.source, edge.target, { weight: Math.max(1, edge.support) });

  const isSampled = graph.order > options.exactBetweennessMaxNodes;
  // graphology's Brandes refuses an empty graph (a case with no claims yet); there is nothing to measure.
  const betweenness: Record<string, number> = graph.order === 0 ? {} : isSampled
    ? sampledBetweenness(graph, options.betweennessSamples, seededRandom(options.randomSeed))
    : betweennessCentrality(graph, { getEdgeWeight: null, normalized: true });
  const communities = graph.size === 0
    ? { communities: Object.fromEntries(graph.nodes().map((n, i) => [n, i])), count: graph.order, modularity: 0 }
    : louvain.detailed(graph, { getEdgeWeight: 'weight', resolution: options.louvainResolution, rng: seededRandom(options.randomSeed) });

  const networkNodes: NetworkNode[] = graph.nodes().map((id) => {
    const node = nodes.get(id)!;
    return { id, name: node.name, type: node.type, degree: graph.degree(id), betweenness: betweenness[id] ?? 0, community: communities.communities[id] ?? -1, assertions: node.assertions };
  });
  const networkEdges: NetworkEdge[] = [...edges.values()].map((e) => ({ id: e.id, source: e.source, target: e.target, assertionIds: e.assertionIds, predicates: e.predicates.sort(), support: e.support, contested: e.contested }));
  return {
    graph,
    network: { nodes: networkNodes, edges: networkEdges, communities: communities.count, modularity: communities.modularity, betweennessSampled: isSampled },
  };
}

/**
 * Brandes' algorithm from `samples` seeded pivots, scaled up by order/samples: an unbiased estimate of the exact
 * figure (Brandes & Pich 2007) at a fraction of the O(V·E) cost, scaled like graphology's normalised output.
 */
function sampledBetweenness(graph: UndirectedGraph, samples: number, random: () => number): Record<string, number> {
  const ids = graph.nodes();
  const n = ids.length;
  const index = new Map(ids.map((id, i) => [id, i]));
  // Adjacency as two flat arrays (compressed sparse rows): the BFS below visits every edge once per pivot.
  const offsets = new Int32Array(n + 1);
  ids.forEach((id, i) => { offsets[i + 1] = offsets[i]! + graph.degree(id); });
  const targets = new Int32Array(offsets[n]!);
  ids.forEach((id, i) => { let at = offsets[i]!; graph.forEachNeighbor(id, (other) => { targets[at++] = index.get(other)!; }); });
  const order = ids.map((_, i) => i);
  const k = Math.min(samples, n);
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(random() * (n - i));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const centrality = new Float64Array(n);
  const sigma = new Float64Array(n);
  const distance = new Int32Array(n);
  const delta = new Float64Array(n);
  const stack = new Int32Array(n);
  for (let s = 0; s < k; s++) {
    const source = order[s]!;
    sigma.fill(0); distance.fill(-1); delta.fill(0);
    sigma[source] = 1; distance[source] = 0;
    // The stack doubles as the BFS queue: nodes are appended in BFS order and read back in reverse.
    let head = 0; let tail = 0;
    stack[tail++] = source;
    while (head < tail) {
      const v = stack[head++]!;
      const dv = distance[v]! + 1;
      for (let e = offsets[v]!; e < offsets[v + 1]!; e++) {
        const w = targets[e]!;
        if (distance[w]! < 0) { distance[w] = dv; stack[tail++] = w; }
        if (distance[w] === dv) sigma[w] = sigma[w]! + sigma[v]!;
      }
    }
    while (tail > 0) {
      const w = stack[--tail]!;
      const dw = distance[w]! - 1;
      for (let e = offsets[w]!; e < offsets[w + 1]!; e++) {
        const v = targets[e]!;
        if (distance[v] === dw) delta[v] = delta[v]! + (sigma[v]! / sigma[w]!) * (1 + delta[w]!);
      }
      if (w !== source) centrality[w] = centrality[w]! + delta[w]!;
    }
  }
  const scale = n <= 2 ? 0 : n / k / ((n - 1) * (n - 2));
  return Object.fromEntries(ids.map((id, i) => [id, centrality[i]! * scale]));
}
