import type { Mention, Token } from '../../core/index.js';
import { findCountry, isPlaceName } from '../lexicon/index.js';

// A name that attacks, claims, funds or recruits is an actor, not a place: "Korsak ambushed the
// convoy" read as a location because an unknown word often is one. The subject is read from the
// dependency parse when the tokens carry it (`deprel` nsubj of an action verb), else from the words
// right after the name. A place that acts stays a place where the article also puts something in it
// ("in Korsak"), and listed places and countries are left alone: the guidelines type a state acting
// as its place.
const ACTION = /^(attack|attacked|attacks|ambush|ambushed|ambushes|claim|claimed|claims|recruit|recruited|recruits|fund|funded|funds|finance|financed|finances|kidnap|kidnapped|kidnaps|abduct|abducted|abducts|bomb|bombed|bombs|storm|stormed|storms|raid|raided|raids|behead|beheaded|execute|executed|executes|overran|overrun|overruns|massacred|extort|extorted|extorts)$/i;
const BETWEEN = /^(has|have|had|also|reportedly|allegedly|later|then|again|repeatedly|once|fighters|militants|gunmen|forces)$/i;
const PLACE_BEFORE = /^(in|near|outside|across|around|into|inside|towards|toward)$/i;

/** Retypes place-typed names that act as subjects of action verbs, across the document. */
export function typeActingSubjects(tokens: readonly Token[], mentions: readonly Mention[]): Mention[] {
  const startIndex = new Map(tokens.map((t, i) => [t.start, i]));
  const endIndex = new Map(tokens.map((t, i) => [t.end, i]));
  const acting = new Set<string>();
  const placed = new Set<string>();
  for (const m of mentions) {
    const first = startIndex.get(m.start);
    const last = endIndex.get(m.end);
    if (first === undefined || last === undefined) continue;
    if (PLACE_BEFORE.test(tokens[first - 1]?.text ?? '')) placed.add(m.text);
    if (m.type === 'location' && isSubjectOfAction(tokens, first, last)) acting.add(m.text);
  }
  const retype = new Set([...acting].filter((name) => !placed.has(name) && !isPlaceName(name) && findCountry(name) === null));
  if (retype.size === 0) return [...mentions];
  return mentions.map((m) => (m.type === 'location' && retype.has(m.text) ? { ...m, type: 'organization' as const, rule: 'pattern/acting-subject' as const } : m));
}

function isSubjectOfAction(tokens: readonly Token[], first: number, last: number): boolean {
  // With a parse: a token of the name is the nominal subject of an action verb.
  if (tokens[last]!.deprel !== undefined) {
    const sentenceStart = sentenceStartOf(tokens, last);
    for (let i = first; i <= last; i++) {
      const t = tokens[i]!;
      if (t.deprel !== 'nsubj' || t.head === undefined || t.head < 0) continue;
      const head = tokens[sentenceStart + t.head];
      if (head !== undefined && ACTION.test(head.text)) return true;
    }
    return false;
  }
  // Without one: the verb follows the name, past at most two words like "has", "reportedly", "fighters".
  for (let k = last + 1; k < tokens.length && k <= last + 3; k++) {
    const word = tokens[k]!.text;
    if (tokens[k]!.sentenceIndex !== tokens[last]!.sentenceIndex) return false;
    // A verb, not the noun: "the Gate attack" names an event at a place.
    if (ACTION.test(word) && tokens[k]!.pos === 'VERB') return true;
    if (!BETWEEN.test(word)) return false;
  }
  return false;
}

function sentenceStartOf(tokens: readonly Token[], i: number): number {
  let k = i;
  while (k > 0 && tokens[k - 1]!.sentenceIndex === tokens[i]!.sentenceIndex) k--;
  return k;
}
