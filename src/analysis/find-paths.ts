import type { Assertion, CaseAnalysis, EntityPath, EntityRef, NetworkEdge, PathHop } from './types.js';

export interface PathSearchOptions {
  readonly maxHops: number;
  readonly limit: number;
  readonly maxCandidates: number;
}

/**
 * Simple chains of at most maxHops between two entities, ranked by their weakest hop's support (independent
 * origins), then fewer hops, then total support. A breadth-first distance from the target prunes every branch
 * that could not arrive within the hops left, so hubs do not make the search explode.
 */
export function searchPaths(analysis: CaseAnalysis, fromId: string, toId: string, options: PathSearchOptions): EntityPath[] {
  if (fromId === toId) return [];
  const { adjacency, entities, assertions } = indexOf(analysis);
  const distance = new Map<string, number>([[toId, 0]]);
  let frontier = [toId];
  for (let d = 1; d <= options.maxHops && frontier.length > 0; d++) {
    const next: string[] = [];
    for (const node of frontier) {
      for (const { other } of adjacency.get(node) ?? []) if (!distance.has(other)) { distance.set(other, d); next.push(other); }
    }
    frontier = next;
  }
  if (!distance.has(fromId)) return [];

  const found: NetworkEdge[][] = [];
  const visited = new Set<string>([fromId]);
  const trail: NetworkEdge[] = [];
  const walk = (node: string): void => {
    if (found.length >= options.maxCandidates) return;
    if (node === toId) { found.push([...trail]); return; }
    const left = options.maxHops - trail.length;
    for (const { other, edge } of adjacency.get(node) ?? []) {
      const toGo = distance.get(other);
      if (toGo === undefined || toGo > left - 1 || visited.has(other)) continue;
      visited.add(other); trail.push(edge);
      walk(other);
      visited.delete(other); trail.pop();
    }
  };
  walk(fromId);

  const paths = found.map((edges): EntityPath => {
    let at = fromId;
    const hops: PathHop[] = edges.map((edge) => {
      const next = edge.source === at ? edge.target : edge.source;
      const hop: PathHop = {
        from: entities.get(at)!, to: entities.get(next)!, edge,
        assertions: edge.assertionIds.map((id) => assertions.get(id)!).sort((a, b) => b.origins - a.origins || b.documents - a.documents),
      };
      at = next;
      return hop;
    });
    return {
      entities: [entities.get(fromId)!, ...hops.map((h) => h.to)], hops,
      support: Math.min(...edges.map((e) => e.support)), totalSupport: edges.reduce((sum, e) => sum + e.support, 0),
    };
  });
  return paths
    .sort((a, b) => b.support - a.support || a.hops.length - b.hops.length || b.totalSupport - a.totalSupport || pathKey(a).localeCompare(pathKey(b)))
    .slice(0, options.limit);
}

const pathKey = (path: EntityPath): string => path.entities.map((e) => e.name).join('>');

interface PathIndex {
  readonly adjacency: ReadonlyMap<string, readonly { other: string; edge: NetworkEdge }[]>;
  readonly entities: ReadonlyMap<string, EntityRef>;
  readonly assertions: ReadonlyMap<string, Assertion>;
}

// Built once per analysis: a server answering many path queries over one case should not rebuild it each time.
const indexes = new WeakMap<CaseAnalysis, PathIndex>();

function indexOf(analysis: CaseAnalysis): PathIndex {
  const cached = indexes.get(analysis);
  if (cached) return cached;
  const adjacency = new Map<string, { other: string; edge: NetworkEdge }[]>();
  for (const edge of analysis.network.edges) {
    for (const [a, b] of [[edge.source, edge.target], [edge.target, edge.source]] as const) {
      const list = adjacency.get(a);
      if (list) list.push({ other: b, edge }); else adjacency.set(a, [{ other: b, edge }]);
    }
  }
  // Strongest links first, so that if the candidate cap is reached, the chains found are the well-supported ones.
  for (const list of adjacency.values()) list.sort((x, y) => y.edge.support - x.edge.support);
  const index: PathIndex = {
    adjacency,
    entities: new Map(analysis.network.nodes.map((n) => [n.id, { id: n.id, name: n.name, type: n.type }])),
    assertions: new Map(analysis.assertions.map((a) => [a.id, a])),
  };
  indexes.set(analysis, index);
  return index;
}
