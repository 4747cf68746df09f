import type { Mention, Predicate } from '../../core/index.js';
import { findCountry } from '../lexicon/index.js';
import { REPORT_VERBS } from './lexicon.js';
import type { Found } from './construction.js';
import { prepOf } from './parse-rules/paths.js';
import { parseScope } from './parse-rules/scope.js';
import { baseRel, type UnitTree } from './parse-rules/tree.js';
import { lemmatize } from '../wordnet/index.js';
import type { Unit } from './sentence-view.js';

// How a row's find becomes a claim's reading once its parties are known: the predicate the words and the
// parties make together, the finds the parse shows to be misread, and the negation the parse adds.

// Relations whose parties act: a state may ("Alder armed the Front"), a town or district may not.
export const ACTING: ReadonlySet<Predicate> = new Set(['attacked', 'hostile_to', 'sponsors', 'supplied', 'arrested', 'allied_with']);

const INTENDING = new Set(['vow', 'vows', 'vowed', 'vowing', 'threaten', 'threatens', 'threatened', 'threatening', 'plan', 'plans', 'planned', 'planning', 'plot', 'plots', 'plotted', 'plotting', 'pledge', 'pledges', 'pledged', 'promise', 'promises', 'promised', 'prepare', 'prepares', 'prepared', 'preparing', 'warn', 'warns', 'warned', 'urge', 'urges', 'urged', 'call', 'calls', 'called']);

// An event noun that is the object of a verb of intending ("vowed attacks", "planning a raid", "called for
// strikes"), directly or through a count ("a wave of attacks").
function isIntendedEvent(tree: UnitTree, units: readonly Unit[], trigger: number): boolean {
  if (units[trigger]?.pos !== 'NOUN' && tree.upos[trigger] !== 'NOUN') return false;
  // "planned the raid on Osk" names a raid that happened; "planned attacks on Osk" does not.
  if (tree.children[trigger]!.some((c) => tree.deprel[c] === 'nmod:poss' || (tree.deprel[c] === 'det' && DEFINITE.has(units[c]!.lower)))) return false;
  let k = trigger;
  for (let steps = 0; steps < 2; steps++) {
    const h = tree.head[k]!;
    if (h < 0) return false;
    const rel = tree.deprel[k]!;
    if ((rel === 'obj' || rel === 'obl' || rel === 'nsubj:pass') && INTENDING.has(units[h]!.lower)) return true;
    if (!rel.startsWith('nmod')) return false;
    k = h;
  }
  return false;
}

const RESPONDING = new Set(['respond', 'responds', 'responded', 'responding', 'react', 'reacts', 'reacted', 'reacting', 'response', 'reaction', 'answer', 'answers', 'answered', 'reply', 'replies', 'replied']);
const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those']);
const DIRECTING = new Set(['direct', 'directs', 'directed', 'directing', 'orchestrate', 'orchestrates', 'orchestrated']);

/**
 * "Varn directs the Front": a person who directs a body leads it; a state or a body that directs one
 * sponsors it. "vowed further attacks on X", "confessed to planning attacks on X": an attack only intended
 * is hostility.
 */
export function readPredicate(f: Found, s: Mention, o: Mention, units: readonly Unit[], tree: UnitTree | null): Predicate {
  if (f.predicate === 'sponsors' && s.type === 'person' && o.type === 'organization' && DIRECTING.has(units[f.trigger]?.lower ?? '')) return 'leader_of';
  if (f.predicate === 'attacked' && tree && isIntendedEvent(tree, units, f.trigger)) return 'hostile_to';
  return f.predicate;
}

/** Finds the parse or the gazetteer shows to be misread. */
export function isMisread(f: Found, predicate: Predicate, s: Mention, o: Mention, units: readonly Unit[], tree: UnitTree | null): boolean {
  // "the strikes against the Front were conducted in coordination with the Guard": a window row's doer that
  // the parse shows as what an act was against is no doer.
  if (f.negated === undefined && tree && ACTING.has(predicate) && f.subject !== f.object && tree.head[f.subject]! >= 0 && prepOf(tree, units, f.subject) === 'against') return true;
  // "The Front, the army said, attacked Osk": a window row's doer that the parse shows as the speaker of
  // another verb, a reporting one, only reports the act.
  if (f.negated === undefined && tree && f.subject !== f.trigger && isSpeakerElsewhere(tree, units, f.subject, f.trigger)) return true;
  // "the UK and France in Calais region": a country lies in no town or province.
  if (predicate === 'located_in' && findCountry(s.text) && !findCountry(o.text)) return true;
  // "the minister responds to the attack in Baghdad": who responds to an attack did not carry it out.
  return tree !== null && f.trigger >= 0 && tree.head[f.trigger]! >= 0 && prepOf(tree, units, f.trigger) === 'to' && RESPONDING.has(units[tree.head[f.trigger]!]!.lower);
}

// A window row reads negation from the words around it; the parse also sees a denial that governs the
// claim from further up ("dismissed as baseless the reports that X directs Y", "rejected claims that …").
// Parse rows carry their own scope; for a window row the parse adds a denial the window missed. It undoes a
// negation the window read only when the claim is the topic of a verb of speaking ("HAR has not commented
// on the arrest of Tam by the Guard"): not speaking of an event does not deny it. Elsewhere the window's
// reading stands. The denial must come before the claim, as it does in every such construction: a denial
// verb after it that the parse hangs above it ("the Varn-led Front denied …") is a misparse more often than not.
export function negatedReading(f: Found, windowNegated: boolean, attributionDenied: boolean, units: readonly Unit[], tree: UnitTree | null): boolean {
  const read = (f.negated ?? windowNegated) !== (f.denied || attributionDenied);
  if (f.negated !== undefined || !tree) return read;
  if (read) return !(windowNegated && isTopicOfSpeaking(tree, units, f.trigger));
  const scope = parseScope(tree, units, f.trigger);
  return scope.denied && scope.deniedAt < Math.min(f.trigger, f.subject, f.object);
}

function isSpeakerElsewhere(tree: UnitTree, units: readonly Unit[], k: number, trigger: number): boolean {
  const h = tree.head[k]!;
  return h >= 0 && h !== trigger && tree.deprel[k] === 'nsubj' && REPORT_VERBS.has(units[h]!.lower) && tree.head[h] !== -1 && tree.deprel[h] === 'parataxis';
}

const SPEAKING = new Set(['comment', 'respond', 'react', 'speak', 'talk', 'elaborate', 'remark', 'answer']);
const TOPIC_PREPS = new Set(['on', 'about', 'to']);

function isTopicOfSpeaking(tree: UnitTree, units: readonly Unit[], k: number): boolean {
  const h = tree.head[k]!;
  return h >= 0 && baseRel(tree.deprel[k]!) === 'obl' && TOPIC_PREPS.has(prepOf(tree, units, k) ?? '') && SPEAKING.has(lemmatize(units[h]!.lower, 'VERB'));
}
