import type { Predicate } from '../../../core/index.js';
import type { Found } from '../construction.js';
import { lemmatize } from '../../wordnet/index.js';
import { LIGHT_VERBS, NOUNS, VERBS } from '../lexicon.js';
import type { Unit } from '../sentence-view.js';
import { blamedFor, doerOf, isPassive, patientOf } from './clause.js';
import { actorsAt, followAny, placesAt, prepOf, type Argument, type Path } from './paths.js';
import { PARSE_OF_PATIENT, PARSE_RULES, type ParseRule } from './rules.js';
import { COMPOSITION_ROWS, findCompositions } from './composition.js';
import { COOPERATION_ROWS, findCooperation } from './cooperation.js';
import { findTakenFrom, findTakeovers, TAKEN_FROM_ROW, TAKEOVER_ROW } from './takeover.js';
import { findService, SERVICE_ROW } from './service.js';
import { findHyphenDescriptions, HYPHEN_DESCRIPTION_ROW } from './hyphen.js';
import { findTieNouns, TIE_NOUN_ROW } from './ties.js';
import { DENIAL_ROW } from './denial.js';
import { findPlacesInPlaces, PLACE_IN_PLACE_ROW } from './places-in-places.js';
import { ACTS_IN_PLACE, DESCRIBED_IN_PLACE, findActsInPlace, findDescribedInPlace, findNamedInPlace, happenedAt, INVOLVED, NAMED_IN_PLACE } from './presence.js';
import { findRolesOverParse, PARSE_ROLE_ROWS } from './roles.js';
import { parseScope, presenceScope } from './scope.js';
import { clauseVoice } from './voice.js';
import { baseRel, buildUnitTree, isNominalHead, isNounLike, type TokenArc, type UnitTree } from './tree.js';

/** Every row name of the parse table, for ablation and listing. */
export const PARSE_ROWS: readonly { readonly name: string; readonly example: string }[] = [...PARSE_RULES, ...PARSE_ROLE_ROWS, ...COMPOSITION_ROWS, ...COOPERATION_ROWS, TAKEOVER_ROW, TAKEN_FROM_ROW, SERVICE_ROW, HYPHEN_DESCRIPTION_ROW, TIE_NOUN_ROW, ACTS_IN_PLACE, NAMED_IN_PLACE, DESCRIBED_IN_PLACE, PLACE_IN_PLACE_ROW, DENIAL_ROW];

export { buildUnitTree, PARSE_RULES, PARSE_ROLE_ROWS };
export type { ParseRule, TokenArc, UnitTree };

// Verbs that hand their doer to the event noun they take: "carried out an attack", "delivered
// strikes", "waged an insurgency", beside the light verbs the window rows already use.
// "broke off ties with", "cut its links to", "ended the offensive": a verb of ending hands its doer on too
// (the scope reads the tie as ended).
const EVENT_VERBS = new Set([...LIGHT_VERBS, 'break', 'broke', 'broken', 'breaks', 'cut', 'cuts', 'sever', 'severed', 'severs', 'end', 'ended', 'ends', 'suspend', 'suspended', 'suspends', 'halt', 'halted', 'halts', 'renounce', 'renounced', 'renounces', 'abandon', 'abandoned', 'abandons', 'deliver', 'delivers', 'delivered', 'delivering', 'unleash', 'unleashed', 'intensify', 'intensified', 'step', 'stepped', 'resume', 'resumed', 'continue', 'continued', 'continues', 'begin', 'began', 'begun', 'start', 'started', 'starts', 'escalate', 'escalated', 'pursue', 'pursued', 'pursues', 'provide', 'provides', 'provided', 'offer', 'offered', 'offers', 'extend', 'extended', 'enjoy', 'enjoys', 'enjoyed', 'receive', 'received', 'receives', 'get', 'got', 'gets', 'need', 'needs', 'needed', 'seek', 'sought', 'fight', 'fought', 'fighting']);
// Any form of those verbs: "denied ever providing weapons" as well as "provided weapons".
const isEventVerb = (word: string): boolean => EVENT_VERBS.has(word) || EVENT_VERBS.has(lemmatize(word, 'VERB'));
// "has the support of Alder", "received backing from Alder": the giver is in the oblique, the verb's doer receives.
const RECEIVING = new Set(['have', 'has', 'had', 'having', 'enjoy', 'enjoys', 'enjoyed', 'receive', 'received', 'receives', 'get', 'got', 'gets', 'need', 'needs', 'needed', 'seek', 'sought']);

const IDIOM_OBJECTS = new Set(['forces', 'hands', 'ranks', 'efforts', 'itself', 'themselves', 'himself', 'herself', 'ties', 'links', 'relations', 'contacts', 'cooperation', 'arms', 'fire']);

