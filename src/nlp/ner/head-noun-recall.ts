import { make, type Candidate } from './candidate.js';
import { coveredOffsets, type PlacedCandidate } from './document-consistency.js';
import type { TaggerToken } from './tagger-tokens.js';

// "The Ravandar Liberation Front … the Front's fighters": after "the", the capitalised last word of a
// group the article has named stands for that group, even when it is a common word ("Front",
// "Council", "Brigade") that the tagger and the untagged-name recall rightly leave alone elsewhere.
// Only a head word one group of the article ends with counts; two groups ending in "Front" make
// "the Front" ambiguous, and it is left unnamed.
const NAME_SHAPE = /^\p{Lu}[\p{Ll}'’-]{2,}$/u;
const ARTICLE = /^the$/i;
const PARTICLES = new Set(['de', 'du', 'des', 'del', 'della', 'do', 'da', 'dos', 'das', 'of', 'al', 'el', 'la']);

/** Candidates for head-word short forms of the article's group names, linked to the name they shorten. */
export function recallHeadNouns(text: string, sentences: readonly (readonly TaggerToken[])[], placed: readonly PlacedCandidate[]): PlacedCandidate[] {
  const byHead = new Map<string, PlacedCandidate | null>();
  for (const p of placed) {
    if (p.candidate.type !== 'organization') continue;
    const words = p.text.split(/\s+/);
    if (words.length < 2) continue;
    // English names end in their head ("the Red Valley Front"); names built head-first with a particle
    // start with it ("Gardiens du Fleuve", "Forces de défense …", "Army of the South").
    const heads = [words[words.length - 1]!];
    if (PARTICLES.has(words[1]!)) heads.push(words[0]!);
    for (const head of heads) {
      if (!NAME_SHAPE.test(head)) continue;
      const earlier = byHead.get(head);
      byHead.set(head, earlier === undefined || earlier?.text === p.text ? p : null);
    }
  }
  if (byHead.size === 0) return [];
  // "the Courier" after "The Brellin Courier", tagged a place, a person, a miscellaneous name or a group of its own:
  // the same short form, retyped and linked.
  for (const p of placed) {
    const full = byHead.get(p.text);
    const c = p.candidate;
    if (!full || full === p || c.listed || c.antecedent || c.last - c.first !== 1) continue;
    const sentence = sentences.find((s) => s[0]!.sentenceIndex === p.sentenceIndex);
    if (sentence === undefined || c.first === 0 || !ARTICLE.test(sentence[c.first - 1]!.text)) continue;
    c.type = 'organization';
    c.antecedent = full.candidate;
  }
  const covered = coveredOffsets(placed);
  const added: PlacedCandidate[] = [];
  for (const tokens of sentences) {
    for (let i = 1; i < tokens.length; i++) {
      const t = tokens[i]!;
      const full = byHead.get(t.text);
      if (!full || covered.has(t.start) || !ARTICLE.test(tokens[i - 1]!.text)) continue;
      // "the Front Line", "the Front Office": a capitalised word after it makes another name.
      if (/^\p{Lu}/u.test(tokens[i + 1]?.text ?? '')) continue;
      const candidate: Candidate = { ...make(tokens, i, i + 1, 'organization', 'pattern/head-noun-short-form'), antecedent: full.candidate };
      added.push({ candidate, text: text.slice(candidate.start, candidate.end), sentenceIndex: t.sentenceIndex });
    }
  }
  return added;
}
