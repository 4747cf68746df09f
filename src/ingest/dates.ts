import type { PartialDate } from '../core/index.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const pad = (n: number): string => String(n).padStart(2, '0');
const monthOf = (word: string): number => MONTHS.indexOf(word.slice(0, 3).toLowerCase()) + 1;

/** Accepts YYYY, YYYY-MM, YYYY-MM-DD or a full ISO timestamp; returns the partial date, or null. */
export function parsePartialDate(value: string): PartialDate | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(value.trim());
  if (!match) return null;
  const [, year, month, day] = match;
  if (month && (Number(month) < 1 || Number(month) > 12)) return null;
  if (day && (Number(day) < 1 || Number(day) > 31)) return null;
  return [year, month, day].filter(Boolean).join('-');
}

const DAY_MONTH_YEAR = /\b(\d{1,2})(?:st|nd|rd|th)?\s+(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?,?\s+(\d{4})\b/i;
const MONTH_DAY_YEAR = /\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/i;
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/;

/** Reads a date written the ways datelines write it: "12 March 2026", "Mar 12, 2026", "2026-03-12". */
export function parseWrittenDate(text: string): PartialDate | null {
  let m = ISO.exec(text);
  if (m) return parsePartialDate(`${m[1]}-${m[2]}-${m[3]}`);
  m = DAY_MONTH_YEAR.exec(text);
  if (m) return `${m[3]}-${pad(monthOf(m[2]!))}-${pad(Number(m[1]))}`;
  m = MONTH_DAY_YEAR.exec(text);
  if (m) return `${m[3]}-${pad(monthOf(m[1]!))}-${pad(Number(m[2]))}`;
  return null;
}

// A dateline names itself; a date elsewhere in the text is an event's, not the publication's.
const DATELINE = /^[ \t]*(?:published|posted|first published|updated|last updated|date)\s*(?:on|:)?\s*[:\-–]?\s*(.{6,60})$/gim;

/** Finds the publication date in a "Published: …" / "Last Updated: …" line; the first published line wins over updates. */
export function findDateline(text: string): PartialDate | null {
  const head = text.slice(0, 4000);
  let updated: PartialDate | null = null;
  for (let m = DATELINE.exec(head); m; m = DATELINE.exec(head)) {
    const date = parseWrittenDate(m[1]!);
    if (!date) continue;
    if (/^\s*(?:last\s+)?updated/i.test(m[0])) updated ??= date;
    else { DATELINE.lastIndex = 0; return date; }
  }
  DATELINE.lastIndex = 0;
  return updated;
}
