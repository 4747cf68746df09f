import { rightObject, subjectOf } from '../arguments.js';
import { conjunctsLeft, conjunctsRight, isVerbLike } from '../phrases.js';
import { pairs, relation, type Construction, type Found } from '../construction.js';
import { eachWithEach, partiesAt } from './mutual.js';

// Fixed verb phrases whose words, not their grammar, carry the relation: "fought alongside",
// "received … from", "pledged allegiance to", "fired rockets at".

const ALONGSIDE = new Set(['alongside']);

/** "fought alongside the Guard", "trained alongside Front operatives": side by side is an alliance. */
export const alongside: Construction = {
  name: 'alongside',
  predicates: ['allied_with'],
  example: 'Front fighters trained alongside Alder Guard operatives in Brell.',
  find(units) {
    const out: Found[] = [];
    for (let i = 1; i < units.length; i++) {
      if (units[i]!.lower !== 'alongside' || units[i - 1]!.pos !== 'VERB') continue;
      const subject = subjectOf(units, i - 1);
      const object = rightObject(units, i - 1, { preps: ALONGSIDE, maxSlots: 5 });
      if (subject >= 0 && object >= 0) out.push(...pairs(conjunctsLeft(units, subject), 'allied_with', conjunctsRight(units, object), i, this.name));
    }
    return out;
  },
};

const RECEIVE = new Set(['receive', 'receives', 'received', 'receiving', 'obtain', 'obtains', 'obtained', 'obtaining', 'acquire', 'acquired', 'acquires', 'get', 'gets', 'got']);
const FROM = new Set(['from']);

/** "the Front receives weapons from Alder": the giver supplies the receiver. */
export const receiveFrom: Construction = {
  name: 'receive-from',
  predicates: ['supplied'],
  example: 'The Cope Brigade received rifles and money from the Alder Ministry.',
  find(units) {
    const out: Found[] = [];
    for (let i = 0; i < units.length; i++) {
      if (!RECEIVE.has(units[i]!.lower) || !isVerbLike(units, i, RECEIVE)) continue;
      const receiver = subjectOf(units, i);
      const giver = rightObject(units, i, { preps: FROM, maxSlots: 12, crossCommas: true });
      if (receiver >= 0 && giver >= 0) out.push(...pairs(conjunctsRight(units, giver), 'supplied', conjunctsLeft(units, receiver), i, this.name));
    }
    return out;
  },
};

const ALLEGIANCE = new Set(['allegiance', 'loyalty', "bay'ah", 'bayah', 'fealty']);

/** "the Front pledged allegiance to the Caliphate": a group becomes part of, a person a member of, the other. */
export const pledgedAllegiance: Construction = {
  name: 'allegiance',
  predicates: ['part_of', 'member_of'],
  example: 'In 2015 the Osk Front pledged allegiance to the Red Valley Front.',
  find(units) {
    const out: Found[] = [];
    for (let i = 1; i < units.length; i++) {
      if (!ALLEGIANCE.has(units[i]!.lower) || units[i + 1]?.lower !== 'to') continue;
      let verb = i - 1;
      while (verb > 0 && units[verb]!.pos !== 'VERB' && i - verb <= 2) verb--;
      const pledger = subjectOf(units, verb);
      const body = rightObject(units, i, { preps: TO, maxSlots: 4 });
      if (pledger < 0 || body < 0) continue;
      for (const p of conjunctsLeft(units, pledger)) {
        out.push(relation(p, units[p]!.mention!.type === 'person' ? 'member_of' : 'part_of', body, i, this.name));
      }
    }
    return out;
  },
};

const PLACE_PREPS = new Set(['of', 'in', 'at', 'inside', 'near', 'from']);
const TO = new Set(['to']);

const FIRING = new Set(['fired', 'fire', 'fires', 'firing', 'launched', 'launches', 'launching', 'lobbed', 'shot']);
const PROJECTILES = new Set(['rockets', 'rocket', 'missiles', 'missile', 'drones', 'drone', 'mortars', 'mortar', 'shells', 'projectiles', 'rounds', 'grenades', 'artillery', 'barrage']);
const AIMED = new Set(['at', 'on', 'into', 'toward', 'towards', 'against']);

