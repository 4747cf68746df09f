import type { Predicate } from '../../../core/index.js';
import type { Found } from '../construction.js';
import { KIN, LIGHT_VERBS, NOUNS, PART_NOUNS, REPORT_VERBS, TITLES, VERBS } from '../lexicon.js';
import type { Unit } from '../sentence-view.js';
import { doerOf, isPassive, patientOf } from './clause.js';
import { actorsAt, followAny, isForceNoun, ownerOf, placesAt, prepOf, type Argument, type Path } from './paths.js';
import { PARSE_OF_PATIENT, PARSE_RULES, type ParseRule } from './rules.js';
import { COMPOSITION_ROWS, findCompositions } from './composition.js';
import { COOPERATION_ROWS, findCooperation } from './cooperation.js';
import { findTakeovers, TAKEOVER_ROW } from './takeover.js';
import { DENIAL_ROW } from './denial.js';
import { findPlacesInPlaces, PLACE_IN_PLACE_ROW } from './places-in-places.js';
import { findRolesOverParse, holdersOf, PARSE_ROLE_ROWS } from './roles.js';
import { parseScope } from './scope.js';
import { clauseVoice } from './voice.js';
import { baseRel, buildUnitTree, type TokenArc, type UnitTree } from './tree.js';

/** Rows that are not a trigger set over one relation: roles, kin and presence read from any verb. */
const ACTS_IN_PLACE = { name: 'parse-acts-in-place', example: 'On Monday the Front met envoys from Alder in Osk.' } as const;
const DESCRIBED_IN_PLACE = { name: 'parse-described-in-place', example: 'Brell is a mountain district in northern Alder; the Cope Brigade, a militia in Brell, denies it.' } as const;
const NAMED_IN_PLACE = { name: 'parse-named-in-place', example: 'Coalition jets struck the Front in Osk and the Guard across Brell.' } as const;
/** Every row name of the parse table, for ablation and listing. */
export const PARSE_ROWS: readonly { readonly name: string; readonly example: string }[] = [...PARSE_RULES, ...PARSE_ROLE_ROWS, ...COMPOSITION_ROWS, ...COOPERATION_ROWS, TAKEOVER_ROW, ACTS_IN_PLACE, NAMED_IN_PLACE, DESCRIBED_IN_PLACE, PLACE_IN_PLACE_ROW, DENIAL_ROW];

export { buildUnitTree, PARSE_RULES, PARSE_ROLE_ROWS };
export type { ParseRule, TokenArc, UnitTree };

// Verbs that hand their doer to the event noun they take: "carried out an attack", "delivered
// strikes", "waged an insurgency", beside the light verbs the window rows already use.
// "broke off ties with", "cut its links to", "ended the offensive": a verb of ending hands its doer on too
// (the scope reads the tie as ended).
const EVENT_VERBS = new Set([...LIGHT_VERBS, 'break', 'broke', 'broken', 'breaks', 'cut', 'cuts', 'sever', 'severed', 'severs', 'end', 'ended', 'ends', 'suspend', 'suspended', 'suspends', 'halt', 'halted', 'halts', 'renounce', 'renounced', 'renounces', 'abandon', 'abandoned', 'abandons', 'deliver', 'delivers', 'delivered', 'delivering', 'unleash', 'unleashed', 'intensify', 'intensified', 'step', 'stepped', 'resume', 'resumed', 'continue', 'continued', 'continues', 'begin', 'began', 'begun', 'start', 'started', 'starts', 'escalate', 'escalated', 'pursue', 'pursued', 'pursues', 'provide', 'provides', 'provided', 'offer', 'offered', 'offers', 'extend', 'extended', 'enjoy', 'enjoys', 'enjoyed', 'receive', 'received', 'receives', 'get', 'got', 'gets', 'need', 'needs', 'needed', 'seek', 'sought', 'fight', 'fought', 'fighting']);
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

