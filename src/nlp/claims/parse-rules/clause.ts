import type { Unit } from '../sentence-view.js';
import { ACTIVE_AGENT, DIRECT_OBJECT, PASSIVE_AGENT, PASSIVE_PATIENT, actorsAt, followAny, prepOf, type Argument } from './paths.js';
import { baseRel, type UnitTree } from './tree.js';

// A participle read as passive when nothing marks the voice: "the Front, backed by Alder, …".
const IRREGULAR_PARTICIPLES = new Set(['struck', 'led', 'fought', 'sent', 'given', 'run', 'overrun', 'held', 'built', 'kept', 'caught', 'taken', 'made', 'seen', 'driven', 'shot', 'hit', 'set', 'beaten', 'brought', 'thrown']);
const looksParticiple = (w: string): boolean => w.endsWith('ed') || w.endsWith('en') || IRREGULAR_PARTICIPLES.has(w);

/** Passive when the verb has a passive subject or auxiliary, or is a bare participle modifying a noun. */
export function isPassive(tree: UnitTree, units: readonly Unit[], v: number): boolean {
  // A passive subject without a passive auxiliary or agent is the labeller mistaking a past tense for a
  // participle ("Alder pulled its soldiers out"): the voice is read from the auxiliary, not the label.
  for (const c of tree.children[v]!) {
    const rel = tree.deprel[c]!;
    if (rel === 'aux:pass' || rel === 'obl:agent') return true;
    if ((rel === 'nsubj:pass' || rel === 'csubj:pass') && !REFLEXIVES.has(units[c]!.lower) && tree.children[v]!.some((a) => baseRel(tree.deprel[a]!) === 'aux' || tree.deprel[a] === 'cop')) return true;
  }
  const rel = tree.deprel[v]!;
  // A participle with an object of its own is active ("jets struck Front positions" misread as "jets struck by").
  if ((rel === 'acl' || rel === 'amod') && looksParticiple(units[v]!.lower) && !tree.children[v]!.some((c) => baseRel(tree.deprel[c]!) === 'aux' || tree.deprel[c] === 'obj')) return true;
  return false;
}

// "The Front has itself clashed with …": an intensifying reflexive the parse takes for the subject.
const REFLEXIVES = new Set(['itself', 'himself', 'herself', 'themselves']);

// Verbs that pass their subject to an infinitive whose event is only intended: "vowed to attack".
const INTENT = new Set(['vow', 'vowed', 'vows', 'threaten', 'threatened', 'threatens', 'plan', 'planned', 'plans', 'planning', 'seek', 'sought', 'seeks', 'try', 'tried', 'tries', 'attempt', 'attempted', 'attempts', 'want', 'wanted', 'wants', 'aim', 'aimed', 'aims', 'promise', 'promised', 'promises', 'pledge', 'pledged', 'pledges', 'intend', 'intended', 'intends', 'prepare', 'prepared', 'prepares', 'preparing', 'hope', 'hoped', 'hopes', 'expect', 'expected', 'expects', 'urge', 'urged', 'urges', 'call', 'called', 'calls', 'warn', 'warned', 'warns', 'decide', 'decided', 'agree', 'agreed', 'agrees', 'refuse', 'refused', 'refuses', 'fail', 'failed']);
// Object-control verbs: "urged the Front to attack", "allowed the Guard to operate": the infinitive's doer is the object.
const OBJECT_CONTROL = new Set(['urge', 'urged', 'urges', 'allow', 'allowed', 'allows', 'order', 'ordered', 'orders', 'force', 'forced', 'forces', 'help', 'helped', 'helps', 'enable', 'enabled', 'enables', 'encourage', 'encouraged', 'encourages', 'ask', 'asked', 'asks', 'permit', 'permitted', 'push', 'pushed', 'pressed', 'persuaded', 'instructed', 'told', 'directed', 'trained', 'recruited', 'paid', 'hired', 'sent']);

