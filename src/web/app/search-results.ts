import type { SearchHit } from './api.js';
import { entityLink } from './assertion-card.js';
import { append, el, highlighted } from './dom.js';
import { detailHref } from './router.js';

export function renderSearchResults(root: HTMLElement, query: string, hit: SearchHit): void {
  append(root,
    el('section', { className: 'search-results' },
      el('h2', {}, 'Results for ', el('q', {}, query)),
      el('h3', {}, `Entities (${hit.entities.length})`),
      hit.entities.length === 0 ? el('p', { className: 'muted' }, 'No entity by that name or alias.') : null,
      el('ul', { className: 'entity-hits' }, ...hit.entities.map((e) =>
        el('li', {}, entityLink(e), el('span', { className: 'muted' }, ` ${e.type} · ${e.claims} claims · ${e.documents} documents`)))),
      el('h3', {}, `Documents (${hit.documents.length})`),
      el('ul', { className: 'document-hits' }, ...hit.documents.map((d) => {
        const snippet = d.snippet ? el('p', { className: 'snippet' }) : null;
        if (snippet && d.snippet) snippet.append('…', highlighted(d.snippet.text, [{ start: d.snippet.start, end: d.snippet.end, className: 'hit' }]), '…');
        return el('li', {}, el('a', { href: detailHref({ doc: d.id }) }, d.title ?? d.name), snippet);
      })),
    ),
  );
}