/** Reads every row of `rules` over one sentence's tree. */
export function findOverParse(units: readonly Unit[], tree: UnitTree, rows: readonly { readonly name: string }[] = PARSE_ROWS): Found[] {
  const names = new Set(rows.map((r) => r.name));
  const rules = PARSE_RULES.filter((r) => names.has(r.name));
  const out: Found[] = [...findRolesOverParse(units, tree, names)];
  if (names.has(ACTS_IN_PLACE.name)) out.push(...findActsInPlace(units, tree));
  if (names.has(NAMED_IN_PLACE.name)) out.push(...findNamedInPlace(units, tree));
  if (names.has(DESCRIBED_IN_PLACE.name)) out.push(...findDescribedInPlace(units, tree));
  if (names.has(PLACE_IN_PLACE_ROW.name)) out.push(...findPlacesInPlaces(units, tree));
  out.push(...findCompositions(units, tree, names));
  out.push(...findCooperation(units, tree, names));
  if (names.has(TAKEOVER_ROW.name)) out.push(...findTakeovers(units, tree));
  for (let k = 0; k < units.length; k++) {
    const word = units[k]!.lower;
    if (units[k]!.mention) continue;
    for (const rule of rules) {
      if (!rule.trigger.words.has(word) || !(rule.trigger.upos.includes(tree.upos[k]!) || (rule.trigger.upos.includes('NOUN') && isNounLike(tree, k)))) continue;
      const scope = parseScope(tree, units, k);
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

function readRule(rule: ParseRule, units: readonly Unit[], tree: UnitTree, k: number): Reading[] {
  const readings: Reading[] = [];
  let subjects: readonly Argument[];
  let intended = false;
  let received = false;
  let receiver = -1;
  let governor: number | undefined;
  if (rule.subject === 'doer') {
    const doer = doerOf(tree, units, k);
    subjects = doer.actors;
    intended = doer.intended;
    // "Front units were deployed in Osk", "Varn was posted in Brell": the one placed is there.
    if (rule.predicate === 'operates_in' && subjects.length === 0 && isPassive(tree, units, k)) subjects = patientOf(tree, units, k);
  } else {
    subjects = actorsVia(tree, units, k, rule.subject);
    // "support for Iraq in the fight against ISIL", "backs the army in its war on the Front": the one
    // supported is the one fighting.
    if (subjects.length === 0 && (rule.predicate === 'hostile_to' || rule.predicate === 'attacked')) subjects = supportedIn(tree, units, k);
    if (subjects.length === 0) {
      const light = lightVerbOf(tree, units, k);
      if (light >= 0) {
        subjects = doerOf(tree, units, light).actors;
        received = RECEIVING.has(units[light]!.lower);
        receiver = light;
        if (tree.head[k] === light && ['obl', 'nmod'].includes(baseRel(tree.deprel[k]!))) governor = light;
      }
    }
  }
  const objects = objectsOf(rule, units, tree, k);
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
    } else readings.push({ subjects, objects, predicate, suffix: intended ? '/intended' : '' });
  }
  // "clashes between the Front and the Guard", "the Front and the Guard clashed": the set relates its members.
  if ((rule.predicate === 'allied_with' || rule.predicate === 'hostile_to') && objects.length === 0) {
    const set = rule.subject === 'doer' ? (subjects.length > 1 ? subjects : []) : obliques(tree, units, k, ['between', 'among']);
    for (let a = 0; a < set.length; a++) for (let b = a + 1; b < set.length; b++) readings.push({ subjects: [set[a]!], objects: [set[b]!], predicate, suffix: '/mutual' });
  }
  if (rule.placesAreTargets && subjects.length > 0 && !intended) {
    const places = eventPlaces(tree, units, k, rule);
    if (places.length > 0) readings.push({ subjects, objects: places, predicate: 'attacked', suffix: '/place' });
    // "ambushed a convoy near Osk", "conducted strikes near Osk": the attackers were near Osk, which they did not strike.
    {
      const nearby = placesAt(tree, units, k, NEARBY).filter((p) => !places.some((q) => q.unit === p));
      if (nearby.length > 0) readings.push({ subjects, objects: nearby.map((unit) => ({ unit, via: k })), predicate: 'operates_in', suffix: '/nearby' });
    }
  }
  return governor === undefined ? readings : readings.map((r) => ({ ...r, governor }));
}

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
      // "supplied the Front with rifles", and the passive "the Front was supplied with rifles by Alder".
      const direct = patientOf(tree, units, k);
      return direct.filter((a) => units[a.unit]!.mention!.type !== 'location');
    }
    case 'places': {
      // A verb's own prepositions when the lexicon gives them ("operate from", not "expanded from").
      const own = VERBS.get(units[k]!.lower)?.preps?.filter((p) => p !== 'to' && p !== 'into');
      const places = placesAt(tree, units, k, own && own.length > 0 ? [...own, 'in'] : role.preps).map((unit) => ({ unit, via: unit }));
      if (role.direct) for (const a of patientOf(tree, units, k)) if (units[a.unit]!.mention!.type === 'location') places.push(a);
      return places;
    }
    case 'oblique': {
      const preps = PARSE_OF_PATIENT.has(units[k]!.lower) ? [...role.preps, 'of'] : role.preps;
      return obliques(tree, units, k, preps);
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

// Words whose "in" phrase names an event their subject took part in.
const INVOLVED = new Set(['involved', 'implicated', 'complicit', 'participated', 'participate', 'participates', 'participating', 'role', 'part', 'hand', 'involvement', 'participation', 'complicity']);

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
  if (rel === 'obj' || rel === 'nsubj:pass' || (rel === 'xcomp' && tree.upos[h] === 'VERB')) return EVENT_VERBS.has(units[h]!.lower) ? h : -1;
  return -1;
}

