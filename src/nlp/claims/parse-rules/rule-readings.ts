import type { Predicate } from '../../../core/index.js';
import { VERBS } from '../lexicon.js';
import type { Unit } from '../sentence-view.js';
import { blamedFor, doerOf, isPassive, patientOf } from './clause.js';
import { actorsAt, followAny, placesAt, prepOf, type Argument, type Path } from './paths.js';
import { PARSE_OF_PATIENT, type ParseRule } from './rules.js';
import { INVOLVED } from './presence.js';
import { eventNodes, eventPlaces, lightVerbOf, NEARBY, STRUCK_PLACES, supportedIn } from './event-nouns.js';
import { baseRel, isNominalHead, type UnitTree } from './tree.js';

// What one trigger rule reads at one word: its subjects and objects by the rule's paths, and the
// relations they make (a place located in, a part owned, a set's members, an ended tie, a place struck).
// Separate from index.ts, which picks the rules a sentence triggers and applies negation and voice.

// "has the support of Alder", "received backing from Alder": the giver is in the oblique, the verb's doer receives.
const RECEIVING = new Set(['have', 'has', 'had', 'having', 'enjoy', 'enjoys', 'enjoyed', 'receive', 'received', 'receives', 'get', 'got', 'gets', 'need', 'needs', 'needed', 'seek', 'sought']);

const IDIOM_OBJECTS = new Set(['forces', 'hands', 'ranks', 'efforts', 'itself', 'themselves', 'himself', 'herself', 'ties', 'links', 'relations', 'contacts', 'cooperation', 'arms', 'fire']);

export interface Reading {
  readonly subjects: readonly Argument[];
  readonly objects: readonly Argument[];
  readonly predicate: Predicate;
  readonly suffix: string;
  /** An ended tie ("withdrew from"): the relation is read as not holding, unless the ending is itself negated. */
  readonly ended?: boolean;
  /** The word the event noun hangs on as an oblique ("not involved in the attack"): its negation and hedges count too. */
  readonly governor?: number;
}

