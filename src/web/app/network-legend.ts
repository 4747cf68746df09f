import { el } from './dom.js';

/**
 * The key to the drawing, on the canvas where the reader looks: what node colours and edge styles mean, and a button
 * that fits the whole graph back into view after panning or zooming.
 */
export function networkLegend(onFit: () => void): HTMLElement {
  const item = (swatch: string, label: string, title: string): HTMLElement =>
    el('li', { title }, el('span', { className: `swatch ${swatch}`, attrs: { 'aria-hidden': 'true' } }), ` ${label}`);
  return el('aside', { className: 'network-legend', attrs: { 'aria-label': 'Legend' } },
    el('button', { type: 'button', className: 'fit', title: 'Fit the whole network in view', on: { click: onFit } }, 'Fit to view'),
    el('ul', { className: 'legend-nodes' },
      item('person', 'person', 'Node colour: a person'), item('organization', 'organization', 'Node colour: an organisation'),
      item('location', 'place', 'Node colour: a place'), item('event', 'event', 'Node colour: an event'), item('work', 'work', 'Node colour: a named work')),
    el('ul', { className: 'legend-edges' },
      item('edge-corroborated', 'corroborated', 'Dark, thicker line: two or more independent origins; thicker with more'),
      item('edge-single', 'single origin', 'Grey line: every mention traces back to one origin'),
      item('edge-hedged', 'hedged', 'Dashed line: the sources hedge it ("reportedly", "believed to")'),
      item('edge-contested', 'contested', 'Red line marked "!": another origin says the opposite')),
    el('p', { className: 'legend-hint muted' }, 'Labels: most central first; hover or zoom for the rest.'),
  );
}
