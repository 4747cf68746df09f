import { UndirectedGraph } from 'graphology';
import Sigma from 'sigma';
import { api, type Filters, type GraphDto } from './api.js';
import { clear, el } from './dom.js';
import { attachEdgeOverlay } from './edge-overlay.js';
import { edgeStyle, nodeSize, TYPE_COLOURS } from './graph-style.js';
import { layoutGraph } from './layout.js';

declare global {
  interface Window {
    /** performance.now() when sigma first drew a non-empty graph: read by the render benchmark. */
    __dossierFirstRenderMs?: number;
  }
}

// User Timing marks (fetched → laid out → rendered) let bench/api.bench.ts split first-render time into its parts.
const mark = (name: string): void => void performance.mark(`dossier:${name}`);

/** The network: sigma over a graphology graph, rebuilt from /api/graph whenever the filters change. */
export class NetworkView {
  #graph = new UndirectedGraph();
  #renderer: Sigma;
  #status: HTMLElement;
  #selected: string | null = null;
  #neighbours = new Set<string>();
  #detachOverlay: () => void;
  #request = 0;

  private constructor(root: HTMLElement, onSelect: (entityId: string) => void, onSelectLink: (a: string, b: string) => void) {
    const container = el('div', { className: 'graph', id: 'graph' });
    this.#status = el('p', { className: 'graph-status muted', role: 'status' }, 'Loading the network…');
    root.append(this.#status, container);
    this.#renderer = new Sigma(this.#graph, container, {
      allowInvalidContainer: true,
      renderEdgeLabels: false,
      enableEdgeEvents: true,
      labelRenderedSizeThreshold: 7,
      labelFont: 'system-ui, sans-serif',
      zIndex: true,
      nodeReducer: (node, data) => {
        if (this.#selected === null) return data;
        if (node === this.#selected) return { ...data, highlighted: true, zIndex: 2 };
        return this.#neighbours.has(node) ? { ...data, zIndex: 1 } : { ...data, color: '#D5D8DD', label: null, zIndex: 0 };
      },
      edgeReducer: (edge, data) => {
        if (!this.#edgeVisible(edge)) return { ...data, hidden: true };
        // Hedged edges are drawn dashed by the overlay; here they stay (all but invisible) so they can still be clicked.
        return data.hedged ? { ...data, color: 'rgba(255,255,255,0.01)' } : data;
      },
    });
    this.#renderer.on('clickNode', ({ node }) => onSelect(node));
    this.#renderer.on('clickEdge', ({ edge }) => {
      const [a, b] = this.#graph.extremities(edge);
      onSelectLink(a, b);
    });
    this.#renderer.on('enterEdge', () => container.classList.add('pointer'));
    this.#renderer.on('leaveEdge', () => container.classList.remove('pointer'));
    this.#renderer.on('enterNode', () => container.classList.add('pointer'));
    this.#renderer.on('leaveNode', () => container.classList.remove('pointer'));
    this.#detachOverlay = attachEdgeOverlay(this.#renderer, () => this.#graph, (edge) => this.#edgeVisible(edge));
  }

  static async mount(root: HTMLElement, onSelect: (entityId: string) => void, onSelectLink: (a: string, b: string) => void): Promise<NetworkView> {
    return new NetworkView(root, onSelect, onSelectLink);
  }

  async reload(filters: Filters): Promise<void> {
    const request = ++this.#request;
    const data = await api.graph(filters);
    if (request !== this.#request) return;   // a newer filter change won the race
    mark('graph-fetched');
    const filtered = filters.predicate.length > 0 || filters.source.trim() !== '' || filters.from.trim() !== '' || filters.to.trim() !== '' || filters.minOrigins > 1;
    this.#fill(data, filtered);
  }

  /** Highlights an entity and its neighbours and moves the camera to it. */
  focus(entityId: string): void {
    this.#selected = this.#graph.hasNode(entityId) ? entityId : null;
    this.#neighbours = this.#selected === null ? new Set() : new Set(this.#graph.neighbors(entityId));
    this.#renderer.refresh({ skipIndexation: true });
    if (this.#selected !== null) {
      const position = this.#renderer.getNodeDisplayData(entityId);
      if (position) void this.#renderer.getCamera().animate({ x: position.x, y: position.y, ratio: Math.min(this.#renderer.getCamera().ratio, 0.45) }, { duration: 400 });
    }
  }

  destroy(): void {
    this.#detachOverlay();
    this.#renderer.kill();
  }

  #edgeVisible(edge: string): boolean {
    if (this.#selected === null) return true;
    const [a, b] = this.#graph.extremities(edge);
    return a === this.#selected || b === this.#selected;
  }

  #fill(data: GraphDto, filtered: boolean): void {
    const positions = layoutGraph(data.nodes, data.edges);
    mark('graph-laid-out');
    // A new graph handed over whole: filling the displayed one would fire one sigma update per node.
    const graph = new UndirectedGraph();
    for (const node of data.nodes) {
      const at = positions.get(node.id)!;
      graph.addNode(node.id, { x: at.x, y: at.y, size: nodeSize(node), color: TYPE_COLOURS[node.type], label: node.name, kind: node.type });
    }
    for (const edge of data.edges) {
      graph.addEdge(edge.source, edge.target, { ...edgeStyle(edge), hedged: edge.hedged, contested: edge.contested, grade: edge.grade, predicates: edge.predicates });
    }
    this.#graph = graph;
    if (this.#selected !== null && !graph.hasNode(this.#selected)) this.#selected = null;
    clear(this.#status);
    this.#status.append(
      `${data.nodes.length} entities · ${data.edges.length} links`,
      data.omittedNodes > 0 ? ` · ${data.omittedNodes} least-connected entities not drawn` : '',
      data.nodes.length === 0 ? (filtered ? ' · nothing matches these filters' : ' · no links in this case yet: add articles in the Documents view') : '',
    );
    // Small cases can afford every label; large ones show only the hubs' until the user zooms in.
    this.#renderer.setSetting('labelRenderedSizeThreshold', data.nodes.length <= 150 ? 0 : 7);
    this.#renderer.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
    this.#renderer.setGraph(graph);   // re-indexes and renders synchronously
    mark('graph-rendered');
    if (data.nodes.length > 0) window.__dossierFirstRenderMs ??= performance.now();
  }
}
