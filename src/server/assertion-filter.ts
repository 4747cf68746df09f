import type { TimelineItem } from '../analysis/index.js';
import { endOfPartialDate as endOf, startOfPartialDate as startOf } from '../store/index.js';
import type { CaseView } from './case-view.js';
import type { AssertionFilter } from './query-schemas.js';

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

/**
 * Partial dates are ranges: "2021" runs from 2021-01-01 to 2021-12-31, so a claim dated "2021"
 * falls within a filter "from 2021-06". Undated items pass only when no range is asked for.
 */
export function overlaps(date: string | null, from: string | undefined, to: string | undefined): boolean {
  if (from === undefined && to === undefined) return true;
  if (date === null) return false;
  return (from === undefined || endOf(date) >= startOf(from)) && (to === undefined || startOf(date) <= endOf(to));
}