const PLANS = new Set(['strategy', 'plan', 'plans', 'effort', 'efforts', 'bid', 'attempt', 'attempts', 'campaign', 'drive', 'push', 'commitment', 'determination', 'resolve', 'mission', 'goal', 'aim', 'intention', 'pledge', 'vow', 'threat', 'threats', 'decision', 'offensive', 'operation', 'operations']);
const INVOLVEMENT = new Set(['role', 'roles', 'involvement', 'part', 'hand', 'participation', 'complicity', 'link', 'links', 'responsibility']);
const TIME_WORDS = /^(January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d+)$/;
const OWN_CLAUSE = new Set(['if', 'unless', 'because', 'although', 'though', 'whether', 'than', 'once', 'whereas', 'so', 'that', 'lest']);
const ACCUSING = new Set(['accuse', 'accused', 'accuses', 'accusing', 'suspect', 'suspected', 'suspects', 'charge', 'charged', 'charges', 'blame', 'blamed', 'blames', 'convict', 'convicted', 'convicts', 'acquit', 'acquitted', 'clear', 'cleared', 'guilty', 'innocent', 'capable', 'wary', 'tired', 'proud']);

/** How the doer of a predicate was found, and what the path says about the event. */
export interface Doer {
  readonly actors: readonly Argument[];
  /** "vowed to attack": the event is intended, not done. */
  readonly intended: boolean;
  /** The governing verb when the doer came from a controlling clause. */
  readonly controller: number;
}

/**
 * The doer of predicate `v`: its own subject (the agent phrase in the passive), else the subject it
 * shares: with the verb it is coordinated with ("stormed the market and killed 23"), that controls it
 * ("vowed to attack", "urged X to attack"), the noun a relative or participle clause modifies ("the
 * Front, which attacked …", "fighters loyal to …"), or the clause an adverbial participle hangs on.
 */
