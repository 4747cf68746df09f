import type { AssertionEdgeRow, Predicate } from '../core/index.js';
import type { GradeLabel } from '../analysis/index.js';
import type { EntityRef } from './api-types.js';

export interface GraphNodeDto extends EntityRef {
  readonly degree: number;
  readonly community: number;
  readonly betweenness: number;
  readonly assertions: number;
}

/** One link between two entities, carrying what the UI styles it by: support, hedging and contest. */
export interface GraphEdgeDto {
  readonly source: string;
  readonly target: string;
  readonly predicates: readonly Predicate[];
  /** How many assertions the link gathers; list them with /api/assertions?entity=<source>. Ids are left out because they would triple the size of a 5,000-node graph. */
  readonly assertions: number;
  /** The most independent origins behind any one of its assertions. */
  readonly support: number;
  /** Every assertion on it is hedged in at least half its mentions ("reportedly", "is believed to"): drawn dashed. */
  readonly hedged: boolean;
  /** Some assertion on it is contradicted elsewhere in the case: drawn marked. */
  readonly contested: boolean;
  readonly grade: GradeLabel;
}

export interface GraphDto {
  readonly nodes: readonly GraphNodeDto[];
  readonly edges: readonly GraphEdgeDto[];
  /** Nodes left out because the graph was larger than `maxNodes` (lowest degree first). */
  readonly omittedNodes: number;
}

// Stronger grades win when assertions share an edge: the edge is as good as its best-supported claim.
const GRADE_ORDER: readonly GradeLabel[] = ['corroborated', 'single-origin', 'mostly-hedged', 'unsourced', 'contested'];

/** What a node shows from the network analysis: its community, its centrality, how many assertions name it. */
export type NodeMetrics = (id: string) => { readonly community: number; readonly betweenness: number; readonly assertions: number } | undefined;

/**
 * Folds assertions into an undirected graph. Negated assertions ("X denied links to Y") are not
 * links, so they never become edges; they stay visible in the entity panel and contradictions.
 * Takes assertions without their mentions, so the same code serves the stored read model and the job that fills it.
 */
export function buildGraph(assertions: readonly AssertionEdgeRow[], metricsOf: NodeMetrics, maxNodes: number): GraphDto {
  const edges = new Map<string, { source: string; target: string; list: AssertionEdgeRow[] }>();
  const refs = new Map<string, EntityRef>();
  for (const a of assertions) {
    if (a.negated || a.subject.id === a.object.id) continue;
    refs.set(a.subject.id, a.subject);
    refs.set(a.object.id, a.object);
    const [source, target] = a.subject.id < a.object.id ? [a.subject.id, a.object.id] : [a.object.id, a.subject.id];
    const key = `${source}~${target}`;
    const edge = edges.get(key) ?? edges.set(key, { source, target, list: [] }).get(key)!;
    edge.list.push(a);
  }
  const degree = new Map<string, number>();
  for (const e of edges.values()) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  let kept = [...refs.keys()];
  let omittedNodes = 0;
  if (kept.length > maxNodes) {
    kept.sort((a, b) => (degree.get(b) ?? 0) - (degree.get(a) ?? 0) || a.localeCompare(b));
    omittedNodes = kept.length - maxNodes;
    kept = kept.slice(0, maxNodes);
  }
  const keep = new Set(kept);
  const nodes = kept.map((id): GraphNodeDto => {
    const ref = refs.get(id)!;
    const analysed = metricsOf(id);
    return { id, name: ref.name, type: ref.type, degree: degree.get(id) ?? 0, community: analysed?.community ?? -1, betweenness: Math.round((analysed?.betweenness ?? 0) * 1e4) / 1e4, assertions: analysed?.assertions ?? 0 };
  });
  const edgeDtos: GraphEdgeDto[] = [];
  for (const e of edges.values()) {
    if (!keep.has(e.source) || !keep.has(e.target)) continue;
    edgeDtos.push({
      source: e.source,
      target: e.target,
      predicates: [...new Set(e.list.map((a) => a.predicate))],
      assertions: e.list.length,
      support: Math.max(...e.list.map((a) => a.origins)),
      hedged: e.list.every((a) => a.hedgedShare >= 0.5),
      contested: e.list.some((a) => a.contested),
      grade: e.list.map((a) => a.gradeLabel as GradeLabel).sort((x, y) => GRADE_ORDER.indexOf(x) - GRADE_ORDER.indexOf(y))[0]!,
    });
  }
  return { nodes, edges: edgeDtos, omittedNodes };
}
