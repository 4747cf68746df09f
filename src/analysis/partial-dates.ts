import type { PartialDate } from '../core/index.js';

/** First and last day a partial date can mean, as yyyymmdd integers: "2025" is 20250101–20251231. */
export function dateRange(value: PartialDate): readonly [number, number] {
  const [year = '0', month, day] = value.split('-');
  const y = Number(year) * 10000;
  if (day !== undefined) return [y + Number(month) * 100 + Number(day), y + Number(month) * 100 + Number(day)];
  if (month !== undefined) return [y + Number(month) * 100 + 1, y + Number(month) * 100 + 31];
  return [y + 101, y + 1231];
}

/** Two dates agree when one refines the other: "2025" agrees with "2025-03", "2025-03" does not with "2025-05". */
export function areDatesCompatible(a: PartialDate, b: PartialDate): boolean {
  return a.startsWith(b) || b.startsWith(a);
}

export function doRangesOverlap(a: readonly [number, number], b: readonly [number, number]): boolean {
  return a[0] <= b[1] && b[0] <= a[1];
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/**
 * The date a named event carries in its name: "the 2008 Mumbai attacks" → 2008,
 * "the March 2024 Krasnogorsk attack" → 2024-03. Null when the name has no year.
 */
export function dateInName(name: string): { value: PartialDate; precision: 'year' | 'month'; text: string } | null {
  const withMonth = /\b(january|february|march|april|may|june|july|august|september|october|november|december)\s+((?:19|20)\d\d)\b/i.exec(name);
  if (withMonth) {
    const month = MONTHS.indexOf(withMonth[1]!.toLowerCase()) + 1;
    return { value: `${withMonth[2]}-${String(month).padStart(2, '0')}`, precision: 'month', text: withMonth[0] };
  }
  const year = /\b((?:19|20)\d\d)\b/.exec(name);
  return year ? { value: year[1]!, precision: 'year', text: year[0] } : null;
}

/** Orders partial dates chronologically, the less precise first on ties ("2025" before "2025-01"). */
export function compareDates(a: PartialDate, b: PartialDate): number {
  return dateSortKey(a) - dateSortKey(b);
}

/** One number that sorts like compareDates: first day, then precision (year < month < day). */
export function dateSortKey(value: PartialDate): number {
  return dateRange(value)[0] * 10 + value.length / 3;
}
