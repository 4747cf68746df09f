import type { Unit } from '../sentence-view.js';
import { LIGHT_VERBS } from '../lexicon.js';
import { baseRel, type UnitTree } from './tree.js';

/** What the parse says about a claim's truth: negated by a word on its clause, or by a verb above it. */
export interface ParseScope {
  readonly negated: boolean;
  /** A denial verb governs the claim ("denied arming", "rejected claims that …", "dismissed reports of …"). */
  readonly denied: boolean;
  /** Where the (last) denial verb above the claim stands, -1 when none does. */
  readonly deniedAt: number;
  /** A verb of ending governs it: "stopped funding", "broke off ties with", "withdrew from". */
  readonly ended: boolean;
  /** A hedge on the claim's own clause or a verb above it: "reportedly", "may have", "is believed to", "alleged". */
  readonly hedged: boolean;
  /**
   * "if the Front attacks Osk": the claim's clause, or one above it, is a condition. Claims still take the
   * window's reading (measured: reading it from the parse instead let one false claim through on the
   * five articles and found nothing new elsewhere); kept for rows that need the clause's own condition.
   */
  readonly conditional: boolean;
}

const CONDITIONS = new Set(['if', 'unless', 'whether', 'lest']);
const hasCondition = (tree: UnitTree, units: readonly Unit[], k: number): boolean =>
  tree.children[k]!.some((c) => tree.deprel[c] === 'mark' && CONDITIONS.has(units[c]!.lower) && !(units[c]!.lower === 'if' && units[c + 1]?.lower === 'not'));

const HEDGE_ADVERBS = new Set(['reportedly', 'allegedly', 'apparently', 'possibly', 'probably', 'likely', 'perhaps', 'presumably', 'purportedly', 'supposedly', 'seemingly', 'maybe', 'ostensibly']);
const HEDGE_MODALS = new Set(['may', 'might', 'could']);
// Verbs above a claim that make it uncertain: "is believed to have", "appears to have", "is said to".
const HEDGE_VERBS = new Set(['believe', 'believed', 'believes', 'suspect', 'suspected', 'suspects', 'allege', 'alleged', 'alleges', 'appear', 'appears', 'appeared', 'seem', 'seems', 'seemed', 'think', 'thought', 'understood', 'rumoured', 'rumored', 'likely', 'unlikely', 'possible', 'probable', 'presumed', 'purported', 'expected']);
const PASSIVE_REPORTS = new Set(['said', 'reported', 'claimed', 'described', 'considered', 'known']);
const HEDGE_ADJECTIVES = new Set(['alleged', 'suspected', 'purported', 'presumed', 'supposed', 'possible', 'probable', 'apparent', 'unconfirmed', 'unverified', 'reported']);

function hasHedge(tree: UnitTree, units: readonly Unit[], k: number): boolean {
  for (const c of tree.children[k]!) {
    const rel = baseRel(tree.deprel[c]!);
    const w = units[c]!.lower;
    if (rel === 'advmod' && HEDGE_ADVERBS.has(w)) return true;
    if (rel === 'aux' && HEDGE_MODALS.has(w) && units[c]!.text !== 'May') return true;
    if (rel === 'amod' && HEDGE_ADJECTIVES.has(w)) return true;
  }
  return false;
}

