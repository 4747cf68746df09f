import type { DocumentRef } from './api.js';
import { append, clear, el } from './dom.js';
import { detailHref } from './router.js';

export function renderDocumentList(root: HTMLElement, docs: readonly (DocumentRef & { readonly claims: number })[]): void {
  clear(root);
  append(root,
    el('h2', {}, `Documents (${docs.length})`),
    el('ul', { className: 'scroll documents' }, ...docs.map((d) =>
      el('li', {},
        el('a', { href: detailHref({ doc: d.id }) }, d.title ?? d.name),
        el('p', { className: 'muted' }, [d.outlet, d.published, d.name, `${d.claims} claims`].filter(Boolean).join(' · '))))),
  );
}
