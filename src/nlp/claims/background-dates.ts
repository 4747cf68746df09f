import type { Unit } from './sentence-view.js';
import { baseRel, type UnitTree } from './parse-rules/tree.js';

// Verbs of saying and denying: a date right beside one dates the statement (see datesSaying), and a
// title on its speaker is named in passing ("…, the army's spokesman, Colonel Varn, said"). To announce
// is to act ("the Front's commander, Varn, announced in May that …" dates his title), so it is not here.
const SAYING = new Set([
  'said', 'says', 'say', 'told', 'tells', 'reported', 'accused', 'accuses', 'claimed', 'claims', 'stated', 'added', 'confirmed',
  'alleged', 'alleges', 'warned', 'insisted', 'asserted', 'wrote', 'tweeted', 'posted',
  'denied', 'denies', 'dismissed', 'dismisses', 'rejected', 'rejects',
]);
// Verbs that name someone in passing ("it names Colonel Varn of the Bureau as its handler"): a title on
// whom they name is background; a date beside them may be the act's own ("declared war in May"), so
// datesSaying leaves them out.
const NAMING = new Set(['names', 'named', 'identified', 'identifies', 'declared']);
// Edges that keep a word inside its holder's noun phrase on the way up to the predicate the holder serves.
const PHRASE_EDGES = new Set(['appos', 'flat', 'compound', 'amod', 'det', 'nummod', 'conj', 'list']);
const NEGATION = new Set(['not', "n't", 'never', 'no']);

/** Whether a unit is a verb of saying (as a verb, not "the claims"). */
export const isSaying = (u: Unit | undefined): boolean => u !== undefined && u.pos === 'VERB' && SAYING.has(u.lower);
// "…, Commissioner General Varn, declared that …": a speaker, though "declared war in May" is an act.
const speaks = (u: Unit | undefined): boolean => isSaying(u) || (u?.pos === 'VERB' && u.lower === 'declared');

/**
 * Whether a title stated inside a noun phrase ("the Front's spokesman, Ilsa Varn") is background that the
 * clause's date does not reach (GUIDELINES, "Dates": a relation is dated by its own clause). A title is
 * dated with the event its holder takes part in ("the Front's treasurer, Varn, was arrested on Monday").
 * It is 'nested', never dated, when the holder is described inside another person's description: "married
 * Tam, the daughter of the Front's jailed chief, Orlan, in 2019" (the wedding does not date Orlan's
 * command). It is 'mentioned', dated only by a date that opens the sentence ("In March 2024, Front chief
 * Varn told the assembly …"), when the holder
 * - speaks: "…, the army's spokesman, Colonel Varn, said", "said Varn, a fellow at the Osk Institute.";
 * - is named or denied by a verb of saying: "it names Colonel Orlan of the Bureau as their handler since 2017";
 * - takes part in what did not happen: "its commander, Varn, did not travel to Osk in November".
 * `phrase` holds the claim's units; the walk up the parse starts from the holder and the title word.
 */
export function isBackgroundRole(tree: UnitTree | null, units: readonly Unit[], holder: number, title: number, phrase: readonly number[]): 'nested' | 'mentioned' | null {
  const surface = speaksBySurface(units, phrase) ? 'mentioned' : null;
  if (!tree) return surface;
  const inPhrase = new Set(phrase);
  const fromTitle = governingPredicate(tree, units, title, inPhrase);
  const predicate = governingPredicate(tree, units, holder, inPhrase);
  if (fromTitle === NESTED || predicate === NESTED) return 'nested';
  if (surface || predicate < 0) return surface;
  const negated = tree.children[predicate]!.some((c) => (baseRel(tree.deprel[c]!) === 'advmod' && NEGATION.has(units[c]!.lower)) || tree.deprel[c] === 'neg');
  const verb = units[predicate]!;
  return isSaying(verb) || (verb.pos === 'VERB' && NAMING.has(verb.lower)) || negated ? 'mentioned' : null;
}

const NESTED = -2;

// Up from a word of the claim's phrase to the word its phrase serves as an argument of. Crossing an
// "of"-modifier into another person's description ("the daughter of the chief, Orlan": "chief" hangs on
// "daughter", itself in apposition to a name) makes it nested; an event noun ("the arrest of Varn") is
// climbed through to its own predicate.
function governingPredicate(tree: UnitTree, units: readonly Unit[], start: number, inPhrase: ReadonlySet<number>): number {
  let k = start;
  for (let steps = 0; steps <= tree.size; steps++) {
    const h = tree.head[k]!;
    if (h < 0) return -1;
    const rel = baseRel(tree.deprel[k]!);
    if (inPhrase.has(h) || PHRASE_EDGES.has(rel)) { k = h; continue; }
    if (rel === 'nmod') {
      if (describesPerson(tree, units, h)) return NESTED;
      k = h;
      continue;
    }
    return h;
  }
  return -1;
}

// "the daughter of …", "younger brother of …", "the mastermind of …": a noun in apposition to a name
// (or conjoined with such a noun) describes that person.
function describesPerson(tree: UnitTree, units: readonly Unit[], k: number): boolean {
  for (let steps = 0; steps < 3 && k >= 0; steps++) {
    const rel = baseRel(tree.deprel[k]!);
    if (rel === 'appos') return units[tree.head[k]!]?.mention?.type === 'person' || units[tree.head[k]!]?.pos === 'PROPN';
    if (rel !== 'conj') return false;
    k = tree.head[k]!;
  }
  return false;
}

// Without trusting the parse: the phrase stands right before a verb of saying ("…, the army's spokesman,
// Colonel Varn, said.") or right after one at the end of the sentence ("…, said Varn, a fellow at the Osk
// Institute.").
function speaksBySurface(units: readonly Unit[], phrase: readonly number[]): boolean {
  const first = Math.min(...phrase);
  const last = Math.max(...phrase);
  let next = last + 1;
  while (next < units.length && units[next]!.pos === 'PUNCT') next++;
  if (speaks(units[next])) return true;
  let before = first - 1;
  while (before >= 0 && (units[before]!.pos === 'PUNCT' || units[before]!.pos === 'DET')) before--;
  return speaks(units[before]) && !units.slice(last + 1).some((u) => u.pos === 'VERB' || u.pos === 'AUX');
}