const NEARBY = ['near', 'around', 'outside', 'along', 'across'];
// "near", "around", "outside" say where the attackers were, not what they struck.
const STRUCK_PLACES = ['in', 'at', 'inside', 'into', 'on', 'against', 'within', 'throughout'];

// Where an attack happened: a place through "in/at/near" on the trigger or on what it struck.
function eventPlaces(tree: UnitTree, units: readonly Unit[], k: number, rule: ParseRule): Argument[] {
  const nodes = [k];
  if (rule.subject === 'doer') nodes.push(...tree.children[k]!.filter((c) => tree.deprel[c] === 'obj'));
  // "a raid on the market in Osk" struck Osk; "strikes against ISIL in Iraq" put ISIL in Iraq (see namedInPlace).
  else nodes.push(...tree.children[k]!.filter((c) => !units[c]!.mention && ['on', 'against'].includes(prepOf(tree, units, c) ?? '')));
  const out: Argument[] = [];
  for (const n of nodes) for (const p of placesAt(tree, units, n, STRUCK_PLACES)) if (!out.some((o) => o.unit === p)) out.push({ unit: p, via: n });
  return out;
}

const PARTY_PREPS = ['with', 'against', 'alongside'];
const VENUE_PREPS = ['at', 'in', 'inside', 'near', 'outside'];
// "at" is left out: "fired at Osk", "aimed at Osk" name a target, not where the actor was.
const ACT_PLACES = ['in', 'inside', 'near', 'around', 'across', 'throughout', 'within', 'along', 'outside'];
// What a title, a part or a kin noun is "in" is where its holder is, not its owner: "the Front's affiliate in Osk".
const HELD_BY_OTHERS = new Set([...TITLES.keys(), ...PART_NOUNS, ...KIN]);
// An attack row already reads "attacked(place)" from these; presence would be a second, weaker reading.
const ATTACK_WORDS = new Set(PARSE_RULES.filter((r) => r.placesAreTargets).flatMap((r) => [...r.trigger.words]));
const VISITING = new Set(['visit', 'visited', 'visits', 'visiting', 'reach', 'reached', 'reaches', 'enter', 'entered', 'enters', 'tour', 'toured', 'tours', 'patrol', 'patrolled', 'patrols', 'roam', 'roamed', 'roams']);
const SPEAKING = new Set(['speak', 'speaks', 'spoke', 'speaking', 'spoken', 'talk', 'talking', 'write', 'wrote', 'writing', 'interview', 'interviewed', 'quoted', 'briefing', 'statement', 'remarks', 'comments', 'interview', 'conference']);
const NOT_ACTS = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', 'born', 'buried', 'die', 'died', 'dies', 'kill', 'killed', 'wounded', 'injured']);