const PERCEPTION = new Set(['see', 'saw', 'seen', 'sees', 'seeing', 'witness', 'witnessed', 'witnesses', 'watch', 'watched', 'watches', 'notice', 'noticed', 'hear', 'heard', 'hears', 'survive', 'survived', 'outlive', 'outlived']);
const NEGATORS = new Set(['not', "n't", 'never', 'no', 'neither', 'nor', 'none']);
const DENIALS = new Set(['deny', 'denies', 'denied', 'denying', 'reject', 'rejects', 'rejected', 'rejecting', 'dismiss', 'dismisses', 'dismissed', 'dismissing', 'refute', 'refutes', 'refuted', 'disputed', 'disputes', 'dispute', 'rebuffed', 'rebuff', 'rebuts', 'rebutted', 'disowned', 'disavowed', 'disavows']);
const ENDINGS = new Set(['stop', 'stops', 'stopped', 'stopping', 'cease', 'ceased', 'ceases', 'halt', 'halted', 'halts', 'end', 'ended', 'ends', 'ending', 'cut', 'cuts', 'sever', 'severed', 'severs', 'break', 'broke', 'broken', 'breaks', 'abandon', 'abandoned', 'abandons', 'renounce', 'renounced', 'renounces', 'suspend', 'suspended', 'suspends', 'terminate', 'terminated', 'quit', 'quits', 'dissolve', 'dissolved', 'refrain', 'refrained', 'refrains', 'abstain', 'abstained', 'avoid', 'avoided', 'avoids']);
// Relations through which a verb above still governs the claim: its complement, its object noun
// ("denied any role in …"), the clause or phrase that noun takes ("claims that …", "reports of …").
const GOVERNED = new Set(['xcomp', 'ccomp', 'obj', 'acl', 'nmod', 'advcl', 'csubj']);
// Nouns that only carry the claim up to the verb: "rejected claims that", "dismissed reports of", "there is
// no evidence that" (the noun's own "no" negates what it carries).
const CARRIERS = new Set(['evidence', 'proof', 'indication', 'indications', 'sign', 'signs', 'claim', 'claims', 'report', 'reports', 'allegation', 'allegations', 'accusation', 'accusations', 'charge', 'charges', 'suggestion', 'suggestions', 'assertion', 'assertions', 'idea', 'notion', 'role', 'involvement', 'part', 'link', 'links', 'ties', 'tie', 'connection', 'connections', 'any', 'rumours', 'rumors']);

export function hasNegator(tree: UnitTree, units: readonly Unit[], k: number): boolean {
  for (const c of tree.children[k]!) {
    const rel = baseRel(tree.deprel[c]!);
    const w = units[c]!.lower;
    if ((rel === 'advmod' || rel === 'det' || rel === 'cc' || rel === 'aux') && NEGATORS.has(w)) return true;
    // "no longer": the relation has ended.
    if (rel === 'advmod' && w === 'longer' && tree.children[c]!.some((g) => units[g]!.lower === 'no')) return true;
  }
  return false;
}

/**
 * Reads negation from the claim's own word and the verbs that govern it, not from a window: "did not
 * attack", "has no ties to", "denied arming the militia", "rejected claims that it backed the Front",
 * "stopped funding". A negation in another clause of the sentence ("X, which was not involved,
 * attacked Y") does not reach the claim.
 */