/** "the Front fired rockets at Osk", "launched drones into Brell". */
export const firedAt: Construction = {
  name: 'fired-at',
  predicates: ['attacked'],
  example: 'The Red Valley Front fired rockets at Port Alder overnight.',
  find(units) {
    const out: Found[] = [];
    for (let i = 0; i < units.length; i++) {
      if (!FIRING.has(units[i]!.lower)) continue;
      let k = i + 1;
      while (k < units.length && k - i <= 3 && !PROJECTILES.has(units[k]!.lower) && (units[k]!.pos === 'DET' || units[k]!.pos === 'ADJ' || units[k]!.pos === 'NUM')) k++;
      if (!PROJECTILES.has(units[k]?.lower ?? '')) continue;
      const subject = subjectOf(units, i);
      const target = rightObject(units, k, { preps: AIMED, maxSlots: 5, through: PLACE_PREPS });
      if (subject >= 0 && target >= 0) out.push(...pairs(conjunctsLeft(units, subject), 'attacked', conjunctsRight(units, target), i, this.name));
    }
    return out;
  },
};

const WIELD = new Set(['use', 'uses', 'used', 'using', 'weaponise', 'weaponised', 'weaponize', 'weaponized', 'weaponising', 'weaponizing', 'deploy', 'deployed', 'deploys', 'unleash', 'unleashed', 'direct', 'directed', 'turn', 'turned']);
const AGAINST = new Set(['against']);

/** "Alder weaponised the Front against the Guard": the tool is set against the target. */
export const turnedAgainst: Construction = {
  name: 'turned-against',
  predicates: ['hostile_to'],
  example: 'The ministry weaponised the Red Valley Front against the Alder Guard.',
  find(units) {
    const out: Found[] = [];
    for (let i = 0; i < units.length; i++) {
      if (!WIELD.has(units[i]!.lower) || !isVerbLike(units, i, WIELD)) continue;
      const tool = rightObject(units, i, { maxSlots: 3 });
      if (tool < 0 || units[tool]!.mention!.type === 'location') continue;
      const target = rightObject(units, tool, { preps: AGAINST, maxSlots: 4 });
      if (target >= 0) out.push(...pairs([tool], 'hostile_to', conjunctsRight(units, target), i, this.name));
    }
    return out;
  },
};

const FORM = new Set(['form', 'forms', 'formed', 'forming', 'sign', 'signs', 'signed', 'signing', 'seal', 'seals', 'sealed', 'sealing', 'forge', 'forges', 'forged', 'forging', 'strike', 'strikes', 'struck', 'agree', 'agrees', 'agreed', 'announce', 'announces', 'announced', 'enter', 'entered', 'entering', 'build', 'built', 'cement', 'cemented']);
const PACT = new Set(['alliance', 'pact', 'partnership', 'coalition', 'accord', 'axis', 'union', 'merger', 'agreement']);
const PACT_MODIFIERS = new Set(['a', 'an', 'the', 'new', 'formal', 'secret', 'military', 'strategic', 'tactical', 'operational', 'loose', 'joint', 'non-aggression', 'into', 'cooperation']);
const WITH = new Set(['with']);

/**
 * "The Front and the Guild have formed an alliance", "the Front sealed a pact with the Guild": a pact
 * made together binds every party named, each with each.
 */
export const formedPact: Construction = {
  name: 'formed-pact',
  predicates: ['allied_with'],
  example: 'The Red Valley Front and the Osk Guild have formed an alliance, officials said.',
  find(units) {
    const out: Found[] = [];
    for (let i = 0; i < units.length; i++) {
      if (!FORM.has(units[i]!.lower) || !isVerbLike(units, i, FORM)) continue;
      let noun = i + 1;
      while (noun < units.length && noun - i <= 4 && PACT_MODIFIERS.has(units[noun]!.lower)) noun++;
      if (!PACT.has(units[noun]?.lower ?? '')) continue;
      const subject = subjectOf(units, i);
      if (subject < 0) continue;
      const partner = units[noun + 1]?.lower === 'with' ? rightObject(units, noun, { preps: WITH, maxSlots: 5 }) : -1;
      if (partner >= 0) out.push(...pairs(conjunctsLeft(units, subject), 'allied_with', conjunctsRight(units, partner), noun, this.name));
      else out.push(...eachWithEach(partiesAt(units, subject) ?? [], 'allied_with', noun, this.name));
    }
    return out;
  },
};
