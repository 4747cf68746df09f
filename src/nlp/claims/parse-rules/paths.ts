import { NOUNS, ORG_ANAPHORS } from '../lexicon.js';
import type { Unit } from '../sentence-view.js';
import { baseRel, type UnitTree } from './tree.js';

/**
 * How an argument is reached from its trigger, as data. Each step names a dependency relation (its
 * base, "obl", or a full subtype, "nmod:poss") and, for obliques, the prepositions it may carry.
 * A path written once here serves every row that names it (the way Odin grammars keep `vars:`).
 */
export interface Step {
  readonly rel: string;
  readonly preps?: readonly string[];
}
export type Path = readonly Step[];

const step = (rel: string, ...preps: string[]): Step => (preps.length ? { rel, preps } : { rel });

/** The doer of a verb in the active voice. */
export const ACTIVE_AGENT: readonly Path[] = [[step('nsubj')]];
/** The doer of a passive verb: "was attacked by X" (UD: obl:agent, or obl with "by"). */
export const PASSIVE_AGENT: readonly Path[] = [[step('obl:agent')], [step('obl', 'by')], [step('nmod', 'by')]];
/** The one acted on, active voice. */
export const DIRECT_OBJECT: readonly Path[] = [[step('obj')]];
/** The one acted on, passive voice. */
export const PASSIVE_PATIENT: readonly Path[] = [[step('nsubj:pass')], [step('nsubj')]];
/** The doer of an event noun: "X's attack", "the attack by X", "a Front attack". */
export const NOUN_AGENT: readonly Path[] = [[step('nmod:poss')], [step('nmod', 'by')], [step('compound')], [step('nmod:agent')]];
/** Places an event or presence is in. */
export const PLACE_OBLIQUES = ['in', 'at', 'inside', 'near', 'across', 'around', 'along', 'throughout', 'within', 'into', 'outside'];