// "the Front's fighters", "the northern wing of the Front": the argument owns the noun the path reached,
// unlike "the Front, a militia …", where the noun describes the body itself.
function isPartOwner(tree: UnitTree, units: readonly Unit[], o: Argument): boolean {
  // "runs the Front's kidnapping cell" with the name read as the object: its "'s" makes it a possessor.
  if (/^['’]s$/.test(units[o.unit + 1]?.lower ?? '') && units[o.unit + 2] !== undefined && !units[o.unit + 2]!.mention) return true;
  if (o.via === o.unit || tree.head[o.unit] !== o.via) return false;
  const rel = tree.deprel[o.unit]!;
  return rel === 'nmod:poss' || (baseRel(rel) === 'nmod' && ['of', 'from'].includes(prepOf(tree, units, o.unit) ?? ''));
}

export function readRule(rule: ParseRule, units: readonly Unit[], tree: UnitTree, k: number): Reading[] {
  const readings: Reading[] = [];
  let subjects: readonly Argument[];
  let intended = false;
  let received = false;
  let receiver = -1;
  let governor: number | undefined;
  let blamed = false;
  if (rule.subject === 'doer') {
    const doer = doerOf(tree, units, k);
    subjects = doer.actors;
    intended = doer.intended;
    // "Front units were deployed in Osk", "Varn was posted in Brell": the one placed is there.
    // "a militia allied with the Front", "the Guard is aligned with Alder": a tie in the participle is a state of its noun.
    // "the Unit, which is subordinated to the Ministry": a passive with no agent is a state of its subject.
    if ((rule.predicate === 'operates_in' || rule.predicate === 'allied_with' || rule.predicate === 'member_of') && subjects.length === 0 && isPassive(tree, units, k)) subjects = patientOf(tree, units, k);
  } else {
    // "blamed the Osk raid on the Front": who the event is laid on did it, whatever the noun's own phrases say.
    const laid = blamedFor(tree, units, k);
    blamed = laid.length > 0;
    subjects = blamed ? laid : actorsVia(tree, units, k, rule.subject);
    // "the Osk attack", "the 2019 Brell bombings": with no target of its own, a place compounded onto an attack
    // noun is what it struck, not who struck ("Alder strikes on Osk" keeps Alder as the doer).
    if (rule.placesAreTargets && objectsOf(rule, units, tree, k).length === 0) subjects = subjects.filter((s) => !isCompoundPlace(tree, units, k, s.unit));
    // "support for Iraq in the fight against ISIL", "backs the army in its war on the Front": the one
    // supported is the one fighting.
    if (subjects.length === 0 && (rule.predicate === 'hostile_to' || rule.predicate === 'attacked')) subjects = supportedIn(tree, units, k);

    if (subjects.length === 0) {
      const light = lightVerbOf(tree, units, k);
      if (light >= 0) {
        subjects = doerOf(tree, units, light).actors;
        // "the Rangers were not involved in the attack": the passive's subject is who was involved.
        if (subjects.length === 0 && INVOLVED.has(units[light]!.lower)) subjects = patientOf(tree, units, light);
        received = RECEIVING.has(units[light]!.lower);
        receiver = light;
        if (tree.head[k] === light && ['obl', 'nmod'].includes(baseRel(tree.deprel[k]!))) governor = light;
      }
    }
  }
  // "blamed the Osk raid on the Front": the "on" phrase that names who is blamed is not what was struck.
  const objects = blamed ? objectsOf(rule, units, tree, k).filter((o) => !subjects.some((s) => s.unit === o.unit)) : objectsOf(rule, units, tree, k);
  if (rule.name === 'parse-withdrawal') return withdrawals(units, tree, k, subjects, objects);
  let predicate = rule.predicate;
  // "vowed to attack", "plans to strike": an attack not (yet) made is hostility.
  if (predicate === 'attacked' && intended) predicate = 'hostile_to';
  if (received && rule.predicate === 'sponsors') {
    // "the Front has the backing of Alder": Alder sponsors the Front.
    // "received backing from Alder": the giver may hang on the verb rather than the noun.
    const givers = [...obliques(tree, units, k, ['of', 'from']), ...(receiver >= 0 ? obliques(tree, units, receiver, ['from']) : [])];
    if (givers.length > 0) readings.push({ subjects: givers, objects: subjects, predicate, suffix: '/received' });
    return readings;
  }
  if (subjects.length > 0 && objects.length > 0) {
    if (rule.predicate === 'operates_in') {
      // "Brell, a town located in Alder": a place that is somewhere lies within it.
      const places = subjects.filter((s) => units[s.unit]!.mention!.type === 'location');
      const actors = subjects.filter((s) => units[s.unit]!.mention!.type !== 'location');
      if (places.length > 0) readings.push({ subjects: places, objects, predicate: 'located_in', suffix: '/place' });
      if (actors.length > 0) readings.push({ subjects: actors, objects, predicate, suffix: '' });
    } else if (rule.predicate === 'arrested' || rule.predicate === 'member_of') {
      for (const o of objects) {
        const type = units[o.unit]!.mention!.type;
        // "seized the town of Osk" is an attack on it; "the Brigade joined the Front" makes it a part.
        const p: Predicate = rule.predicate === 'arrested' && type === 'location' ? 'attacked' : rule.predicate === 'member_of' && subjects.every((s) => units[s.unit]!.mention!.type === 'organization') ? 'part_of' : predicate;
        readings.push({ subjects, objects: [o], predicate: p, suffix: '' });
      }
    } else if (rule.predicate === 'leader_of' && objects.some((o) => isPartOwner(tree, units, o))) {
      // "commands the Front's fighters", "runs its fuel depots": who leads a part of a body belongs to it.
      for (const o of objects) readings.push({ subjects, objects: [o], predicate: isPartOwner(tree, units, o) ? 'member_of' : predicate, suffix: isPartOwner(tree, units, o) ? '/part' : '' });
    } else readings.push({ subjects, objects, predicate, suffix: intended ? '/intended' : '' });
  }
  // "clashes between the Front and the Guard", "the Front and the Guard clashed": the set relates its members.
  if ((rule.predicate === 'allied_with' || rule.predicate === 'hostile_to') && objects.length === 0) {
    const set = rule.subject === 'doer' ? (subjects.length > 1 ? subjects : []) : obliques(tree, units, k, ['between', 'among']);
    for (let a = 0; a < set.length; a++) for (let b = a + 1; b < set.length; b++) readings.push({ subjects: [set[a]!], objects: [set[b]!], predicate, suffix: '/mutual' });
  }
  if (rule.placesAreTargets && subjects.length > 0 && !intended) {
    const nodes = eventNodes(tree, units, k, rule);
    const places = eventPlaces(tree, units, nodes, STRUCK_PLACES);
    // "the Osk attack", "the 2019 Brell bombings": a place compounded onto the event noun is where it struck.
    if (objects.length === 0) for (const c of tree.children[k]!) if (isCompoundPlace(tree, units, k, c) && !places.some((p) => p.unit === c)) places.push({ unit: c, via: k });
    if (places.length > 0) readings.push({ subjects, objects: places, predicate: 'attacked', suffix: '/place' });
    // "ambushed a convoy near Osk", "conducted strikes near Osk", "an assault on Guard positions near Osk":
    // the attackers were near Osk, which they did not strike.
    // "strikes against HAR near Tell Barusa": a place near the named target, however the parse attached it,
    // is near the event too (a place "in" it says where the target is, which namedInPlace reads).
    const targets = objects.filter((o) => units[o.unit]!.mention!.type !== 'location').map((o) => o.unit);
    const nearby = eventPlaces(tree, units, [...nodes, ...targets], NEARBY).filter((p) => !places.some((q) => q.unit === p.unit));
    if (nearby.length > 0) readings.push({ subjects, objects: nearby, predicate: 'operates_in', suffix: '/nearby' });
  }
  return governor === undefined ? readings : readings.map((r) => ({ ...r, governor }));
}

const isCompoundPlace = (tree: UnitTree, units: readonly Unit[], k: number, c: number): boolean =>
  isNominalHead(tree, k) && tree.head[c] === k && tree.deprel[c] === 'compound' && units[c]!.mention?.type === 'location';

function objectsOf(rule: ParseRule, units: readonly Unit[], tree: UnitTree, k: number): Argument[] {
  const role = rule.object;
  switch (role.kind) {
    case 'patient':
      return patientOf(tree, units, k);
    case 'partner': {
      // "merged the Front's networks with the Brigade": with an object of its own, the "with" partner is
      // the object's, not the subject's; "joined forces with", "allied itself with" keep the subject.
      const direct = tree.children[k]!.filter((c) => tree.deprel[c] === 'obj');
      const ownObject = direct.some((c) => !IDIOM_OBJECTS.has(units[c]!.lower));
      return [...patientOf(tree, units, k), ...(ownObject ? [] : obliques(tree, units, k, role.preps))];
    }
    case 'recipient': {
      const to = obliques(tree, units, k, role.preps);
      if (to.length > 0) return to;
      // "supplies drones to the Front" with "to the Front" hung on the goods.
      // Only a name that heads its phrase: "to Front commander X" gives X (the window's reading), not the Front.
      const onGoods = followAny(tree, units, k, [[{ rel: 'obj' }, { rel: 'nmod', preps: role.preps }]]).filter((n) => units[n]!.mention && tree.upos[n + 1] !== 'NOUN').map((n) => ({ unit: n, via: n }));
      if (onGoods.length > 0) return onGoods;
      // "supplied the Front with rifles", and the passive "the Front was supplied with rifles by Alder".
      const direct = patientOf(tree, units, k);
      return direct.filter((a) => units[a.unit]!.mention!.type !== 'location');
    }
    case 'places': {
      // A verb's own prepositions when the lexicon gives them ("operate from", not "expanded from").
      const own = VERBS.get(units[k]!.lower)?.preps?.filter((p) => p !== 'to' && p !== 'into');
      // "controls most of Brell, including the towns of Osk and Varn": the places it names are objects too.
      const places = placesAt(tree, units, k, own && own.length > 0 ? [...own, 'in', 'including'] : [...role.preps, 'including']).map((unit) => ({ unit, via: unit }));
      if (role.direct) for (const a of patientOf(tree, units, k)) if (units[a.unit]!.mention!.type === 'location') places.push(a);
      return places;
    }
    case 'oblique': {
      // "its support of the Front", "Alder's backing of the Guard": with the doer as possessor, the "of"
      // phrase can only be what the act is done to.
      const possessed = tree.children[k]!.some((c) => tree.deprel[c] === 'nmod:poss');
      const preps = PARSE_OF_PATIENT.has(units[k]!.lower) || (possessed && tree.upos[k] === 'NOUN') ? [...role.preps, 'of'] : role.preps;
      const own = obliques(tree, units, k, preps);
      // "launched its largest assault in months on the Guard": the parse often hangs the event's phrase on
      // the light verb whose object the event is; after the event noun, it is still the event's.
      const light = own.length === 0 && tree.deprel[k] === 'obj' ? lightVerbOf(tree, units, k) : -1;
      return light >= 0 && light === tree.head[k] ? obliques(tree, units, light, role.preps).filter((a) => a.unit > k) : own;
    }
  }
}

function actorsVia(tree: UnitTree, units: readonly Unit[], k: number, paths: readonly Path[]): Argument[] {
  return followAny(tree, units, k, paths).flatMap((n) => actorsAt(tree, units, n));
}

/** Actors in the noun or prepositional phrases below `k` that carry one of `preps`. */
function obliques(tree: UnitTree, units: readonly Unit[], k: number, preps: readonly string[]): Argument[] {
  const out: Argument[] = [];
  for (const c of tree.children[k]!) {
    const base = baseRel(tree.deprel[c]!);
    if (base !== 'obl' && base !== 'nmod') continue;
    const p = prepOf(tree, units, c);
    if (p !== null && preps.includes(p)) out.push(...actorsAt(tree, units, c));
  }
  return out;
}

const LEAVING_DIRECT = new Set(['leave', 'left', 'leaves', 'quit', 'quits', 'exit', 'exited', 'exits', 'abandon', 'abandoned', 'abandons']);

// "withdrew from the Front", "pulled its soldiers out of the force", "left the Front": a tie that ended
// is read as not holding (GUIDELINES: ended states), for a person membership, for a body the alliance.
// "expelled X from the Front" ends X's tie, not the expeller's.
function withdrawals(units: readonly Unit[], tree: UnitTree, k: number, doers: readonly Argument[], froms: readonly Argument[]): Reading[] {
  const word = units[k]!.lower;
  const bodies = [...froms, ...(LEAVING_DIRECT.has(word) || word === 'expelled' ? patientOf(tree, units, k) : [])].filter((a) => units[a.unit]!.mention!.type === 'organization');
  const leavers = word === 'expelled' ? patientOf(tree, units, k).filter((a) => !bodies.includes(a)) : doers;
  const out: Reading[] = [];
  for (const l of leavers) {
    const type = units[l.unit]!.mention!.type;
    const predicate: Predicate = type === 'person' ? 'member_of' : 'allied_with';
    const targets = word === 'expelled' ? froms : bodies;
    if (targets.length > 0) out.push({ subjects: [l], objects: targets, predicate, suffix: '/ended', ended: true });
  }
  return out;
}
