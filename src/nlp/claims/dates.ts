import * as chrono from 'chrono-node';
import type { ClaimDate } from '../../core/index.js';

/** A date stated (or resolved) in one sentence, with its character range in the document. */
export interface DateMention {
  readonly start: number;
  readonly end: number;
  readonly date: ClaimDate;
  /** Read through a reference back ("in that report", "the same day"): it dates the whole sentence. */
  readonly reference?: boolean;
}

// chrono is by far the slowest step of extraction, so it only sees sentences with a date-like word.
const DATE_HINT = /\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|(?:1[89]|20)\d\d|ago|last|yesterday|decade|years?|months?|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
const BARE_YEAR = /(?<![\d,.\-/])\b(1[89]\d\d|20\d\d)\b(?!s\b|[\d\-/])/g;
const LATER = /\b(a|one|two|three|four|five|six|seven|eight|nine|ten|\d+) (?:(?:full|good|whole|nearly|almost|about|some) )?(decades?|years?) (later|earlier|before|after)\b/i;
const BACK_REFERENCE = /\b(?:that|the same|the following|the next) (?:day|week|month|year)\b|\blater that\b/i;
const DURATION = /\b(years|months|weeks|days|decades)\b/i;
const MONTH_WORD = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/;
const NUMBER_WORDS: Readonly<Record<string, number>> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

const pad = (n: number): string => String(n).padStart(2, '0');

/** The reference instant for a publication date of any precision (YYYY, YYYY-MM, YYYY-MM-DD). */
export function referenceDate(published: string | null): Date | null {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(published ?? '');
  if (!m) return null;
  return new Date(Date.UTC(Number(m[1]), m[2] ? Number(m[2]) - 1 : 6, m[3] ? Number(m[3]) : 15, 12));
}

/** What a sentence's dates are read against. */
export interface DateContext {
  readonly published: Date | null;
  /** The last date of the previous sentence: "that year", "in the video", a narrative's bare months. */
  readonly previous: ClaimDate | null;
  /** The first date of the previous sentence, the event it told: what "The attack …" there was dated. */
  readonly previousEvent?: ClaimDate | null;
  /** Every date of the previous sentence: "Three days later, …" counts from the first one that names a day. */
  readonly previousDates?: readonly ClaimDate[];
  /** The last date of the few sentences before: "soon after", "by this time", "a decade later". */
  readonly narrative: ClaimDate | null;
  /**
   * Whether a weekday alone ("on Sunday", "last Tuesday") names a day: only when the piece's own day is
   * known, as in wire copy, where the weekday is how the event is dated; it is then the last such day
   * on or before publication.
   */
  readonly weekdays?: boolean;
  /**
   * Without a publication date, the latest year an earlier sentence stated ("On 10 March 2027 …"): a
   * bare "10 March" further on takes that year rather than none.
   */
  readonly storyYear?: ClaimDate | null;
  /** chrono's readings so far in this document (see ChronoCache); without it every call parses. */
  readonly chronoCache?: ChronoCache;
}

/**
 * chrono's reading of a sentence against a reference instant, kept for one document: a sentence is
 * read for its own claims and again, alone, as the context of the next one, and chrono is the slowest
 * step of dating. Make one per document; the results are only read, never changed.
 */
export type ChronoCache = Map<string, chrono.ParsedResult[]>;

function parseWithCache(text: string, ref: Date | null, cache: ChronoCache | undefined): chrono.ParsedResult[] {
  const parse = (): chrono.ParsedResult[] => chrono.parse(text, ref ? { instant: ref, timezone: 0 } : new Date(0));
  if (!cache) return parse();
  const key = `${ref ? ref.getTime() : '-'}|${text}`;
  let results = cache.get(key);
  if (!results) cache.set(key, (results = parse()));
  return results;
}

