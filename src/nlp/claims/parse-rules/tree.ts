import type { Unit } from '../sentence-view.js';
import { freeSubjectsFromFrontedTimes } from './fronted-time.js';

/** One token's place in the sentence's dependency tree, as the parser gives it. */
export interface TokenArc {
  readonly start: number;
  readonly end: number;
  readonly upos: string;
  /** Index of the head token within the same sentence, or -1 for the root. */
  readonly head: number;
  readonly deprel: string;
}

/**
 * The dependency tree over a sentence's units. A mention collapsed into one unit takes the arc of its
 * own head token (the one whose head lies outside the mention), so "the Red Valley Front" attaches
 * where "Front" does and its inner compounds disappear.
 */
export interface UnitTree {
  readonly size: number;
  /** Head unit of each unit, -1 for the root (and for units the parse does not cover). */
  readonly head: Int32Array;
  readonly deprel: readonly string[];
  readonly upos: readonly string[];
  readonly children: readonly (readonly number[])[];
}

/**
 * Lays the token tree over the units: each unit is headed by the unit holding its head token's head.
 * Units built by joining tokens (mentions, "co-founder", a folded "(RVF)") keep the outermost arc.
 */
export function buildUnitTree(units: readonly Unit[], arcs: readonly TokenArc[]): UnitTree {
  const size = units.length;
  const unitOfToken = new Int32Array(arcs.length).fill(-1);
  let u = 0;
  for (let t = 0; t < arcs.length; t++) {
    const arc = arcs[t]!;
    while (u < size && units[u]!.end <= arc.start) u++;
    if (u < size && units[u]!.start < arc.end) unitOfToken[t] = u;
  }
  const headToken = new Int32Array(size).fill(-1);
  const depth = (t: number): number => {
    let d = 0;
    for (let k = t; k >= 0 && d <= arcs.length; k = arcs[k]!.head) d++;
    return d;
  };
  for (let t = 0; t < arcs.length; t++) {
    const owner = unitOfToken[t]!;
    if (owner < 0) continue;
    const h = arcs[t]!.head;
    const leavesUnit = h < 0 || unitOfToken[h] !== owner;
    if (!leavesUnit) continue;
    const current = headToken[owner]!;
    // Two tokens leaving one unit (a mention the parse split): the one nearer the root heads it.
    if (current < 0 || depth(t) < depth(current)) headToken[owner] = t;
  }
  const head = new Int32Array(size).fill(-1);
  const deprel: string[] = new Array(size).fill('dep');
  const upos: string[] = units.map((x) => x.pos);
  const children: number[][] = Array.from({ length: size }, () => []);
  for (let k = 0; k < size; k++) {
    const t = headToken[k]!;
    if (t < 0) continue;
    const arc = arcs[t]!;
    deprel[k] = arc.deprel;
    if (!units[k]!.mention) upos[k] = arc.upos;
    else upos[k] = 'PROPN';
    const h = arc.head < 0 ? -1 : unitOfToken[arc.head]!;
    head[k] = h === k ? -1 : h;
  }
  raiseNamesOverTitles(units, head, deprel);
  freeSubjectsFromFrontedTimes(units, upos, head, deprel);
  lowerGluedModifiers(units, head, deprel);
  detachLeadingLabel(units, head, deprel);
  lowerHeadedPrepositions(units, upos, head, deprel);
  // The arcs above cannot form a cycle through a collapsed unit unless the parse was not a tree; guard anyway.
  for (let k = 0; k < size; k++) {
    let steps = 0;
    for (let h = head[k]!; h >= 0 && steps <= size; h = head[h]!) steps++;
    if (steps > size) head[k] = -1;
  }
  for (let k = 0; k < size; k++) if (head[k]! >= 0) children[head[k]!]!.push(k);
  return { size, head, deprel, upos, children };
}

// Relations by which the greedy parser hangs a name on the title word before it ("General Tam Orlan"
// with "General" as head), or a possessed name on its possessor ("Orlan's Shield Council" as apposition).
const RELATIVE_OPENERS = new Set(['which', 'who', 'whom', 'whose']);
const TITLE_HEADED = new Set(['flat', 'compound', 'appos', 'nmod:poss', 'nmod', 'dep']);

