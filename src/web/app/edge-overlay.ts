import type { UndirectedGraph } from 'graphology';
import type Sigma from 'sigma';
import { CONTESTED_COLOUR } from './graph-style.js';
import { createOverlayCanvas } from './overlay-canvas.js';

/**
 * Sigma's WebGL edge programs draw solid lines only, so hedged edges are hidden there and drawn
 * here, dashed, on a 2-D canvas above the edge layer; contested edges get a "!" at their middle.
 * Redrawn after every sigma render, so it follows panning and zooming.
 */
export function attachEdgeOverlay(renderer: Sigma, currentGraph: () => UndirectedGraph, isVisible: (edge: string) => boolean): () => void {
  const overlay = createOverlayCanvas(renderer, 'dossier-edge-overlay', 'edges');
  const draw = (): void => {
    const { context } = overlay.prepare();
    // One path per style, stroked once: a 5,000-node case has thousands of hedged edges, and a
    // stroke per edge would dominate the frame.
    const dashed = { plain: new Path2D(), contested: new Path2D() };
    const markers: { x: number; y: number }[] = [];
    currentGraph().forEachEdge((edge, attrs, _source, _target, sourceAttrs, targetAttrs) => {
      if ((!attrs.hedged && !attrs.contested) || !isVisible(edge)) return;
      const a = renderer.graphToViewport({ x: sourceAttrs.x as number, y: sourceAttrs.y as number });
      const b = renderer.graphToViewport({ x: targetAttrs.x as number, y: targetAttrs.y as number });
      if (attrs.hedged) {
        const path = attrs.contested ? dashed.contested : dashed.plain;
        path.moveTo(a.x, a.y);
        path.lineTo(b.x, b.y);
      }
      if (attrs.contested) markers.push({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });
    });
    context.lineWidth = 1.2;
    context.setLineDash([5, 4]);
    context.strokeStyle = '#6B7280';
    context.stroke(dashed.plain);
    context.strokeStyle = CONTESTED_COLOUR;
    context.stroke(dashed.contested);
    context.setLineDash([]);
    context.font = 'bold 10px system-ui, sans-serif';
    context.textAlign = 'center';
    context.textBaseline = 'middle';
    for (const { x, y } of markers) {
      context.fillStyle = '#FFFFFF';
      context.strokeStyle = CONTESTED_COLOUR;
      context.lineWidth = 1.5;
      context.beginPath();
      context.arc(x, y, 6, 0, Math.PI * 2);
      context.fill();
      context.stroke();
      context.fillStyle = CONTESTED_COLOUR;
      context.fillText('!', x, y + 0.5);
    }
  };
  renderer.on('afterRender', draw);
  return () => {
    renderer.off('afterRender', draw);
    renderer.killLayer('dossier-edge-overlay');
  };
}
