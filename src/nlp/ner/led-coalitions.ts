import { findCountry, isDemonym } from '../lexicon/index.js';
import { make, type Candidate } from './candidate.js';
import type { TaggerToken } from './tagger-tokens.js';

// Collective bodies news names by who leads them: "the Saudi-led coalition", "a US-led force".
const COLLECTIVE = /^(coalition|alliance|bloc|force|forces|mission)$/i;
// Words that may stand between "-led" and the noun: "the US-led international coalition".
const QUALIFIER = /^(international|multinational|military|naval|regional|western|arab|global|joint|peacekeeping|security)$/i;
const DASH = /^[-\u2010\u2011]$/;

/**
 * "the Ostrani-led coalition" is the coalition, not the place Ostrani: a state, a national adjective or
 * an acronym joined by "-led" to a collective noun names one body, typed as an organisation, and any
 * shorter candidate inside it gives way. A person's name before "-led" ("the Hasko-led militia") is left
 * to the person rule: that is a leader and a body, not one name.
 */
export function findLedCoalitions(tokens: readonly TaggerToken[], out: Candidate[]): void {
  for (let i = 1; i + 2 < tokens.length; i++) {
    if (!DASH.test(tokens[i]!.text) || tokens[i + 1]!.text.toLowerCase() !== 'led' || tokens[i]!.start !== tokens[i - 1]!.end) continue;
    const leader = tokens[i - 1]!.text;
    if (!(isDemonym(leader) || findCountry(leader) !== null || /^(\p{Lu}\.?){2,5}$/u.test(leader))) continue;
    let noun = i + 2;
    while (noun < tokens.length && noun - i <= 4 && QUALIFIER.test(tokens[noun]!.text)) noun++;
    if (noun >= tokens.length || !COLLECTIVE.test(tokens[noun]!.text)) continue;
    const first = i - 1;
    const inside = out.filter((c) => c.first >= first && c.last <= noun + 1);
    if (out.some((c) => !inside.includes(c) && c.first <= noun && c.last > first)) continue;
    for (const c of inside) out.splice(out.indexOf(c), 1);
    out.push(make(tokens, first, noun + 1, 'organization', 'pattern/led-coalition'));
  }
}
