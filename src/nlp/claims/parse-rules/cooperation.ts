import type { Found } from '../construction.js';
import type { Unit } from '../sentence-view.js';
import { VERBS } from '../lexicon.js';
import { doerOf, patientOf } from './clause.js';
import { actorsAt, prepOf, type Argument } from './paths.js';
import { parseScope } from './scope.js';
import { baseRel, type UnitTree } from './tree.js';

/** Rows that read acting together and family ties made by marriage. */
export const COOPERATION_ROWS = [
  { name: 'parse-alongside', example: 'The Front fought the Guard near Osk alongside the Cope Brigade.' },
  { name: 'parse-joint-body', example: 'A joint team of the Alder Army and the Cope Brigade raided the camp.' },
  { name: 'parse-pact', example: 'The Front and the Guild signed a non-aggression pact in Osk.' },
  { name: 'parse-marriage', example: 'In 2019 Ilsa Varn married Tam Orlan.' },
] as const;

// "alongside X", "together with X", "in coordination with X", "in cooperation with X".
const TOGETHER = new Set(['alongside', 'together with', 'jointly with']);
const COORDINATION = new Set(['coordination', 'cooperation', 'partnership', 'tandem', 'concert', 'collaboration', 'conjunction', 'league', 'alliance', 'cahoots']);
const JOINT_NOUNS = new Set(['team', 'teams', 'force', 'forces', 'operation', 'operations', 'patrol', 'patrols', 'raid', 'raids', 'command', 'offensive', 'statement', 'unit', 'task']);
const PACTS = new Set(['pact', 'pacts', 'agreement', 'agreements', 'accord', 'accords', 'treaty', 'treaties', 'deal', 'deals', 'alliance', 'truce', 'ceasefire', 'cease-fire', 'declaration', 'memorandum', 'understanding', 'partnership', 'coalition']);
const SIGNING = new Set(['sign', 'signed', 'signs', 'signing', 'seal', 'sealed', 'seals', 'agree', 'agreed', 'agrees', 'conclude', 'concluded', 'forge', 'forged', 'forges', 'strike', 'struck', 'broker', 'brokered', 'reach', 'reached', 'form', 'formed', 'forms', 'announce', 'announced', 'renew', 'renewed']);
const MARRY = new Set(['marry', 'married', 'marries', 'marrying', 'wed', 'wedded', 'weds']);

export function findCooperation(units: readonly Unit[], tree: UnitTree, active: ReadonlySet<string>): Found[] {
  const out: Found[] = [];
  const push = (a: number, b: number, k: number, rule: string, predicate: 'allied_with' | 'relative_of' | 'attacked' | 'hostile_to' | 'arrested' = 'allied_with', role: string | null = null): void => {
    if (a === b) return;
    const scope = parseScope(tree, units, k);
    out.push({ subject: a, object: b, predicate, role, trigger: k, rule, negated: scope.negated, denied: scope.denied, hedged: scope.hedged });
  };
  for (let k = 0; k < units.length; k++) {
    const u = units[k]!;
    if (u.mention) continue;
    if (tree.upos[k] === 'VERB') {
      const doers = doerOf(tree, units, k).actors;
      if (active.has('parse-alongside') && doers.length > 0) {
        const partners = together(units, tree, k);
        for (const partner of partners) for (const d of doers) push(d.unit, partner.unit, k, 'parse-alongside');
        // "the Front fought the Guard alongside the Brigade": the partner fought the Guard too.
        const sense = VERBS.get(u.lower)?.predicate;
        if (partners.length > 0 && (sense === 'attacked' || sense === 'hostile_to' || sense === 'arrested')) {
          const targets = patientOf(tree, units, k).filter((a) => !doers.some((d) => d.unit === a.unit));
          for (const partner of partners) for (const t of targets) push(partner.unit, t.unit, k, 'parse-alongside', sense);
        }
      }
      if (active.has('parse-pact') && SIGNING.has(u.lower) && tree.children[k]!.some((c) => tree.deprel[c] === 'obj' && PACTS.has(units[c]!.lower))) {
        const withs = tree.children[k]!.filter((c) => baseRel(tree.deprel[c]!) === 'obl' && prepOf(tree, units, c) === 'with').flatMap((c) => actorsAt(tree, units, c));
        if (withs.length > 0) for (const d of doers) for (const w of withs) push(d.unit, w.unit, k, 'parse-pact');
        else for (let a = 0; a < doers.length; a++) for (let b = a + 1; b < doers.length; b++) push(doers[a]!.unit, doers[b]!.unit, k, 'parse-pact');
      }
      if (active.has('parse-marriage') && MARRY.has(u.lower)) {
        for (const spouse of patientOf(tree, units, k)) for (const d of doers) if (units[d.unit]!.mention!.type === 'person' && units[spouse.unit]!.mention!.type === 'person') push(d.unit, spouse.unit, k, 'parse-marriage', 'relative_of', 'spouse');
      }
    } else if (active.has('parse-joint-body') && JOINT_NOUNS.has(u.lower) && tree.children[k]!.some((c) => units[c]!.lower === 'joint' || units[c]!.lower === 'combined')) {
      // "a joint team of the Army and the Brigade", "a joint operation by A and B".
      const members = tree.children[k]!.filter((c) => baseRel(tree.deprel[c]!) === 'nmod' && ['of', 'by', 'between', 'from'].includes(prepOf(tree, units, c) ?? '')).flatMap((c) => actorsAt(tree, units, c));
      for (let a = 0; a < members.length; a++) for (let b = a + 1; b < members.length; b++) push(members[a]!.unit, members[b]!.unit, k, 'parse-joint-body');
    }
  }
  return out;
}

// Partners an act was done with: "alongside X", "together with X", "in coordination with X".
function together(units: readonly Unit[], tree: UnitTree, k: number): Argument[] {
  const out: Argument[] = [];
  // "Officers of the Police, in coordination with the Army, arrested …": the phrase may hang on the subject.
  const subjects = tree.children[k]!.filter((c) => baseRel(tree.deprel[c]!) === 'nsubj' && !units[c]!.mention);
  for (const c of [...tree.children[k]!, ...subjects.flatMap((s) => tree.children[s]!)]) {
    // "together with X", "jointly with X" parsed with the "with" phrase under the adverb.
    if (baseRel(tree.deprel[c]!) === 'advmod' && ['together', 'jointly'].includes(units[c]!.lower)) {
      for (const g of tree.children[c]!) if (['obl', 'nmod'].includes(baseRel(tree.deprel[g]!)) && prepOf(tree, units, g) === 'with') out.push(...actorsAt(tree, units, g));
    }
    if (!['obl', 'advmod', 'nmod'].includes(baseRel(tree.deprel[c]!))) continue;
    const p = prepOf(tree, units, c);
    if (p !== null && TOGETHER.has(p)) out.push(...actorsAt(tree, units, c));
    if (p === 'in' && COORDINATION.has(units[c]!.lower)) {
      for (const g of tree.children[c]!) if (baseRel(tree.deprel[g]!) === 'nmod' && prepOf(tree, units, g) === 'with') out.push(...actorsAt(tree, units, g));
    }
  }
  return out;
}
