import type { Mention, Sentence } from '../../core/index.js';

// A news dateline opens a paragraph with the place the story was filed from, in capitals, and often
// its region: "OSK, Alder, May 3 (Wire) -", "PORT ALDER, Brell.—", "OSK (Wire) —", "OSK: …". A tagger
// trained on mixed-case text reads the capitals as anything; the convention itself says what they are.
const DATELINE = /^((?:\p{Lu}[\p{Lu}'’.-]*)(?:[ -](?:\p{Lu}[\p{Lu}'’.-]*|DE|DEL|LA|EL|AL|DA|DO|DOS))*)(?=\s*(?:,|\(|:|\s[—–-]|\.?[—–]))/u;
// The region after the first comma: capitalised words (with the particles names take), up to a comma,
// a bracket or a dash; a month or a number there is the date, not a region.
const REGION = /^,\s+((?:\p{Lu}[\p{L}'’-]*)(?:\s(?:\p{Lu}[\p{L}'’-]*|de|del|la|do|da|al|el))*)(?=\s*(?:,|\(|\.?\s?[—–-]|\.$))/u;
const DATELINE_END = /^(?:\s*\(|\s*[—–]|\s+-\s|\.\s?[—–-]|:\s|,\s+(?:\d{1,2}\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s*\d{0,4}\s*(?:\(|[—–-]|,))/;
const TITLE_CASE_DATELINE = /^(\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){0,2}),\s+(?:\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}),?\s+\d{4}\s*(?:\(|[—–-])/u;
// A byline on a line of its own: "By Tam Orlan, Brell", "By Ilsa Varn and Tam Hale, Port Alder".
const BYLINE = /^By\s+\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|and|de|da|al|el|bin|van|von))*,\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})\s*$/u;
const MONTH = /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?$/;
const NOT_PLACES = new Set(['PHOTO', 'VIDEO', 'UPDATE', 'BREAKING', 'EXCLUSIVE', 'ANALYSIS', 'OPINION', 'EDITORIAL', 'FILE', 'WATCH', 'LIVE', 'COMMENT', 'REVIEW', 'NOTE', 'CORRECTION']);

/**
 * Places named by a dateline at the start of a sentence, as location mentions that replace whatever
 * the tagger made of the same words. The city must be in capitals, as datelines print it, so a
 * sentence that merely opens with a name is left alone.
 * @example datelinePlaces('d', 'OSK, Alder, May 3 (Wire) - Rebels…', sentences) // OSK and Alder as locations
 */
export function datelinePlaces(docId: string, text: string, sentences: readonly Sentence[]): Mention[] {
  const out: Mention[] = [];
  for (const s of sentences) {
    const line = text.slice(s.start, Math.min(s.end, s.start + 160));
    // "Kelvara, 13 March 2027 (KANA) –": a city in title case at a line's start is a dateline only with a full date and an agency or dash after it.
    const atLineStart = s.start === 0 || text[s.start - 1] === '\n';
    // "By Tam Orlan, Brell": a byline gives the reporter and the place the story was filed from.
    const byline = atLineStart ? BYLINE.exec(line) : null;
    if (byline) { out.push(place(docId, text, s, byline.index + byline[0].length - byline[1]!.length, byline.index + byline[0].length)); continue; }
    const titled = atLineStart ? TITLE_CASE_DATELINE.exec(line) : null;
    if (titled) { out.push(place(docId, text, s, 0, titled[1]!.length)); continue; }
    const city = DATELINE.exec(line);
    if (!city || !/\p{Lu}{2}/u.test(city[1]!) || NOT_PLACES.has(city[1]!.replace(/[^\p{L}]/gu, ''))) continue;
    // A shouted headline is not a dateline: the capitals stop at the first comma, bracket or dash.
    if (city[1]!.split(/\s+/).length > 4) continue;
    const rest = line.slice(city[1]!.length);
    const region = REGION.exec(rest);
    const hasRegion = region !== null && !MONTH.test(region[1]!.split(' ')[0]!);
    // What follows must be a dateline's: an agency in brackets, a dash, a colon, or a date, after the
    // region if there is one. "NATO, the alliance, said …" and "JAR, known locally as …" are sentences.
    const after = hasRegion ? rest.slice(rest.indexOf(region![1]!) + region![1]!.length) : rest;
    if (!DATELINE_END.test(after)) continue;
    out.push(place(docId, text, s, 0, city[1]!.length));
    if (hasRegion) {
      const at = city[1]!.length + rest.indexOf(region![1]!);
      out.push(place(docId, text, s, at, at + region![1]!.length));
    }
  }
  return out;
}

function place(docId: string, text: string, s: Sentence, from: number, to: number): Mention {
  const start = s.start + from;
  const end = s.start + to;
  return { id: `${docId}:${start}-${end}`, docId, start, end, text: text.slice(start, end), type: 'location', sentenceIndex: s.index, rule: 'pattern/dateline' };
}

/** The mentions with dateline places put in, overlapping tagger mentions dropped. */
export function withDatelines(mentions: readonly Mention[], places: readonly Mention[]): Mention[] {
  if (places.length === 0) return [...mentions];
  const dropped = new Set(mentions.filter((m) => places.some((p) => m.start < p.end && p.start < m.end)).map((m) => m.id));
  const kept = mentions.filter((m) => !dropped.has(m.id)).map((m) => {
    if (m.antecedentId === undefined || !dropped.has(m.antecedentId)) return m;
    const { antecedentId: _gone, ...rest } = m;
    return rest;
  });
  return [...kept, ...places].sort((a, b) => a.start - b.start);
}