// "In the video, …", "that report": a document or event the previous sentence dated.
const DOCUMENT_REFERENCE = /\b(?:in|during) the (?:video|report|interview|speech|statement|meeting)\b|\b(?:that|this|the same) (?:report|video|interview|speech|statement|document|meeting|raid|attack|operation)\b/i;
// "The assault on Osk was led by …", "… was seized in the raid": an event the sentence before told and dated.
const EVENT_REFERENCE = /^\W*(?:the|during the|in the) (?:attack|assault|raid|ambush|strike|bombing|offensive|massacre)\b|\b(?:in|during) the (?:attack|assault|raid|ambush|strike|bombing)\b/i;
// Narrative time: the year the story is at.
const NARRATIVE_REFERENCE = /\b(?:soon|shortly) after(?:wards)?\b|\bby (?:this|that) time\b|\bby then\b|\bat (?:the|that) time\b|\b(?:that|the same|later that) year\b/i;
const SAME_DAY = /\b(?:the same|that) day\b/i;

/** Whether a sentence needs the narrative date (so the caller looks back only when it must). */
export const needsNarrative = (text: string): boolean => LATER.test(text) || OPENING_OFFSET.test(text) || EVENT_REFERENCE.test(text) || NARRATIVE_REFERENCE.test(text) || SAME_DAY.test(text) || BACK_REFERENCE.test(text) || DOCUMENT_REFERENCE.test(text);

/**
 * Dates in one sentence, resolved against the publication date at the precision the text gives:
 * "13 May 2015" → 2015-05-13; "in March" in a July 2025 article → 2025-03 (stated: false); "the 2020
 * arrest" → 2020; "by August that year" → the month in the year of the date before; "a decade later"
 * → ten years after the narrative's date; "soon after", "by this time" → the narrative's year; "in the
 * video" → the date the previous sentence gave the video. A weekday alone ("on Tuesday") dates the
 * report rather than the event and is left out.
 */