/**
 * Three parse errors the claim rows cannot see through, repaired on the unit tree (a description after a
 * coordination hung on its first conjunct is the third, below). A person's name headed
 * by the capitalised word right before it ("General", "Ustod", "Lieutenant-Colonel") takes that word's
 * place in the sentence, the title becoming its compound, as UD annotates "President Bush"; and a name
 * marked possessive ("'s") whose possessed name hangs on it as an apposition ("Orlan's Shield Council
 * seized power") yields its place to the possessed name, becoming its possessor.
 */
function raiseNamesOverTitles(units: readonly Unit[], head: Int32Array, deprel: string[]): void {
  const size = units.length;
  for (let m = 1; m < size; m++) {
    const t = m - 1;
    const title = units[t]!;
    if (units[m]!.mention?.type !== 'person' || head[m] !== t || title.mention || !TITLE_HEADED.has(deprel[m]!)) continue;
    if (!/^\p{Lu}\p{Ll}/u.test(title.text)) continue;
    head[m] = head[t]!;
    deprel[m] = deprel[t]!;
    for (let c = 0; c < size; c++) if (head[c] === t && c !== m) head[c] = m;
    head[t] = m;
    deprel[t] = 'compound';
  }
  // "clashes between the Guard and the Rangers, an ethnic militia active along …": a singular description
  // after a coordination describes the conjunct it follows, which the parser tends to skip for the first.
  for (let a = 0; a < size; a++) {
    const h = head[a]!;
    if (deprel[a] !== 'appos' || h < 0 || h > a || units[a]!.mention) continue;
    let start = a;
    while (start > 0 && head[start - 1] === a && deprel[start - 1] !== 'punct') start--;
    const article = units[start]!.lower;
    if ((article !== 'a' && article !== 'an') || units[start - 1]?.text !== ',') continue;
    let last = -1;
    for (let c = h + 1; c < start; c++) if (head[c] === h && deprel[c] === 'conj' && units[c]!.mention) last = c;
    // Only what belongs to that conjunct may stand between it and the comma: "the Rangers (RGR), a militia".
    if (last < 0) continue;
    let between = true;
    for (let i = last + 1; i < start - 1 && between; i++) between = descendsFrom(head, i, last, size);
    if (between) head[a] = last;
  }
  // "arming the Rangers, a militia in Alder": an indefinite description set off right after a name, that the
  // parse hung beside the name (as the verb's oblique or object), describes the name.
  for (let a = 0; a < size; a++) {
    if (units[a]!.mention || units[a]!.pos !== 'NOUN') continue;
    let start = a;
    while (start > 0 && head[start - 1] === a && deprel[start - 1] !== 'punct') start--;
    const article = units[start]!.lower;
    const name = start - 2;
    if ((article !== 'a' && article !== 'an') || units[start - 1]?.text !== ',' || name < 0 || !units[name]!.mention) continue;
    if (head[a] !== head[name] || head[a]! < 0 || !['obl', 'obj', 'dep', 'conj', 'parataxis'].includes(baseRel(deprel[a]!))) continue;
    head[a] = name;
    deprel[a] = 'appos';
  }
  // "the agreement between the Government of Iraq, led by Haider al-Abadi, and …": a participle set off
  // right after a name describes the name, though the parse hung it on a noun further up.
  for (let a = 2; a < size; a++) {
    const name = a - 2;
    if (deprel[a] !== 'acl' || units[a - 1]?.text !== ',' || !units[name]!.mention || head[a] === name || head[a]! < 0) continue;
    if (descendsFrom(head, name, head[a]!, size)) head[a] = name;
  }
  // "the raid on the base of the Front, which Alder arms, …": a relative clause opened right after a name
  // by ", which/who" is about the name.
  for (let p = 2; p < size; p++) {
    const name = p - 2;
    if (!RELATIVE_OPENERS.has(units[p]!.lower) || units[p - 1]?.text !== ',' || !units[name]!.mention) continue;
    let clause = p;
    for (let steps = 0; steps < 3 && clause >= 0 && deprel[clause] !== 'acl:relcl'; steps++) clause = head[clause]!;
    if (clause < 0 || deprel[clause] !== 'acl:relcl' || head[clause] === name || head[clause]! < 0) continue;
    if (descendsFrom(head, name, head[clause]!, size)) head[clause] = name;
  }
  for (let m = 0; m < size; m++) {
    if (!units[m]!.mention) continue;
    const possessive = units[m + 1]?.lower === "'s" || units[m + 1]?.lower === '’s';
    const owned = m + 2;
    if (!possessive || owned >= size || !units[owned]!.mention || head[owned] !== m || deprel[owned] !== 'appos') continue;
    head[owned] = head[m]!;
    deprel[owned] = deprel[m]!;
    head[m] = owned;
    deprel[m] = 'nmod:poss';
  }
}

