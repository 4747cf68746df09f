import type { Unit } from '../sentence-view.js';

// Words that head a fronted time phrase: "On Monday", "In December", "In 2020", "Last week", "That night".
const TIME_HEADS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'week', 'weekend', 'month', 'year', 'morning', 'afternoon', 'evening', 'night', 'day', 'dawn', 'spring', 'summer', 'autumn', 'winter', 'time', 'weeks', 'months', 'years', 'days',
]);
const isTimeHead = (unit: Unit): boolean => TIME_HEADS.has(unit.lower) || /^(1[89]|20)\d\d$/.test(unit.text);
// Without a comma the parser tends to read the subject after a fronted time phrase as part of it ("On Monday
// the Front attacked Osk": "the Front" hung on "Monday" as an apposition), and the verb is left without a subject.
const ABSORBED = new Set(['appos', 'nmod', 'compound', 'dep', 'flat', 'conj']);
const SUBJECT_RELS = new Set(['nsubj', 'nsubj:pass', 'csubj', 'expl']);

/**
 * Gives a verb back the subject a fronted time phrase swallowed: a noun phrase with no preposition of its
 * own, hung on the time word of the verb's leading oblique, right before the verb, while the verb has no
 * subject. Repairs `head` and `deprel` in place.
 */
export function freeSubjectsFromFrontedTimes(units: readonly Unit[], upos: readonly string[], head: Int32Array, deprel: string[]): void {
  const size = units.length;
  for (let a = 1; a < size; a++) {
    const time = head[a]!;
    if (time < 0 || time >= a || !ABSORBED.has(deprel[a]!) || !isTimeHead(units[time]!) || !deprel[time]!.startsWith('obl')) continue;
    const verb = head[time]!;
    if (verb <= a || upos[verb] !== 'VERB') continue;
    let hasSubject = false;
    let hasCase = false;
    for (let c = 0; c < size; c++) {
      if (head[c] === verb && SUBJECT_RELS.has(deprel[c]!)) hasSubject = true;
      if (head[c] === a && (deprel[c] === 'case' || deprel[c] === 'mark')) hasCase = true;
    }
    // Only the phrase's own words (and auxiliaries or adverbs of the verb) may stand between it and the verb.
    if (hasSubject || hasCase || !spansTo(units, head, a, verb, size)) continue;
    head[a] = verb;
    deprel[a] = units[verb]!.lower.endsWith('ed') && hasPassiveAux(head, deprel, verb, size) ? 'nsubj:pass' : 'nsubj';
  }
}

function spansTo(units: readonly Unit[], head: Int32Array, a: number, verb: number, size: number): boolean {
  for (let i = a + 1; i < verb; i++) {
    let h = head[i]!;
    let steps = 0;
    while (h >= 0 && h !== a && h !== verb && steps++ < size) h = head[h]!;
    if (h < 0 || units[i]!.text === ',') return false;
  }
  return true;
}

function hasPassiveAux(head: Int32Array, deprel: readonly string[], verb: number, size: number): boolean {
  for (let c = 0; c < size; c++) if (head[c] === verb && deprel[c] === 'aux:pass') return true;
  return false;
}

/**
 * "Elements of the Federal Police, in coordination with the State Police, arrested X": with a long
 * phrase between them the parser can hang the subject on the verb as an oblique. An oblique needs a
 * preposition, or must be a time ("Sunday, the Army attacked"); a bare noun phrase before a verb that has
 * no subject is that verb's subject. Repairs `head` and `deprel` in place.
 */
export function subjectsReadAsObliques(units: readonly Unit[], upos: readonly string[], head: Int32Array, deprel: string[]): void {
  const size = units.length;
  for (let a = 0; a < size; a++) {
    const verb = head[a]!;
    if (deprel[a] !== 'obl' || verb <= a || upos[verb] !== 'VERB' || (upos[a] !== 'NOUN' && upos[a] !== 'PROPN' && !units[a]!.mention) || isTimeHead(units[a]!)) continue;
    let taken = false;
    for (let c = 0; c < size && !taken; c++) {
      if (head[c] === verb && (SUBJECT_RELS.has(deprel[c]!) || (deprel[c] === 'obl' && c < a))) taken = true;
      if (head[c] === a && (deprel[c] === 'case' || deprel[c] === 'mark' || /^\d/.test(units[c]!.text) || isTimeHead(units[c]!))) taken = true;
      if (head[c] === verb && (deprel[c] === 'mark' || deprel[c] === 'aux') && c < a) taken = true;
    }
    if (taken) continue;
    deprel[a] = hasPassiveAux(head, deprel, verb, size) ? 'nsubj:pass' : 'nsubj';
  }
}
