import type { ClaimSource } from '../../../core/index.js';
import type { Unit } from '../sentence-view.js';
import { TRIGGERS, lemmatize } from '../../wordnet/index.js';
import { actorsAt, prepOf } from './paths.js';
import { misreadCarrier } from './scope.js';
import { baseRel, type UnitTree } from './tree.js';

/** Whose voice a claim is in, as far as the parse of its clause shows. */
export interface ClauseVoice {
  /** A non-restrictive relative clause on a name (", which has waged an insurgency in Osk since 2019"): the writer's background. */
  readonly background: boolean;
  /** "reports that …", "allegations that …", "claims by state media that …": the statement the claim is carried in. */
  readonly carrier: { readonly source: ClaimSource; readonly hedged: boolean } | null;
  /** A denied statement ("dismissed reports that …"): what the statement itself alleged, in its own voice. */
  readonly alleged?: { readonly source: ClaimSource; readonly hedged: boolean };
}

// Nouns that carry a statement as their clause, and whether the noun itself marks doubt.
const CARRIERS: ReadonlyMap<string, boolean> = new Map([
  ['report', false], ['reports', false], ['reporting', false], ['claim', true], ['claims', true], ['allegation', true], ['allegations', true],
  ['accusation', true], ['accusations', true], ['rumour', true], ['rumours', true], ['rumor', true], ['rumors', true], ['suggestion', true], ['suggestions', true],
]);
const UPWARD = new Set(['xcomp', 'ccomp', 'conj', 'advcl', 'acl', 'obj', 'nmod', 'obl', 'csubj']);

export function clauseVoice(tree: UnitTree, units: readonly Unit[], trigger: number): ClauseVoice {
  let k = trigger;
  for (let steps = 0; steps < 6; steps++) {
    let rel = tree.deprel[k]!;
    let h = tree.head[k]!;
    if (h < 0) break;
    // "rejected claims by state media that X struck Y", with the clause read as a relative clause on "media".
    // "reports that Alder had armed the Front" read as a relative clause on "reports" itself: no slot is empty.
    if (rel === 'acl:relcl') {
      const statement = misreadCarrier(tree, units, k);
      if (statement !== null) { h = statement; rel = 'acl'; }
    }
    if (rel === 'acl:relcl' && units[h]!.mention && hasCommaBetween(tree, units, h, k)) return { background: true, carrier: null };
    const carried = CARRIERS.get(units[h]!.lower);
    // "Alder dismissed reports that it arms the Front": a denied statement is the denier's word, not the reports'.
    if ((rel === 'acl' || rel === 'ccomp') && carried !== undefined && !units[h]!.mention && tree.upos[h] === 'NOUN' && isDenied(tree, units, h)) return { background: false, carrier: denierOf(tree, units, h), alleged: { source: carrierSource(tree, units, h), hedged: carried } };
    if ((rel === 'acl' || rel === 'ccomp') && carried !== undefined && !units[h]!.mention && tree.upos[h] === 'NOUN') return { background: false, carrier: { source: carrierSource(tree, units, h), hedged: carried } };
    // "asked about reports that …" where the parse hung the clause on the verb: the noun right before "that".
    const that = rel === 'ccomp' ? tree.children[k]!.find((c) => tree.deprel[c] === 'mark' && units[c]!.lower === 'that') : undefined;
    const before = that !== undefined ? that - 1 : -1;
    if (before >= 0 && CARRIERS.has(units[before]!.lower) && !units[before]!.mention && tree.upos[before] === 'NOUN' && isDenied(tree, units, before)) return { background: false, carrier: denierOf(tree, units, before), alleged: { source: carrierSource(tree, units, before), hedged: CARRIERS.get(units[before]!.lower)! } };
    if (before >= 0 && CARRIERS.has(units[before]!.lower) && !units[before]!.mention && tree.upos[before] === 'NOUN') return { background: false, carrier: { source: carrierSource(tree, units, before), hedged: CARRIERS.get(units[before]!.lower)! } };
    if (!UPWARD.has(baseRel(rel))) break;
    k = h;
  }
  return { background: false, carrier: null };
}

// "claims by Haldari state media that …" names who made them; otherwise the noun phrase is the source ("media reports").
function carrierSource(tree: UnitTree, units: readonly Unit[], noun: number): ClaimSource {
  for (const c of tree.children[noun]!) {
    if (baseRel(tree.deprel[c]!) !== 'nmod' || !['by', 'from', 'of', 'in'].includes(prepOf(tree, units, c) ?? '')) continue;
    const named = actorsAt(tree, units, c);
    if (named.length === 1) return { kind: 'entity', mentionId: units[named[0]!.unit]!.mention!.id };
    return { kind: 'described', text: phrase(tree, units, c) };
  }
  const modifiers = tree.children[noun]!.filter((c) => c < noun && ['amod', 'compound'].includes(tree.deprel[c]!));
  const from = modifiers.length > 0 ? Math.min(...modifiers) : noun;
  return { kind: 'described', text: units.slice(from, noun + 1).map((u) => u.text).join(' ') };
}

function phrase(tree: UnitTree, units: readonly Unit[], k: number): string {
  const words: number[] = [];
  const visit = (n: number): void => { if (tree.deprel[n] !== 'case' && tree.deprel[n] !== 'det' && tree.deprel[n] !== 'punct') words.push(n); for (const c of tree.children[n]!) if (tree.deprel[c] !== 'acl:relcl' && tree.deprel[c] !== 'acl') visit(c); };
  visit(k);
  return words.sort((a, b) => a - b).map((w) => units[w]!.text).join(' ');
}

function hasCommaBetween(tree: UnitTree, units: readonly Unit[], head: number, clause: number): boolean {
  let first = clause;
  const stack = [clause];
  while (stack.length > 0) { const n = stack.pop()!; if (n < first) first = n; stack.push(...tree.children[n]!); }
  for (let j = head + 1; j < first; j++) if (units[j]!.text === ',') return true;
  return units[first - 1]?.text === ',' || units[first]!.text === ',';
}

// The statement noun is the object of a denial ("dismissed reports", "rejected claims", "denied allegations").
function isDenied(tree: UnitTree, units: readonly Unit[], noun: number): boolean {
  const verb = tree.head[noun]!;
  return verb >= 0 && tree.deprel[noun] === 'obj' && TRIGGERS.denial.verbs.has(lemmatize(units[verb]!.lower, 'VERB'));
}

// Who denies: the denial verb's subject, when it names someone; the statement is theirs and not hedged.
function denierOf(tree: UnitTree, units: readonly Unit[], noun: number): ClauseVoice['carrier'] {
  const verb = tree.head[noun]!;
  const subject = tree.children[verb]!.find((c) => baseRel(tree.deprel[c]!) === 'nsubj');
  const named = subject === undefined ? [] : actorsAt(tree, units, subject);
  return named.length === 1 ? { source: { kind: 'entity', mentionId: units[named[0]!.unit]!.mention!.id }, hedged: false } : null;
}
