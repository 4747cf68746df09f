import type { EntityType, Mention } from '../../core/index.js';
import { findArmedGroup, findCountry, isDemonym } from '../lexicon/index.js';

// The name before the dash of "X-led coalition" / "X-backed alliance".
const LEADER = /^(.+?)[-\u2010\u2011](?:led|backed|funded|sponsored)\s/iu;
const ACRONYM = /^(\p{Lu}\.?){2,6}$/u;

/**
 * "the Ostrani-led coalition" names two things: the coalition, and Ostrani, which leads it. The tagger's
 * span is the coalition (led-coalitions.ts); its leader is added here as a mention of its own, inside the
 * coalition's span, so both become entities and the claims can join them. The leader is a state when the
 * lexicon knows it (a national adjective then stands for the state acting, as "an Iranian-backed militia"
 * does, and resolution reads it as the country); an organisation when it is an acronym or a listed
 * group; otherwise what the document's other mentions of the name say it is, a person for a two-word
 * name ("the Ilsa Varn-led coalition"), and a state failing all these: what leads a coalition in news is
 * mostly a country.
 */
export function addCoalitionLeaders(mentions: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    out.push(m);
    if (m.rule !== 'pattern/led-coalition') continue;
    const name = LEADER.exec(m.text)?.[1];
    if (!name || mentions.some((o) => o.start === m.start && o.end === m.start + name.length)) continue;
    const state = findCountry(name) !== null || isDemonym(name);
    const end = m.start + name.length;
    out.push({
      id: `${m.docId}:${m.start}-${end}`, docId: m.docId, start: m.start, end, text: name, sentenceIndex: m.sentenceIndex,
      type: state ? 'location' : leaderType(name, mentions), rule: state ? 'pattern/acting-state' : 'pattern/coalition-leader',
    });
  }
  return out;
}

function leaderType(name: string, mentions: readonly Mention[]): EntityType {
  if (ACRONYM.test(name) || findArmedGroup(name) !== null) return 'organization';
  // "Commander Ruslan Hasko … the Hasko-led alliance": a surname of a person named in the document is that person.
  const elsewhere = mentions.find((o) => o.rule !== 'pattern/led-coalition' && (o.text === name || (o.type === 'person' && o.text.endsWith(` ${name}`))));
  if (elsewhere) return elsewhere.type;
  return /\s/.test(name) ? 'person' : 'location';
}
