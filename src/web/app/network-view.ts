import { UndirectedGraph } from 'graphology';
import Sigma from 'sigma';
import { api, type Filters, type GraphDto } from './api.js';
import { clear, el } from './dom.js';
import { attachEdgeOverlay } from './edge-overlay.js';
import { centralityOf, edgeStyle, nodeSize, TYPE_COLOURS } from './graph-style.js';
import { attachLabelLayer } from './label-layer.js';
import type { Box, PlacedLabel } from './label-placement.js';
import { layoutGraph } from './layout.js';
import { networkLegend } from './network-legend.js';

declare global {
  interface Window {
    /** performance.now() when sigma first drew a non-empty graph: read by the render benchmark. */
    __dossierFirstRenderMs?: number;
    /** What the network view shows, in viewport pixels: read by the browser tests and the screenshot script. */
    __dossierNetwork?: NetworkProbe;
  }
}

export interface NetworkProbe {
  readonly viewport: { readonly width: number; readonly height: number };
  nodes(): { readonly id: string; readonly x: number; readonly y: number; readonly radius: number }[];
  labels(): readonly PlacedLabel[];
  readonly selected: string | null;
  neighbours(): string[];
}

// User Timing marks (fetched → laid out → rendered) let bench/api.bench.ts split first-render time into its parts.
const mark = (name: string): void => void performance.mark(`dossier:${name}`);

/** Share of the canvas the selected entity's neighbourhood fills when the camera moves to it. */
const FOCUS_FILL = 0.8;
const CAMERA_MS = 400;

/** The network: sigma over a graphology graph, rebuilt from /api/graph whenever the filters change. */
export class NetworkView {
  #graph = new UndirectedGraph();
  #renderer: Sigma;
  #container: HTMLElement;
  #status: HTMLElement;
  #selected: string | null = null;
  #neighbours = new Set<string>();
  #detach: (() => void)[] = [];
  #labels: () => readonly PlacedLabel[];
  #request = 0;

