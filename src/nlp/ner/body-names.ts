import { isCommonWord, isDemonym } from '../lexicon/index.js';
import { make, type Candidate } from './candidate.js';
import type { TaggerToken } from './tagger-tokens.js';

// Bodies named after their state or ruler, which the tagger reads as the place or person alone:
// "the Government of Ostria" (a body, by the guidelines an organisation, not the country) and
// "the Varn regime". The span grows to the body's name; the place or person inside it is dropped.

const GOVERNMENT = /^(Government|Govt)$/;
const GOVERNMENT_QUALIFIER = /^(Federal|Interim|Transitional|National|Provisional|Regional|Central)$/;
// Beings of faith are no people in our sense: "God willing", "Allah".
const DEITY = /^(God|Allah|Jesus|Christ|Lord)$/;

/** Widens candidates to the bodies named after them, and drops deities. */
export function findBodyNames(tokens: readonly TaggerToken[], out: Candidate[]): void {
  for (let i = out.length - 1; i >= 0; i--) {
    const c = out[i]!;
    if (c.last - c.first === 1 && DEITY.test(tokens[c.first]!.text) && (c.type === 'person' || c.type === 'location')) out.splice(i, 1);
  }
  for (let i = 0; i < out.length; i++) {
    const c = out[i]!;
    // A misc reading too: "the Tesvar regime" looks like "the Syrian regime" to the adjective rule.
    if (c.type !== 'location' && c.type !== 'person' && c.type !== 'organization' && c.type !== 'misc') continue;
    // "the Government of Ostria", "the Federal Government of Ostria".
    if (c.type === 'misc' && tokens[c.last]?.text !== 'regime') continue;
    if (c.type === 'location' && tokens[c.first - 1]?.text === 'of' && GOVERNMENT.test(tokens[c.first - 2]?.text ?? '')) {
      const first = GOVERNMENT_QUALIFIER.test(tokens[c.first - 3]?.text ?? '') ? c.first - 3 : c.first - 2;
      out[i] = make(tokens, first, c.last, 'organization', 'pattern/government-of');
      removeInside(out, out[i]!);
      continue;
    }
    // "the Varn regime": the ruler's name and "regime" name the ruling body.
    const demonym = c.last - c.first === 1 && isDemonym(tokens[c.first]!.text);
    if (tokens[c.last]?.text === 'regime' && !demonym && !c.listed) {
      out[i] = make(tokens, c.first, c.last + 1, 'organization', 'pattern/regime');
    }
  }
  addUntaggedRegimes(tokens, out);
}

/** "the Tesvar regime" where the tagger saw no name: a capitalised word no dictionary lists, between "the" and "regime". */
function addUntaggedRegimes(tokens: readonly TaggerToken[], out: Candidate[]): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const word = tokens[i]!.text;
    if (tokens[i + 1]!.text !== 'regime' || tokens[i - 1]!.text !== 'the' || !/^\p{Lu}\p{Ll}+$/u.test(word) || isCommonWord(word) || isDemonym(word)) continue;
    if (out.some((c) => c.first <= i && c.last > i)) continue;
    out.push(make(tokens, i, i + 2, 'organization', 'pattern/regime'));
  }
}

function removeInside(out: Candidate[], body: Candidate): void {
  for (let k = out.length - 1; k >= 0; k--) if (out[k] !== body && out[k]!.first >= body.first && out[k]!.last <= body.last) out.splice(k, 1);
}
