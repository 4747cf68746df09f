import type { Unit } from '../sentence-view.js';
import { freeSubjectsFromFrontedTimes, subjectsReadAsObliques } from './fronted-time.js';
import { baseRel, descendsFrom } from './deprel.js';
import { repairClauses } from './clause-repairs.js';

/**
 * Parse errors the claim rows cannot see through, repaired on the unit tree before any row reads it. Each
 * repair is a shape the greedy parser gets wrong in news copy, tested on a hand-written tree in
 * test/nlp/claims/parse-rules.test.ts; `head` and `deprel` are changed in place.
 */
export function repairParse(units: readonly Unit[], upos: readonly string[], head: Int32Array, deprel: string[]): void {
  raiseNamesOverTitles(units, head, deprel);
  freeSubjectsFromFrontedTimes(units, upos, head, deprel);
  subjectsReadAsObliques(units, upos, head, deprel);
  lowerGluedModifiers(units, head, deprel);
  detachLeadingLabel(units, head, deprel);
  lowerHeadedPrepositions(units, upos, head, deprel);
  markPossessors(units, head, deprel);
  joinSetOffSubjects(units, upos, head, deprel);
  coordinateStrayObjects(upos, head, deprel);
  subjectsOfWhoseClauses(units, upos, head, deprel);
  repairClauses(units, upos, head, deprel);
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
  // A bulleted line ("• Brell: The Guard …") has its label after the bullet.
  const at = units[0] && /^[•·▪◦‣*-]$/.test(units[0].text) ? 1 : 0;
  if (units.length < at + 4 || units[at + 1]!.text !== ':') return;
  for (let n = at + 2; n < units.length; n++) {
    // Hung on the label as its apposition, or as a second item of a list ("conj", "list").
    if (head[n] !== at || !['appos', 'conj', 'list', 'dep'].includes(deprel[n]!)) continue;
    head[n] = head[at]!;
    deprel[n] = deprel[at]!;
    for (let c = n + 1; c < units.length; c++) if (head[c] === at) head[c] = n;
    head[at] = n;
    deprel[at] = 'dep';
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

// "the Front's media arm" parsed with the possessor as a compound: a name marked "'s" is a possessor.
function markPossessors(units: readonly Unit[], head: Int32Array, deprel: string[]): void {
  for (let m = 0; m + 1 < units.length; m++) {
    const mark = units[m + 1]!.lower;
    if (deprel[m] === 'compound' && (mark === "'s" || mark === '’s') && head[m + 1] === m) deprel[m] = 'nmod:poss';
  }
}

/**
 * "Its media arm, Sawt al-Nur, said …" parsed with two subjects: a name set off by commas right after
 * a description is that description's apposition, when the verb has another subject.
 */
function joinSetOffSubjects(units: readonly Unit[], upos: readonly string[], head: Int32Array, deprel: string[]): void {
  for (let n = 2; n + 1 < units.length; n++) {
    const described = n - 2;
    const verb = head[n]!;
    if (verb < 0 || deprel[n] !== 'nsubj' || !units[n]!.mention || units[n - 1]!.text !== ',' || units[n + 1]!.text !== ',') continue;
    if (units[described]!.mention || upos[described] !== 'NOUN') continue;
    // Either both are the verb's subjects, or the verb has a subject of its own after the name
    // ("carried by its media arm, Sawt al-Nur, the group said …").
    const twoSubjects = head[described] === verb && deprel[described] === 'nsubj';
    let laterSubject = false;
    for (let c = n + 1; c < verb && !laterSubject; c++) laterSubject = head[c] === verb && deprel[c] === 'nsubj';
    if (!twoSubjects && !laterSubject) continue;
    head[n] = described;
    deprel[n] = 'appos';
  }
}

/**
 * "attacked police posts and CPV safe houses in Osk" parsed with "houses" as an object of "posts": a noun
 * takes no object in UD, so a second object under the verb's object is coordinated with it.
 */
function coordinateStrayObjects(upos: readonly string[], head: Int32Array, deprel: string[]): void {
  for (let c = 0; c < head.length; c++) {
    const h = head[c]!;
    if (h < 0 || deprel[c] !== 'obj' || (upos[h] !== 'NOUN' && upos[h] !== 'PROPN') || deprel[h] !== 'obj') continue;
    deprel[c] = 'conj';
  }
}

/**
 * ", whose aircraft struck …" parsed with "aircraft" as an oblique: the noun "whose" possesses, right
 * before a verb that has no subject, is that verb's subject.
 */
function subjectsOfWhoseClauses(units: readonly Unit[], upos: readonly string[], head: Int32Array, deprel: string[]): void {
  for (let n = 1; n + 1 < units.length; n++) {
    const verb = head[n]!;
    if (verb !== n + 1 || upos[verb] !== 'VERB' || deprel[n] === 'nsubj' || deprel[n] === 'nsubj:pass') continue;
    let whose = false;
    let subject = false;
    for (let c = 0; c < units.length; c++) {
      if (head[c] === n && deprel[c] === 'nmod:poss' && units[c]!.lower === 'whose') whose = true;
      if (head[c] === verb && deprel[c]!.startsWith('nsubj')) subject = true;
    }
    if (whose && !subject) deprel[n] = 'nsubj';
  }
}