  private constructor(root: HTMLElement, onSelect: (entityId: string) => void, onSelectLink: (a: string, b: string) => void, onClear: () => void) {
    this.#container = el('div', { className: 'graph', id: 'graph' });
    this.#status = el('p', { className: 'graph-status muted', role: 'status' }, 'Loading the network…');
    root.append(this.#status, this.#container, networkLegend(() => this.fit()));
    this.#renderer = new Sigma(this.#graph, this.#container, {
      allowInvalidContainer: true,
      renderEdgeLabels: false,
      // Node labels are placed by our own layer (label-layer.ts): sigma's grid lets neighbouring labels collide.
      renderLabels: false,
      enableEdgeEvents: true,
      labelFont: 'system-ui, sans-serif',
      stagePadding: 30,
      zIndex: true,
      nodeReducer: (node, data) => {
        if (this.#selected === null) return data;
        // Drawn larger rather than `highlighted`: sigma would draw a second, boxed label over the label layer's.
        if (node === this.#selected) return { ...data, size: data.size * 1.35, zIndex: 2 };
        return this.#neighbours.has(node) ? { ...data, zIndex: 1 } : { ...data, color: '#D5D8DD', zIndex: 0 };
      },
      edgeReducer: (edge, data) => {
        if (!this.#edgeVisible(edge)) return { ...data, hidden: true };
        // Hedged edges are drawn dashed by the overlay; here they stay (all but invisible) so they can still be clicked.
        return data.hedged ? { ...data, color: 'rgba(255,255,255,0.01)' } : data;
      },
    });
    this.#renderer.on('clickNode', ({ node }) => onSelect(node));
    this.#renderer.on('clickStage', () => { if (this.#selected !== null) onClear(); });
    this.#renderer.on('clickEdge', ({ edge }) => {
      const [a, b] = this.#graph.extremities(edge);
      onSelectLink(a, b);
    });
    this.#renderer.on('enterEdge', () => this.#container.classList.add('pointer'));
    this.#renderer.on('leaveEdge', () => this.#container.classList.remove('pointer'));
    this.#renderer.on('enterNode', () => this.#container.classList.add('pointer'));
    this.#renderer.on('leaveNode', () => this.#container.classList.remove('pointer'));
    this.#detach.push(attachEdgeOverlay(this.#renderer, () => this.#graph, (edge) => this.#edgeVisible(edge)));
    const labels = attachLabelLayer(this.#renderer, () => this.#graph, () => ({ selected: this.#selected, neighbours: this.#neighbours }), () => this.#statusBox());
    this.#labels = labels.placed;
    this.#detach.push(labels.detach);
    this.#exposeProbe();
  }

  /** `onClear` runs when the reader clicks the empty canvas with an entity selected. */
  static async mount(root: HTMLElement, onSelect: (entityId: string) => void, onSelectLink: (a: string, b: string) => void, onClear: () => void): Promise<NetworkView> {
    return new NetworkView(root, onSelect, onSelectLink, onClear);
  }

  async reload(filters: Filters): Promise<void> {
    const request = ++this.#request;
    const data = await api.graph(filters);
    if (request !== this.#request) return;   // a newer filter change won the race
    mark('graph-fetched');
    const filtered = filters.predicate.length > 0 || filters.source.trim() !== '' || filters.from.trim() !== '' || filters.to.trim() !== '' || filters.minOrigins > 1;
    this.#fill(data, filtered);
  }

  /** Highlights an entity and its neighbours, labels them all, and moves the camera so the neighbourhood fills the canvas; null clears it. */
  focus(entityId: string | null): void {
    if (entityId === null && this.#selected === null) return;
    this.#selected = entityId !== null && this.#graph.hasNode(entityId) ? entityId : null;
    this.#neighbours = this.#selected === null ? new Set() : new Set(this.#graph.neighbors(this.#selected));
    this.#renderer.refresh({ skipIndexation: true });
    if (this.#selected !== null) this.#frame([this.#selected, ...this.#neighbours], true);
  }

  /** The whole graph in view: the camera's neutral state, since sigma normalises the graph to the canvas. */
  fit(): void {
    void this.#renderer.getCamera().animate({ x: 0.5, y: 0.5, ratio: 1, angle: 0 }, { duration: CAMERA_MS });
  }

  destroy(): void {
    for (const detach of this.#detach) detach();
    this.#renderer.kill();
    if (window.__dossierNetwork) delete window.__dossierNetwork;
  }

  #edgeVisible(edge: string): boolean {
    if (this.#selected === null) return true;
    const [a, b] = this.#graph.extremities(edge);
    return a === this.#selected || b === this.#selected;
  }

  /** Moves the camera so these nodes fill FOCUS_FILL of the canvas, never zooming in past the neutral state's scale by more than 4×. */
  #frame(nodes: readonly string[], animate: boolean): void {
    const camera = this.#renderer.getCamera();
    const points = nodes.map((n) => this.#renderer.getNodeDisplayData(n)).filter((d) => d !== undefined).map((d) => this.#renderer.framedGraphToViewport(d, { cameraState: { x: 0.5, y: 0.5, ratio: 1, angle: 0 } }));
    if (points.length === 0) return;
    const { width, height } = this.#renderer.getDimensions();
    const xs = points.map((p) => p.x), ys = points.map((p) => p.y);
    const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const ratio = Math.min(1, Math.max(0.25, (maxX - minX) / (width * FOCUS_FILL), (maxY - minY) / (height * FOCUS_FILL)));
    const centre = this.#renderer.viewportToFramedGraph({ x: (minX + maxX) / 2, y: (minY + maxY) / 2 }, { cameraState: { x: 0.5, y: 0.5, ratio: 1, angle: 0 } });
    const state = { x: centre.x, y: centre.y, ratio, angle: 0 };
    if (animate) void camera.animate(state, { duration: CAMERA_MS });
    else camera.setState(state);
  }

  #fill(data: GraphDto, filtered: boolean): void {
    const { width, height } = this.#renderer.getDimensions();
    const positions = layoutGraph(data.nodes, data.edges, width > 0 && height > 0 ? width / height : undefined);
    mark('graph-laid-out');
    // A new graph handed over whole: filling the displayed one would fire one sigma update per node.
    const graph = new UndirectedGraph();
    for (const node of data.nodes) {
      const at = positions.get(node.id)!;
      graph.addNode(node.id, { x: at.x, y: at.y, size: nodeSize(node), color: TYPE_COLOURS[node.type], label: node.name, kind: node.type, centrality: centralityOf(node) });
    }
    for (const edge of data.edges) {
      graph.addEdge(edge.source, edge.target, { ...edgeStyle(edge), hedged: edge.hedged, contested: edge.contested, grade: edge.grade, predicates: edge.predicates });
    }
    this.#graph = graph;
    if (this.#selected !== null && !graph.hasNode(this.#selected)) this.#selected = null;
    this.#neighbours = this.#selected === null ? new Set() : new Set(graph.neighbors(this.#selected));
    clear(this.#status);
    this.#status.append(
      `${data.nodes.length} entities · ${data.edges.length} links`,
      data.omittedNodes > 0 ? ` · ${data.omittedNodes} least-connected entities not drawn` : '',
      data.nodes.length === 0 ? (filtered ? ' · nothing matches these filters' : ' · no links in this case yet: add articles in the Documents view') : '',
    );
    this.#renderer.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
    this.#renderer.setGraph(graph);   // re-indexes and renders synchronously
    if (this.#selected !== null) this.#frame([this.#selected, ...this.#neighbours], false);
    mark('graph-rendered');
    if (data.nodes.length > 0) window.__dossierFirstRenderMs ??= performance.now();
  }

  /** Where the status line sits over the canvas, in the canvas's pixels: labels keep out from under it. */
  #statusBox(): Box[] {
    const status = this.#status.getBoundingClientRect();
    const canvas = this.#container.getBoundingClientRect();
    return status.width > 0 ? [{ x: status.left - canvas.left, y: status.top - canvas.top, width: status.width, height: status.height }] : [];
  }

  #exposeProbe(): void {
    const view = this;
    window.__dossierNetwork = {
      get viewport() { return view.#renderer.getDimensions(); },
      nodes: () => view.#graph.mapNodes((id) => {
        const data = view.#renderer.getNodeDisplayData(id)!;
        const at = view.#renderer.framedGraphToViewport(data);
        return { id, x: at.x, y: at.y, radius: view.#renderer.scaleSize(data.size) };
      }),
      labels: () => view.#labels(),
      get selected() { return view.#selected; },
      neighbours: () => [...view.#neighbours],
    };
  }
}
