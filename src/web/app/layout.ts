export interface LayoutNode { readonly id: string; readonly community: number; readonly degree: number }
export interface LayoutEdge { readonly source: string; readonly target: string }
export interface Point { x: number; y: number }

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
const NODE_SPACING = 1;
/** Graphs up to this size get a force-directed polish; O(n²) per pass, so larger ones keep the packed layout. */
const FORCE_MAX_NODES = 400;
const FORCE_ITERATIONS = 120;
/** Width over height of the block components are packed into: the network panel's shape on a laptop screen. */
const DEFAULT_ASPECT = 1.4;
/** Space left around each component when packing, in layout units (one unit is one node spacing). */
const COMPONENT_GAP = 2.5 * NODE_SPACING;

/**
 * Places nodes without a layout library, in linear time for large graphs: each community (or
 * connected component when analysis gave none) becomes a sunflower disc with its hubs at the
 * centre, and discs are laid on a spiral, biggest first. Small graphs then get a short
 * Fruchterman–Reingold pass so that individual links read clearly.
 */
export function layoutGraph(nodes: readonly LayoutNode[], edges: readonly LayoutEdge[], aspect = DEFAULT_ASPECT): Map<string, Point> {
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
  return packComponents(positions, edges, aspect);
}

/**
 * Repulsion pushes a small component that has no link to the rest far out, and the camera, fitting everything,
 * then shows the main graph shrunk in a corner. So each connected component keeps its own shape and the
 * components are packed, biggest first, into a block of the canvas's proportions: the smaller ones in a column
 * beside the biggest, then in rows beneath it (shelf packing).
 */
export function packComponents(positions: ReadonlyMap<string, Point>, edges: readonly LayoutEdge[], aspect: number): Map<string, Point> {
  const find = connectedComponents(positions.keys(), edges);
  const members = new Map<string, string[]>();
  for (const id of positions.keys()) (members.get(find(id)) ?? members.set(find(id), []).get(find(id))!).push(id);
  const boxes = [...members.values()].map((ids) => {
    const xs = ids.map((id) => positions.get(id)!.x), ys = ids.map((id) => positions.get(id)!.y);
    const minX = Math.min(...xs), minY = Math.min(...ys);
    return { ids, minX, minY, width: Math.max(...xs) - minX + COMPONENT_GAP, height: Math.max(...ys) - minY + COMPONENT_GAP };
  }).sort((a, b) => b.width * b.height - a.width * a.height || b.ids.length - a.ids.length || (a.ids[0]! < b.ids[0]! ? -1 : 1));
  const area = boxes.reduce((sum, b) => sum + b.width * b.height, 0);
  const [first, ...rest] = boxes;
  const packed = new Map<string, Point>();
  if (!first) return packed;
  // The block is as wide as the canvas's shape asks; when the biggest component is taller than that shape, the
  // smaller ones fill a column beside it before any row is started beneath it.
  const blockWidth = Math.max(first.width, Math.sqrt(area * aspect), first.height * aspect * 0.9);
  const place = (box: (typeof boxes)[number], x: number, y: number): void => {
    for (const id of box.ids) {
      const p = positions.get(id)!;
      // Sigma's y axis points up, so rows are stacked downwards from the first, biggest, component.
      packed.set(id, { x: x + p.x - box.minX, y: -y - box.height + (p.y - box.minY) });
    }
  };
  place(first, 0, 0);
  const below = shelfPack(rest, { x: first.width, y: 0, width: blockWidth - first.width, height: first.height }, place);
  shelfPack(below, { x: 0, y: first.height, width: blockWidth, height: Infinity }, place);
  return packed;
}

interface PackBox { readonly width: number; readonly height: number }

/** Fills a region row by row, left to right; returns the boxes that did not fit. */
function shelfPack<T extends PackBox>(boxes: readonly T[], region: { x: number; y: number; width: number; height: number }, place: (box: T, x: number, y: number) => void): T[] {
  const left: T[] = [];
  let x = 0, y = 0, rowHeight = 0;
  for (const box of boxes) {
    if (x > 0 && x + box.width > region.width) { x = 0; y += rowHeight; rowHeight = 0; }
    if (box.width > region.width || y + box.height > region.height) { left.push(box); continue; }
    place(box, region.x + x, region.y + y);
    x += box.width;
    rowHeight = Math.max(rowHeight, box.height);
  }
  return left;
}

function groupNodes(nodes: readonly LayoutNode[], edges: readonly LayoutEdge[]): LayoutNode[][] {
  const componentOf = connectedComponents(nodes.map((n) => n.id), edges);
  const groups = new Map<string, LayoutNode[]>();
  for (const n of nodes) {
    const key = n.community >= 0 ? `c${n.community}` : `k${componentOf(n.id)}`;
    (groups.get(key) ?? groups.set(key, []).get(key)!).push(n);
  }
  return [...groups.values()].sort((a, b) => b.length - a.length);
}

/** Union-find over the links: returns, for each node, a representative of its connected component. */
function connectedComponents(ids: Iterable<string>, edges: readonly LayoutEdge[]): (id: string) => string {
  const parent = new Map([...ids].map((id) => [id, id] as const));
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root)!;
    for (let at = id; at !== root; ) { const next = parent.get(at)!; parent.set(at, root); at = next; }
    return root;
  };
  for (const e of edges) if (parent.has(e.source) && parent.has(e.target)) parent.set(find(e.source), find(e.target));
  return find;
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
