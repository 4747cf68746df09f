import type { Mention, Token } from '../../core/index.js';

// "the Orvanian border town of …": a nationality adjective of a place the article names ("Orvania",
// "Haut-Orvan") is no entity, though no list knows it; the tagger reads it as the place. A one-word
// place mention is such an adjective when, stripped of a nationality ending, it is the start of a
// place named in the same article, and once at least it qualifies a lower-case noun.
const ENDING = /(ian|ean|an|n|i|ese|ish|ite)$/;
const MIN_STEM = 4;
const PLACE_ENDING = /^(a|ia|ya|iya|e|stan|istan|land)$/;

/** True when `word` reads as the nationality adjective of `place` ("Orvanian" / "Orvania", "Haldari" / "Haldariya"). */
export function isDemonymOf(word: string, place: string): boolean {
  if (word === place || word.length < MIN_STEM + 1) return false;
  // "Jalvar" / "Jalvarstan": the bare stem of a -stan or -land name is its adjective.
  if (place.startsWith(word) && /^(stan|istan|land)$/.test(place.slice(word.length))) return true;
  for (const ending of ['ian', 'ean', 'an', 'n', 'i', 'ese', 'ish', 'ite']) {
    if (!word.endsWith(ending)) continue;
    const stem = word.slice(0, -ending.length);
    if (stem.length < MIN_STEM) continue;
    // The place is the stem, or the stem with a place ending: "Haldari" / "Haldar-iya", "Orvanian" / "Orvan-ia".
    if (place === stem || (place.startsWith(stem) && PLACE_ENDING.test(place.slice(stem.length)))) return true;
  }
  return false;
}

/** Drops one-word place mentions that are nationality adjectives of places named in the same document. */
export function dropLocalDemonyms(text: string, tokens: readonly Token[], mentions: readonly Mention[]): Mention[] {
  const placeWords = new Set<string>();
  for (const m of mentions) if (m.type === 'location') for (const w of m.text.split(/[\s\-‐‑]+/)) if (w.length >= MIN_STEM) placeWords.add(w);
  const startIndex = new Map(tokens.map((t, i) => [t.start, i]));
  const adjectival = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'location' || /\s/.test(m.text) || !ENDING.test(m.text)) continue;
    const i = startIndex.get(m.start);
    const next = i === undefined ? undefined : tokens[i + 1];
    if (next !== undefined && /^\p{Ll}+$/u.test(next.text) && (next.pos === 'NOUN' || next.pos === 'ADJ')) adjectival.add(m.text);
  }
  const demonyms = new Set([...adjectival].filter((word) => [...placeWords].some((place) => isDemonymOf(word, place))));
  const kept = demonyms.size === 0 ? [...mentions] : mentions.filter((m) => !demonyms.has(m.text));
  // A state acting is often typed a group by the tagger ("Orvania accused …"): any one-word name may give the adjective of a body.
  const nameWords = new Set([...placeWords, ...mentions.filter((m) => !/\s/.test(m.text) && m.text.length >= MIN_STEM).map((m) => m.text)]);
  return [...kept, ...localNationalBodies(text, tokens, kept, nameWords)].sort((a, b) => a.start - b.start || a.end - b.end);
}

// "the Belmaran army": a state's body named by a nationality adjective no list knows (findNationalBodies reads the listed ones).
const BODY = /^(army|military|navy|police|gendarmerie)$/;
// "the Varesk foreign ministry": a ministry is named by the state's name itself as often as by its adjective.
const PORTFOLIO = /^(foreign|defence|defense|interior|finance|justice|information|security|home)$/;

function localNationalBodies(text: string, tokens: readonly Token[], mentions: readonly Mention[], placeWords: ReadonlySet<string>): Mention[] {
  const added: Mention[] = [];
  for (let i = 1; i + 1 < tokens.length; i++) {
    const word = tokens[i]!;
    const ministry = PORTFOLIO.test(tokens[i + 1]!.text) && tokens[i + 2]?.text === 'ministry';
    const body = ministry ? tokens[i + 2]! : tokens[i + 1]!;
    if (tokens[i - 1]!.text.toLowerCase() !== 'the' || (!ministry && !BODY.test(body.text)) || !/^\p{Lu}\p{Ll}+$/u.test(word.text)) continue;
    if (mentions.some((m) => m.start < body.end && word.start < m.end && m.type !== 'location')) continue;
    if (![...placeWords].some((place) => isDemonymOf(word.text, place) || (ministry && place === word.text))) continue;
    added.push({ id: `${mentions[0]?.docId ?? 'd'}:${word.start}-${body.end}`, docId: mentions[0]?.docId ?? 'd', start: word.start, end: body.end, text: text.slice(word.start, body.end), type: 'organization', sentenceIndex: word.sentenceIndex, rule: 'pattern/national-body' });
  }
  return added;
}
