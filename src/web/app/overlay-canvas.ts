import type Sigma from 'sigma';

/**
 * A 2-D canvas layered into sigma's stack, sized to the viewport at the screen's pixel ratio before each draw, so
 * overlays stay sharp and aligned as the window or the panel around the graph is resized.
 * @example const overlay = createOverlayCanvas(renderer, 'dossier-labels', 'nodes'); renderer.on('afterRender', () => { const { context } = overlay.prepare(); … });
 */
export function createOverlayCanvas(renderer: Sigma, id: string, afterLayer: string): { prepare: () => { context: CanvasRenderingContext2D; width: number; height: number }; context: CanvasRenderingContext2D } {
  const canvas = renderer.createCanvas(id, { afterLayer });
  canvas.style.pointerEvents = 'none';
  const context = canvas.getContext('2d')!;
  return {
    context,
    prepare: () => {
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
      return { context, width, height };
    },
  };
}
