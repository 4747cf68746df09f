import type { Found } from '../construction.js';
import type { Unit } from '../sentence-view.js';
import { isPassive, patientOf } from './clause.js';
import { actorsAt, followAny, prepOf, type Argument } from './paths.js';
import { baseRel, type UnitTree } from './tree.js';
import { holdersOf } from './roles.js';
import { PART_NOUNS } from '../lexicon.js';

/** Rows that read what a body is made of, and what a named body belongs to. */
export const COMPOSITION_ROWS = [
  { name: 'parse-composition', example: 'The Alder Front, a coalition of the Osk Brigade and the Cope Militia, was formed in 2020.' },
  { name: 'parse-unit-of-body', example: 'The 3rd Brigade of the Alder Army holds the pass.' },
  { name: 'parse-described-part', example: 'The Osk Brigade, the armed wing of the Alder Front, denies it; Voice of Osk is the Front’s media arm.' },
] as const;

// Nouns for a body made of others: "a coalition of A and B", "formed through the merger of A and B".
const WHOLES = new Set(['coalition', 'alliance', 'merger', 'union', 'umbrella', 'grouping', 'federation', 'bloc', 'amalgamation', 'consortium', 'confederation', 'network', 'front', 'council']);
// Verbs whose subject is made of their object: "the council comprises A and B", "made up of A and B".
const COMPRISE = new Set(['comprise', 'comprises', 'comprised', 'comprising', 'include', 'includes', 'included', 'including', 'unite', 'unites', 'united', 'uniting', 'consist', 'consists', 'consisted', 'consisting', 'made', 'composed', 'incorporate', 'incorporates', 'incorporated', 'absorb', 'absorbed', 'absorbs']);
// Verbs of founding through which a whole takes the members named by its founding event.
const FORMED = new Set(['formed', 'created', 'founded', 'established', 'born', 'emerged', 'launched', 'set']);

const UNIT_HEADS = new Set(['brigade', 'brigades', 'battalion', 'battalions', 'division', 'regiment', 'corps', 'squadron', 'company', 'unit', 'units', 'wing', 'branch', 'cell', 'faction', 'chapter', 'command', 'detachment', 'platoon', 'front', 'sector', 'group']);
// What a named body is said to be a part of: "the armed wing of the Front", "the Front's media arm", "a
// peacekeeping force of the Union". The words for parts, beside the lexicon's, that describe a body's units.
const PART_WORDS = new Set([...PART_NOUNS, 'force', 'forces', 'mission', 'contingent', 'brigade', 'battalion', 'regiment', 'command', 'detachment', 'subsidiary', 'directorate', 'department', 'agency', 'service', 'outlet', 'mouthpiece', 'magazine', 'channel', 'broadcaster', 'newspaper']);
const PARTNERING = new Set(['partner', 'partners', 'allied', 'ally', 'proxy', 'client', 'auxiliary', 'associated']);
const isOrg = (units: readonly Unit[], a: Argument): boolean => units[a.unit]!.mention!.type === 'organization';

export function findCompositions(units: readonly Unit[], tree: UnitTree, active: ReadonlySet<string>): Found[] {
  const out: Found[] = [];
  for (let k = 0; k < units.length; k++) {
    const u = units[k]!;
    if (u.mention) {
      if (active.has('parse-unit-of-body') && u.mention.type === 'organization') out.push(...unitOfBody(units, tree, k));
      continue;
    }
    if (active.has('parse-described-part') && PART_WORDS.has(u.lower) && tree.upos[k] === 'NOUN') out.push(...describedPart(units, tree, k));
    if (active.has('parse-described-part') && u.lower === 'part' && tree.upos[k] === 'NOUN') out.push(...partOf(units, tree, k));
    if (!active.has('parse-composition')) continue;
    let wholes: Argument[] = [];
    let members: Argument[] = [];
    if (WHOLES.has(u.lower) && tree.upos[k] === 'NOUN') {
      members = ofPhrase(units, tree, k, ['of', 'between']).filter((a) => isOrg(units, a));
      wholes = wholeOfNoun(units, tree, k);
    } else if (COMPRISE.has(u.lower) && tree.upos[k] === 'VERB') {
      // "made up of A and B", "consisting of A": the members come through "of"; otherwise the object.
      members = [...ofPhrase(units, tree, k, ['of']), ...(isPassive(tree, units, k) ? [] : patientOf(tree, units, k))].filter((a) => isOrg(units, a));
      const passive = isPassive(tree, units, k) || u.lower === 'made' || u.lower === 'composed';
      wholes = passive ? subjectsOfPassive(units, tree, k) : followAny(tree, units, k, [[{ rel: 'nsubj' }]]).flatMap((n) => actorsAt(tree, units, n));
      // "a front including A and B", "the Front, comprising A and B": the participle's noun.
      if (wholes.length === 0 && (tree.deprel[k] === 'acl' || tree.deprel[k] === 'advcl') && tree.head[k]! >= 0) wholes = actorsAt(tree, units, tree.head[k]!);
    }
    for (const w of wholes.filter((a) => isOrg(units, a))) for (const m of members) {
      if (w.unit !== m.unit) out.push({ subject: m.unit, object: w.unit, predicate: 'part_of', role: null, trigger: k, rule: 'parse-composition' });
    }
  }
  return out;
}