export function findDates(text: string, offset: number, context: DateContext): DateMention[] {
  const { published, previous, narrative } = context;
  const cued = previous !== null || narrative !== null;
  if (!DATE_HINT.test(text) && !(cued && needsNarrative(text))) return [];
  const out: DateMention[] = [];
  // A bare month takes its year from a reference back ("by August that year") or, in a narrative,
  // from the year the previous sentence states ("In May 2015 … between mid-May and early June").
  const anchor = BACK_REFERENCE.test(text) ? previous ?? narrative : previous?.stated ? previous : published ? null : context.storyYear ?? null;
  const ref = anchor ? new Date(Date.UTC(Number(anchor.value.slice(0, 4)), 6, 1)) : published;
  const later = LATER.exec(text);
  const base = narrative ?? previous;
  if (later && base) {
    const n = NUMBER_WORDS[later[1]!.toLowerCase()] ?? Number(later[1]);
    const years = /^decade/i.test(later[2]!) ? 10 * n : n;
    // "A decade later, …" and "A decade after the war, …" move forward; "…, a decade after the
    // Front had formed" and "two years earlier" reach back to the earlier event.
    const forward = /later/i.test(later[3]!) || (/after/i.test(later[3]!) && later.index === 0);
    const year = Number(base.value.slice(0, 4)) + (forward ? years : -years);
    out.push(mentionAt(offset, later.index, later[0], { value: String(year), precision: 'year', stated: false, text: later[0] }));
  }
  const dateline = DATELINE.exec(text)?.[0].length ?? 0;
  // chrono reads "the night of 11 September 2023" as tonight; blanked to the same length, offsets hold.
  const plain = text.replace(PART_OF_DAY, (m) => ' '.repeat(m.length));
  for (const r of parseWithCache(plain, ref, context.chronoCache)) {
    // The dateline's day is when the piece was filed, not when anything in it happened.
    if (r.index < dateline) continue;
    // "over the last few years" is a span, not a date; "two years ago" counts back from publication.
    if (DURATION.test(r.text)) {
      const ago = published && AGO.test(r.text) ? agoDate(r, published, /\bthis (week|month)\b/i.test(text.slice(r.index, r.index + r.text.length + 11))) : null;
      if (ago) out.push(mentionAt(offset, r.index, r.text, ago));
      continue;
    }
    const date = isWeekdayOnly(r) ? (context.weekdays && published ? weekdayBefore(r, published) : null) : anchor ? fromAnchor(r, anchor, published, text) : toClaimDate(r, ref, false);
    if (date) out.push(mentionAt(offset, r.index, r.text, date));
  }
  BARE_YEAR.lastIndex = 0;
  for (let m = BARE_YEAR.exec(text); m; m = BARE_YEAR.exec(text)) {
    const at = offset + m.index;
    if (out.some((d) => d.start <= at && at < d.end)) continue;
    out.push({ start: at, end: at + 4, date: { value: m[1]!, precision: 'year', stated: true, text: m[1]! } });
  }
  const shifted = shiftedDate(text, offset, out) ?? offsetFromPrevious(text, offset, context.previousDates ?? []);
  if (shifted) out.splice(0, out.length, ...out.filter((d) => d.end <= shifted.start || d.start >= shifted.end), shifted);
  if (out.length === 0) out.push(...referencedDates(text, offset, previous, narrative, context.previousEvent ?? null));
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The day a wire piece was filed, from its dateline ("BRELL, 20 May (AP) —"): what "this Tuesday" and
 * "last month" count from when the piece ran later elsewhere. Null without a dateline, or when the
 * dateline's day is after publication or more than a year before it.
 */
export function filedDate(text: string, published: Date | null): Date | null {
  // A headline may stand above the dateline.
  const head = text.slice(0, 600);
  const at = head.search(DATELINE_LINE);
  const line = at < 0 ? null : DATELINE.exec(head.slice(at).replace(/^\n/, ''));
  if (!line || !published) return null;
  const r = chrono.parse(line[0], { instant: published, timezone: 0 })[0];
  if (!r || !r.start.isCertain('day') || !r.start.isCertain('month')) return null;
  let year = r.start.isCertain('year') ? r.start.get('year')! : published.getUTCFullYear();
  let day = new Date(Date.UTC(year, r.start.get('month')! - 1, r.start.get('day')!, 12));
  if (!r.start.isCertain('year') && day.getTime() > published.getTime() + 86_400_000) day = new Date(Date.UTC(--year, r.start.get('month')! - 1, r.start.get('day')!, 12));
  const back = published.getTime() - day.getTime();
  return back >= -86_400_000 && back <= 366 * 86_400_000 ? day : null;
}

// "captured him on Monday, four days after the Front ambushed a convoy": the clause after the offset
// happened that long before (or after) the date the sentence gave first.
const OFFSET = /\b(a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+) (days?|weeks?|months?) (after|before|earlier|later)\b/i;
const OFFSET_NUMBERS: Readonly<Record<string, number>> = { ...NUMBER_WORDS, eleven: 11, twelve: 12 };

function shiftedDate(text: string, offset: number, found: readonly DateMention[]): DateMention | null {
  const m = OFFSET.exec(text);
  if (!m) return null;
  const base = found.filter((d) => d.start < offset + m.index).pop()?.date;
  return base ? shiftBy(m, m.index, base, offset) : null;
}

// "Three days later, troops arrested …": a sentence that opens by counting on from the story's last
// event counts from the first date of the sentence before that is precise enough for the unit (a day
// for days and weeks, a month for months): the event that sentence told, not a later "since 2016" or
// a name like "the April 12 Movement". It dates the whole sentence, as an opening date does.
const OPENING_OFFSET = /^\W*(a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+) (days?|weeks?|months?) (earlier|later)\b/i;
function offsetFromPrevious(text: string, offset: number, previous: readonly ClaimDate[]): DateMention | null {
  const m = OPENING_OFFSET.exec(text);
  if (!m) return null;
  const monthly = /^month/i.test(m[2]!);
  const base = previous.find((d) => d.precision === 'day' || (monthly && d.precision === 'month'));
  const shifted = base ? shiftBy(m, m[0].length - m[0].replace(/^\W*/, '').length, base, offset) : null;
  return shifted ? { ...shifted, reference: true } : null;
}

// Groups of `m`: the count, the unit, the direction; `index` is where the phrase starts in the sentence.
function shiftBy(m: RegExpExecArray, index: number, base: ClaimDate, offset: number): DateMention | null {
  const phrase = m[0].slice(index - m.index);
  const n = OFFSET_NUMBERS[m[1]!.toLowerCase()] ?? Number(m[1]);
  const unit = m[2]!.toLowerCase().replace(/s$/, '');
  const sign = /^(after|earlier)$/i.test(m[3]!) ? -1 : 1;
  const [y, mo, d] = base.value.split('-').map(Number) as [number, number?, number?];
  if (unit === 'month') {
    if (mo === undefined) return null;
    const t = new Date(Date.UTC(y, mo - 1 + sign * n, 1));
    return mentionAt(offset, index, phrase, { value: `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}`, precision: 'month', stated: false, text: phrase });
  }
  if (d === undefined) return null;
  const t = new Date(Date.UTC(y, mo! - 1, d + sign * n * (unit === 'week' ? 7 : 1)));
  return mentionAt(offset, index, phrase, { value: `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`, precision: 'day', stated: false, text: phrase });
}

const AGO = /\bago\b/i;
const PART_OF_DAY = /\b(?:night|morning|evening|afternoon|early hours) of\b/gi;
const DATELINE_LINE = /(?:^|\n)\s*\p{Lu}[\p{Lu}'’. -]+, /u;
// "OSKTOWN, Oct 14 (Newswire) -", "BRELL, Alder, 20 May (AP).—", "GASSOULÉ, …": a wire dateline at the head of the text.
const DATELINE = /^\s*\p{Lu}[\p{Lu}'’. -]+,(?: [\p{L}'’. -]+,)? (?:[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2} [A-Z][a-z]{2,8}\.?)(?: \([^)]{1,40}\))?\.? ?[-—–]/u;

