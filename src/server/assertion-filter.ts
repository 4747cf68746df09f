import type { Assertion, TimelineItem } from '../analysis/index.js';
import type { CaseView } from './case-view.js';
import type { AssertionFilter } from './query-schemas.js';

/** Assertions that pass every filter the request gives; with none, all of them. */
export function filterAssertions(view: CaseView, filter: AssertionFilter): readonly Assertion[] {
  const base = filter.entity === undefined ? view.analysis.assertions : (view.assertionsByEntity.get(filter.entity) ?? []);
  if (!hasFilters(filter)) return base;
  const predicates = filter.predicate ? new Set<string>(filter.predicate) : null;
  const source = filter.source?.toLowerCase() ?? null;
  return base.filter(
    (a) =>
      a.origins >= filter.minOrigins &&
      (predicates === null || predicates.has(a.predicate)) &&
      (source === null || (view.sourceKeys.get(a.id) ?? '').includes(source)) &&
      (filter.from === undefined && filter.to === undefined ? true : a.mentions.some((m) => overlaps(m.date?.value ?? m.published, filter.from, filter.to))),
  );
}

export function filterTimeline(view: CaseView, filter: AssertionFilter): readonly TimelineItem[] {
  const predicates = filter.predicate ? new Set<string>(filter.predicate) : null;
  const source = filter.source?.toLowerCase() ?? null;
  return view.analysis.timeline.filter((item) => {
    const assertion = item.assertionId === null ? undefined : view.assertionById.get(item.assertionId);
    if (filter.entity !== undefined && ![item.entity?.id, item.subject?.id, item.object?.id].includes(filter.entity)) return false;
    if (predicates !== null && (item.predicate === null || !predicates.has(item.predicate))) return false;
    if (filter.minOrigins > 1 && (assertion?.origins ?? 0) < filter.minOrigins) return false;
    if (source !== null && !item.evidence.some((m) => `${m.sourceLabel}\n${m.docName}`.toLowerCase().includes(source))) return false;
    return overlaps(item.date, filter.from, filter.to);
  });
}

function hasFilters(f: AssertionFilter): boolean {
  return f.minOrigins > 1 || f.predicate !== undefined || f.source !== undefined || f.from !== undefined || f.to !== undefined;
}

/**
 * Partial dates are ranges: "2021" runs from 2021-01-01 to 2021-12-31, so a claim dated "2021"
 * falls within a filter "from 2021-06". Undated items pass only when no range is asked for.
 */
export function overlaps(date: string | null, from: string | undefined, to: string | undefined): boolean {
  if (from === undefined && to === undefined) return true;
  if (date === null) return false;
  return (from === undefined || endOf(date) >= startOf(from)) && (to === undefined || startOf(date) <= endOf(to));
}

const startOf = (d: string): string => (d + '-01-01').slice(0, 10);
const endOf = (d: string): string => (d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d);
