// The URL hash holds the whole UI state (`#/network?entity=e-1`, `#/timeline?doc=…&start=…&end=…`),
// so a view can be bookmarked, reloaded, and driven by the browser tests through plain links.

export const VIEWS = ['network', 'timeline', 'contradictions', 'documents'] as const;
export type ViewName = (typeof VIEWS)[number];

export interface Route {
  readonly view: ViewName;
  readonly params: URLSearchParams;
}

export function currentRoute(): Route {
  const [path = '', query = ''] = location.hash.replace(/^#\/?/, '').split('?');
  const view = (VIEWS as readonly string[]).includes(path) ? (path as ViewName) : 'network';
  return { view, params: new URLSearchParams(query) };
}

export function hrefFor(view: ViewName, params: Record<string, string | number> = {}): string {
  const query = new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)])).toString();
  return `#/${view}${query ? `?${query}` : ''}`;
}

/** A link to show something in the detail panel while keeping the current main view. */
export function detailHref(params: Record<string, string | number>): string {
  return hrefFor(currentRoute().view, params);
}
