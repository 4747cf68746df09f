import type { GraphEdgeDto, GraphNodeDto } from './api.js';

// Colours are picked to stay apart for the common kinds of colour blindness (Okabe–Ito palette).
export const TYPE_COLOURS: Readonly<Record<GraphNodeDto['type'], string>> = {
  person: '#D55E00',
  organization: '#0072B2',
  location: '#009E73',
  event: '#E69F00',
  work: '#CC79A7',
};

export const CONTESTED_COLOUR = '#C0392B';

export function nodeSize(node: GraphNodeDto): number {
  return Math.min(18, 3 + 2.2 * Math.sqrt(node.degree));
}

/** Edge colour and width say how well supported a link is; hedging and contest are drawn by the overlay. */
export function edgeStyle(edge: GraphEdgeDto): { color: string; size: number } {
  const size = 0.6 + Math.min(edge.support, 5) * 0.5;
  if (edge.contested) return { color: CONTESTED_COLOUR, size };
  if (edge.support >= 2) return { color: '#333844', size };
  return { color: '#9AA0AA', size };
}

/** Who connects the network first (betweenness), then who has most links: the order in which labels are placed. */
export function centralityOf(node: GraphNodeDto): number {
  return Math.round(node.betweenness * 1e4) * 1e4 + Math.min(node.degree, 9999);
}