interface Reading {
  readonly subjects: readonly Argument[];
  readonly objects: readonly Argument[];
  readonly predicate: Predicate;
  readonly suffix: string;
  /** An ended tie ("withdrew from"): the relation is read as not holding, unless the ending is itself negated. */
  readonly ended?: boolean;
  /** The word the event noun hangs on as an oblique ("not involved in the attack"): its negation and hedges count too. */
  readonly governor?: number;
}

// The trigger rules each word can fire, in PARSE_RULES order: a unit then checks the one or two rules
// its word triggers instead of asking all eighteen trigger sets.
const RULES_BY_WORD = new Map<string, ParseRule[]>();
for (const rule of PARSE_RULES) for (const word of rule.trigger.words) RULES_BY_WORD.set(word, [...(RULES_BY_WORD.get(word) ?? []), rule]);

/** Reads every row of `rules` over one sentence's tree. */
export function findOverParse(units: readonly Unit[], tree: UnitTree, rows: readonly { readonly name: string }[] = PARSE_ROWS): Found[] {
  const names = new Set(rows.map((r) => r.name));
  const out: Found[] = [...findRolesOverParse(units, tree, names)];
  if (names.has(ACTS_IN_PLACE.name)) out.push(...findActsInPlace(units, tree));
  if (names.has(NAMED_IN_PLACE.name)) out.push(...findNamedInPlace(units, tree));
  if (names.has(DESCRIBED_IN_PLACE.name)) out.push(...findDescribedInPlace(units, tree));
  if (names.has(PLACE_IN_PLACE_ROW.name)) out.push(...findPlacesInPlaces(units, tree));
  out.push(...findCompositions(units, tree, names));
  out.push(...findCooperation(units, tree, names));
  if (names.has(TAKEOVER_ROW.name)) out.push(...findTakeovers(units, tree));
  if (names.has(SERVICE_ROW.name)) out.push(...findService(units, tree));
  if (names.has(HYPHEN_DESCRIPTION_ROW.name)) out.push(...findHyphenDescriptions(units, tree));
  if (names.has(TIE_NOUN_ROW.name)) out.push(...findTieNouns(units, tree));
  if (names.has(TAKEN_FROM_ROW.name)) out.push(...findTakenFrom(units, tree, (k) => doerOf(tree, units, k).actors.map((a) => a.unit)));
  for (let k = 0; k < units.length; k++) {
    if (units[k]!.mention) continue;
    for (const rule of RULES_BY_WORD.get(units[k]!.lower) ?? []) {
      if (!names.has(rule.name) || !(rule.trigger.upos.includes(tree.upos[k]!) || (rule.trigger.upos.includes('NOUN') && isNounLike(tree, k)))) continue;
      const scope = rule.predicate === 'operates_in' ? presenceScope(tree, units, k) : parseScope(tree, units, k);
      const voice = clauseVoice(tree, units, k);
      for (const reading of readRule(rule, units, tree, k)) {
        const above = reading.governor === undefined ? null : parseScope(tree, units, reading.governor);
        const negated = (reading.ended ? !scope.negated : scope.negated) !== (above?.negated ?? false);
        const denied = scope.denied || (above?.denied ?? false);
        const hedged = scope.hedged || (above?.hedged ?? false);
        for (const s of reading.subjects) for (const o of reading.objects) {
          if (s.unit === o.unit) continue;
          out.push({ subject: s.unit, object: o.unit, predicate: reading.predicate, role: null, trigger: k, rule: `${rule.name}${reading.suffix}`, negated, denied, hedged, voice });
        }
      }
    }
  }
  return out;
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

function readRule(rule: ParseRule, units: readonly Unit[], tree: UnitTree, k: number): Reading[] {
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
      const preps = PARSE_OF_PATIENT.has(units[k]!.lower) ? [...role.preps, 'of'] : role.preps;
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

const QUANTITIES = new Set(['series', 'wave', 'waves', 'spate', 'string', 'number', 'dozens', 'hundreds', 'scores', 'flurry', 'barrage', 'round', 'rounds', 'campaign', 'succession']);
// Who a fight hangs on as the one supported: "support for X in the fight", "supported X in the fight".
function supportedIn(tree: UnitTree, units: readonly Unit[], k: number): Argument[] {
  const h = tree.head[k]!;
  if (h < 0 || prepOf(tree, units, k) !== 'in' || !['obl', 'nmod'].includes(baseRel(tree.deprel[k]!))) return [];
  const supports = (w: number): boolean => VERBS.get(units[w]!.lower)?.predicate === 'sponsors' || NOUNS.get(units[w]!.lower) === 'sponsors';
  const givenTo = (n: number, rel: string): Argument[] => tree.children[n]!.filter((c) => baseRel(tree.deprel[c]!) === rel && ['for', 'of', 'to'].includes(prepOf(tree, units, c) ?? '')).flatMap((c) => actorsAt(tree, units, c));
  if (supports(h)) return tree.upos[h] === 'VERB' ? patientOf(tree, units, h) : givenTo(h, 'nmod');
  // "supports the Army in the war against …" with the phrase hung on the name: the name is in the war.
  if (units[h]!.mention?.type === 'organization' && tree.head[h]! >= 0 && supports(tree.head[h]!)) return actorsAt(tree, units, h);
  // The phrase hung on the verb whose object is the support noun: "reiterated support for X in the fight"
  // (the "for" phrase on the noun or, misattached, on the verb).
  for (const c of tree.children[h]!) if (tree.deprel[c] === 'obj' && supports(c)) return [...givenTo(c, 'nmod'), ...givenTo(h, 'obl')];
  return [];
}


// The verb an event noun is the object of: "carried out an attack", "claimed responsibility for the attack",
// "an attack was carried out by …", "was responsible for the attack".
function lightVerbOf(tree: UnitTree, units: readonly Unit[], k: number): number {
  // "carried out a series of strikes", "launched a wave of attacks": the count stands in for the event.
  if (tree.head[k]! >= 0 && baseRel(tree.deprel[k]!) === 'nmod' && prepOf(tree, units, k) === 'of' && QUANTITIES.has(units[tree.head[k]!]!.lower)) k = tree.head[k]!;
  let h = tree.head[k]!;
  if (h < 0) return -1;
  const rel = tree.deprel[k]!;
  // "was involved in the attack", "took part in the raid", "played a role in the ambush", "denied any role in …".
  if ((rel === 'nmod' || rel === 'obl') && prepOf(tree, units, k) === 'in') {
    if (INVOLVED.has(units[h]!.lower)) return tree.upos[h] === 'NOUN' ? tree.head[h]! : h;
    // "played a role in the ambush" with the phrase hung on the verb.
    if (tree.children[h]!.some((c) => tree.deprel[c] === 'obj' && INVOLVED.has(units[c]!.lower))) return h;
  }
  if ((rel === 'nmod' || rel === 'obl') && ['responsibility', 'responsible', 'credit'].includes(units[h]!.lower) && prepOf(tree, units, k) === 'for') {
    if (units[h]!.lower === 'responsible') return h;
    h = tree.head[h]!;
    return h >= 0 ? h : -1;
  }
  if (rel === 'obj' || rel === 'nsubj:pass' || (rel === 'xcomp' && tree.upos[h] === 'VERB')) return isEventVerb(units[h]!.lower) ? h : -1;
  return -1;
}

const NEARBY = ['near', 'around', 'outside', 'along', 'across'];
// "near", "around", "outside" say where the attackers were, not what they struck.
const STRUCK_PLACES = ['in', 'at', 'inside', 'into', 'on', 'against', 'within', 'throughout'];

// Where an attack happened: a place through "in/at/near" on the trigger or on what it struck.
function eventPlaces(tree: UnitTree, units: readonly Unit[], nodes: readonly number[], preps: readonly string[]): Argument[] {
  const out: Argument[] = [];
  for (const n of nodes) for (const p of placesAt(tree, units, n, preps)) if (!out.some((o) => o.unit === p)) out.push({ unit: p, via: n });
  return out;
}

// The event and what it was aimed at, where places may hang.
function eventNodes(tree: UnitTree, units: readonly Unit[], k: number, rule: ParseRule): number[] {
  const nodes = [k];
  // "attacked police posts and safe houses in Osk": a coordinated object is struck too.
  if (rule.subject === 'doer') for (const o of tree.children[k]!.filter((c) => tree.deprel[c] === 'obj')) nodes.push(o, ...tree.children[o]!.filter((c) => tree.deprel[c] === 'conj' && !units[c]!.mention));
  // "a raid on the market in Osk" struck Osk; "strikes against ISIL in Iraq" put ISIL in Iraq (see namedInPlace).
  // "the bombing of a market in Osk" struck Osk too: the "of" phrase of an attack noun is what it struck.
  else {
    const aimed = (n: number): number[] => tree.children[n]!.filter((c) => !units[c]!.mention && c > k && ['on', 'against', 'of'].includes(prepOf(tree, units, c) ?? ''));
    nodes.push(...aimed(k));
    // "the raid took place in Osk", "the assault began in Brell": the place of the event's happening.
    nodes.push(...happenedAt(tree, units, k));
    // "launched an assault in months on Guard positions near Osk" with the phrase hung on the light verb.
    const light = tree.deprel[k] === 'obj' ? lightVerbOf(tree, units, k) : -1;
    if (light >= 0 && light === tree.head[k]) nodes.push(...aimed(light));
  }
  return nodes;
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
