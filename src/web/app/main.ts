import { api } from './api.js';
import { renderContradictions } from './contradictions-view.js';
import { renderDocumentDetail } from './document-detail.js';
import { renderDocumentList } from './documents-view.js';
import { clear, el } from './dom.js';
import { renderEntityDetail, renderLinkDetail } from './entity-detail.js';
import { exportMenu } from './export-menu.js';
import { currentFilters, renderFilters } from './filters-panel.js';
import { NetworkView } from './network-view.js';
import { currentRoute, hrefFor, type ViewName } from './router.js';
import { renderSearchResults } from './search-results.js';
import { renderTimeline } from './timeline-view.js';

const viewRoot = document.getElementById('view')!;
const detailRoot = document.getElementById('detail')!;
const filtersRoot = document.getElementById('filters')!;
const searchInput = document.getElementById('search') as HTMLInputElement;
let network: NetworkView | null = null;
let shownView: ViewName | null = null;
let shownDetail: string | null = null;

async function showView(view: ViewName): Promise<void> {
  for (const tab of document.querySelectorAll<HTMLAnchorElement>('.tabs a')) tab.classList.toggle('active', tab.dataset.view === view);
  if (view === shownView) return;
  shownView = view;
  network?.destroy();
  network = null;
  clear(viewRoot);
  viewRoot.dataset.view = view;
  if (view === 'network') {
    const mounted = await NetworkView.mount(
      viewRoot,
      (id) => (location.hash = hrefFor('network', { entity: id })),
      (a, b) => (location.hash = hrefFor('network', { link: a, with: b })),
      () => (location.hash = hrefFor('network')),
    );
    network = mounted;
    renderFilters(filtersRoot, () => void mounted.reload(currentFilters()));
    await mounted.reload(currentFilters());
  } else {
    renderFilters(filtersRoot, view === 'timeline' ? () => void showTimeline() : null);
    if (view === 'timeline') await showTimeline();
    if (view === 'contradictions') renderContradictions(viewRoot, (await api.contradictions()).items);
    if (view === 'documents') await showDocuments();
  }
}

async function showDocuments(): Promise<void> {
  await renderDocumentList(viewRoot, async () => (await api.documents()).items, () => void showCaseSummary());
}

async function showTimeline(): Promise<void> {
  const { items, total } = await api.timeline(currentFilters());
  renderTimeline(viewRoot, items, total);
}

async function showDetail(params: URLSearchParams): Promise<void> {
  const key = params.toString();
  if (key === shownDetail) return;
  shownDetail = key;
  const entity = params.get('entity');
  const doc = params.get('doc');
  const q = params.get('q');
  const link = params.get('link');
  const other = params.get('with');
  clear(detailRoot);
  // Only an entity in the route keeps one highlighted; anything else shows the whole network again.
  if (!entity) network?.focus(null);
  if (link && other) {
    renderLinkDetail(detailRoot, (await api.link(link, other)).items);
  } else if (entity) {
    renderEntityDetail(detailRoot, await api.entity(entity));
    network?.focus(entity);
  } else if (doc) {
    const start = Number(params.get('start') ?? NaN);
    const end = Number(params.get('end') ?? NaN);
    renderDocumentDetail(detailRoot, await api.document(doc), Number.isFinite(start) && Number.isFinite(end) ? { start, end } : null);
  } else if (q) {
    searchInput.value = q;
    renderSearchResults(detailRoot, q, await api.search(q));
  } else {
    detailRoot.append(el('p', { className: 'muted hint' }, 'Click an entity in the network, or search, to see what is claimed about it, by whom, and where.'));
  }
}

async function onRoute(): Promise<void> {
  const route = currentRoute();
  try {
    await showView(route.view);
    await showDetail(route.params);
  } catch (err) {
    shownDetail = null;
    clear(detailRoot);
    detailRoot.append(el('p', { className: 'error', role: 'alert' }, err instanceof Error ? err.message : String(err)));
  }
}

document.getElementById('search-form')!.addEventListener('submit', (event) => {
  event.preventDefault();
  const q = searchInput.value.trim();
  if (q) location.hash = `#/${currentRoute().view}?${new URLSearchParams({ q }).toString()}`;
});

window.addEventListener('hashchange', () => void onRoute());
async function showCaseSummary(): Promise<void> {
  const s = await api.caseSummary();
  document.getElementById('case-summary')!.textContent = `${s.documents} documents · ${s.entities} entities · ${s.claims} claims · ${s.assertions} assertions · ${s.contradictions} contradictions`;
}

document.querySelector('.top')!.append(exportMenu());
void showCaseSummary();
void onRoute();