// Whoever acts somewhere is there: "the Front met envoys in Osk", "the use of drones by the Front in
// Osk", "reporting by Tam Orlan in Brell". An actor's presence is the loosest relation the gold keeps.
function findActsInPlace(units: readonly Unit[], tree: UnitTree): Found[] {
  const out: Found[] = [];
  for (let k = 0; k < units.length; k++) {
    const u = units[k]!;
    // "Speaking in Osk, Varn said …": where a speaker spoke is no presence the text asserts.
    // "involved in the attack on Osk": the event's own rows read where it struck.
    if (u.mention || NOT_ACTS.has(u.lower) || HELD_BY_OTHERS.has(u.lower) || REPORT_VERBS.has(u.lower) || SPEAKING.has(u.lower) || INVOLVED.has(u.lower)) continue;
    // An attack's own doer is read as attacking the place (the attack rows); who it struck was there.
    const attack = ATTACK_WORDS.has(u.lower) || tree.children[k]!.some((c) => tree.deprel[c] === 'obj' && ATTACK_WORDS.has(units[c]!.lower));
    let actors: Argument[] = [];
    if (tree.upos[k] === 'VERB') {
      const passive = isPassive(tree, units, k);
      // An act only intended ("vowed to expand into Osk", "its strategy to hold Osk") puts nobody anywhere.
      const doer = passive ? null : doerOf(tree, units, k);
      if (doer?.intended) continue;
      if (!attack) actors = passive ? followAny(tree, units, k, [[{ rel: 'obl:agent' }], [{ rel: 'obl', preps: ['by'] }]]).flatMap((n) => actorsAt(tree, units, n)) : [...doer!.actors];
      // "clashed with the Guard around Osk", "trained the militia's fighters near Osk": the other party is there too.
      actors.push(...patientOf(tree, units, k), ...followAny(tree, units, k, [[{ rel: 'obl', preps: ['with', 'alongside'] }]]).flatMap((n) => actorsAt(tree, units, n)));
    } else if (tree.upos[k] === 'NOUN') {
      if (!attack) actors = followAny(tree, units, k, [[{ rel: 'nmod', preps: ['by'] }], [{ rel: 'nmod:poss' }]]).flatMap((n) => actorsAt(tree, units, n));
      // "the defeat of Daesh in Syria", "strikes against the Front in Osk": who an event befell was there.
      if (EVENT_NOUNS.has(u.lower)) actors.push(...followAny(tree, units, k, [[{ rel: 'nmod', preps: ['of', 'against', 'on'] }]]).flatMap((n) => actorsAt(tree, units, n)));
    }
    actors = actors.filter((a) => units[a.unit]!.mention!.type !== 'location');
    if (actors.length === 0) continue;
    // "held talks with envoys in Osk": the place may hang on the act's object or oblique rather than the verb.
    // "merged … with the Brigade's camps in Osk": a place on an owned noun is the owner's, not the act's.
    // "responds to the attack in Karrada": where an event noun happened is the event's, not the responder's.
    // "clashed with the Guard near Osk", "fought the Guard in Brell": a place the parse hangs on the other
    // party is where the act happened (the attachment is ambiguous, the presence is not).
    const parties = tree.children[k]!.filter((c) => units[c]!.mention?.type === 'organization' && (tree.deprel[c] === 'obj' || (baseRel(tree.deprel[c]!) === 'obl' && PARTY_PREPS.includes(prepOf(tree, units, c) ?? ''))));
    // "the arrest of X at a checkpoint outside Osk": an event noun's venue phrase carries the place as a verb's does.
    const venueRels = tree.upos[k] === 'NOUN' ? ['obj', 'obl', 'nmod'] : ['obj', 'obl'];
    const venues = tree.children[k]!.filter((c) => !units[c]!.mention && venueRels.includes(baseRel(tree.deprel[c]!)) && (baseRel(tree.deprel[c]!) !== 'nmod' || VENUE_PREPS.includes(prepOf(tree, units, c) ?? '')) && ownerOf(tree, units, c) < 0 && !EVENT_NOUNS.has(units[c]!.lower));
    const places = [k, ...parties, ...venues].flatMap((n) => placesAt(tree, units, n, ACT_PLACES));
    if (VISITING.has(u.lower)) for (const a of patientOf(tree, units, k)) if (units[a.unit]!.mention!.type === 'location') places.push(a.unit);
    if (places.length === 0) continue;
    const scope = parseScope(tree, units, k);
    for (const a of actors) for (const p of places) out.push({ subject: a.unit, object: p, predicate: 'operates_in', role: null, trigger: k, rule: ACTS_IN_PLACE.name, negated: scope.negated, denied: scope.denied });
  }
  return out;
}

