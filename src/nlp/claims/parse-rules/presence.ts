import type { Found } from '../construction.js';
import { KIN, PART_NOUNS, REPORT_VERBS, TITLES } from '../lexicon.js';
import type { Unit } from '../sentence-view.js';
import { doerOf, isPassive, patientOf } from './clause.js';
import { actorsAt, followAny, isForceNoun, ownerOf, placesAt, prepOf, type Argument } from './paths.js';
import { holdersOf } from './roles.js';
import { PARSE_RULES } from './rules.js';
import { hasNegator, parseScope } from './scope.js';
import { baseRel, isNominalHead, type UnitTree } from './tree.js';

/** Presence rows: whoever acts, is named or is described somewhere is there. */
export const ACTS_IN_PLACE = { name: 'parse-acts-in-place', example: 'On Monday the Front met envoys from Alder in Osk.' } as const;
export const DESCRIBED_IN_PLACE = { name: 'parse-described-in-place', example: 'Brell is a mountain district in northern Alder; the Cope Brigade, a militia in Brell, denies it.' } as const;
export const NAMED_IN_PLACE = { name: 'parse-named-in-place', example: 'Coalition jets struck the Front in Osk and the Guard across Brell.' } as const;
export const PRESENCE_ROWS = [ACTS_IN_PLACE, NAMED_IN_PLACE, DESCRIBED_IN_PLACE] as const;

// Words whose "in" phrase names an event their subject took part in.
export const INVOLVED = new Set(['involved', 'implicated', 'complicit', 'participated', 'participate', 'participates', 'participating', 'role', 'part', 'hand', 'involvement', 'participation', 'complicity']);

const PARTY_PREPS = ['with', 'against', 'alongside'];
const VENUE_PREPS = ['at', 'in', 'inside', 'near', 'outside'];
// "at" is left out: "fired at Osk", "aimed at Osk" name a target, not where the actor was.
const ACT_PLACES = ['in', 'inside', 'near', 'around', 'across', 'throughout', 'within', 'along', 'outside', 'over'];
// What a title, a part or a kin noun is "in" is where its holder is, not its owner: "the Front's affiliate in Osk".
const HELD_BY_OTHERS = new Set([...TITLES.keys(), ...PART_NOUNS, ...KIN]);
// An attack row already reads "attacked(place)" from these; presence would be a second, weaker reading.
const ATTACK_WORDS = new Set(PARSE_RULES.filter((r) => r.placesAreTargets).flatMap((r) => [...r.trigger.words]));
const VISITING = new Set(['visit', 'visited', 'visits', 'visiting', 'reach', 'reached', 'reaches', 'enter', 'entered', 'enters', 'tour', 'toured', 'tours', 'patrol', 'patrolled', 'patrols', 'roam', 'roamed', 'roams']);
const SPEAKING = new Set(['speak', 'speaks', 'spoke', 'speaking', 'spoken', 'talk', 'talking', 'write', 'wrote', 'writing', 'interview', 'interviewed', 'quoted', 'briefing', 'statement', 'remarks', 'comments', 'interview', 'conference']);
// Being, dying and a biography's schooling put nobody somewhere as an actor: "was born in Osk and studied in Brell".
const NOT_ACTS = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', 'born', 'buried', 'studied', 'study', 'studies', 'studying', 'educated', 'raised', 'grew', 'graduated', 'die', 'died', 'dies', 'kill', 'killed', 'wounded', 'injured']);