export function doerOf(tree: UnitTree, units: readonly Unit[], v: number, depth = 0): Doer {
  const none: Doer = { actors: [], intended: false, controller: -1 };
  if (depth > 4) return none;
  const passive = isPassive(tree, units, v);
  // A month or weekday labelled as the subject ("had since March supplied …") is a misread adverbial.
  const subjects = passive ? [] : followAny(tree, units, v, [...ACTIVE_AGENT, [{ rel: 'nsubj:pass' }]]).filter((n) => !TIME_WORDS.test(units[n]!.text) && !REFLEXIVES.has(units[n]!.lower));
  let stated = passive ? followAny(tree, units, v, PASSIVE_AGENT) : nearest(subjects, v);
  // "The Front and the Guild ended …" parsed as two subjects: the second, opened by "and", is a conjunct.
  if (stated.length === 1 && tree.children[stated[0]!]!.some((c) => tree.deprel[c] === 'cc')) stated = subjects.filter((n) => n < v);
  // "The Front … has itself clashed": the subject the parse hung on the auxiliary instead of the verb.
  const own = stated.length > 0 || passive ? stated : tree.children[v]!.filter((c) => baseRel(tree.deprel[c]!) === 'aux' && c < v).flatMap((a) => tree.children[a]!.filter((g) => baseRel(tree.deprel[g]!) === 'nsubj'));
  if (own.length > 0) return { actors: own.flatMap((n) => actorsAt(tree, units, n)), intended: false, controller: -1 };
  if (passive) return none;
  // "In June Tam Orlan withdrew …": the parse folds a name after an opening phrase into that phrase; a
  // name before the verb with no preposition of its own is the subject it lost.
  const timeFolded = (c: number): boolean => tree.children[c]!.some((g) => g < c && TIME_WORDS.test(units[g]!.text));
  // "In February the Front broke …" parsed with the name as the month's apposition.
  const underTime = tree.children[v]!.filter((c) => c < v && baseRel(tree.deprel[c]!) === 'obl' && TIME_WORDS.test(units[c]!.text)).flatMap((c) => tree.children[c]!.filter((g) => g > c && ['appos', 'flat', 'compound', 'conj'].includes(tree.deprel[g]!) && units[g]!.mention && units[g]!.mention!.type !== 'location'));
  const stray = [...underTime, ...tree.children[v]!.filter((c) => c < v && baseRel(tree.deprel[c]!) === 'obl' && units[c]!.mention && units[c]!.mention!.type !== 'location' && (prepOf(tree, units, c) === null || timeFolded(c)))];
  if (stray.length > 0 && !tree.children[v]!.some((c) => baseRel(tree.deprel[c]!) === 'nsubj')) return { actors: nearest(stray, v).flatMap((n) => actorsAt(tree, units, n)), intended: false, controller: -1 };
  const rel = tree.deprel[v]!;
  const h = tree.head[v]!;
  if (h < 0) return none;
  // "Coalition jets struck Front positions" read as a participle on "jets": a participle clause with an
  // object of its own is active, so the noun it hangs on does it ("the men carrying rifles").
  if (rel === 'acl' && h < v && tree.children[v]!.some((c) => tree.deprel[c] === 'obj')) {
    const actors = actorsAt(tree, units, h);
    if (actors.length > 0) return { actors, intended: false, controller: -1 };
  }
  // "accuse Alder of arming" with "of arming" hung on the name: the name is the accused.
  if (baseRel(rel) === 'nmod' && prepOf(tree, units, v) === 'of' && units[h]!.mention && tree.head[h]! >= 0 && ACCUSING.has(units[tree.head[h]!]!.lower)) {
    return { actors: actorsAt(tree, units, h), intended: false, controller: tree.head[h]! };
  }
  // "accused Alder of arming the Front", "Alder is suspected of arming the Front": the accused is the doer.
  if ((rel === 'advcl' || rel === 'acl' || rel === 'xcomp' || baseRel(rel) === 'obl') && ACCUSING.has(units[h]!.lower) && prepOf(tree, units, v) === 'of') {
    const accused = followAny(tree, units, h, isPassive(tree, units, h) ? PASSIVE_PATIENT : DIRECT_OBJECT);
    return { actors: accused.flatMap((n) => actorsAt(tree, units, n)), intended: false, controller: h };
  }
  // "the Front is believed to have attacked", "is said to command": a raising passive hands its subject down.
  if (rel === 'xcomp' && isPassive(tree, units, h)) {
    const raised = followAny(tree, units, h, PASSIVE_PATIENT);
    if (raised.length > 0) return { actors: raised.flatMap((n) => actorsAt(tree, units, n)), intended: false, controller: h };
  }
  // "The Front, which the Guard had armed, attacked Osk": a greedy parse often hangs the main verb on the
  // relative clause as a conjunct; with no "and" and a comma before it, it is the antecedent's predicate.
  if ((rel === 'conj' || rel === 'advcl') && tree.deprel[h] === 'acl:relcl' && tree.head[h]! >= 0 && !tree.children[v]!.some((c) => tree.deprel[c] === 'cc' || tree.deprel[c] === 'mark') && units[v - 1]?.text === ',') {
    return { actors: actorsAt(tree, units, tree.head[h]!), intended: false, controller: -1 };
  }
  if (rel === 'conj' || rel === 'advcl' || (rel === 'xcomp' && !OBJECT_CONTROL.has(units[h]!.lower))) {
    // "after attacking", "by arming", "refrained from attacking" share the subject; "if", "because",
    // "although" open a clause of its own whose subject, when missing, is not ours to guess.
    if (rel === 'advcl' && OWN_CLAUSE.has(prepOf(tree, units, v) ?? '')) return none;
    // "It is led by Varn and controls Osk", "was arrested by police after attacking Osk": a passive's conjunct
    // shares its subject, not its agent.
    if (rel !== 'xcomp' && isPassive(tree, units, h)) {
      const shared = followAny(tree, units, h, PASSIVE_PATIENT);
      if (shared.length > 0) return { actors: shared.flatMap((n) => actorsAt(tree, units, n)), intended: false, controller: -1 };
    }
    const up = doerOf(tree, units, h, depth + 1);
    return { actors: up.actors, intended: up.intended || (rel === 'xcomp' && INTENT.has(units[h]!.lower)), controller: rel === 'xcomp' ? h : up.controller };
  }
  if (rel === 'xcomp') {
    const objects = followAny(tree, units, h, DIRECT_OBJECT);
    return { actors: objects.flatMap((n) => actorsAt(tree, units, n)), intended: true, controller: h };
  }
  // "denied any role in arming the Militia", "his involvement in funding X": the doer of the verb that
  // governs the carrier noun ("denied", "admitted") is the doer of the act it carries.
  if ((rel === 'acl' || baseRel(rel) === 'nmod' || rel === 'advcl') && INVOLVEMENT.has(units[h]!.lower) && tree.head[h]! >= 0) {
    const owner = followAny(tree, units, h, [[{ rel: 'nmod:poss' }]]).flatMap((n) => actorsAt(tree, units, n));
    return owner.length > 0 ? { actors: owner, intended: false, controller: h } : doerOf(tree, units, tree.head[h]!, depth + 1);
  }
  // "the Coalition's strategy to defeat ISIL", "its efforts to retake Osk": an infinitive on a possessed
  // plan noun is the possessor's act.
  if (rel === 'acl' && !units[h]!.mention && PLANS.has(units[h]!.lower)) {
    const owner = followAny(tree, units, h, [[{ rel: 'nmod:poss' }]]).flatMap((n) => actorsAt(tree, units, n));
    if (owner.length > 0) return { actors: owner, intended: true, controller: h };
  }
  if (rel === 'acl:relcl' || rel === 'acl' || rel === 'amod') return { actors: actorsAt(tree, units, h), intended: false, controller: -1 };
  return none;
}

