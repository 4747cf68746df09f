import { findCountry, isCommonWord, isDemonym } from '../lexicon/index.js';
import { make, type Candidate } from './candidate.js';
import type { TaggerToken } from './tagger-tokens.js';

// Collective bodies news names by who leads them: "the Saudi-led coalition", "a US-led force".
const COLLECTIVE = /^(coalition|alliance|bloc|force|forces|mission)$/i;
// Backing is said of any armed body ("Iran-backed forces", a description, not a name); only a coalition
// or an alliance is named by its sponsor as by its leader.
const BACKED_COLLECTIVE = /^(coalition|alliance|bloc)$/i;
const LEADING = /^led$/i;
const BACKING = /^(backed|funded|sponsored)$/i;
// Words that may stand between "-led" and the noun: "the US-led international coalition".
const QUALIFIER = /^(international|multinational|military|naval|regional|western|arab|global|joint|peacekeeping|security)$/i;
const DASH = /^[-\u2010\u2011]$/;
const ACRONYM = /^(\p{Lu}\.?){2,5}$/u;
// A word of a name: capitalised, and no dictionary word a sentence's first word would be ("Army-led").
const NAME_WORD = /^\p{Lu}[\p{Ll}'’]+$/u;

/**
 * "the Saudi-led coalition", "the Ostrani-led alliance", "the Brell-backed coalition" are the coalition,
 * not the place Ostrani: what leads or backs it, joined by a dash to "led"/"backed" before a collective
 * noun, names one body, typed as an organisation, and any shorter candidate inside it gives way. What
 * leads may be a state, a national adjective or an acronym the lexicon knows, or one or two capitalised
 * words that are no dictionary words (a state or a person the lexicon does not know). The leader itself
 * is added back as a mention of its own once the document's names are settled (coalition-leaders.ts).
 */
export function findLedCoalitions(tokens: readonly TaggerToken[], out: Candidate[]): void {
  for (let i = 1; i + 2 < tokens.length; i++) {
    const participle = tokens[i + 1]!.text;
    const led = LEADING.test(participle);
    if (!DASH.test(tokens[i]!.text) || !(led || BACKING.test(participle)) || tokens[i]!.start !== tokens[i - 1]!.end) continue;
    const first = leaderStart(tokens, i);
    if (first < 0) continue;
    let noun = i + 2;
    while (noun < tokens.length && noun - i <= 4 && QUALIFIER.test(tokens[noun]!.text)) noun++;
    if (noun >= tokens.length || !(led ? COLLECTIVE : BACKED_COLLECTIVE).test(tokens[noun]!.text)) continue;
    const inside = out.filter((c) => c.first >= first && c.last <= noun + 1);
    if (out.some((c) => !inside.includes(c) && c.first <= noun && c.last > first)) continue;
    for (const c of inside) out.splice(out.indexOf(c), 1);
    out.push(make(tokens, first, noun + 1, 'organization', 'pattern/led-coalition'));
  }
}

// Where the leader's name starts, the dash being at `dash`; -1 when the word before it names nothing.
function leaderStart(tokens: readonly TaggerToken[], dash: number): number {
  const word = tokens[dash - 1]!.text;
  if (isDemonym(word) || findCountry(word) !== null || ACRONYM.test(word)) return dash - 1;
  if (!NAME_WORD.test(word) || isCommonWord(word)) return -1;
  // "the Ilsa Varn-led coalition": a capitalised name word right before belongs to the name.
  const before = tokens[dash - 2];
  const joined = before !== undefined && NAME_WORD.test(before.text) && !isCommonWord(before.text) && before.end < tokens[dash - 1]!.start;
  return joined ? dash - 2 : dash - 1;
}
