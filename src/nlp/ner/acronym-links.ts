import { findAcronymWindow } from './acronym-window.js';
import { make, textOf, type Candidate } from './candidate.js';
import type { TaggerToken } from './tagger-tokens.js';

const ACRONYM = /^(?=(?:.*\p{Lu}){2})[\p{L}\p{N}&.-]{2,10}$/u;

/**
 * "Islamic State of Iraq and Syria (ISIS)", "Lashkar-e-Taiba (LeT)": the bracketed acronym names the
 * same thing as the words before it whose initials it spells. That window becomes one name (the
 * tagger may have split it at "and" or missed part of it), typed as the tagger typed its longest
 * piece, or as an organisation when the tagger saw nothing; the acronym takes its type and links back.
 * The reverse order, "ISKP (Islamic State Khorasan Province)", links the spelled-out name to the acronym.
 */
export function linkParentheticalAcronyms(text: string, tokens: readonly TaggerToken[], out: Candidate[]): void {
  for (let p = 1; p + 2 < tokens.length + 1; p++) {
    if (tokens[p]?.text !== '(' || tokens[p + 2]?.text !== ')' || !ACRONYM.test(tokens[p + 1]!.text)) continue;
    const window = findAcronymWindow(tokens, p - 1, tokens[p + 1]!.text);
    if (window === null) continue;
    const inside = out.filter((c) => c.first >= window.first && c.last <= window.last);
    const covering = out.find((c) => c.first <= window.first && c.last >= window.last && c.type !== 'misc');
    const longest = inside.filter((c) => c.type !== 'misc').sort((a, b) => (b.last - b.first) - (a.last - a.first))[0];
    let name = covering;
    if (!name) {
      // A piece covering most of the window lends its type ("Khyber Pakhtunkhwa (KP)" stays a place);
      // otherwise, or when it says person, the expansion is an organisation: people are not bracketed by acronym.
      const major = longest && (longest.last - longest.first) * 2 >= window.last - window.first && longest.type !== 'person' ? longest : undefined;
      name = make(tokens, window.first, window.last, major?.type ?? 'organization', 'pattern/acronym-expansion', major?.listed ?? false);
      for (const c of inside) out.splice(out.indexOf(c), 1);
      out.push(name);
    }
    if (name.type === 'person' && !name.listed) name.type = 'organization';
    if (name.type === 'misc' || name.type === 'event') continue;
    const existing = out.findIndex((c) => c.first === p + 1 && c.last === p + 2);
    const acronym = make(tokens, p + 1, p + 2, name.type, 'pattern/parenthetical-acronym', name.listed);
    acronym.antecedent = name;
    if (existing >= 0) out[existing] = acronym;
    else out.push(acronym);
  }
  for (const acronym of [...out]) {
    if (acronym.last - acronym.first !== 1 || !ACRONYM.test(textOf(text, tokens, acronym.first, acronym.last)) || tokens[acronym.last]?.text !== '(') continue;
    const expansion = out.find((c) => c.first === acronym.last + 1 && tokens[c.last]?.text === ')' && c.last - c.first >= 2 && c.type !== 'misc');
    if (expansion && !expansion.antecedent) { expansion.antecedent = acronym; acronym.type = expansion.type; }
  }
}
