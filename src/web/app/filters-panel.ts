import type { Filters } from './api.js';
import { clear, el } from './dom.js';

// Kept across view switches: the analyst who narrowed the network to one source expects the
// timeline to be narrowed the same way.
const state: Filters = { predicate: [], source: '', from: '', to: '', minOrigins: 1 };

const PREDICATES = ['leader_of', 'member_of', 'part_of', 'sponsors', 'allied_with', 'hostile_to', 'attacked', 'arrested', 'supplied', 'operates_in', 'located_in', 'relative_of'] as const;
const PARTIAL_DATE = '\\d{4}(-\\d{2}(-\\d{2})?)?';

export function currentFilters(): Filters {
  return { ...state, predicate: [...state.predicate] };
}

/** Draws the filter controls; `onChange` runs after each change (debounced for typing). Null hides them. */
export function renderFilters(root: HTMLElement, onChange: (() => void) | null): void {
  clear(root);
  if (onChange === null) {
    root.append(el('p', { className: 'muted' }, 'Filters apply to the network and the timeline.'));
    return;
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const changed = (delayMs: number): void => {
    clearTimeout(timer);
    timer = setTimeout(onChange, delayMs);
  };
  const predicateBoxes = PREDICATES.map((p) =>
    el('label', { className: 'check' },
      el('input', { type: 'checkbox', attrs: { name: 'predicate', value: p, ...(state.predicate.includes(p) ? { checked: '' } : {}) }, on: {
        change: (e) => {
          const box = e.target as HTMLInputElement;
          state.predicate = box.checked ? [...state.predicate, p] : state.predicate.filter((x) => x !== p);
          changed(0);
        },
      } }),
      ` ${p.replace(/_/g, ' ')}`),
  );
  const text = (name: 'source' | 'from' | 'to', label: string, placeholder: string, pattern?: string): HTMLElement => {
    const input = el('input', { type: 'text', attrs: { name, placeholder, value: state[name], 'aria-label': label, ...(pattern ? { pattern } : {}) }, on: {
      input: () => {
        if (!input.checkValidity()) return;
        state[name] = input.value;
        changed(300);
      },
    } });
    return el('label', { className: 'field' }, el('span', {}, label), input);
  };
  const minOrigins = el('input', { type: 'number', attrs: { name: 'minOrigins', min: '1', max: '50', value: String(state.minOrigins), 'aria-label': 'Minimum independent origins' }, on: {
    input: () => {
      const n = Number(minOrigins.value);
      if (!Number.isInteger(n) || n < 1) return;
      state.minOrigins = n;
      changed(200);
    },
  } });
  root.append(
    el('h2', {}, 'Filters'),
    el('fieldset', {}, el('legend', {}, 'Predicate'), ...predicateBoxes),
    text('source', 'Source', 'outlet, person, “officials”…'),
    el('div', { className: 'row' }, text('from', 'From', 'YYYY-MM', PARTIAL_DATE), text('to', 'To', 'YYYY-MM', PARTIAL_DATE)),
    el('label', { className: 'field' }, el('span', {}, 'Min. independent origins'), minOrigins),
    el('button', { type: 'button', className: 'link', on: { click: () => {
      Object.assign(state, { predicate: [], source: '', from: '', to: '', minOrigins: 1 });
      renderFilters(root, onChange);
      onChange();
    } } }, 'Clear filters'),
  );
}
