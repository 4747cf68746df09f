import type { Contradiction } from './api.js';
import { mentionItem, tripleLine } from './assertion-card.js';
import { append, clear, el } from './dom.js';

const KIND_TEXT: Readonly<Record<Contradiction['kind'], string>> = {
  negation: 'asserted and denied',
  incompatible: 'incompatible relations',
  date: 'different dates for one event',
};

export function contradictionCard(c: Contradiction): HTMLElement {
  return el('article', { className: `contradiction kind-${c.kind}`, dataset: { contradiction: c.id } },
    el('p', { className: 'grade' }, el('span', { className: 'badge contested' }, KIND_TEXT[c.kind]), c.timing === 'undated' ? ' · at least one side undated' : c.timing === 'overlapping' ? ' · dates overlap' : ''),
    el('p', { className: 'muted' }, c.summary),
    el('div', { className: 'sides' }, ...c.sides.map((side) =>
      el('section', { className: 'side' },
        tripleLine(side),
        el('p', { className: 'muted' }, `${side.origins} independent origin${side.origins === 1 ? '' : 's'}`, side.date ? ` · dated ${side.date.value}` : ''),
        el('ul', { className: 'mentions' }, ...side.evidence.map(mentionItem)),
      ))),
  );
}

export function renderContradictions(root: HTMLElement, items: readonly Contradiction[]): void {
  clear(root);
  append(root,
    el('h2', {}, `Contradictions (${items.length})`),
    el('p', { className: 'muted' }, 'Claims in the case that cannot all be true as stated. Both sides are shown with their sources; dossier does not pick one.'),
    items.length === 0 ? el('p', {}, 'None found.') : null,
    el('div', { className: 'scroll' }, ...items.map(contradictionCard)),
  );
}
