// Label placement for the network view, kept free of the DOM so it can be tested in Node.
// Greedy placement in priority order over four candidate positions is the classic cartographic
// heuristic (Christensen, Marks & Shieber 1995 compare it with costlier methods): cheap enough to
// run on every frame, and it never lets two labels overlap.

export interface Box { readonly x: number; readonly y: number; readonly width: number; readonly height: number }

export interface LabelRequest {
  readonly id: string;
  readonly text: string;
  /** Node centre and radius in viewport pixels. */
  readonly x: number;
  readonly y: number;
  readonly radius: number;
  /** Rendered text width in pixels. */
  readonly width: number;
  /** Placed even where it fits nowhere (the selected entity and its neighbours): the reader asked for these names. */
  readonly forced: boolean;
}

export interface PlacedLabel {
  readonly id: string;
  readonly text: string;
  readonly box: Box;
}

export interface Viewport { readonly width: number; readonly height: number }

const GAP_PX = 3;
const EDGE_MARGIN_PX = 2;
const CELL_PX = 64;

export interface PlacementOptions {
  /** Every node drawn, labelled or not: a label must not hide one. */
  readonly nodes?: readonly { readonly id: string; readonly x: number; readonly y: number; readonly radius: number }[];
  /** Parts of the viewport covered by something else (the status line): no label goes under them. */
  readonly reserved?: readonly Box[];
  /** How many of the first requests may cover other nodes: a hub sits among its neighbours and would never be named. */
  readonly hubs?: number;
}

/**
 * Places labels in the order given (most important first). Each takes the first of right, left, above and below
 * that stays inside the viewport and overlaps no label, no other node and no reserved area. A label that fits
 * nowhere is left for hover or zoom, unless it is one of the first `hubs` (then it may cover nodes) or forced (then
 * it may cover nodes, and at worst takes its first place).
 */
export function placeLabels(requests: readonly LabelRequest[], viewport: Viewport, fontPx: number, options: PlacementOptions = {}): PlacedLabel[] {
  const height = Math.ceil(fontPx * 1.25);
  const labels = new BoxGrid();
  const discs = new BoxGrid();
  for (const n of options.nodes ?? requests) discs.add({ x: n.x - n.radius, y: n.y - n.radius, width: 2 * n.radius, height: 2 * n.radius }, n.id);
  for (const box of options.reserved ?? []) labels.add(box, '');
  const placed: PlacedLabel[] = [];
  for (const [i, r] of requests.entries()) {
    const candidates = candidateBoxes(r, height).filter((b) => inside(b, viewport));
    const free = candidates.filter((b) => !labels.hits(b));
    const clear = free.find((b) => !discs.hits(b, r.id));
    const best = clear ?? (r.forced ? free[0] ?? candidateBoxes(r, height)[0] : i < (options.hubs ?? 0) ? free[0] : undefined);
    if (!best) continue;
    labels.add(best, r.id);
    placed.push({ id: r.id, text: r.text, box: best });
  }
  return placed;
}

function candidateBoxes(r: LabelRequest, height: number): Box[] {
  const offset = r.radius + GAP_PX;
  // Above and below clear the side positions too, so a small node can carry labels on all four sides.
  const vertical = Math.max(r.radius, height / 2) + GAP_PX;
  return [
    { x: r.x + offset, y: r.y - height / 2, width: r.width, height },
    { x: r.x - offset - r.width, y: r.y - height / 2, width: r.width, height },
    { x: r.x - r.width / 2, y: r.y - vertical - height, width: r.width, height },
    { x: r.x - r.width / 2, y: r.y + vertical, width: r.width, height },
  ];
}

function inside(b: Box, v: Viewport): boolean {
  return b.x >= EDGE_MARGIN_PX && b.y >= EDGE_MARGIN_PX && b.x + b.width <= v.width - EDGE_MARGIN_PX && b.y + b.height <= v.height - EDGE_MARGIN_PX;
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** A uniform grid of boxes, so each test looks at the few boxes near it rather than all of them. */
class BoxGrid {
  readonly #cells = new Map<string, { box: Box; owner: string }[]>();

  add(box: Box, owner: string): void {
    for (const key of this.#keys(box)) (this.#cells.get(key) ?? this.#cells.set(key, []).get(key)!).push({ box, owner });
  }

  hits(box: Box, ignoreOwner?: string): boolean {
    for (const key of this.#keys(box)) {
      for (const other of this.#cells.get(key) ?? []) if (other.owner !== ignoreOwner && overlaps(box, other.box)) return true;
    }
    return false;
  }

  *#keys(b: Box): Generator<string> {
    for (let cx = Math.floor(b.x / CELL_PX); cx <= Math.floor((b.x + b.width) / CELL_PX); cx++) {
      for (let cy = Math.floor(b.y / CELL_PX); cy <= Math.floor((b.y + b.height) / CELL_PX); cy++) yield `${cx},${cy}`;
    }
  }
}
