import { isDemonym } from '../lexicon/index.js';
import { make, type Candidate } from './candidate.js';
import type { TaggerToken } from './tagger-tokens.js';

// "the 22nd Infantry Battalion", "the 4th Mechanised Division", "the 3rd Brigade": a numbered unit's
// name starts with its ordinal, which the tagger (whose CoNLL training rarely saw one) leaves out or
// reads as a separate word, and it may tag the rest MISC. An ordinal followed by capitalised words
// ending in a unit word is one organisation.
const ORDINAL = /^\d{1,3}(st|nd|rd|th)$/i;
const UNIT_HEAD = /^(Battalion|Brigade|Division|Regiment|Corps|Squadron|Company|Army|Fleet|Group|Wing|Command|Battery|Platoon|Detachment)$/;
const MAX_UNIT_WORDS = 4;

/** Replaces or adds candidates so each numbered unit is one organisation starting at its ordinal. */
export function findNumberedUnits(tokens: readonly TaggerToken[], out: Candidate[]): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!ORDINAL.test(tokens[i]!.text)) continue;
    let end = i + 1;
    let unitEnd = -1;
    while (end < tokens.length && end - i <= MAX_UNIT_WORDS && /^\p{Lu}\p{Ll}/u.test(tokens[end]!.text) && tokens[end]!.sentenceIndex === tokens[i]!.sentenceIndex) {
      if (UNIT_HEAD.test(tokens[end]!.text)) unitEnd = end + 1;
      end++;
    }
    if (unitEnd < 0) continue;
    // "the Jordanian 71st Battalion": a nationality before the ordinal belongs to the unit's name.
    const start = i > 0 && /^\p{Lu}/u.test(tokens[i - 1]!.text) && isDemonym(tokens[i - 1]!.text) ? i - 1 : i;
    // Candidates inside the unit's name (the tagger's cut of it) give way to the whole name.
    const inside = out.filter((c) => c.first >= start && c.last <= unitEnd);
    const listed = inside.some((c) => c.listed);
    for (const c of inside) out.splice(out.indexOf(c), 1);
    if (out.some((c) => c.first < unitEnd && c.last > start)) continue;
    out.push(make(tokens, start, unitEnd, 'organization', 'pattern/numbered-unit', listed));
    i = unitEnd - 1;
  }
}
