import type { UndirectedGraph } from 'graphology';
import type Sigma from 'sigma';
import { createOverlayCanvas } from './overlay-canvas.js';
import { placeLabels, type Box, type LabelRequest, type PlacedLabel } from './label-placement.js';

const FONT_PX = 13;
const FONT = `${FONT_PX}px system-ui, -apple-system, "Segoe UI", sans-serif`;
const BOLD_FONT = `600 ${FONT}`;
/** The most central entities whose labels may cover other nodes: at least this many, or this share of those drawn. */
const HUBS_MIN = 5;
const HUB_SHARE = 0.03;

/** Which nodes the reader asked about: the selected entity first, then its neighbours. */
export interface LabelFocus {
  readonly selected: string | null;
  readonly neighbours: ReadonlySet<string>;
}

/**
 * Draws node labels on a canvas of our own instead of sigma's label grid, which hides labels by grid cell and lets
 * neighbouring ones collide. On every render the most central entities are placed first, each beside its node
 * where it overlaps no other label ({@link placeLabels}); the rest appear as the reader zooms in, or on hover
 * (sigma's hover layer). With an entity selected, it and its neighbours are placed first and always shown.
 */
export function attachLabelLayer(renderer: Sigma, currentGraph: () => UndirectedGraph, focus: () => LabelFocus, reserved: () => readonly Box[] = () => []): { placed: () => readonly PlacedLabel[]; detach: () => void } {
  const overlay = createOverlayCanvas(renderer, 'dossier-labels', 'nodes');
  const context = overlay.context;
  const widths = new Map<string, number>();
  let placed: readonly PlacedLabel[] = [];
  const measure = (text: string, bold: boolean): number => {
    const key = `${bold ? 'b' : 'n'}${text}`;
    let width = widths.get(key);
    if (width === undefined) {
      context.font = bold ? BOLD_FONT : FONT;
      width = Math.ceil(context.measureText(text).width);
      widths.set(key, width);
    }
    return width;
  };

  const draw = (): void => {
    const { width, height } = overlay.prepare();
    const { selected, neighbours } = focus();
    const graph = currentGraph();
    const nodes: (LabelRequest & { rank: number })[] = [];
    graph.forEachNode((node, attrs) => {
      const data = renderer.getNodeDisplayData(node);
      if (!data || data.hidden) return;
      const at = renderer.framedGraphToViewport(data);
      if (at.x < -200 || at.y < -50 || at.x > width + 200 || at.y > height + 50) return;
      const isFocus = node === selected || neighbours.has(node);
      if (selected !== null && !isFocus) {
        nodes.push({ id: node, text: '', x: at.x, y: at.y, radius: renderer.scaleSize(data.size), width: 0, forced: false, rank: -1 });
        return;
      }
      const text = String(attrs.label ?? '');
      // Selected first, then neighbours, then by centrality: who connects the network, then who has most links.
      const rank = node === selected ? 3 : isFocus ? 2 : 0;
      nodes.push({ id: node, text, x: at.x, y: at.y, radius: renderer.scaleSize(data.size), width: measure(text, node === selected), forced: isFocus, rank: rank * 1e9 + (attrs.centrality as number) });
    });
    const requests = nodes.filter((n) => n.rank >= 0 && n.text !== '').sort((a, b) => b.rank - a.rank || (a.id < b.id ? -1 : 1));
    placed = placeLabels(requests, { width, height }, FONT_PX, { nodes, reserved: reserved(), hubs: Math.max(HUBS_MIN, Math.ceil(requests.length * HUB_SHARE)) });
    context.textBaseline = 'middle';
    context.lineJoin = 'round';
    for (const label of placed) {
      context.font = label.id === selected ? BOLD_FONT : FONT;
      const y = label.box.y + label.box.height / 2;
      // A white halo keeps a label legible where it crosses edges.
      context.strokeStyle = 'rgba(255,255,255,0.92)';
      context.lineWidth = 3;
      context.strokeText(label.text, label.box.x, y);
      context.fillStyle = '#1f2430';
      context.fillText(label.text, label.box.x, y);
    }
  };
  renderer.on('afterRender', draw);
  return {
    placed: () => placed,
    detach: () => {
      renderer.off('afterRender', draw);
      renderer.killLayer('dossier-labels');
    },
  };
}
