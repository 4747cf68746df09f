import { REPORT_VERBS, TITLES } from '../lexicon.js';
import type { Unit } from '../sentence-view.js';
import { descendsFrom } from './deprel.js';

// Repairs of where a whole clause hangs (relative clauses, complement clauses, parenthetical reports),
// apart from repairs.ts, which mends single words and phrases. Each is tested on a hand-written tree in
// test/nlp/claims/parse-rules.test.ts; `head` and `deprel` are changed in place.

/** Clause-level repairs, in the order they must run: a relative clause is found before it is read as a complement. */
export function repairClauses(units: readonly Unit[], upos: readonly string[], head: Int32Array, deprel: string[]): void {
  attachRelativeClauses(units, upos, head, deprel);
  complementsReadAsRelatives(units, upos, head, deprel);
  parentheticalReports(units, upos, head, deprel);
  namesAfterLowercaseTitles(units, upos, head, deprel);
}

const RELATIVES = new Set(['which', 'who', 'whom', 'whose', 'where']);
const LOOSE = new Set(['parataxis', 'conj', 'advcl', 'dep', 'ccomp']);

/**
 * "after the Osk massacre, in which the Front killed 41 people": a clause that opens with a relative word
 * ("in which", "who", "where") is a relative clause on the noun right before its comma, however loosely the
 * parse hung it (as a parataxis or conjunct of the main verb). It becomes that noun's `acl:relcl`.
 */
function attachRelativeClauses(units: readonly Unit[], upos: readonly string[], head: Int32Array, deprel: string[]): void {
  for (let k = 0; k < units.length; k++) {
    // A "which" clause hung on a person ("X, commander of the 4th Division, to which the brigade belongs")
    // is no relative on that person: "which" is never a person, and the noun before its comma takes it.
    const onPerson = deprel[k] === 'acl:relcl' && head[k]! >= 0 && (units[head[k]!]!.mention?.type === 'person' || TITLES.has(units[head[k]!]!.lower));
    if (upos[k] !== 'VERB' || (!LOOSE.has(deprel[k]!) && !onPerson)) continue;
    // The clause's first word: the relative ("which the Front held"), or the preposition before it ("in
    // which"), wherever in the clause the parse hung them ("which" as a determiner of the subject, too).
    let first = -1;
    for (let j = 0; j < k && first < 0; j++) if (deprel[j] !== 'punct' && descendsFrom(head, j, k, units.length)) first = j;
    if (first < 0) continue;
    const relative = RELATIVES.has(units[first]!.lower) ? first : upos[first] === 'ADP' && RELATIVES.has(units[first + 1]?.lower ?? '') ? first + 1 : -1;
    if (relative < 0 || (onPerson && units[relative]!.lower !== 'which')) continue;
    // "in which" is an oblique of the clause's verb, whatever it was hung on.
    if (first < relative && head[relative] !== k) {
      head[relative] = k;
      deprel[relative] = 'obl';
      head[first] = relative;
      deprel[first] = 'case';
    }
    const comma = first - 1;
    const noun = units[comma]?.text === ',' ? comma - 1 : -1;
    if (noun < 0 || (upos[noun] !== 'NOUN' && upos[noun] !== 'PROPN' && !units[noun]!.mention) || (onPerson && (noun === head[k] || units[noun]!.mention?.type === 'person'))) continue;
    head[k] = noun;
    deprel[k] = 'acl:relcl';
  }
}


/**
 * "found no evidence that Alder armed the Front" parsed as a relative clause whose "that" is the object,
 * which leaves the real object a stray `xcomp`: a clause whose verb already has a bare noun phrase after
 * it has no gap for "that" to fill, so "that" marks a complement clause of the noun (`acl`), and the noun
 * phrase is the verb's object.
 */
