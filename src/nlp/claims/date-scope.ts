import type { Unit } from './sentence-view.js';
import { baseRel, type UnitTree } from './parse-rules/tree.js';
import { isSaying } from './background-dates.js';

// Edges that leave a phrase for a clause: an opening phrase ("During a meeting in May, …") is climbed
// to its verb only through nominal edges.
const CLAUSE_EDGES = new Set(['ccomp', 'csubj', 'advcl', 'acl', 'parataxis', 'conj', 'appos', 'list', 'dep', 'xcomp', 'vocative', 'reparandum', 'orphan']);
// Words a date phrase hangs from on the way to its predicate: "earlier this year", "two years ago", "four days after".
const FUNCTION_TAGS = new Set(['ADV', 'ADP', 'SCONJ', 'NUM', 'DET', 'PART', 'PUNCT']);
const MAX_CLIMB = 4;

/** Where a span of the sentence (a date, "now") hangs in the parse: the word its phrase attaches to, or -1. */
export function attachmentOf(tree: UnitTree, units: readonly Unit[], start: number, end: number): number {
  const inside: number[] = [];
  for (let k = 0; k < units.length; k++) if (units[k]!.start < end && start < units[k]!.end) inside.push(k);
  if (inside.length === 0) return -1;
  // The phrase's root: the unit whose head lies outside the span.
  const root = inside.find((k) => !inside.includes(tree.head[k]!)) ?? inside[0]!;
  let h = tree.head[root]!;
  for (let steps = 0; h >= 0 && FUNCTION_TAGS.has(tree.upos[h]!) && steps < MAX_CLIMB; steps++) h = tree.head[h]!;
  return h;
}

/**
 * A date that opens the sentence before its main verb and subject ("In June 2025, Front chief Varn and
 * his deputy travelled to Osk"; "On 20 July, the Front's outlet claimed that …") sets the time of all
 * the sentence tells, titles and reported clauses included.
 */
function isFronted(tree: UnitTree, units: readonly Unit[], at: number, spanStart: number): boolean {
  // Nothing before it but a preposition or a setting: "In 2025, after …", "During a meeting in May, …".
  if (!units.some((u, k) => u.start < spanStart && (u.mention !== null || tree.upos[k] === 'VERB' || tree.upos[k] === 'AUX'))) return true;
  // "During a meeting in March 2024, Varn said that …": the date may sit in the opening phrase.
  for (let steps = 0; steps < MAX_CLIMB && tree.head[at]! >= 0 && !CLAUSE_EDGES.has(baseRel(tree.deprel[at]!)) && tree.upos[at] !== 'VERB'; steps++) at = tree.head[at]!;
  if (tree.head[at]! >= 0) return false;
  if (spanStart >= units[at]!.start) return false;
  return !tree.children[at]!.some((c) => baseRel(tree.deprel[c]!) === 'nsubj' && units[c]!.start < spanStart);
}

/**
 * Whether a date opens the sentence as its setting, and so sets the time of all it tells (see isFronted).
 * "Thursday's ambush …, the spokeswoman said" opens with the ambush's date, not the sentence's.
 */