// Nouns that stand for the people, units or installations of an actor: "Front fighters", "the
// fighters of the Front", "the Guard's checkpoints". Acting on them is acting on the actor.
const FORCE_NOUNS = new Set([
  'fighter', 'fighters', 'militant', 'militants', 'troops', 'troop', 'forces', 'force', 'soldiers', 'soldier', 'men', 'members', 'member', 'gunmen', 'units', 'unit',
  'positions', 'position', 'bases', 'base', 'camps', 'camp', 'hideouts', 'hideout', 'convoy', 'convoys', 'checkpoint', 'checkpoints', 'post', 'posts', 'headquarters',
  'stronghold', 'strongholds', 'outpost', 'outposts', 'patrol', 'patrols', 'cells', 'cell', 'loyalists', 'supporters', 'personnel', 'agents', 'operatives', 'cadres',
  'militiamen', 'insurgents', 'rebels', 'jihadists', 'elements', 'commanders', 'advisers', 'advisors', 'instructors', 'trainers', 'leadership', 'ranks', 'army', 'militia', 'affiliates', 'officers', 'depot', 'depots',
  'tribe', 'tribes', 'clan', 'clans', 'wing', 'branch', 'council', 'councils', 'committee', 'board', 'shura', 'politburo', 'units', 'junta', 'regime', 'government', 'authorities', 'administration', 'movement', 'group', 'organisation', 'organization', 'faction', 'outfit',
  'terrorists', 'extremists', 'guerrillas', 'guerillas', 'mercenaries', 'paramilitaries', 'commandos', 'bombers', 'raiders', 'recruits', 'policemen', 'police', 'guards', 'partisans', 'followers', 'henchmen', 'sympathisers', 'sympathizers',
  'aircraft', 'jets', 'warplanes', 'planes', 'drones', 'helicopters', 'gunships', 'artillery', 'tanks', 'ships', 'vessels', 'boats', 'gunboats', 'snipers', 'battalion', 'battalions', 'brigade', 'brigades', 'contingent', 'detachment', 'squad', 'squads', 'garrison', 'garrisons', 'airbase', 'compound', 'facility', 'facilities', 'office', 'offices', 'vehicles', 'trucks', 'infrastructure',
]);
// Words that stand for a part or the whole of what follows "of": "most of Alder", "the region of Brell",
// "the town of Osk", "large parts of Alder", "control of Osk".
const PARTITIVES = new Set(['most', 'much', 'part', 'parts', 'all', 'some', 'half', 'swathes', 'swaths', 'areas', 'area', 'control', 'rest', 'portions', 'portion', 'sections', 'stretches', 'pockets', 'outskirts', 'heart', 'centre', 'center', 'north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'city', 'town', 'village', 'villages', 'towns', 'cities', 'region', 'regions', 'province', 'provinces', 'district', 'districts', 'governorate', 'state', 'county', 'territory', 'port', 'capital', 'municipality', 'department', 'valley', 'enclave']);
export const isForceNoun = (word: string): boolean => FORCE_NOUNS.has(word);
const RELATIVE_PRONOUNS = new Set(['which', 'who', 'whom', 'that', 'whose']);
const MEMBER_MARKS = new Set(['including', 'like', 'such']);

/**
 * "Fighters of the Cope Brigade, a militia allied with the Front": the parse hangs a body's description on
 * its people, but a militia or a group describes the body. Returns the body, or -1.
 */
export function bodyDescribedAfterItsPeople(tree: UnitTree, units: readonly Unit[], k: number): number {
  const h = tree.head[k]!;
  if (tree.deprel[k] !== 'appos' || h < 0 || !ORG_ANAPHORS.has(units[k]!.lower) || units[h]!.mention || !FORCE_NOUNS.has(units[h]!.lower)) return -1;
  return tree.children[h]!.find((c) => baseRel(tree.deprel[c]!) === 'nmod' && prepOf(tree, units, c) === 'of' && units[c]!.mention?.type === 'organization') ?? -1;
}

/** The preposition or subordinator a dependent carries: its `case` or `mark` child, lower-cased. */
export function prepOf(tree: UnitTree, units: readonly Unit[], k: number): string | null {
  const marks = tree.children[k]!.filter((c) => tree.deprel[c] === 'case' || tree.deprel[c] === 'mark');
  if (marks.length === 0) return null;
  const c = marks[0]!;
  // "out of", "on behalf of": a two-word preposition, as a fixed expression or as two case words.
  const fixed = tree.children[c]!.find((f) => tree.deprel[f] === 'fixed');
  if (fixed !== undefined) return `${units[c]!.lower} ${units[fixed]!.lower}`;
  if (marks.length > 1 && marks[1] === c + 1 && tree.deprel[c] === 'case' && tree.deprel[marks[1]!] === 'case') return `${units[c]!.lower} ${units[c + 1]!.lower}`;
  return units[c]!.lower;
}

/** Nodes reached from `k` by one path. */
export function follow(tree: UnitTree, units: readonly Unit[], k: number, path: Path): number[] {
  let frontier = [k];
  for (const s of path) {
    const next: number[] = [];
    for (const f of frontier) {
      for (const c of tree.children[f]!) {
        const rel = tree.deprel[c]!;
        if (rel !== s.rel && !(s.rel.indexOf(':') < 0 && baseRel(rel) === s.rel && !isSpecial(rel))) continue;
        if (s.preps) {
          const p = prepOf(tree, units, c);
          if (p === null || !s.preps.includes(p)) continue;
        }
        next.push(c);
      }
    }
    frontier = next;
  }
  return frontier;
}

// Subtypes that change what a relation means: a possessor is no compound, a passive subject no agent.
function isSpecial(rel: string): boolean {
  return rel === 'nsubj:pass' || rel === 'nmod:poss' || rel === 'obl:agent' || rel === 'compound:prt' || rel === 'acl:relcl' || rel === 'obl:tmod' || rel === 'nmod:tmod' || rel === 'obl:npmod' || rel === 'nmod:npmod';
}

export function followAny(tree: UnitTree, units: readonly Unit[], k: number, paths: readonly Path[]): number[] {
  for (const p of paths) {
    const found = follow(tree, units, k, p);
    if (found.length > 0) return found;
  }
  return [];
}

/** Where the argument came from: a name, or a noun standing for the actor ("its fighters"). */
export interface Argument {
  readonly unit: number;
  /** The node the path reached, when the argument was found below it ("Front fighters" → "fighters"). */
  readonly via: number;
}

/**
 * The named actors an argument node stands for: the mention itself and its conjuncts ("A and B"),
 * an apposition ("the group, the Front,"), the antecedent of a relative pronoun, or the owner of a
 * force noun ("the Front's fighters", "fighters of the Front", "Front fighters").
 */
export function actorsAt(tree: UnitTree, units: readonly Unit[], k: number, depth = 0): Argument[] {
  if (k < 0 || depth > 3) return [];
  const u = units[k]!;
  const out: Argument[] = [];
  if (u.mention) out.push({ unit: k, via: k });
  else if (RELATIVE_PRONOUNS.has(u.lower) && u.lower !== 'whose') {
    const clause = tree.head[k]!;
    const antecedent = clause >= 0 && tree.deprel[clause] === 'acl:relcl' ? tree.head[clause]! : -1;
    if (antecedent >= 0) return actorsAt(tree, units, antecedent, depth + 1);
  } else {
    const appos = tree.children[k]!.find((c) => tree.deprel[c] === 'appos' && units[c]!.mention);
    const described = tree.deprel[k] === 'appos' && tree.head[k]! >= 0 && units[tree.head[k]!]!.mention ? tree.head[k]! : bodyDescribedAfterItsPeople(tree, units, k);
    // "the group, the Front," and "the Front, a militia active in …": an apposition names its noun.
    // "the emir, Qori Sabzali, …" when the parse hung the name elsewhere: a name set off by a comma right
    // after the noun, and not a subject or object of its own, is the noun's apposition.
    const next = units[k + 1]?.text === ',' ? k + 2 : -1;
    const surface = appos === undefined && next > 0 && units[next]?.mention && tree.upos[k] === 'NOUN' && ['appos', 'conj', 'flat', 'dep', 'list', 'parataxis'].includes(tree.deprel[next]!) ? next : -1;
    // "the leader of the Osk Cartel, Ilsa Varn": the parse hangs the name on the nearer noun, the body,
    // but a person in apposition to a body names the one the title phrase is about.
    const ofPhrase = tree.children[k]!.find((c) => baseRel(tree.deprel[c]!) === 'nmod' && prepOf(tree, units, c) === 'of' && units[c]!.mention?.type !== 'person');
    const phraseName = ofPhrase === undefined ? undefined : tree.children[ofPhrase]!.find((g) => tree.deprel[g] === 'appos' && units[g]!.mention?.type === 'person');
    // "Osk is the largest city held by the Front", "the Front is the group that attacked Brell": a
    // predicate noun stands for its subject.
    const subject = tree.children[k]!.some((c) => tree.deprel[c] === 'cop') ? tree.children[k]!.find((c) => tree.deprel[c] === 'nsubj') : undefined;
    const predicated = subject === undefined ? [] : actorsAt(tree, units, subject, depth + 1);
    if (appos !== undefined) out.push({ unit: appos, via: k });
    else if (predicated.length > 0) for (const a of predicated) out.push({ unit: a.unit, via: k });
    else if (described >= 0) out.push({ unit: described, via: k });
    else if (surface >= 0) out.push({ unit: surface, via: k });
    else if (phraseName !== undefined) out.push({ unit: phraseName, via: k });
    else if (FORCE_NOUNS.has(u.lower)) {
      const owner = ownerOf(tree, units, k);
      if (owner >= 0) out.push({ unit: owner, via: k });
    } else if (PARTITIVES.has(u.lower)) {
      for (const c of tree.children[k]!) {
        if (baseRel(tree.deprel[c]!) === 'nmod' && prepOf(tree, units, c) === 'of') for (const a of actorsAt(tree, units, c, depth + 1)) out.push({ unit: a.unit, via: k });
      }
    }
    // "several towns, including Osk and Varn", "groups such as the Front": an unnamed set stands for the
    // members it names.
    if (out.length === 0) {
      for (const c of tree.children[k]!) if (baseRel(tree.deprel[c]!) === 'nmod' && MEMBER_MARKS.has(prepOf(tree, units, c) ?? '')) for (const a of actorsAt(tree, units, c, depth + 1)) out.push({ unit: a.unit, via: k });
    }
  }
  // "A, B and C": conjuncts of the same kind only; "ISIL in Iraq and Syria" coordinates the places, not ISIL.
  const isPlace = out.length > 0 ? units[out[0]!.unit]!.mention!.type === 'location' : null;
  for (const c of tree.children[k]!) {
    if (tree.deprel[c] !== 'conj') continue;
    for (const a of actorsAt(tree, units, c, depth + 1)) {
      if (isPlace !== null && (units[a.unit]!.mention!.type === 'location') !== isPlace) continue;
      if (!out.some((o) => o.unit === a.unit)) out.push(a);
    }
  }
  return out;
}

// "the Front's fighters", "fighters of/from the Front", "Front fighters", "fighters loyal to the Front".
export function ownerOf(tree: UnitTree, units: readonly Unit[], k: number): number {
  for (const c of tree.children[k]!) {
    const rel = tree.deprel[c]!;
    // "the Coalition, whose aircraft struck …": the owner is the relative clause's antecedent.
    if (rel === 'nmod:poss' && units[c]!.lower === 'whose') {
      let clause = tree.head[k]!;
      while (clause >= 0 && tree.deprel[clause] !== 'acl:relcl' && tree.head[clause]! >= 0 && clause !== tree.head[clause]) clause = tree.head[clause]!;
      // The parse often misplaces a "whose" clause; the noun right before "whose" (or ", whose") is its
      // antecedent then, named through its apposition ("the Irmandade, a Belvarran organisation whose leader").
      const before = units[c - 1]?.text === ',' ? c - 2 : c - 1;
      const antecedent = clause >= 0 && tree.deprel[clause] === 'acl:relcl' ? tree.head[clause]! : before;
      const named = antecedent >= 0 && antecedent !== k ? actorsAt(tree, units, antecedent).find((a) => units[a.unit]!.mention!.type !== 'location') : undefined;
      if (named) return named.unit;
    }
    // "members of the Nimr tribe", "fighters from the Front's northern wing": the owner may sit one noun further down.
    const owner = units[c]!.mention ? c : (baseRel(rel) === 'nmod' && FORCE_NOUNS.has(units[c]!.lower)) ? ownerOf(tree, units, c) : -1;
    if (owner < 0 || units[owner]!.mention!.type === 'location') continue;
    if (rel === 'nmod:poss' || rel === 'compound') return owner;
    if (baseRel(rel) === 'nmod' && ['of', 'from', 'belonging'].includes(prepOf(tree, units, c) ?? '')) return owner;
  }
  return -1;
}

/** Places below a node through the given prepositions ("in Osk", "across the north of Alder"). */
export function placesAt(tree: UnitTree, units: readonly Unit[], k: number, preps: readonly string[]): number[] {
  const out: number[] = [];
  for (const c of tree.children[k]!) {
    const base = baseRel(tree.deprel[c]!);
    // "have not been seen there since": "there", read as the last place named, stands for "in" it.
    if (base === 'advmod' && preps.includes('in') && units[c]!.viaCoref && units[c]!.mention?.type === 'location') { out.push(c); continue; }
    if (base !== 'obl' && base !== 'nmod' && base !== 'advcl') continue;
    const p = prepOf(tree, units, c);
    if (p === null || !preps.includes(p)) continue;
    for (const a of actorsAt(tree, units, c)) if (units[a.unit]!.mention!.type === 'location') out.push(a.unit);
    // "in the town of Osk", "in Osk's northern district": the named place under a place noun.
    if (!units[c]!.mention) for (const g of tree.children[c]!) if (units[g]!.mention?.type === 'location' && ['nmod', 'compound', 'nmod:poss', 'appos'].includes(baseRel(tree.deprel[g]!) === 'nmod' ? 'nmod' : tree.deprel[g]!)) out.push(g);
  }
  // "Osk, where the Front is based": a relative "where" stands for "in" its antecedent.
  if (preps.includes('in') && tree.deprel[k] === 'acl:relcl' && tree.children[k]!.some((c) => units[c]!.lower === 'where' && tree.deprel[c] === 'advmod')) {
    // "areas of Osk, where …": the antecedent may be a part of the named place.
    const antecedent = tree.head[k]!;
    if (antecedent >= 0) for (const a of actorsAt(tree, units, antecedent)) if (units[a.unit]!.mention!.type === 'location') out.push(a.unit);
  }
  // "the Osk massacre, in which the Front killed 41 people", "a raid on Brell during which …": what the
  // clause tells happened where the event it describes happened.
  if (preps.includes('in') && tree.deprel[k] === 'acl:relcl' && tree.children[k]!.some((c) => units[c]!.lower === 'which' && baseRel(tree.deprel[c]!) === 'obl' && ['in', 'during'].includes(prepOf(tree, units, c) ?? ''))) {
    const event = tree.head[k]!;
    if (event >= 0 && isEventNoun(units[event]!.lower)) {
      for (const c of tree.children[event]!) {
        if (tree.deprel[c] === 'compound' && units[c]!.mention?.type === 'location') out.push(c);
        else if (c < k && baseRel(tree.deprel[c]!) === 'nmod' && ['on', 'in', 'at', 'against'].includes(prepOf(tree, units, c) ?? '')) for (const a of actorsAt(tree, units, c)) if (units[a.unit]!.mention!.type === 'location') out.push(a.unit);
      }
    }
  }
  return out;
}

const isEventNoun = (word: string): boolean => NOUNS.get(word) === 'attacked' || NOUNS.get(word) === 'hostile_to';
