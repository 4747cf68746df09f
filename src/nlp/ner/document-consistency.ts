import { isPlaceName, normalizeName } from '../lexicon/index.js';
import type { Candidate, CandidateType } from './candidate.js';

export interface PlacedCandidate {
  readonly candidate: Candidate;
  readonly text: string;
  readonly sentenceIndex: number;
}

const VOTING: ReadonlySet<CandidateType> = new Set(['person', 'organization', 'location', 'misc']);

/**
 * One name, one type per document (the "one sense per discourse" heuristic of Ratinov & Roth 2009):
 * a sentence-level tagger types "Balochistan" as a person in one odd sentence and a place in ten
 * others; the majority of the document's readings wins. A surname of a person named in full
 * elsewhere votes person. Names a reference list typed keep their type. MISC readings vote too,
 * so an adjective tagged ORG once and MISC thrice ("Baloch") is dropped. Returns the entities only.
 */
export function harmoniseTypes(placed: readonly PlacedCandidate[]): PlacedCandidate[] {
  const surnames = new Set<string>();
  for (const p of placed) {
    const words = p.text.split(/\s+/);
    if (p.candidate.type === 'person' && words.length > 1) surnames.add(normalizeName(words[words.length - 1]!));
  }
  const votes = new Map<string, Map<CandidateType, number>>();
  for (const p of placed) {
    if (!VOTING.has(p.candidate.type)) continue;
    const key = normalizeName(p.text);
    const tally = votes.get(key) ?? new Map<CandidateType, number>();
    tally.set(p.candidate.type, (tally.get(p.candidate.type) ?? 0) + (p.candidate.listed || p.candidate.contextCue !== undefined ? 3 : 1));
    votes.set(key, tally);
  }
  for (const key of surnames) {
    const tally = votes.get(key);
    if (tally) tally.set('person', (tally.get('person') ?? 0) + 2);
  }
  // "Tam Hale" after "Tam Orlan Hale": a name made only of words of a person's full name is that person.
  const personWords = placed.filter((p) => p.candidate.type === 'person' && p.text.includes(' ')).map((p) => new Set(normalizeName(p.text).split(' ')));
  // A name on the place lists votes location, as strongly as two sentences would; not an acronym
  // that spells a place's letters ("UN" is no town "Un"): countries written so are typed by the country list.
  const acronyms = new Set(placed.filter((p) => /^\p{Lu}{2,5}$/u.test(p.text)).map((p) => normalizeName(p.text)));
  for (const [key, tally] of votes) {
    const words = key.split(' ');
    if (words.length > 1 && personWords.some((set) => words.every((w) => set.has(w)) && set.size > words.length)) tally.set('person', (tally.get('person') ?? 0) + 2);
    if (isPlaceName(key) && !acronyms.has(key)) tally.set('location', (tally.get('location') ?? 0) + 2);
  }
  // A tie goes to the type of the name's first mention: articles introduce a name most plainly.
  const firstType = new Map<string, CandidateType>();
  for (const p of placed) if (VOTING.has(p.candidate.type) && !firstType.has(normalizeName(p.text))) firstType.set(normalizeName(p.text), p.candidate.type);
  const winner = new Map<string, CandidateType>();
  for (const [key, tally] of votes) {
    const ranked = [...tally].sort((a, b) => b[1] - a[1]);
    if (ranked.length < 2) continue;
    const tied = ranked.filter(([, n]) => n === ranked[0]![1]).map(([type]) => type);
    winner.set(key, tied.length === 1 ? tied[0]! : tied.includes(firstType.get(key)!) ? firstType.get(key)! : tied[0]!);
  }
  for (const p of placed) {
    const type = winner.get(normalizeName(p.text));
    if (type !== undefined && !p.candidate.listed && VOTING.has(p.candidate.type)) p.candidate.type = type;
  }
  for (const p of placed) if (p.candidate.antecedent && p.candidate.antecedent.type !== 'misc') p.candidate.type = p.candidate.antecedent.type;
  return placed.filter((p) => p.candidate.type !== 'misc');
}

/** Character offsets inside the placed candidates: a token is covered when its start is. */
export function coveredOffsets(placed: readonly PlacedCandidate[]): Set<number> {
  const covered = new Set<number>();
  for (const p of placed) for (let k = p.candidate.start; k < p.candidate.end; k++) covered.add(k);
  return covered;
}
