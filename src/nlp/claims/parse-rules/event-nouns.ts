import { lemmatize } from '../../wordnet/index.js';
import { LIGHT_VERBS, NOUNS, VERBS } from '../lexicon.js';
import type { Unit } from '../sentence-view.js';
import { patientOf } from './clause.js';
import { actorsAt, placesAt, prepOf, type Argument } from './paths.js';
import { happenedAt, INVOLVED } from './presence.js';
import type { ParseRule } from './rules.js';
import { baseRel, type UnitTree } from './tree.js';

// An event noun's frame for rule-readings.ts: the light verb that hands it a doer ("carried out an attack"),
// the side a fight is fought for ("support for X in the fight"), and the places an attack struck or was
// near. Separate because it reads the tree around the event, not the rule's own arguments.

// Verbs that hand their doer to the event noun they take: "carried out an attack", "delivered
// strikes", "waged an insurgency", beside the light verbs the window rows already use.
// "broke off ties with", "cut its links to", "ended the offensive": a verb of ending hands its doer on too
// (the scope reads the tie as ended).
const EVENT_VERBS = new Set([...LIGHT_VERBS, 'break', 'broke', 'broken', 'breaks', 'cut', 'cuts', 'sever', 'severed', 'severs', 'end', 'ended', 'ends', 'suspend', 'suspended', 'suspends', 'halt', 'halted', 'halts', 'renounce', 'renounced', 'renounces', 'abandon', 'abandoned', 'abandons', 'deliver', 'delivers', 'delivered', 'delivering', 'unleash', 'unleashed', 'intensify', 'intensified', 'step', 'stepped', 'resume', 'resumed', 'continue', 'continued', 'continues', 'begin', 'began', 'begun', 'start', 'started', 'starts', 'escalate', 'escalated', 'pursue', 'pursued', 'pursues', 'provide', 'provides', 'provided', 'offer', 'offered', 'offers', 'extend', 'extended', 'enjoy', 'enjoys', 'enjoyed', 'receive', 'received', 'receives', 'get', 'got', 'gets', 'need', 'needs', 'needed', 'seek', 'sought', 'fight', 'fought', 'fighting']);
// Any form of those verbs: "denied ever providing weapons" as well as "provided weapons".
const isEventVerb = (word: string): boolean => EVENT_VERBS.has(word) || EVENT_VERBS.has(lemmatize(word, 'VERB'));

const QUANTITIES = new Set(['series', 'wave', 'waves', 'spate', 'string', 'number', 'dozens', 'hundreds', 'scores', 'flurry', 'barrage', 'round', 'rounds', 'campaign', 'succession']);
// Who a fight hangs on as the one supported: "support for X in the fight", "supported X in the fight".
export function supportedIn(tree: UnitTree, units: readonly Unit[], k: number): Argument[] {
  const h = tree.head[k]!;
  if (h < 0 || prepOf(tree, units, k) !== 'in' || !['obl', 'nmod'].includes(baseRel(tree.deprel[k]!))) return [];
  const supports = (w: number): boolean => VERBS.get(units[w]!.lower)?.predicate === 'sponsors' || NOUNS.get(units[w]!.lower) === 'sponsors';
  const givenTo = (n: number, rel: string): Argument[] => tree.children[n]!.filter((c) => baseRel(tree.deprel[c]!) === rel && ['for', 'of', 'to'].includes(prepOf(tree, units, c) ?? '')).flatMap((c) => actorsAt(tree, units, c));
  if (supports(h)) return tree.upos[h] === 'VERB' ? patientOf(tree, units, h) : givenTo(h, 'nmod');
  // "supports the Army in the war against …" with the phrase hung on the name: the name is in the war.
  if (units[h]!.mention?.type === 'organization' && tree.head[h]! >= 0 && supports(tree.head[h]!)) return actorsAt(tree, units, h);
  // The phrase hung on the verb whose object is the support noun: "reiterated support for X in the fight"
  // (the "for" phrase on the noun or, misattached, on the verb).
  for (const c of tree.children[h]!) if (tree.deprel[c] === 'obj' && supports(c)) return [...givenTo(c, 'nmod'), ...givenTo(h, 'obl')];
  return [];
}


