import { isPlaceName } from '../lexicon/index.js';
import type { Candidate } from './candidate.js';
import type { TaggerToken } from './tagger-tokens.js';

// What a name does and how the text describes it say it is a group where its shape does not: the
// tagger reads "Kestrel Caravan" by its words, the sentence around it says "the Caravan's emir".
// These cues make an organisation of a name typed a person or a place; a listed name is left alone.
// (Local context for now: with the dependency parse these become paths from the name to its head.)

// Members and officers that only a group has: "the Front's emir", "Korsak fighters".
const MEMBER_NOUN = /^(emir|amir|emirs|fighters?|militants?|militiam[ae]n|gunm[ae]n|members|operatives?|cadres?|commanders|spokesman|spokesperson|spokeswoman|treasurer|founder|founders|handler|handlers|leadership|ranks|recruits?|insurgents?|jihadists?|loyalists|affiliates|factions?|wing|cells?|units?|defectors?)$/i;
// What a group is called in apposition: "Korsak, a militia active in …", "the smuggling network, Korsak".
/** "fighters", "cadres": a lower-case noun for members that only a group has. */
export const isGroupMemberNoun = (word: string): boolean => /^\p{Ll}/u.test(word) && MEMBER_NOUN.test(word);

const GROUP_NOUN = /^(militia|militias|group|movement|network|faction|cartel|gang|organisation|organization|outfit|coalition|alliance|front|insurgency|brotherhood|newspaper|outlet|agency|broadcaster|magazine|party|syndicate|rebels?|force|mission|army|brigade|battalion|regiment|contingent|unit|police|corps|guerrilla)$/i;
const ARTICLE = /^(a|an|the|its|their|his|her)$/i;
const PHRASE_END = /^(that|which|who|whose|active|based|operating|in|of|from|with|led|linked|allied|backed|run|known|along|across|near|on|at|founded|formed|blamed|accused|said|has|had|is|was|and)$/;
const POSSESSIVE = /^['’]s?$/;

/** Retypes person- and place-typed candidates that the sentence shows to be groups, and places that it shows to be people. */
export function typeByActorContext(tokens: readonly TaggerToken[], out: Candidate[]): void {
  for (const c of out) {
    if (c.listed) continue;
    // A name the tagger already read as a group keeps the cue, so it outweighs the tagger's other readings in the document vote.
    if (c.type === 'organization') {
      const cue = groupCue(tokens, c);
      if (cue !== null) c.contextCue = cue;
      continue;
    }
    if (c.type !== 'person' && c.type !== 'location') continue;
    const cue = groupCue(tokens, c);
    if (cue !== null) {
      c.type = 'organization';
      c.contextCue = cue;
      continue;
    }
    const personal = personCue(tokens, c);
    if (personal !== null) {
      c.type = 'person';
      c.contextCue = personal;
    }
  }
}

// Posts only a person holds, and kin: "X, director-general of …", "his son X".
const PERSON_ROLE = /^(director-general|director|spokesman|spokesperson|spokeswoman|commander|leader|head|chief|minister|governor|president|chairman|chairwoman|secretary|founder|deputy|emir|amir|official|analyst|researcher|fellow|professor|journalist|editor|correspondent|colonel|mayor|ambassador|envoy|adviser|advisor|lawyer|prosecutor|judge|cleric|preacher|imam|resident|farmer|trader|driver)$/i;
const KIN = /^(son|daughter|brother|sister|wife|husband|father|mother|nephew|niece|cousin|uncle|aunt|grandson|granddaughter|widow|stepson|half-brother)$/i;

function personCue(tokens: readonly TaggerToken[], c: Candidate): string | null {
  const name = tokens.slice(c.first, c.last).map((t) => t.text).join(' ');
  const before = tokens[c.first - 1];
  if (before !== undefined && KIN.test(before.text) && /^(his|her|their|whose|the)$/i.test(tokens[c.first - 2]?.text ?? '')) return `"${name}" is someone's ${before.text}`;
  // ", director-general of", ", a senior fellow at": a post in apposition after a name of two words or more.
  if (c.last - c.first >= 2 && tokens[c.last]?.text === ',') {
    for (let k = c.last + 1; k < tokens.length && k <= c.last + 4; k++) {
      const word = tokens[k]!.text;
      if (PERSON_ROLE.test(word)) return `"${name}" holds a post ("${word}")`;
      if (!/^[\p{Ll}-]+$/u.test(word)) return null;
    }
  }
  return null;
}

function groupCue(tokens: readonly TaggerToken[], c: Candidate): string | null {
  const name = tokens.slice(c.first, c.last).map((t) => t.text).join(' ');
  const before = tokens[c.first - 1];
  const after = tokens[c.last];
  // "Korsak fighters", "the Caravan's treasurer"; not "Varn's gunmen", which a person may lead.
  const possessive = after !== undefined && POSSESSIVE.test(after.text);
  const owned = possessive ? tokens[c.last + 1] : after;
  if (owned !== undefined && (!possessive || before?.text === 'the') && /^\p{Ll}/u.test(owned.text) && MEMBER_NOUN.test(owned.text)) return `"${name}" has ${owned.text}`;
  // "the Caravan": no person's name takes "the", and a one-word place that does is on the place lists.
  if (before !== undefined && before.text === 'the' && c.last - c.first === 1 && !isPlaceName(name) && c.type === 'person') return `"the ${name}"`;
  // "the Brotherhood", "the Movement": a group noun capitalised as a name is the group, never a place.
  if (before !== undefined && before.text === 'the' && c.last - c.first === 1 && GROUP_NOUN.test(name) && /^\p{Lu}/u.test(name)) return `"the ${name}" is a group noun used as a name`;
  // "Korsak, a militia …" / "… smuggling network, Korsak".
  if (after?.text === ',' && isGroupAppositive(tokens, c.last + 1)) return `"${name}" is called a group in apposition`;
  if (before?.text === ',' && GROUP_NOUN.test(tokens[c.first - 2]?.text ?? '') && /^\p{Ll}/u.test(tokens[c.first - 2]!.text)) return `"${name}" restates a group noun before it`;
  return null;
}

// ", a militia", ", an ethnic militia", ", the armed wing": an article, at most three describing words, a group noun.
function isGroupAppositive(tokens: readonly TaggerToken[], k: number): boolean {
  if (!ARTICLE.test(tokens[k]?.text ?? '')) return false;
  for (let j = k + 1; j < tokens.length && j <= k + 4; j++) {
    const word = tokens[j]!.text;
    // The group noun must end the phrase: "the Coalition spokesman" names a person's post.
    // ", the group's founder" is about someone the group has, not the group.
    if (GROUP_NOUN.test(word) && /^\p{Ll}/u.test(word)) return !POSSESSIVE.test(tokens[j + 1]?.text ?? '') && (!/^\p{Ll}+$/u.test(tokens[j + 1]?.text ?? '') || PHRASE_END.test(tokens[j + 1]!.text));
    if (!/^[\p{Ll}-]+$/u.test(word)) return false;
  }
  return false;
}