// Whoever acts somewhere is there: "the Front met envoys in Osk", "the use of drones by the Front in
// Osk", "reporting by Tam Orlan in Brell". An actor's presence is the loosest relation the gold keeps.
export function findActsInPlace(units: readonly Unit[], tree: UnitTree): Found[] {
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
    } else if (isNominalHead(tree, k)) {
      if (!attack) actors = followAny(tree, units, k, [[{ rel: 'nmod', preps: ['by'] }], [{ rel: 'nmod:poss' }]]).flatMap((n) => actorsAt(tree, units, n));
      // "the defeat of Daesh in Syria", "strikes against the Front in Osk": who an event befell was there.
      if (EVENT_NOUNS.has(u.lower)) actors.push(...followAny(tree, units, k, [[{ rel: 'nmod', preps: ['of', 'against', 'on'] }]]).flatMap((n) => actorsAt(tree, units, n)));
      // "clashes between the Front and the Guard": both sides were where the clashes were.
      if (EVENT_NOUNS.has(u.lower)) actors.push(...followAny(tree, units, k, [[{ rel: 'nmod', preps: ['between'] }]]).flatMap((n) => actorsAt(tree, units, n)));
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
    const venueRels = isNominalHead(tree, k) ? ['obj', 'obl', 'nmod'] : ['obj', 'obl'];
    // "has no units in Osk": a negated presence noun is the presence rows' to read, as a denial.
    const venues = tree.children[k]!.filter((c) => !units[c]!.mention && !hasNegator(tree, units, c) && venueRels.includes(baseRel(tree.deprel[c]!)) && (baseRel(tree.deprel[c]!) !== 'nmod' || VENUE_PREPS.includes(prepOf(tree, units, c) ?? '')) && ownerOf(tree, units, c) < 0 && !EVENT_NOUNS.has(units[c]!.lower));
    // "clashes between A and B near Osk": the place the parse hangs on the last side is the event's.
    const sides = isNominalHead(tree, k) && EVENT_NOUNS.has(u.lower) ? followAny(tree, units, k, [[{ rel: 'nmod', preps: ['between'] }]]).flatMap((n) => [n, ...tree.children[n]!.filter((c) => tree.deprel[c] === 'conj')]) : [];
    // "the Front's offensive in the valley began last week", parsed with the place on "began": where an event
    // began, took place or went on is where it happened.
    const happening = isNominalHead(tree, k) ? happenedAt(tree, units, k) : [];
    const places = [k, ...parties, ...venues, ...sides, ...happening].flatMap((n) => placesAt(tree, units, n, ACT_PLACES));
    // "Osk has seen months of clashes": the place that witnessed the event is where it happened.
    if (isNominalHead(tree, k) && EVENT_NOUNS.has(u.lower)) places.push(...witnessingPlace(tree, units, k));
    if (VISITING.has(u.lower)) for (const a of patientOf(tree, units, k)) if (units[a.unit]!.mention!.type === 'location') places.push(a.unit);
    if (places.length === 0) continue;
    const scope = parseScope(tree, units, k);
    for (const a of actors) for (const p of places) out.push({ subject: a.unit, object: p, predicate: 'operates_in', role: null, trigger: k, rule: ACTS_IN_PLACE.name, negated: scope.negated, denied: scope.denied });
  }
  return out;
}

export const HAPPENING = new Set(['began', 'begun', 'begins', 'started', 'starts', 'continued', 'continues', 'resumed', 'resumes', 'took', 'takes', 'occurred', 'occurs', 'happened', 'happens', 'unfolded', 'erupted', 'raged', 'rages', 'intensified', 'spread', 'ended', 'stalled']);
/** The verb an event noun is the subject of when it says the event happened ("the raid took place in Osk"). */
export function happenedAt(tree: UnitTree, units: readonly Unit[], k: number): number[] {
  const h = tree.head[k]!;
  return h >= 0 && tree.deprel[k] === 'nsubj' && HAPPENING.has(units[h]!.lower) ? [h] : [];
}

const WITNESSING = new Set(['seen', 'saw', 'see', 'sees', 'witnessed', 'witness', 'witnesses', 'experienced', 'suffered', 'endured']);
// The place subject of "has seen / witnessed" whose object is the event noun (or the count of it: "months of clashes").
function witnessingPlace(tree: UnitTree, units: readonly Unit[], k: number): number[] {
  let n = k;
  if (baseRel(tree.deprel[n]!) === 'nmod' && prepOf(tree, units, n) === 'of' && tree.head[n]! >= 0) n = tree.head[n]!;
  const verb = tree.head[n]!;
  if (verb < 0 || tree.deprel[n] !== 'obj' || !WITNESSING.has(units[verb]!.lower)) return [];
  return tree.children[verb]!.filter((c) => tree.deprel[c] === 'nsubj' && units[c]!.mention?.type === 'location');
}

// Event nouns whose "of/against/on" phrase names who the event befell.
const EVENT_NOUNS = new Set([...ATTACK_WORDS, ...PARSE_RULES.filter((r) => r.predicate === 'hostile_to' || r.predicate === 'arrested').filter((r) => r.trigger.upos.includes('NOUN')).flatMap((r) => [...r.trigger.words]), 'defeat', 'liberation', 'expulsion', 'rout', 'siege', 'encirclement']);
const IN_PLACE = ['in', 'inside', 'across', 'throughout', 'within'];
const NEAR = ['near', 'around', 'outside'];

// An actor qualified by a place is there: "strikes against ISIL in Iraq", "the Front in Osk said …".
export function findNamedInPlace(units: readonly Unit[], tree: UnitTree): Found[] {
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
    // Only a negation on the noun itself ("no positions near Osk") reaches it: "rejected claims that jets struck
    // Guard positions near Osk" denies the strike, not that the positions are there.
    for (const p of [k, ...posts].flatMap((n) => placesAt(tree, units, n, [...IN_PLACE, 'near', 'around', 'outside']))) out.push({ subject: owner, object: p, predicate: 'operates_in', role: null, trigger: k, rule: NAMED_IN_PLACE.name, negated: hasNegator(tree, units, k), denied: false });
  }
  return out;
}

// What a name is said to be, somewhere: "Brell, a district in Alder" lies in Alder; "the Cope Brigade,
// a militia in Brell" and "X is an organization in Alder" are there.
export function findDescribedInPlace(units: readonly Unit[], tree: UnitTree): Found[] {
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
