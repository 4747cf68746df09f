import type { UndirectedGraph } from 'graphology';
import type Sigma from 'sigma';
import { CONTESTED_COLOUR } from './graph-style.js';

/**
 * Sigma's WebGL edge programs draw solid lines only, so hedged edges are hidden there and drawn
 * here, dashed, on a 2-D canvas above the edge layer; contested edges get a "!" at their middle.
 * Redrawn after every sigma render, so it follows panning and zooming.
 */
export function attachEdgeOverlay(renderer: Sigma, currentGraph: () => UndirectedGraph, isVisible: (edge: string) => boolean): () => void {
  const canvas = renderer.createCanvas('dossier-edge-overlay', { afterLayer: 'edges' });
  canvas.style.pointerEvents = 'none';
  const context = canvas.getContext('2d')!;
  const draw = (): void => {
    const { width, height } = renderer.getDimensions();
    const ratio = window.devicePixelRatio || 1;
    if (canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(height * ratio)) {
      canvas.width = Math.round(width * ratio);
      canvas.height = Math.round(height * ratio);
      canvas.style.width = `${width}px`;
      canvas.style.height = `${height}px`;
    }
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.clearRect(0, 0, width, height);
    currentGraph().forEachEdge((edge, attrs, source, target, sourceAttrs, targetAttrs) => {
      if ((!attrs.hedged && !attrs.contested) || !isVisible(edge)) return;
      const a = renderer.graphToViewport({ x: sourceAttrs.x as number, y: sourceAttrs.y as number });
      const b = renderer.graphToViewport({ x: targetAttrs.x as number, y: targetAttrs.y as number });
      if (attrs.hedged) {
        context.strokeStyle = attrs.contested ? CONTESTED_COLOUR : '#6B7280';
        context.lineWidth = Math.max(1, (attrs.size as number) * 0.8);
        context.setLineDash([5, 4]);
        context.beginPath();
        context.moveTo(a.x, a.y);
        context.lineTo(b.x, b.y);
        context.stroke();
        context.setLineDash([]);
      }
      if (attrs.contested) {
        const mx = (a.x + b.x) / 2, my = (a.y + b.y) / 2;
        context.fillStyle = '#FFFFFF';
        context.strokeStyle = CONTESTED_COLOUR;
        context.lineWidth = 1.5;
        context.beginPath();
        context.arc(mx, my, 6, 0, Math.PI * 2);
        context.fill();
        context.stroke();
        context.fillStyle = CONTESTED_COLOUR;
        context.font = 'bold 10px system-ui, sans-serif';
        context.textAlign = 'center';
        context.textBaseline = 'middle';
        context.fillText('!', mx, my + 0.5);
      }
    });
  };
  renderer.on('afterRender', draw);
  return () => {
    renderer.off('afterRender', draw);
    renderer.killLayer('dossier-edge-overlay');
  };
}