// "two years ago" names a year, "three months ago" a month, "five days ago" a day: the precision the unit gives.
// "two years ago this week" names the month as well.
function agoDate(r: chrono.ParsedResult, published: Date, thisMonth: boolean): ClaimDate | null {
  const unit = DURATION.exec(r.text)![1]!.toLowerCase();
  if (unit === 'decades') return null;
  const again = chrono.parse(r.text, { instant: published, timezone: 0 })[0];
  if (!again) return null;
  const s = again.start;
  const [y, m, d] = [s.get('year')!, s.get('month')!, s.get('day')!];
  if (unit === 'years' && !thisMonth) return { value: String(y), precision: 'year', stated: false, text: r.text };
  if (unit === 'months' || unit === 'years') return { value: `${y}-${pad(m)}`, precision: 'month', stated: false, text: r.text };
  return { value: `${y}-${pad(m)}-${pad(d)}`, precision: 'day', stated: false, text: r.text };
}

const isWeekdayOnly = (r: chrono.ParsedResult): boolean => r.start.isCertain('weekday') && !r.start.isCertain('day') && !r.start.isCertain('month') && !r.start.isCertain('year');

// News tells what happened: "on Sunday" is the last Sunday on or before the day of publication,
// "last Sunday" the one before that when publication falls on a Sunday; "next Sunday" is no event yet.
function weekdayBefore(r: chrono.ParsedResult, published: Date): ClaimDate | null {
  if (/\bnext\b/i.test(r.text)) return null;
  const weekday = r.start.get('weekday')!;
  let back = (published.getUTCDay() - weekday + 7) % 7;
  if (back === 0 && /\blast\b/i.test(r.text)) back = 7;
  const day = new Date(published.getTime() - back * 86_400_000);
  return { value: `${day.getUTCFullYear()}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())}`, precision: 'day', stated: false, text: r.text };
}

function mentionAt(offset: number, index: number, text: string, date: ClaimDate): DateMention {
  return { start: offset + index, end: offset + index + text.length, date };
}

