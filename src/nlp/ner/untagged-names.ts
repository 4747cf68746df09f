import { findArmedGroup, isCommonWord, isDemonym, isNameParticle } from '../lexicon/index.js';
import { make, type Candidate, type CandidateType } from './candidate.js';
import { coveredOffsets, type PlacedCandidate } from './document-consistency.js';
import type { TaggerToken } from './tagger-tokens.js';

// A name the tagger leaves untagged in one sentence ("a diplomat in Tengrik who …") is often plain
// from its surroundings or from the rest of the article. One word, capitalised inside a sentence,
// that no dictionary lists as a common word, is taken as a name when:
// - the document names the same word elsewhere: it takes that type (one name, one type per article);
// - it is on the UN list of armed groups: a group (the list is a prior, the tagger saw no name);
// - it follows a preposition of place ("in", "near", "across"): a place.
const PLACE_PREPOSITION = /^(in|near|outside|across|around|into|towards|toward|inside)$/;
// One word, or capitalised words joined by hyphens ("Dolan-Varvan").
const NAME_SHAPE = /^\p{Lu}\p{Ll}{2,}(-\p{Lu}\p{Ll}+)*$/u;
// Capitalised words that name no entity and that the word lists keep apart from common words.
const CALENDAR = /^(January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Ramadan|Eid)$/;

/** Adds candidates for one-word names the tagger missed, by the rules above; returns the new ones. */
export function recallUntaggedNames(text: string, sentences: readonly (readonly TaggerToken[])[], placed: readonly PlacedCandidate[]): PlacedCandidate[] {
  const named = new Map<string, CandidateType>();
  const adjectives = new Set<string>();
  for (const p of placed) {
    if (p.candidate.type === 'misc') adjectives.add(p.text);
    else if (!named.has(p.text)) named.set(p.text, p.candidate.type);
  }
  const covered = coveredOffsets(placed);
  const added: PlacedCandidate[] = [];
  for (const tokens of sentences) {
    for (let i = 1; i < tokens.length; i++) {
      const t = tokens[i]!;
      // Cheap tests first: most tokens are lower case, covered, or next to another capitalised word
      // (part of a longer name the tagger judged, not a lone one); the word lists are read last.
      if (!NAME_SHAPE.test(t.text) || covered.has(t.start)) continue;
      if (NAME_SHAPE.test(tokens[i - 1]!.text) || /^\p{Lu}/u.test(tokens[i + 1]?.text ?? '')) continue;
      if (CALENDAR.test(t.text) || adjectives.has(t.text) || isCommonWord(t.text) || isDemonym(t.text) || isNameParticle(t.text.toLowerCase())) continue;
      const type = typeOfUntagged(tokens, i, named);
      if (type === null) continue;
      const candidate: Candidate = make(tokens, i, i + 1, type.type, type.rule);
      added.push({ candidate, text: text.slice(candidate.start, candidate.end), sentenceIndex: t.sentenceIndex });
    }
  }
  return added;
}

function typeOfUntagged(tokens: readonly TaggerToken[], i: number, named: ReadonlyMap<string, CandidateType>): { type: CandidateType; rule: Candidate['rule'] } | null {
  const word = tokens[i]!.text;
  const known = named.get(word);
  if (known !== undefined) return { type: known, rule: 'pattern/document-consistency' };
  if (findArmedGroup(word) !== null) return { type: 'organization', rule: 'gazetteer/untagged-group' };
  // "across the Dolan-Varvan": the article may stand between.
  const preposition = tokens[i - 1]!.text === 'the' ? tokens[i - 2]?.text ?? '' : tokens[i - 1]!.text;
  if (PLACE_PREPOSITION.test(preposition)) return { type: 'location', rule: 'pattern/untagged-place' };
  return null;
}
