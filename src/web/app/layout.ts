export interface LayoutNode { readonly id: string; readonly community: number; readonly degree: number }
export interface LayoutEdge { readonly source: string; readonly target: string }
export interface Point { x: number; y: number }

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
const NODE_SPACING = 1;
/** Graphs up to this size get a force-directed polish; O(n²) per pass, so larger ones keep the packed layout. */
const FORCE_MAX_NODES = 400;
const FORCE_ITERATIONS = 120;

/**
 * Places nodes without a layout library, in linear time for large graphs: each community (or
 * connected component when analysis gave none) becomes a sunflower disc with its hubs at the
 * centre, and discs are laid on a spiral, biggest first. Small graphs then get a short
 * Fruchterman–Reingold pass so that individual links read clearly.
 */
export function layoutGraph(nodes: readonly LayoutNode[], edges: readonly LayoutEdge[]): Map<string, Point> {
  const groups = groupNodes(nodes, edges);
  const positions = new Map<string, Point>();
  let area = 0;
  groups.forEach((members, i) => {
    const radius = NODE_SPACING * Math.sqrt(members.length) + 1;
    const distance = i === 0 ? 0 : Math.sqrt(area + radius * radius) * 1.1;
    area += (radius + 1) * (radius + 1) * 4;
    const cx = distance * Math.cos(i * GOLDEN_ANGLE);
    const cy = distance * Math.sin(i * GOLDEN_ANGLE);
    members.sort((a, b) => b.degree - a.degree || (a.id < b.id ? -1 : 1));
    members.forEach((node, j) => {
      const r = NODE_SPACING * Math.sqrt(j + 0.5);
      positions.set(node.id, { x: cx + r * Math.cos(j * GOLDEN_ANGLE), y: cy + r * Math.sin(j * GOLDEN_ANGLE) });
    });
  });
  if (nodes.length <= FORCE_MAX_NODES) relax(positions, edges);
  return positions;
}

function groupNodes(nodes: readonly LayoutNode[], edges: readonly LayoutEdge[]): LayoutNode[][] {
  const parent = new Map(nodes.map((n) => [n.id, n.id] as const));
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root)!;
    for (let at = id; at !== root; ) { const next = parent.get(at)!; parent.set(at, root); at = next; }
    return root;
  };
  for (const e of edges) if (parent.has(e.source) && parent.has(e.target)) parent.set(find(e.source), find(e.target));
  const groups = new Map<string, LayoutNode[]>();
  for (const n of nodes) {
    const key = n.community >= 0 ? `c${n.community}` : `k${find(n.id)}`;
    (groups.get(key) ?? groups.set(key, []).get(key)!).push(n);
  }
  return [...groups.values()].sort((a, b) => b.length - a.length);
}

function relax(positions: Map<string, Point>, edges: readonly LayoutEdge[]): void {
  const ids = [...positions.keys()];
  const pts = ids.map((id) => positions.get(id)!);
  const index = new Map(ids.map((id, i) => [id, i] as const));
  const links = edges.flatMap((e) => (index.has(e.source) && index.has(e.target) ? [[index.get(e.source)!, index.get(e.target)!] as const] : []));
  const k = NODE_SPACING * 1.5;
  let temperature = Math.sqrt(ids.length) * NODE_SPACING;
  const dx = new Float64Array(pts.length);
  const dy = new Float64Array(pts.length);
  for (let iteration = 0; iteration < FORCE_ITERATIONS; iteration++) {
    dx.fill(0);
    dy.fill(0);
    for (let i = 0; i < pts.length; i++) {
      for (let j = i + 1; j < pts.length; j++) {
        const x = pts[i]!.x - pts[j]!.x, y = pts[i]!.y - pts[j]!.y;
        const d2 = Math.max(x * x + y * y, 0.01);
        const f = (k * k) / d2;
        dx[i]! += x * f; dy[i]! += y * f; dx[j]! -= x * f; dy[j]! -= y * f;
      }
      // A weak pull to the centre keeps separate components from drifting apart for ever.
      dx[i]! -= pts[i]!.x * 0.05; dy[i]! -= pts[i]!.y * 0.05;
    }
    for (const [a, b] of links) {
      const x = pts[a]!.x - pts[b]!.x, y = pts[a]!.y - pts[b]!.y;
      const d = Math.max(Math.sqrt(x * x + y * y), 0.01);
      const f = d / k;
      dx[a]! -= x * f; dy[a]! -= y * f; dx[b]! += x * f; dy[b]! += y * f;
    }
    for (let i = 0; i < pts.length; i++) {
      const len = Math.max(Math.sqrt(dx[i]! * dx[i]! + dy[i]! * dy[i]!), 1e-9);
      const step = Math.min(len, temperature);
      pts[i]!.x += (dx[i]! / len) * step;
      pts[i]!.y += (dy[i]! / len) * step;
    }
    temperature *= 0.95;
  }
}
