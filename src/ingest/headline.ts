/**
 * What a document is called when it does not say so in markup: its first headline-like line. Scraped text often
 * opens with page furniture (a dateline "Published: 03:49 PM, 27 February 2026", a breadcrumb "Home > News > …",
 * a byline), and a report named by that tells the analyst nothing.
 */

const HEADLINE_MAX_CHARS = 160;
const HEADLINE_MAX_WORDS = 25;
/** How far into the text a headline may sit: past a few lines of furniture, a line is body text. */
const LINES_SEARCHED = 6;
/** A lead sentence standing in for a missing headline is cut at a word near this length. */
const LEAD_MAX_CHARS = 120;

const DATELINE_WORDS = /^(published|updated|posted|last updated|first published|date|modified)\b/i;
const BREADCRUMB = /\s[>›»]\s|^home\s*[/|>›»]/i;
const BYLINE = /^[Bb]y\s+\p{Lu}/u;
// Months, weekdays, clock words and numbers: a line made only of these is a date or a time, not a title.
const DATE_TOKEN = /^(\d+(st|nd|rd|th)?|[ap]\.?m\.?|gmt|utc|ist|jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?|mon(day)?|tue(sday)?|wed(nesday)?|thu(rsday)?|fri(day)?|sat(urday)?|sun(day)?)$/i;

function words(line: string): string[] {
  return line.split(/[\s,.:/|–—-]+/).filter((w) => w !== '');
}

/** Whether a line reads as a title: short, not a dateline, breadcrumb or byline, not a sentence of body text. */
export function isHeadlineLike(line: string): boolean {
  const text = line.trim();
  if (text.length < 3 || text.length > HEADLINE_MAX_CHARS) return false;
  if (DATELINE_WORDS.test(text) || BREADCRUMB.test(text) || BYLINE.test(text)) return false;
  const tokens = words(text);
  // One word ("OPINION", "Analysis") is a section kicker; so is a shouted label with a bar ("INSTITUTE | BRIEFING").
  if (tokens.length < 2 || tokens.length > HEADLINE_MAX_WORDS) return false;
  if (text.includes('|') && isShouted(text)) return false;
  if (tokens.every((w) => DATE_TOKEN.test(w))) return false;
  if (!/\p{L}/u.test(text)) return false;
  // Body text ends its sentences; headlines mostly do not. A very short line ending in a full stop ("Troops withdraw.") still passes.
  return !(/[.;:,]$/.test(text) && tokens.length > 3);
}

const isShouted = (line: string): boolean => !/\p{Ll}/u.test(line);

/** The first `count` non-empty lines, trimmed, read without splitting the whole text (exports ask once per footnote). */
function firstLines(text: string, count: number): string[] {
  const lines: string[] = [];
  for (let at = 0; at <= text.length && lines.length < count;) {
    const end = text.indexOf('\n', at);
    const line = text.slice(at, end < 0 ? text.length : end).trim();
    if (line !== '') lines.push(line);
    if (end < 0) break;
    at = end + 1;
  }
  return lines;
}

/**
 * The first headline-like line among the first few lines, passing over the outlet's own name and, when a headline in
 * ordinary case follows, an all-capitals letterhead ("GENERAL COMMAND OF THE ARMY"); failing that, the lead sentence
 * shortened at a word, so the document is still named by what it says. Null for text with no words.
 */
export function headlineOf(text: string, outlet: string | null = null): string | null {
  const lines = firstLines(text, LINES_SEARCHED);
  const candidates = lines.filter((l) => isHeadlineLike(l) && l.toLowerCase() !== outlet?.trim().toLowerCase());
  const headline = candidates.find((l) => !isShouted(l)) ?? candidates[0];
  if (headline) return headline;
  const lead = lines.find((l) => !DATELINE_WORDS.test(l) && !BREADCRUMB.test(l) && !BYLINE.test(l) && /\p{L}/u.test(l));
  if (!lead) return null;
  const sentence = /^.+?[.!?](?=\s|$)/u.exec(lead)?.[0] ?? lead;
  if (sentence.length <= LEAD_MAX_CHARS) return sentence;
  const cut = sentence.slice(0, LEAD_MAX_CHARS);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), LEAD_MAX_CHARS / 2)).replace(/[\s,;:–—-]+$/, '')}…`;
}

/** The document's own title when it reads as one, else its first headline-like line. */
export function bestTitle(title: string | null | undefined, text: string, outlet: string | null = null): string | null {
  const given = title?.trim();
  return given && isHeadlineLike(given) ? given : headlineOf(text, outlet);
}
