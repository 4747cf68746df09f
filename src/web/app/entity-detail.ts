import type { Assertion, EntityDetail } from './api.js';
import { assertionCard, entityLink } from './assertion-card.js';
import { contradictionCard } from './contradictions-view.js';
import { append, el } from './dom.js';

export function renderEntityDetail(root: HTMLElement, detail: EntityDetail): void {
  const e = detail.entity;
  const shown = detail.assertions.items.length;
  append(root,
    el('section', { className: 'entity-detail', dataset: { entity: e.id } },
      el('h2', {}, e.name, ' ', el('span', { className: `type-badge type-${e.type}` }, e.type)),
      aliasesOf(e).length > 0 ? el('p', { className: 'aliases' }, 'Also written: ', aliasesOf(e).join(' · ')) : null,
      el('p', { className: 'muted' }, `${e.mentions} mentions in ${e.documents} document${e.documents === 1 ? '' : 's'} · ${e.claims} claims`),
      e.merges.length > 0
        ? el('details', { className: 'merges' }, el('summary', {}, `Why these names are one entity (${e.merges.length})`), el('ul', {}, ...e.merges.map((m) => el('li', {}, el('code', {}, m.rule), ' ', m.detail))))
        : null,
      detail.contradictions.length > 0
        ? el('section', { className: 'contradictions' }, el('h3', {}, `Contradictions (${detail.contradictions.length})`), ...detail.contradictions.map(contradictionCard))
        : null,
      el('h3', {}, `Assertions (${detail.assertions.total})`, shown < detail.assertions.total ? el('span', { className: 'muted' }, ` — strongest ${shown} shown`) : ''),
      detail.assertions.total === 0 ? el('p', { className: 'muted' }, 'No claim links this entity to another.') : null,
      ...detail.assertions.items.map(assertionCard),
    ),
  );
}

function aliasesOf(e: { readonly name: string; readonly aliases: readonly string[] }): string[] {
  return [...new Set(e.aliases)].filter((alias) => alias !== e.name);
}

/** What one link of the network stands for: every assertion between the two entities, denials included. */
export function renderLinkDetail(root: HTMLElement, assertions: readonly Assertion[]): void {
  const first = assertions[0];
  append(root,
    el('section', { className: 'link-detail' },
      first ? el('h2', {}, entityLink(first.subject), ' — ', entityLink(first.object)) : el('h2', {}, 'Link'),
      el('p', { className: 'muted' }, `${assertions.length} assertion${assertions.length === 1 ? '' : 's'} between these two, strongest first.`),
      ...[...assertions].sort((a, b) => b.origins - a.origins || b.documents - a.documents).map(assertionCard),
    ),
  );
}