/**
 * "The Brell-backed group, known locally as …, is led by …": a name glued by a hyphen to a participle
 * modifies the noun after it, but the parser, seeing a name first, may make the noun its apposition.
 * The noun takes the name's place in the sentence and the name becomes its compound.
 */
function lowerGluedModifiers(units: readonly Unit[], head: Int32Array, deprel: string[]): void {
  for (let n = 3; n < units.length; n++) {
    const name = n - 3;
    const [hyphen, participle] = [units[n - 2]!, units[n - 1]!];
    if (head[n] !== name || deprel[n] !== 'appos' || !units[name]!.mention || hyphen.text !== '-') continue;
    if (units[name]!.end !== hyphen.start || hyphen.end !== participle.start || !/(ed|en)$/.test(participle.lower)) continue;
    head[n] = head[name]!;
    deprel[n] = deprel[name]!;
    for (let c = 0; c < units.length; c++) if (head[c] === name && c !== n && c > n) head[c] = n;
    head[name] = n;
    deprel[name] = 'compound';
  }
}

/**
 * "Brell: The Guard on Tuesday arrested …": a bulletin's place label before a colon is no argument, but the
 * parser may make the clause's subject its apposition. The subject takes the label's place.
 */
function detachLeadingLabel(units: readonly Unit[], head: Int32Array, deprel: string[]): void {
  if (units.length < 4 || units[1]!.text !== ':') return;
  for (let n = 2; n < units.length; n++) {
    if (head[n] !== 0 || deprel[n] !== 'appos') continue;
    head[n] = head[0]!;
    deprel[n] = deprel[0]!;
    for (let c = n + 1; c < units.length; c++) if (head[c] === 0) head[c] = n;
    head[0] = n;
    deprel[0] = 'dep';
    return;
  }
}

/**
 * "the merger of Jund al-Sabiq, …" parsed with "of" heading the names: a preposition never heads a noun
 * phrase in UD. The first noun it governs takes its place, and it becomes that noun's case marker.
 */
function lowerHeadedPrepositions(units: readonly Unit[], upos: readonly string[], head: Int32Array, deprel: string[]): void {
  for (let a = 0; a < units.length; a++) {
    if (upos[a] !== 'ADP' || units[a]!.mention) continue;
    let noun = -1;
    for (let c = a + 1; c < units.length && noun < 0; c++) if (head[c] === a && /^(nsubj|obj|nmod|obl|appos)/.test(deprel[c]!) && (units[c]!.mention || upos[c] === 'NOUN' || upos[c] === 'PROPN')) noun = c;
    if (noun < 0) continue;
    head[noun] = head[a]!;
    deprel[noun] = /^(nmod|obl)/.test(deprel[a]!) ? deprel[a]! : 'nmod';
    for (let c = 0; c < units.length; c++) if (head[c] === a && c !== noun) head[c] = noun;
    head[a] = noun;
    deprel[a] = 'case';
  }
}

function descendsFrom(head: Int32Array, k: number, ancestor: number, size: number): boolean {
  for (let h = head[k]!, steps = 0; h >= 0 && steps < size; h = head[h]!, steps++) if (h === ancestor) return true;
  return false;
}

/** The deprel without its subtype: "nsubj:pass" → "nsubj", "obl:agent" → "obl". */
export const baseRel = (rel: string): string => {
  const colon = rel.indexOf(':');
  return colon < 0 ? rel : rel.slice(0, colon);
};

export function childrenWith(tree: UnitTree, k: number, rels: ReadonlySet<string>): number[] {
  return tree.children[k]!.filter((c) => rels.has(tree.deprel[c]!) || rels.has(baseRel(tree.deprel[c]!)));
}

// A word the tagger called an adjective or name but that heads a noun phrase ("the Front's offensive"):
// a determiner or a possessor before it makes it a noun.
export function isNounLike(tree: UnitTree, k: number): boolean {
  return (tree.upos[k] === 'ADJ' || tree.upos[k] === 'PROPN') && tree.children[k]!.some((c) => c < k && (tree.deprel[c] === 'det' || tree.deprel[c] === 'nmod:poss'));
}

/** A noun, or a word heading a noun phrase whatever its tag. */
export const isNominalHead = (tree: UnitTree, k: number): boolean => tree.upos[k] === 'NOUN' || isNounLike(tree, k);