// Event nouns whose "of/against/on" phrase names who the event befell.
const EVENT_NOUNS = new Set([...ATTACK_WORDS, ...PARSE_RULES.filter((r) => r.predicate === 'hostile_to' || r.predicate === 'arrested').filter((r) => r.trigger.upos.includes('NOUN')).flatMap((r) => [...r.trigger.words]), 'defeat', 'liberation', 'expulsion', 'rout', 'siege', 'encirclement']);
const IN_PLACE = ['in', 'inside', 'across', 'throughout', 'within'];
const NEAR = ['near', 'around', 'outside'];

// An actor qualified by a place is there: "strikes against ISIL in Iraq", "the Front in Osk said …".
function findNamedInPlace(units: readonly Unit[], tree: UnitTree): Found[] {
  const out: Found[] = [];
  for (let k = 0; k < units.length; k++) {
    const m = units[k]!.mention;
    if (m && m.type !== 'location') {
      // "the Front near Osk", "the Guard around Brell": a body placed near somewhere is there too.
      // The place qualifies the name, not the clause: "never armed the Brigade or any group in Alder" denies the
      // arming, not that the Brigade is in Alder.
      for (const p of placesAt(tree, units, k, m.type === 'organization' ? [...IN_PLACE, ...NEAR] : IN_PLACE)) out.push({ subject: k, object: p, predicate: 'operates_in', role: null, trigger: k, rule: NAMED_IN_PLACE.name, negated: false, denied: false });
      continue;
    }
    // "HAR positions near Tell Barusa", "the Front's camps in Osk": an actor's forces somewhere put it there.
    const owner = m ? -1 : ownerOf(tree, units, k);
    if (owner < 0 || !isForceNoun(units[k]!.lower)) continue;
    // "fighters of the Council at a checkpoint near Yomdara": the place may sit on the post they hold.
    const posts = tree.children[k]!.filter((c) => !units[c]!.mention && baseRel(tree.deprel[c]!) === 'nmod' && ['at', 'in', 'near'].includes(prepOf(tree, units, c) ?? ''));
    for (const p of [k, ...posts].flatMap((n) => placesAt(tree, units, n, [...IN_PLACE, 'near', 'around', 'outside']))) out.push({ subject: owner, object: p, predicate: 'operates_in', role: null, trigger: k, rule: NAMED_IN_PLACE.name });
  }
  return out;
}

// What a name is said to be, somewhere: "Brell, a district in Alder" lies in Alder; "the Cope Brigade,
// a militia in Brell" and "X is an organization in Alder" are there.
function findDescribedInPlace(units: readonly Unit[], tree: UnitTree): Found[] {
  const out: Found[] = [];
  for (let k = 0; k < units.length; k++) {
    if (units[k]!.mention || tree.upos[k] !== 'NOUN' || KIN.has(units[k]!.lower)) continue;
    const holders = holdersOf(units, tree, k);
    if (holders.length === 0) continue;
    const places = placesAt(tree, units, k, IN_PLACE);
    for (const h of holders) for (const p of places) {
      if (h === p) continue;
      const predicate = units[h]!.mention!.type === 'location' ? 'located_in' : 'operates_in';
      // "Hollin, a border town in Veska,": a description in apposition is the writer's, whoever the clause quotes.
      const voice = tree.deprel[k] === 'appos' ? { background: true, carrier: null } : undefined;
      out.push({ subject: h, object: p, predicate, role: null, trigger: k, rule: DESCRIBED_IN_PLACE.name, ...(voice ? { voice } : {}) });
    }
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

// A word the tagger called an adjective or name but that heads a noun phrase ("the Front's offensive"):
// a determiner or a possessor before it makes it a noun.
function isNounLike(tree: UnitTree, k: number): boolean {
  return (tree.upos[k] === 'ADJ' || tree.upos[k] === 'PROPN') && tree.children[k]!.some((c) => c < k && (tree.deprel[c] === 'det' || tree.deprel[c] === 'nmod:poss'));
}