/** The one a verb acts on: its object, or its subject in the passive ("X was attacked by Y"). */
export function patientOf(tree: UnitTree, units: readonly Unit[], v: number): Argument[] {
  if (isPassive(tree, units, v)) {
    const subjects = nearest(followAny(tree, units, v, PASSIVE_PATIENT), v);
    if (subjects.length > 0) return subjects.flatMap((n) => actorsAt(tree, units, n));
    const rel = tree.deprel[v]!;
    // "the Front, backed by Alder": a participle's noun is what is acted on.
    if ((rel === 'acl' || rel === 'acl:relcl' || rel === 'amod') && tree.head[v]! >= 0) return actorsAt(tree, units, tree.head[v]!);
    if (rel === 'conj' && tree.head[v]! >= 0) return patientOf(tree, units, tree.head[v]!);
    return [];
  }
  // The labeller sometimes calls a bare object "obl"; an oblique with no preposition after the verb is its object.
  const bare = tree.children[v]!.filter((c) => c > v && tree.deprel[c] === 'obl' && prepOf(tree, units, c) === null && units[c]!.mention);
  // "reports that Alder had armed the Front" misread as a relative clause: "that" took the object's label.
  const objects = followAny(tree, units, v, DIRECT_OBJECT).filter((n) => !(bare.length > 0 && n < v && units[n]!.lower === 'that'));
  if (objects.length > 0) return objects.flatMap((n) => actorsAt(tree, units, n));
  if (bare.length > 0) return bare.slice(0, 1).flatMap((n) => actorsAt(tree, units, n));
  return gapFiller(tree, units, v);
}

// "the militia which officials accuse Alder of arming", "the militia Alder accuses Osk of arming": a verb
// with its object missing, inside a relative clause it is embedded in, takes the clause's noun as object.
function gapFiller(tree: UnitTree, units: readonly Unit[], v: number): Argument[] {
  let k = v;
  for (let steps = 0; steps < 3; steps++) {
    const h = tree.head[k]!;
    if (h < 0) return [];
    const rel = baseRel(tree.deprel[k]!);
    if (tree.deprel[k] === 'acl:relcl') {
      if (k === v) return [];
      return actorsAt(tree, units, h);
    }
    // Not through a participle on a noun: "rifles bought in Brell" is the rifles' own gap.
    if (!['advcl', 'xcomp', 'obl', 'nmod'].includes(rel)) return [];
    k = h;
  }
  return [];
}

// A predicate has one subject (its conjuncts aside). A greedy parse sometimes gives it two ("Naya Orlan,
// whose brother was killed …" with both names as the subject of "killed"): the nearest is the subject.
function nearest(nodes: readonly number[], v: number): number[] {
  if (nodes.length < 2) return [...nodes];
  let best = nodes[0]!;
  for (const n of nodes) if (Math.abs(n - v) < Math.abs(best - v)) best = n;
  return [best];
}

