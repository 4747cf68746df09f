import type { ClaimMention, Mention, Sentence } from '../../../core/index.js';
import type { Unit } from '../sentence-view.js';
import { actorsAt } from './paths.js';
import { baseRel, type UnitTree } from './tree.js';

/** A row that denies what the sentence before alleged: "Alder has denied the charge." */
export const DENIAL_ROW = { name: 'parse-denial-of-previous', example: 'Officials accuse Alder of arming the Front. Alder has denied the charge.' } as const;

const DENYING = new Set(['deny', 'denies', 'denied', 'denying', 'reject', 'rejects', 'rejected', 'rejecting', 'dismiss', 'dismisses', 'dismissed', 'refute', 'refutes', 'refuted', 'rebut', 'rebutted', 'disputes', 'disputed']);
// What the denial's object calls the earlier statement: "the charge", "these allegations", "it".
const STATEMENTS = new Set(['charge', 'charges', 'allegation', 'allegations', 'accusation', 'accusations', 'claim', 'claims', 'report', 'reports', 'it', 'this', 'that', 'them', 'these', 'story', 'stories', 'account', 'accounts', 'assertion', 'assertions', 'suggestion', 'suggestions', 'findings']);

/**
 * The named denier of a sentence that denies, with no clause of its own, what came before: "Alder
 * has denied the charge", "The Front rejected the allegations as lies". -1 when the sentence is not one.
 */
export function bareDenier(units: readonly Unit[], tree: UnitTree): number {
  for (let k = 0; k < units.length; k++) {
    if (!DENYING.has(units[k]!.lower) || tree.upos[k] !== 'VERB') continue;
    const children = tree.children[k]!;
    // "denied that it armed the Front", "denied arming the Front": the clause says what is denied.
    if (children.some((c) => ['ccomp', 'xcomp', 'csubj'].includes(baseRel(tree.deprel[c]!)))) continue;
    const object = children.find((c) => tree.deprel[c] === 'obj');
    if (object === undefined || !STATEMENTS.has(units[object]!.lower)) continue;
    if (tree.children[object]!.some((c) => ['acl', 'ccomp', 'acl:relcl'].includes(tree.deprel[c]!))) continue;
    const subject = children.find((c) => tree.deprel[c] === 'nsubj');
    const denier = subject === undefined ? [] : actorsAt(tree, units, subject);
    if (denier.length === 1) return denier[0]!.unit;
  }
  return -1;
}

const sameName = (a: Mention, b: Mention | undefined): boolean => b !== undefined && (a.id === b.id || a.text.toLowerCase() === b.text.toLowerCase());

/** The previous sentence's claims about the denier, denied in its own voice in this sentence. */
export function denyAgain(previous: readonly ClaimMention[], denier: Mention, mentionById: ReadonlyMap<string, Mention>, sentence: Sentence, nextId: (n: number) => string): ClaimMention[] {
  const out: ClaimMention[] = [];
  for (const c of previous) {
    if (c.negated || c.predicate === 'located_in' || c.predicate === 'operates_in' || !sameName(denier, mentionById.get(c.subjectId))) continue;
    out.push({ ...c, id: nextId(out.length), negated: true, hedged: false, source: { kind: 'entity', mentionId: denier.id }, evidence: { start: sentence.start, end: sentence.end }, rule: `pattern/${DENIAL_ROW.name}` });
  }
  return out;
}