// A sentence with no date of its own may point at one: "in the video" (the previous sentence's),
// "soon after" (the narrative's year), "the same day" (the narrative's day).
function referencedDates(text: string, offset: number, previous: ClaimDate | null, narrative: ClaimDate | null, previousEvent: ClaimDate | null): DateMention[] {
  const doc = DOCUMENT_REFERENCE.exec(text);
  if (doc && previous) return [referenceAt(offset, doc.index, doc[0], { ...previous, stated: false, text: doc[0] })];
  const event = EVENT_REFERENCE.exec(text);
  if (event && previousEvent) return [referenceAt(offset, event.index, event[0], { ...previousEvent, stated: false, text: event[0] })];
  const day = SAME_DAY.exec(text);
  if (day && narrative) return [referenceAt(offset, day.index, day[0], { ...narrative, stated: false, text: day[0] })];
  const story = NARRATIVE_REFERENCE.exec(text);
  if (story && narrative) return [referenceAt(offset, story.index, story[0], { value: narrative.value.slice(0, 4), precision: 'year', stated: false, text: story[0] })];
  return [];
}

const referenceAt = (offset: number, index: number, text: string, date: ClaimDate): DateMention => ({ ...mentionAt(offset, index, text, date), reference: true });

// With an anchor, only a bare month takes the anchor's year. "Last month" and "yesterday" still count
// from the day the piece appeared, and "the next day" needs a day to count from: after "in January"
// it names no date at all.
const RELATIVE_WORD = /\b(ago|last|yesterday|today|tomorrow|next|this)\b/i;
function fromAnchor(r: chrono.ParsedResult, anchor: ClaimDate, published: Date | null, sentence: string): ClaimDate | null {
  // chrono's match starts after "the" ("next day"), so the back reference is read around it.
  const around = sentence.slice(Math.max(0, r.index - 14), r.index + r.text.length + 6);
  if (BACK_REFERENCE.test(around)) {
    if (anchor.precision !== 'day') return null;
    const day = referenceDate(anchor.value);
    const counted = chrono.parse(r.text, { instant: day!, timezone: 0 })[0];
    return counted ? toClaimDate(counted, day, true) : null;
  }
  if (!RELATIVE_WORD.test(r.text)) return toClaimDate(r, new Date(Date.UTC(Number(anchor.value.slice(0, 4)), 6, 1)), true);
  const again = published ? chrono.parse(r.text, { instant: published, timezone: 0 })[0] : undefined;
  return again ? toClaimDate(again, published, false) : null;
}

function toClaimDate(r: chrono.ParsedResult, ref: Date | null, viaBackReference: boolean): ClaimDate | null {
  const s = r.start;
  const month = MONTH_WORD.exec(r.text);
  if (month && !/[A-Z]/.test(r.text.slice(month.index, month.index + 1)) && !/\d/.test(r.text)) return null;
  const yearKnown = s.isCertain('year');
  const monthKnown = s.isCertain('month');
  const dayKnown = s.isCertain('day');
  if (!yearKnown && !monthKnown) return null;
  if (!yearKnown && !ref) return null;
  let year = s.get('year')!;
  const m = s.get('month')!;
  // A bare month in news is usually past: "in December", written in July, means last December.
  if (!yearKnown && !viaBackReference && ref && (year > ref.getUTCFullYear() || (year === ref.getUTCFullYear() && m > ref.getUTCMonth() + 2))) year -= 1;
  const relative = /\b(ago|last|yesterday|today|tomorrow|next|this)\b/i.test(r.text);
  // Without a publication date, "last month" has nothing to count from.
  if (relative && !ref) return null;
  const stated = yearKnown && !relative;
  if (dayKnown) return { value: `${year}-${pad(m)}-${pad(s.get('day')!)}`, precision: 'day', stated, text: r.text };
  if (monthKnown) return { value: `${year}-${pad(m)}`, precision: 'month', stated, text: r.text };
  return { value: String(year), precision: 'year', stated, text: r.text };
}