// Verbs that lay an event at someone's door: the one blamed, accused or credited acted, by the word of
// the one who blames (attribution reads the blamer as the source).
const BLAME = new Set(['blame', 'blames', 'blamed', 'blaming']);
const ACCUSE = new Set(['accuse', 'accuses', 'accused', 'accusing', 'suspect', 'suspects', 'suspected', 'charge', 'charged', 'charges']);
const ATTRIBUTE = new Set(['attribute', 'attributes', 'attributed', 'attributing', 'ascribe', 'ascribes', 'ascribed', 'impute', 'imputed', 'pin', 'pins', 'pinned']);

/**
 * Who an event noun is laid on: "officials blamed the Front for the attack", "the Front was blamed for
 * the raid", "accused the Front of the ambush", "the army attributed the ambush to the Front", "the
 * attack was attributed to the Front".
 */
export function blamedFor(tree: UnitTree, units: readonly Unit[], k: number): Argument[] {
  // "the Front was behind the kidnapping", "is believed to be behind the attack": a predicate of being behind an event.
  if (tree.children[k]!.some((c) => tree.deprel[c] === 'case' && units[c]!.lower === 'behind') && tree.children[k]!.some((c) => tree.deprel[c] === 'cop')) return [...doerOf(tree, units, k).actors];
  const h = tree.head[k]!;
  if (h < 0) return [];
  const rel = baseRel(tree.deprel[k]!);
  const word = units[h]!.lower;
  const prep = prepOf(tree, units, k);
  const lays = (verb: string): boolean => (BLAME.has(verb) && prep === 'for') || (ACCUSE.has(verb) && prep === 'of');
  if ((rel === 'obl' || rel === 'nmod') && lays(word)) return patientOf(tree, units, h);
  // The parse often hangs "for/of the attack" on the one blamed rather than on the verb.
  const verb = tree.head[h]!;
  if (rel === 'nmod' && verb >= 0 && tree.deprel[h] === 'obj' && lays(units[verb]!.lower)) return actorsAt(tree, units, h);
  // "blamed the raid on the Front", "the raid was blamed on the Front": the "on" phrase names who did it,
  // on the verb or, as the parse often hangs it, on the event noun; with two ("the raid on Osk on the
  // Front") it is the last, and a place is where the event was, not who is blamed.
  if ((rel === 'obj' || rel === 'nsubj') && BLAME.has(word)) {
    const on = followAny(tree, units, h, [[{ rel: 'obl', preps: ['on'] }]]);
    const onPhrases = (n: number): number[] => tree.children[n]!.filter((c) => baseRel(tree.deprel[c]!) === 'nmod' && prepOf(tree, units, c) === 'on');
    let inside = onPhrases(k).slice(-1);
    // "the raid on Osk on the Front" parsed with the second phrase inside the first.
    while (inside.length > 0 && onPhrases(inside[0]!).length > 0) inside = onPhrases(inside[0]!).slice(-1);
    const blamed = on.length > 0 ? on : inside;
    return blamed.flatMap((n) => actorsAt(tree, units, n)).filter((a) => units[a.unit]!.mention?.type !== 'location');
  }
  if ((rel === 'obj' || rel === 'nsubj') && ATTRIBUTE.has(word)) {
    const to = followAny(tree, units, h, [[{ rel: 'obl', preps: ['to'] }]]);
    // "attributed the ambush near Osk to the Front" with "to the Front" hung inside the object phrase.
    return (to.length > 0 ? to : descendantsWithPrep(tree, units, k, 'to')).flatMap((n) => actorsAt(tree, units, n));
  }
  return [];
}

function descendantsWithPrep(tree: UnitTree, units: readonly Unit[], k: number, prep: string): number[] {
  const out: number[] = [];
  const walk = (n: number, depth: number): void => {
    for (const c of tree.children[n]!) {
      if (baseRel(tree.deprel[c]!) === 'nmod' && prepOf(tree, units, c) === prep) out.push(c);
      else if (depth < 3) walk(c, depth + 1);
    }
  };
  walk(k, 0);
  return out;
}
