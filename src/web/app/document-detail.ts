import type { DocumentDetail } from './api.js';
import { entityLink, predicateText } from './assertion-card.js';
import { append, el, highlighted } from './dom.js';
import { detailHref } from './router.js';

/**
 * The article as text, with the evidence being checked marked in place (or, with nothing to
 * check, every claim's evidence lightly marked). The text is split into text nodes around each
 * mark, so markup written in an article is shown as characters and never parsed.
 */
export function renderDocumentDetail(root: HTMLElement, detail: DocumentDetail, focus: { start: number; end: number } | null): void {
  const d = detail.document;
  const ranges = focus !== null ? [{ ...focus, className: 'evidence current' }] : detail.claims.map((c) => ({ ...c.evidence, className: 'evidence' }));
  const text = el('div', { className: 'doc-text' });
  text.append(highlighted(d.text, ranges));
  const meta = [d.outlet, d.published ? `published ${d.published}${d.publishedFrom && d.publishedFrom !== 'manifest' ? ` (from ${d.publishedFrom})` : ''}` : 'date unknown', d.name].filter((x): x is string => Boolean(x));
  append(root,
    el('section', { className: 'document-detail', dataset: { document: d.id } },
      el('h2', {}, d.title ?? d.name),
      el('p', { className: 'muted' }, meta.join(' · '), d.url ? el('span', {}, ' · ', el('a', { href: d.url, attrs: { rel: 'noopener noreferrer nofollow', target: '_blank' } }, 'original')) : null),
      detail.duplicates.length > 0 ? el('p', { className: 'tag' }, `Near-duplicate of ${detail.duplicates.length} other document(s): not an independent origin`) : null,
      text,
      el('h3', {}, `Claims in this document (${detail.claims.length})`),
      el('ul', { className: 'doc-claims' }, ...detail.claims.map((c) =>
        el('li', {},
          el('p', { className: 'triple' }, entityLink(c.subject), ' ', el('span', { className: 'predicate' }, c.negated ? `NOT ${predicateText(c.predicate)}` : predicateText(c.predicate)), ' ', entityLink(c.object)),
          el('p', { className: 'who' }, 'according to ', el('strong', { className: 'source' }, c.source.label), c.hedged ? el('span', { className: 'tag hedged' }, 'hedged') : null,
            ' ', el('a', { href: detailHref({ doc: d.id, start: c.evidence.start, end: c.evidence.end }) }, 'mark in text')),
        ))),
    ),
  );
  text.querySelector('mark.current')?.scrollIntoView({ block: 'center' });
}
