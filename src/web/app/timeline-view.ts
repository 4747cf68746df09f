import type { TimelineItem } from './api.js';
import { entityLink, predicateText, sourceLabel } from './assertion-card.js';
import { append, clear, el } from './dom.js';
import { detailHref } from './router.js';

/** Dated claims and events grouped by year; a date filled in from the publication date says so. */
export function renderTimeline(root: HTMLElement, items: readonly TimelineItem[], total: number): void {
  clear(root);
  const byYear = new Map<string, TimelineItem[]>();
  for (const item of items) {
    const year = item.date.slice(0, 4);
    (byYear.get(year) ?? byYear.set(year, []).get(year)!).push(item);
  }
  append(root,
    el('h2', {}, `Timeline (${total})`, items.length < total ? el('span', { className: 'muted' }, ` — the first ${items.length} shown; narrow the dates or filters to see the rest`) : ''),
    items.length === 0 ? el('p', { className: 'muted' }, 'No dated claims match these filters.') : null,
    el('div', { className: 'scroll timeline' }, ...[...byYear].map(([year, list]) =>
      el('section', { className: 'year' }, el('h3', {}, year), el('ol', {}, ...list.map(timelineRow))))),
  );
}

function timelineRow(item: TimelineItem): HTMLElement {
  const first = item.evidence[0];
  const what = item.subject && item.object && item.predicate
    ? el('span', {}, entityLink(item.subject), ' ', el('span', { className: 'predicate' }, item.negated ? `NOT ${predicateText(item.predicate)}` : predicateText(item.predicate)), ' ', entityLink(item.object))
    : item.entity ? el('span', {}, entityLink(item.entity), ' ', item.label) : el('span', {}, item.label);
  return el('li', { className: `timeline-item kind-${item.kind}` },
    el('time', { attrs: { datetime: item.date } }, item.date), item.stated ? '' : el('span', { className: 'tag', title: 'year or month taken from the publication date' }, 'inferred'),
    ' ', what,
    first ? el('p', { className: 'who muted' }, `“${item.dateText}” — according to `, sourceLabel(first), ', ',
      el('a', { href: detailHref({ doc: first.docId, start: first.evidence.start, end: first.evidence.end }) }, first.docName),
      item.documents > 1 ? ` and ${item.documents - 1} more document(s)` : '') : null,
  );
}