// The verb an event noun is the object of: "carried out an attack", "claimed responsibility for the attack",
// "an attack was carried out by …", "was responsible for the attack".
export function lightVerbOf(tree: UnitTree, units: readonly Unit[], k: number): number {
  // "carried out a series of strikes", "launched a wave of attacks": the count stands in for the event.
  if (tree.head[k]! >= 0 && baseRel(tree.deprel[k]!) === 'nmod' && prepOf(tree, units, k) === 'of' && QUANTITIES.has(units[tree.head[k]!]!.lower)) k = tree.head[k]!;
  let h = tree.head[k]!;
  if (h < 0) return -1;
  const rel = tree.deprel[k]!;
  // "was involved in the attack", "took part in the raid", "played a role in the ambush", "denied any role in …".
  if ((rel === 'nmod' || rel === 'obl') && prepOf(tree, units, k) === 'in') {
    if (INVOLVED.has(units[h]!.lower)) return tree.upos[h] === 'NOUN' ? tree.head[h]! : h;
    // "played a role in the ambush" with the phrase hung on the verb.
    if (tree.children[h]!.some((c) => tree.deprel[c] === 'obj' && INVOLVED.has(units[c]!.lower))) return h;
  }
  if ((rel === 'nmod' || rel === 'obl') && ['responsibility', 'responsible', 'credit'].includes(units[h]!.lower) && prepOf(tree, units, k) === 'for') {
    if (units[h]!.lower === 'responsible') return h;
    h = tree.head[h]!;
    return h >= 0 ? h : -1;
  }
  if (rel === 'obj' || rel === 'nsubj:pass' || (rel === 'xcomp' && tree.upos[h] === 'VERB')) return isEventVerb(units[h]!.lower) ? h : -1;
  return -1;
}

export const NEARBY = ['near', 'around', 'outside', 'along', 'across'];
// "near", "around", "outside" say where the attackers were, not what they struck.
export const STRUCK_PLACES = ['in', 'at', 'inside', 'into', 'on', 'against', 'within', 'throughout'];

// Where an attack happened: a place through "in/at/near" on the trigger or on what it struck.
export function eventPlaces(tree: UnitTree, units: readonly Unit[], nodes: readonly number[], preps: readonly string[]): Argument[] {
  const out: Argument[] = [];
  for (const n of nodes) for (const p of placesAt(tree, units, n, preps)) if (!out.some((o) => o.unit === p)) out.push({ unit: p, via: n });
  return out;
}

// The event and what it was aimed at, where places may hang.
export function eventNodes(tree: UnitTree, units: readonly Unit[], k: number, rule: ParseRule): number[] {
  const nodes = [k];
  // "attacked police posts and safe houses in Osk": a coordinated object is struck too.
  if (rule.subject === 'doer') for (const o of tree.children[k]!.filter((c) => tree.deprel[c] === 'obj')) nodes.push(o, ...tree.children[o]!.filter((c) => tree.deprel[c] === 'conj' && !units[c]!.mention));
  // "a raid on the market in Osk" struck Osk; "strikes against ISIL in Iraq" put ISIL in Iraq (see namedInPlace).
  // "the bombing of a market in Osk" struck Osk too: the "of" phrase of an attack noun is what it struck.
  else {
    const aimed = (n: number): number[] => tree.children[n]!.filter((c) => !units[c]!.mention && c > k && ['on', 'against', 'of'].includes(prepOf(tree, units, c) ?? ''));
    nodes.push(...aimed(k));
    // "the raid took place in Osk", "the assault began in Brell": the place of the event's happening.
    nodes.push(...happenedAt(tree, units, k));
    // "launched an assault in months on Guard positions near Osk" with the phrase hung on the light verb.
    const light = tree.deprel[k] === 'obj' ? lightVerbOf(tree, units, k) : -1;
    if (light >= 0 && light === tree.head[k]) nodes.push(...aimed(light));
  }
  return nodes;
}