function complementsReadAsRelatives(units: readonly Unit[], upos: readonly string[], head: Int32Array, deprel: string[]): void {
  for (let k = 0; k < units.length; k++) {
    if (deprel[k] !== 'acl:relcl' || upos[k] !== 'VERB') continue;
    let that = -1;
    let stray = -1;
    for (let c = 0; c < units.length; c++) {
      if (head[c] !== k) continue;
      if (c < k && units[c]!.lower === 'that' && deprel[c] === 'obj') that = c;
      if (c > k && (deprel[c] === 'xcomp' || deprel[c] === 'dep') && (upos[c] === 'NOUN' || upos[c] === 'PROPN' || units[c]!.mention)) stray = c;
    }
    if (that < 0 || stray < 0) continue;
    deprel[that] = 'mark';
    deprel[stray] = 'obj';
    deprel[k] = 'acl';
  }
}

/**
 * "Tam Orlan, officials say, now sits on the council": the greedy parser makes the name the root, the
 * parenthetical "officials say" its parataxis and the real predicate the complement of "say". A reporting
 * verb set off by commas between a subject and a verb with no subject of its own is a parenthetical: the
 * verb is the root, the name its subject, and the parenthetical hangs on the verb (where attribution reads it).
 */
function parentheticalReports(units: readonly Unit[], upos: readonly string[], head: Int32Array, deprel: string[]): void {
  for (let r = 2; r + 2 < units.length; r++) {
    if (upos[r] !== 'VERB' || !REPORT_VERBS.has(units[r]!.lower) || units[r + 1]!.text !== ',') continue;
    const verb = units.findIndex((_, c) => c > r + 1 && head[c] === r && ['ccomp', 'parataxis', 'xcomp', 'conj'].includes(deprel[c]!) && upos[c] === 'VERB' && !units.some((_, d) => head[d] === c && deprel[d] === 'cc'));
    if (verb < 0 || units.some((_, c) => head[c] === verb && deprel[c]!.startsWith('nsubj'))) continue;
    // The report's own subject sits between the commas: ", officials say,".
    const subjects = units.map((_, c) => c).filter((c) => head[c] === r && deprel[c] === 'nsubj');
    const said = subjects[subjects.length - 1] ?? -1;
    let opening = said;
    while (opening > 0 && units[opening - 1]!.text !== ',' && descendsFrom(head, opening - 1, said, units.length)) opening--;
    if (said < 0 || units[opening - 1]?.text !== ',') continue;
    // The subject of the clause: the root the report hangs on, or a first subject the report was given too.
    const h = head[r]! >= 0 && head[r]! < opening - 1 && head[head[r]!] === -1 ? head[r]! : subjects.length > 1 && head[r] === -1 ? subjects[0]! : -1;
    if (h < 0) continue;
    head[verb] = head[r] === h ? -1 : head[r]!;
    deprel[verb] = 'root';
    head[h] = verb;
    deprel[h] = units.some((_, c) => head[c] === verb && deprel[c] === 'aux:pass') ? 'nsubj:pass' : 'nsubj';
    head[r] = verb;
    deprel[r] = 'parataxis';
    for (let c = 0; c < units.length; c++) if (head[c] === h && c > opening - 2) head[c] = verb;
  }
}

/**
 * "broke off ties with militia leader Tam Orlan": a name straight after a title noun is that noun's
 * apposition-like head, as "President Bush" is, however the parse hung the two (the name as a second
 * object of the verb). The name takes the title's place and the title becomes its compound.
 */
export function namesAfterLowercaseTitles(units: readonly Unit[], upos: readonly string[], head: Int32Array, deprel: string[]): void {
  for (let m = 1; m < units.length; m++) {
    const t = m - 1;
    if (units[m]!.mention?.type !== 'person' || units[t]!.mention || upos[t] !== 'NOUN' || !TITLES.has(units[t]!.lower)) continue;
    if (head[m] === t || head[t] === m) continue;
    head[m] = head[t]!;
    deprel[m] = deprel[t]!;
    for (let c = 0; c < units.length; c++) if (head[c] === t && c !== m) head[c] = m;
    head[t] = m;
    deprel[t] = 'compound';
  }
}
