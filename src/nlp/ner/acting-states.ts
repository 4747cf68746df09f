import { isDemonym } from '../lexicon/index.js';
import { make, type Candidate } from './candidate.js';
import type { TaggerToken } from './tagger-tokens.js';

// "an Iranian-backed militia", "under Pakistani patronage": a national adjective that stands for the
// state acting names the country (GUIDELINES, "States and adjectives"); resolution maps the adjective
// to the country's entity. One that only describes people ("Iranian troops") names nothing and is left alone.
const BACKING = /^(backed|sponsored|funded|financed|supported|armed|trained|equipped|aligned|allied|controlled|directed|created|installed|brokered)$/i;
const PATRONAGE = /^(patronage|sponsorship|protection|backing|tutelage|auspices|control)$/i;

/** Adds a place candidate for each national adjective that stands for its state acting. */
export function findActingStates(tokens: readonly TaggerToken[], out: Candidate[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i]!.text;
    if (!/^\p{Lu}/u.test(word) || !isDemonym(word)) continue;
    const next = tokens[i + 1];
    const hyphenated = next !== undefined && /^[-\u2010\u2011]$/.test(next.text) && next.start === tokens[i]!.end && BACKING.test(tokens[i + 2]?.text ?? '');
    const under = tokens[i - 1]?.text.toLowerCase() === 'under' && PATRONAGE.test(next?.text ?? '');
    if (!hyphenated && !under) continue;
    // A MISC span over the adjective gives way; a name that includes it ("Iranian Guard") stays.
    const over = out.filter((c) => c.first <= i && c.last > i);
    if (over.some((c) => c.type !== 'misc' || c.last - c.first > 1)) continue;
    for (const c of over) out.splice(out.indexOf(c), 1);
    out.push(make(tokens, i, i + 1, 'location', 'pattern/acting-state'));
  }
}