export function opensSentence(tree: UnitTree, units: readonly Unit[], start: number, end: number): boolean {
  const after = units.find((u) => u.start >= end);
  if (after && /^['’]s$/.test(after.lower)) return false;
  const at = attachmentOf(tree, units, start, end);
  return at >= 0 && isFronted(tree, units, at, start);
}

// Verbs of saying: a date on one dates the statement, not what it states ("Alder said on Tuesday that …",
// "accused the Front on Monday of arming …", "Varn, the Front's spokesman, said in April").
// To announce is to act ("announced the start of an operation", "announced that it had left"): not here.
const REPORTING = new Set(['said', 'says', 'say', 'told', 'tells', 'reported', 'reports', 'accused', 'accuses', 'claimed', 'claims', 'stated', 'states', 'added', 'confirmed', 'confirms', 'alleged', 'alleges', 'warned', 'insisted', 'asserted', 'declared', 'denied', 'denies', 'wrote', 'tweeted', 'posted']);
// Clause edges below which a date belongs to its own clause.
const OWN_CLAUSE = new Set(['acl', 'advcl', 'conj', 'parataxis', 'ccomp', 'csubj']);

/**
 * Whether a date in the claim's window belongs to another predicate in the parse: a relative clause on
 * another argument ("LISFOR, which expanded its patrols in May"), an adverbial or conjoined clause that
 * does not hold the claim ("as it did in 2023", "seized power in 2021 and is at war with X"), or a
 * verb of saying above the claim. A date that opens the sentence ("In May, …") is never foreign.
 */
export function isForeignDate(tree: UnitTree, units: readonly Unit[], trigger: number, at: number, spanStart: number): boolean {
  if (at < 0 || isFronted(tree, units, at, spanStart)) return false;
  // "Jets struck Osk on Sunday, the army's spokesman, Colonel Varn, said": a title on the speaker is not
  // dated by what the speaker reports, only by a date on the saying itself.
  let speaker = tree.head[trigger]!;
  while (speaker >= 0 && tree.upos[speaker] !== 'VERB') speaker = tree.head[speaker]!;
  if (speaker >= 0 && tree.upos[trigger] !== 'VERB' && REPORTING.has(units[speaker]!.lower) && !dominates(tree, speaker, at)) return true;
  const holdsTrigger = (c: number): boolean => {
    for (let k = trigger, steps = 0; k >= 0 && steps <= tree.size; k = tree.head[k]!, steps++) if (k === c) return true;
    return false;
  };
  for (let k = at, steps = 0; k >= 0 && steps <= tree.size; k = tree.head[k]!, steps++) {
    // "claimed the March 2020 attack on Osk": the date is on the event itself.
    if (k === trigger) return false;
    const rel = baseRel(tree.deprel[k]!);
    if (!OWN_CLAUSE.has(rel)) continue;
    // The clause the date sits in: foreign unless it holds the claim or hangs on the event noun itself.
    // Below a verb, a clause its own subordinator opens tells another event: "likely to strike X, as it
    // did in 2023"; one without may be the parser's reading of a relative ("X, who heads Y, seized power in May").
    const onTrigger = tree.head[k] === trigger && (isNominal(tree, trigger) || !tree.children[k]!.some((c) => baseRel(tree.deprel[c]!) === 'mark'));
    if (!holdsTrigger(k) && !onTrigger && !(isNominal(tree, trigger) && relativeOnTrigger(tree, units, trigger, k))) return true;
    break;
  }
  // The verb the date phrase hangs from, through the nouns it may sit in ("on the night of 11 May").
  let verb = at;
  for (let steps = 0; steps < MAX_CLIMB && verb >= 0 && tree.upos[verb] !== 'VERB' && tree.upos[verb] !== 'AUX' && !OWN_CLAUSE.has(baseRel(tree.deprel[verb]!)); steps++) verb = tree.head[verb]!;
  if (verb >= 0 && REPORTING.has(units[verb]!.lower) && !isOwnReport(tree, units, trigger, verb)) return true;
  // "attacked Osk in May and seized Brell": a date after the first conjunct's verb is that conjunct's.
  for (let k = trigger, steps = 0; k >= 0 && steps <= tree.size; k = tree.head[k]!, steps++) {
    const rel = baseRel(tree.deprel[k]!);
    if (!OWN_CLAUSE.has(rel)) continue;
    return rel === 'conj' && tree.head[k] === verb && spanStart > units[verb]!.start && spanStart < units[k]!.start;
  }
  return false;
}

/**
 * Whether a date past the claim's window still hangs on the claim in the parse: on the verb that governs
 * the trigger ("has run the Front as a proxy since at least 2017", where "since at" reads as a clause
 * break to the window) or in a relative clause on the event noun itself ("the raid on Osk, which killed
 * 41 soldiers on 14 May").
 */
export function hangsOnClaim(tree: UnitTree, units: readonly Unit[], trigger: number, at: number, windowEnd: number, spanStart: number): boolean {
  if (at < 0) return false;
  if ((baseRel(tree.deprel[at]!) === 'acl' || tree.deprel[at]!.endsWith(':relcl')) && tree.head[at] === trigger) return true;
  if (isNominal(tree, trigger) && relativeOnTrigger(tree, units, trigger, at)) return true;
  // Only a date right after the window's break: "until a raid in March" may be the raid's date.
  if (units.some((u, k) => u.start >= windowEnd && u.start < spanStart && (tree.upos[k] === 'NOUN' || tree.upos[k] === 'VERB' || u.mention !== null))) return false;
  for (let k = trigger, steps = 0; k >= 0 && steps < MAX_CLIMB + 2; k = tree.head[k]!, steps++) {
    if (k === at) return true;
    if (OWN_CLAUSE.has(baseRel(tree.deprel[k]!))) break;
  }
  return false;
}

const isNominal = (tree: UnitTree, k: number): boolean => tree.upos[k] !== 'VERB' && tree.upos[k] !== 'AUX';

/**
 * Whether the relative clause headed at `clause` ("…, which killed 41 soldiers on 14 May") describes the
 * event noun at `trigger`, whatever word the parser hung it on: its antecedent, the word before the
 * relative pronoun, lies in the event noun's phrase ("the raid on the Osk garrison, which …", "the
 * offensive against the Front, which has been under way since May").
 */
function relativeOnTrigger(tree: UnitTree, units: readonly Unit[], trigger: number, clause: number): boolean {
  if (!tree.deprel[clause]!.endsWith(':relcl')) return false;
  let opening = clause;
  for (let k = clause - 1; k >= 0; k--) if (units[k]!.pos !== 'PUNCT' && dominates(tree, clause, k)) opening = k;
  if (!RELATIVE_PRONOUNS.has(units[opening]!.lower)) return false;
  let antecedent = opening - 1;
  while (antecedent >= 0 && units[antecedent]!.pos === 'PUNCT') antecedent--;
  for (let k = antecedent, steps = 0; k >= 0 && steps <= MAX_CLIMB; k = tree.head[k]!, steps++) {
    if (k === trigger) return true;
    if (OWN_CLAUSE.has(baseRel(tree.deprel[k]!)) || !isNominal(tree, k)) return false;
  }
  return false;
}

const RELATIVE_PRONOUNS = new Set(['which', 'that']);

/**
 * Whether a date stands right beside a verb of saying that is not the claim's ("Alder on Thursday
 * accused …", "… dismissed on Friday reports that …", "said on Tuesday that …"): it dates the saying.
 * Read on the words alone, since a dateline before the sentence can derail its parse. "The Front on
 * Monday claimed to have overrun a camp" is the Front's own act, dated by its claim.
 */
export function datesSaying(units: readonly Unit[], trigger: number, start: number, end: number): boolean {
  let first = -1;
  let last = -1;
  for (let k = 0; k < units.length; k++) if (units[k]!.start < end && start < units[k]!.end) { if (first < 0) first = k; last = k; }
  if (first < 0) return false;
  const after = units[last + 1];
  if (after && (/^['’]s$/.test(after.lower) || after.lower === 'to')) return false;
  if (isSaying(after) && last + 1 !== trigger && units[last + 2]?.lower !== 'to') return true;
  let before = first - 1;
  while (before >= 0 && units[before]!.pos === 'ADP') before--;
  return before !== trigger && isSaying(units[before]);
}

const FUTURE = new Set(['will', "'ll", 'shall']);

/**
 * Whether a date hangs on a verb in the future ("the next hearing is set for 3 July, when the defence
 * will call …", "he will be heard on Thursday"): what has not happened yet is no claim's date.
 */
export function isFutureDate(tree: UnitTree, units: readonly Unit[], at: number): boolean {
  let verb = at;
  for (let steps = 0; steps < MAX_CLIMB && verb >= 0 && tree.upos[verb] !== 'VERB'; steps++) verb = tree.head[verb]!;
  return verb >= 0 && tree.children[verb]!.some((c) => baseRel(tree.deprel[c]!) === 'aux' && FUTURE.has(units[c]!.lower));
}

/**
 * Whether a date is the time a "when" clause right after it tells of: "as it did in 2023, when gunmen of
 * the cartel killed the police coordinator" dates the killing, though the date hangs on another clause.
 */
export function datesWhenClause(tree: UnitTree, units: readonly Unit[], trigger: number, end: number): boolean {
  let when = units.findIndex((u) => u.start >= end);
  while (when >= 0 && when < units.length && units[when]!.pos === 'PUNCT') when++;
  if (when < 0 || units[when]?.lower !== 'when' || trigger < when) return false;
  // "the next hearing is on 3 July, when the defence will call …": what is yet to come has no date.
  if (units.slice(when, trigger).some((u) => FUTURE.has(u.lower))) return false;
  return dominates(tree, tree.head[when]!, trigger);
}

/**
 * Whether a hedge at `k` governs the claim: the clause it stands in must hold the trigger. "X, which
 * fought in Osk and whose fighters are believed to shelter in Brell": "believed" hedges the sheltering
 * only; "arrested Varn, a nephew who allegedly runs the depots" does not hedge the arrest; "is believed
 * to have attacked" does hedge the attack below it.
 */
export function hedgeReaches(tree: UnitTree, trigger: number, k: number): boolean {
  let clause = k;
  for (let steps = 0; steps <= tree.size && clause >= 0; steps++) {
    if (OWN_CLAUSE.has(baseRel(tree.deprel[clause]!)) || tree.head[clause]! < 0) break;
    clause = tree.head[clause]!;
  }
  if (clause < 0) return true;
  for (let t = trigger, steps = 0; t >= 0 && steps <= tree.size; t = tree.head[t]!, steps++) {
    if (t === clause) return true;
    // "appears to have seized X and has clashed with Y": a conjunct with its own auxiliary or subject
    // is a clause of its own, out of reach of what governs the first.
    if (baseRel(tree.deprel[t]!) === 'conj' && tree.children[t]!.some((c) => FINITE_MARKS.has(baseRel(tree.deprel[c]!)))) return false;
  }
  return false;
}

const FINITE_MARKS = new Set(['aux', 'nsubj']);

// "last month the Front claimed to have overrun a camp": a speaker's claim about its own act, with the
// act as the verb's complement, is dated by the claim.
function dominates(tree: UnitTree, ancestor: number, k: number): boolean {
  for (let steps = 0; k >= 0 && steps <= tree.size; k = tree.head[k]!, steps++) if (k === ancestor) return true;
  return false;
}

// To declare war is to wage it: the declaration's date is the hostility's.
const PERFORMATIVE = new Set(['declared', 'declares', 'declare']);

function isOwnReport(tree: UnitTree, units: readonly Unit[], trigger: number, verb: number): boolean {
  for (let k = trigger, steps = 0; k >= 0 && steps <= tree.size; k = tree.head[k]!, steps++) {
    if (tree.head[k] === verb) return baseRel(tree.deprel[k]!) === 'xcomp' || (k === trigger && baseRel(tree.deprel[k]!) === 'obj' && PERFORMATIVE.has(units[verb]!.lower));
    if (OWN_CLAUSE.has(baseRel(tree.deprel[k]!))) return false;
  }
  return false;
}