export function parseScope(tree: UnitTree, units: readonly Unit[], trigger: number): ParseScope {
  let negated = hasNegator(tree, units, trigger);
  let hedged = hasHedge(tree, units, trigger);
  let conditional = hasCondition(tree, units, trigger);
  let denied = false;
  let deniedAt = -1;
  let ended = false;
  let k = trigger;
  for (let steps = 0; steps < 4; steps++) {
    const rel = baseRel(tree.deprel[k]!);
    let h = tree.head[k]!;
    if (h < 0 || !GOVERNED.has(rel)) break;
    // "rejected claims by state media that X struck Y", parsed as a relative clause on "media": a "that"
    // clause with no gap is the complement of the statement noun before it.
    if (tree.deprel[k] === 'acl:relcl' && !CARRIERS.has(units[h]!.lower)) h = misreadCarrier(tree, units, k) ?? h;
    const verb = units[h]!.lower;
    // "is believed to have attacked", "appears to have", "is said to": uncertainty from above.
    if (rel === 'xcomp' || rel === 'ccomp' || rel === 'csubj') {
      if (HEDGE_VERBS.has(verb) || (PASSIVE_REPORTS.has(verb) && tree.children[h]!.some((c) => tree.deprel[c] === 'aux:pass' || tree.deprel[c] === 'nsubj:pass'))) hedged = true;
      if (hasHedge(tree, units, h)) hedged = true;
    }
    // A clause hanging on a noun carries the claim only when the noun is a carrier ("claims that").
    const w = units[h]!.lower;
    // "did not live to see the group's expansion": what one saw (or did not) happened all the same.
    if (PERCEPTION.has(w)) break;
    if ((rel === 'acl' || rel === 'nmod') && !CARRIERS.has(w) && !DENIALS.has(w)) break;
    // "refrained from attacking" governs its adverbial; "stopped after attacking" does not.
    if (rel === 'advcl' && !ENDINGS.has(w) && !DENIALS.has(w) && !isBareThatClause(tree, units, k)) break;
    if (DENIALS.has(w)) { denied = !denied; deniedAt = h; }
    // "stopped funding", "cut its ties", "refrained from attacking" end what they govern; a clause the
    // parse hangs on "ended" as its complement ("after the rains ended, the Guard attacked") is no such act.
    else if (ENDINGS.has(w) && rel !== 'ccomp') ended = true;
    if (hasNegator(tree, units, h)) negated = !negated;
    if (hasCondition(tree, units, h)) conditional = true;
    k = h;
  }
  return { negated: negated !== ended, denied, deniedAt, ended, hedged, conditional };
}

// "dismisses as baseless the reports that the Front arms the Guard": a clause opened by a bare "that" is
// never an adverbial, whatever the parse hung it on; it is the complement of what governs it ("so that",
// "now that" and "such that" are adverbials, and have a second marker).
function isBareThatClause(tree: UnitTree, units: readonly Unit[], k: number): boolean {
  const marks = tree.children[k]!.filter((c) => tree.deprel[c] === 'mark' || (tree.deprel[c] === 'obj' && c < k && units[c]!.lower === 'that'));
  return marks.length === 1 && units[marks[0]!]!.lower === 'that' && !['so', 'now', 'such', 'order'].includes(units[marks[0]! - 1]?.lower ?? '');
}

// A "that" clause read as a relative clause although none of its own slots is empty ("that Osk Front
// aircraft had struck positions": the subject and object are both there): the statement noun within a
// few words before it is what it completes.
export function misreadCarrier(tree: UnitTree, units: readonly Unit[], clause: number): number | null {
  const that = tree.children[clause]!.find((c) => units[c]!.lower === 'that' && c < clause);
  if (that === undefined) return null;
  const slot = tree.deprel[that]!;
  // The object may be labelled a bare oblique ("had armed the Front" with "the Front" as obl): still filled.
  const fills = (c: number): boolean => tree.deprel[c] === slot || (slot === 'obj' && c > clause && baseRel(tree.deprel[c]!) === 'obl' && !tree.children[c]!.some((g) => tree.deprel[g] === 'case'));
  if (!tree.children[clause]!.some((c) => c !== that && fills(c))) return null;
  for (let j = that - 1; j >= 0 && that - j <= 5; j--) if (CARRIERS.has(units[j]!.lower) && tree.upos[j] === 'NOUN') return j;
  return null;
}

// "rejected claims that jets struck Guard positions near Osk": a presence noun that is what another act
// was done to keeps only its own negation; "denied having bases in Osk" (a light verb) takes the denial.
export function presenceScope(tree: UnitTree, units: readonly Unit[], k: number): ParseScope {
  const h = tree.head[k]!;
  const argument = tree.upos[k] === 'NOUN' && h >= 0 && tree.upos[h] === 'VERB' && ['obj', 'nsubj:pass'].includes(tree.deprel[k]!) && !LIGHT_VERBS.has(units[h]!.lower);
  return argument ? { negated: hasNegator(tree, units, k), denied: false, deniedAt: -1, ended: false, hedged: false, conditional: false } : parseScope(tree, units, k);
}