function ofPhrase(units: readonly Unit[], tree: UnitTree, k: number, preps: readonly string[]): Argument[] {
  const out: Argument[] = [];
  for (const c of tree.children[k]!) {
    const base = baseRel(tree.deprel[c]!);
    if ((base === 'nmod' || base === 'obl') && preps.includes(prepOf(tree, units, c) ?? '')) out.push(...actorsAt(tree, units, c));
  }
  return out;
}

// The body a "coalition"/"merger" noun describes: in apposition, as a copula's subject, or the body
// formed through it ("X was formed through the merger of A and B").
function wholeOfNoun(units: readonly Unit[], tree: UnitTree, k: number): Argument[] {
  const h = tree.head[k]!;
  const rel = tree.deprel[k]!;
  if (h >= 0 && rel === 'appos' && units[h]!.mention) return [{ unit: h, via: k }];
  const subjects = followAny(tree, units, k, [[{ rel: 'nsubj' }], [{ rel: 'appos' }]]).flatMap((n) => actorsAt(tree, units, n));
  if (subjects.length > 0) return subjects;
  if (h >= 0 && baseRel(rel) === 'obl' && FORMED.has(units[h]!.lower)) return subjectsOfPassive(units, tree, h);
  return [];
}

function subjectsOfPassive(units: readonly Unit[], tree: UnitTree, v: number): Argument[] {
  const subjects = followAny(tree, units, v, [[{ rel: 'nsubj:pass' }], [{ rel: 'nsubj' }]]).flatMap((n) => actorsAt(tree, units, n));
  if (subjects.length > 0) return subjects;
  const rel = tree.deprel[v]!;
  return (rel === 'acl' || rel === 'acl:relcl') && tree.head[v]! >= 0 ? actorsAt(tree, units, tree.head[v]!) : [];
}

// "the 3rd Brigade of the Alder Army", "the Alder Army's 3rd Brigade": a named unit qualified by another body is a part of it.
function unitOfBody(units: readonly Unit[], tree: UnitTree, k: number): Found[] {
  const out: Found[] = [];
  // Only a name built as a unit ("the 3rd Brigade", "the Northern Command"): "the Department of the
  // Treasury" is one body whose name holds an "of".
  const head = units[k]!.text.split(/\s+/).pop()!.toLowerCase();
  if (!UNIT_HEADS.has(head)) return out;
  // "the Army's 22nd Battalion": a possessor names the body as an "of" phrase does.
  for (const c of tree.children[k]!) {
    if (tree.deprel[c] !== 'nmod:poss' && (baseRel(tree.deprel[c]!) !== 'nmod' || prepOf(tree, units, c) !== 'of')) continue;
    const body = units[c]!.mention;
    if (body?.type === 'organization' && body.id !== units[k]!.mention!.id) out.push({ subject: k, object: c, predicate: 'part_of', role: null, trigger: k, rule: 'parse-unit-of-body' });
  }
  return out;
}

// "The Osk Brigade, the armed wing of the Front", "Voice of Osk is the Front's media arm": the name the
// part noun describes is part of the body that owns the noun (possessor or "of" phrase).
function describedPart(units: readonly Unit[], tree: UnitTree, k: number): Found[] {
  const holders = holdersOf(units, tree, k).filter((h) => units[h]!.mention!.type === 'organization');
  if (holders.length === 0) return [];
  const bodies: number[] = [];
  for (const c of tree.children[k]!) {
    const rel = tree.deprel[c]!;
    if (rel !== 'nmod:poss' && !(baseRel(rel) === 'nmod' && prepOf(tree, units, c) === 'of')) continue;
    for (const a of actorsAt(tree, units, c)) if (isOrg(units, a)) bodies.push(a.unit);
  }
  // "the Coalition's partner force", "its proxy militia": a partner is allied, not a part.
  const partner = tree.children[k]!.some((c) => PARTNERING.has(units[c]!.lower));
  const out: Found[] = [];
  for (const h of holders) for (const b of bodies) if (h !== b) out.push({ subject: h, object: b, predicate: partner ? 'allied_with' : 'part_of', role: null, trigger: k, rule: 'parse-described-part' });
  return out;
}

// Verbs that make their subject a part of the "of" phrase of their object "part": "forms part of", "became part of".
const BECOMING = new Set(['form', 'forms', 'formed', 'forming', 'become', 'becomes', 'became', 'remain', 'remains', 'remained']);

// "The Air Force is part of the Coalition", "…, which forms part of the Coalition", "the Brigade, part of the
// Front,": a body is part of another, a person a member. "took part in" has no "of" body and reads nothing.
function partOf(units: readonly Unit[], tree: UnitTree, k: number): Found[] {
  const bodies = ofPhrase(units, tree, k, ['of']).filter((a) => isOrg(units, a));
  if (bodies.length === 0) return [];
  const h = tree.head[k]!;
  const holders = tree.deprel[k] === 'obj' && h >= 0 && BECOMING.has(units[h]!.lower)
    ? followAny(tree, units, h, [[{ rel: 'nsubj' }]]).flatMap((n) => actorsAt(tree, units, n)).map((a) => a.unit)
    : holdersOf(units, tree, k);
  const out: Found[] = [];
  for (const holder of holders) {
    const type = units[holder]!.mention!.type;
    if (type === 'location') continue;
    for (const b of bodies) if (b.unit !== holder) out.push({ subject: holder, object: b.unit, predicate: type === 'person' ? 'member_of' : 'part_of', role: null, trigger: k, rule: 'parse-described-part' });
  }
  return out;
}
