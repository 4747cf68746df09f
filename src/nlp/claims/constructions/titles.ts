import type { Predicate } from '../../../core/index.js';
import { conjunctsRight, isClauseBreak } from '../phrases.js';
import { relation, type Construction, type Found } from '../construction.js';
import { KIN, TITLE_MODIFIERS, TITLES, type TitleSense } from '../lexicon.js';
import type { Unit } from '../sentence-view.js';

const isType = (u: Unit | undefined, type: string): boolean => u?.mention?.type === type;
const isActor = (u: Unit | undefined): boolean => isType(u, 'organization') || isType(u, 'location');
const COPULA = new Set(['is', 'was', 'became', 'becomes', 'remains', 'remained']);
const ARTICLES = new Set(['a', 'an', 'the']);
const MASTERMINDS = new Set(['mastermind', 'perpetrator', 'architect', 'planner', 'organiser', 'organizer']);

/** The predicate and direction a title gives between a person and a body. */
export function titleRelation(sense: TitleSense, person: number, body: number, trigger: number, rule: string, role: string): Found | null {
  if (sense.predicate === 'sponsored_by') return relation(body, 'sponsors', person, trigger, rule);
  if (sense.predicate === 'supplied' || sense.predicate === 'sponsors') return relation(person, sense.predicate, body, trigger, rule);
  // "deputy chief", "vice chairman": second in command is a member, not the leader; so is the head
  // of one branch of the body ("its finance chief", "the media head").
  const predicate: Predicate = sense.predicate === 'leader_of' && /\b(deputy|vice|assistant|joint|arms|weapons|explosives|money|logistics|finance|financial|media|propaganda|intelligence|security|recruitment|training)\b/i.test(role) ? 'member_of' : sense.predicate;
  return relation(person, predicate, body, trigger, rule, role);
}

const isPossessiveAt = (units: readonly Unit[], k: number): boolean => units[k]?.lower === "'s" || units[k]?.lower === '’s';

const roleText = (units: readonly Unit[], from: number, to: number): string =>
  units.slice(from, to + 1).filter((u) => !u.mention || u.mention.type === 'location').map((u) => u.text).join(' ');

// Walks left from a title over modifiers and other titles ("former deputy chief").
function titleStart(units: readonly Unit[], i: number): number {
  let j = i;
  while (j > 0 && (TITLE_MODIFIERS.has(units[j - 1]!.lower) || TITLES.has(units[j - 1]!.lower)) && !units[j - 1]!.mention && units[j - 1]!.lower !== 'and') j--;
  return j;
}

/** "Front chief Ilsa Varn", "the Front's deputy, Ilsa Varn", "his deputy Ilsa Varn", "chief of the Front Ilsa Varn". */
export const titleBeforeName: Construction = {
  name: 'title-before-name',
  predicates: ['leader_of', 'member_of', 'sponsors'],
  example: 'Red Valley Front chief Ilsa Varn met envoys in Port Alder.',
  find(units, found) {
    const out: Found[] = [];
    for (let i = 0; i < units.length; i++) {
      const sense = TITLES.get(units[i]!.lower);
      if (!sense || units[i]!.mention) continue;
      let p = i + 1;
      if (units[p]?.text === ',') p++;
      // "Movement Chairman Dr. Naseem Orlan", "Front commander Mullah Tam": an honorific before the name.
      while (HONORIFICS.has(units[p]?.lower ?? '') && !units[p]!.mention) p++;
      let body = -1;
      let place = -1;
      let roleFrom = titleStart(units, i);
      if (units[p]?.lower === 'of') {
        body = units[p + 1]?.lower === 'the' ? p + 2 : p + 1;
        p = body + 1;
        if (units[p]?.text === ',') p++;
      } else {
        let j = roleFrom - 1;
        if (units[j]?.lower === "'s" || units[j]?.lower === '’s') j--;
        // "ISKP Alder coordinator": a place between body and title is part of the role.
        if (isType(units[j], 'location') && !units[j]!.viaCoref && units[j - 1]?.mention && units[j - 1]!.mention!.type !== 'location') { place = j; roleFrom = j; j--; }
        body = j;
      }
      const person = units[p];
      if (!isType(person, 'person')) continue;
      // "Commander Ilsa Varn of the Red Valley Front": the body follows the name.
      if (!units[body]?.mention && units[p + 1]?.lower === 'of' && (sense.predicate === 'leader_of' || sense.predicate === 'member_of')) {
        const b = units[p + 2]?.lower === 'the' ? p + 3 : p + 2;
        if (isType(units[b], 'organization')) out.push(relation(p, sense.predicate, b, i, `${this.name}/of-after`, roleText(units, roleFrom, i)));
        continue;
      }
      if (body < 0) continue;
      const role = roleText(units, roleFrom, i);
      const bodyUnit = units[body];
      if (bodyUnit?.mention?.type === 'organization' || (sense.predicate === 'sponsored_by' && isActor(bodyUnit))) {
        const r = titleRelation(sense, p, body, i, this.name, role);
        if (r) out.push(r);
        if (place >= 0) out.push(relation(p, 'operates_in', place, i, `${this.name}/place`));
      } else if (bodyUnit?.mention?.type === 'person' && sense.predicate !== 'sponsored_by') {
        // "his deputy Saif Orlan": the deputy belongs to the body the possessor was just said to lead.
        const holder = bodyUnit.mention.id;
        const held = [...found, ...out].find((f) => (f.predicate === 'leader_of' || f.predicate === 'member_of') && units[f.subject]?.mention?.id === holder);
        if (held) out.push(relation(p, 'member_of', held.object, i, `${this.name}/possessor`, role));
      }
    }
    return out;
  },
};

/** "Ilsa Varn, the former spokesman of the Front", "Varn, a senior Front commander", "Varn was the Front's chief". */
export const nameThenTitle: Construction = {
  name: 'name-then-title',
  predicates: ['leader_of', 'member_of', 'sponsors', 'supplied', 'relative_of', 'attacked', 'operates_in'],
  example: 'Ilsa Varn, a senior operative of the Red Valley Front, was detained.',
  find(units) {
    const out: Found[] = [];
    for (let i = 0; i < units.length; i++) {
      // A group holds no title, but may be someone's proxy: "the Front is no longer a client of Alder".
      const group = isType(units[i], 'organization');
      if (!isType(units[i], 'person') && !group) continue;
      // A title in apposition is background the author supplies; after a copula it is what the clause states.
      for (const p of titleStarts(units, i)) readTitle(units, i, p, group, units[p - 1]?.text === ',' ? `${this.name}/appositive` : this.name, out);
    }
    return out;
  },
};

const APPOINTED = new Set(['appointed', 'named', 'elected', 'made', 'installed', 'chosen', 'selected', 'picked', 'nominated', 'confirmed', 'promoted', 'reappointed', 're-elected']);

// "is", "has been", and a passive appointment: "was appointed (as) head of", "has been named the new chief".
const COPULA_RUN = (units: readonly Unit[], p: number): number => {
  let after = -1;
  if (/^(has|have|had)$/.test(units[p]?.lower ?? '') && units[p + 1]?.lower === 'been') after = p + 2;
  else if (units[p] && (COPULA.has(units[p]!.lower) || units[p]!.lower === 'were')) after = p + 1;
  if (after < 0) return -1;
  if (APPOINTED.has(units[after]?.lower ?? '')) after += /^(as|to)$/.test(units[after + 1]?.lower ?? '') ? 2 : 1;
  return after;
};

// Where a title may begin after the name at `i`: after a comma, a copula or "served as"; and after an
// appositive that ends in a comma and a copula ("Varn, son of Orlan Varn, has been a Front asset").
function titleStarts(units: readonly Unit[], i: number): number[] {
  const out: number[] = [];
  const p = i + 1;
  if (units[p]?.text === ',') {
    // "Ilsa Varn, alias Tam, leader of the Front": an alias is skipped like a comma.
    if (ALIASES.has(units[p + 1]?.lower ?? '')) {
      for (let k = p + 2; k < units.length && k - p <= 6; k++) if (units[k]!.text === ',') return [k + 1];
      return [];
    }
    out.push(p + 1);
    for (let k = p + 1; k < units.length && k - p <= 14; k++) {
      if (units[k]!.pos === 'VERB' || isClauseBreak(units, k)) break;
      if (units[k]!.text !== ',') continue;
      const after = COPULA_RUN(units, k + 1);
      if (after >= 0) out.push(after);
      break;
    }
    return out;
  }
  const copula = COPULA_RUN(units, p);
  if (copula >= 0) return [copula];
  // "Varn reportedly emerged around 2015 as a key facilitator for the Front", "served as its emir".
  const as = asAfterVerb(units, p);
  return as >= 0 ? [as + 1] : [];
}

function readTitle(units: readonly Unit[], i: number, start: number, group: boolean, name: string, out: Found[]): void {
  let p = start;
  // "is no longer a client of", "was never a member of": modality reads the negation later.
  while (units[p]?.pos === 'ADV' || units[p]?.lower === 'also' || units[p]?.lower === 'no' || units[p]?.lower === 'not' || units[p]?.lower === 'never') p++;
  if (units[p] && ARTICLES.has(units[p]!.lower)) p++;
  const from = p;
  const title = lastTitle(units, p);
  if (title >= 0) p = title;
  else while (units[p] && TITLE_MODIFIERS.has(units[p]!.lower) && !units[p]!.mention && units[p]!.lower !== 'and') p++;
  const head = units[p];
  if (!head) return;
  // "the Front, a key ally of the Guard", "Varn, the Front's main rival": a stance, for people and groups alike.
  const stance = STANCE_TITLES.get(head.lower);
  if (stance) {
    const other = units[p + 1]?.lower === 'of' ? (units[p + 2]?.lower === 'the' ? p + 3 : p + 2) : -1;
    if (other >= 0 && isPartyUnit(units[other])) out.push(relation(i, stance, other, p, name));
    return;
  }
  if (group) {
    const sense = TITLES.get(head.lower);
    if (sense?.predicate !== 'sponsored_by' || units[p + 1]?.lower !== 'of') return;
    const b = units[p + 2]?.lower === 'the' ? p + 3 : p + 2;
    if (isActor(units[b])) out.push(relation(b, 'sponsors', i, p, name));
    return;
  }
  if (KIN.has(head.lower) && units[p + 1]?.lower === 'of') {
    const other = firstPersonWithin(units, p + 2, 7);
    if (other >= 0) out.push(relation(i, 'relative_of', other, p, name, head.lower));
    return;
  }
  // "Varn, the mastermind of the Osk attack": whoever planned an attack is its author.
  if (MASTERMINDS.has(head.lower) && units[p + 1]?.lower === 'of') {
    const target = units[p + 2]?.lower === 'the' ? p + 3 : p + 2;
    if (isType(units[target], 'event') || isType(units[target], 'location')) out.push(relation(i, 'attacked', target, p, `${name}/mastermind`));
    return;
  }
  const sense = TITLES.get(head.lower);
  if (sense) {
    let q = p;
    while (units[q + 1] && TITLES.has(units[q + 1]!.lower)) q++;
    const prep = units[q + 1]?.lower;
    if (prep !== 'of' && prep !== 'in' && prep !== 'at' && prep !== 'for' && prep !== 'with') return;
    let b = q + 2;
    if (units[b]?.lower === 'the') b++;
    if (!units[b]?.mention) return;
    // "Varn, the Front's coordinator in Brell": the title places its holder.
    if (prep === 'in' && isType(units[b], 'location')) {
      out.push(relation(i, 'operates_in', b, p, `${name}/place`));
      const owner = p - 1;
      if (isPossessiveAt(units, owner) && isType(units[owner - 1], 'organization')) {
        const r = titleRelation(sense, i, owner - 1, p, name, roleText(units, from, q));
        if (r) out.push(r);
      }
      return;
    }
    // "the head of the Front's military wing": who heads a part of a body belongs to it.
    const ofPart = isPossessiveAt(units, b + 1) && units.slice(b + 2, b + 5).some((u) => u.pos === 'NOUN' && !u.mention);
    const held = ofPart && sense.predicate === 'leader_of' ? { ...sense, predicate: 'member_of' as const } : sense;
    for (const body of conjunctsRight(units, b)) {
      if (isType(units[body], 'organization') || (sense.predicate === 'sponsored_by' && isActor(units[body]))) {
        const r = titleRelation(held, i, body, p, name, roleText(units, from, q));
        if (r) out.push(r);
      }
    }
    return;
  }
  // "Varn, a senior Front commander" / "Varn, the Front's chief"
  if (!head.mention) return;
  let t = p + 1;
  if (isPossessiveAt(units, t)) t++;
  const titleFrom = t;
  const stanceAfter = lastStance(units, t);
  if (stanceAfter >= 0 && isPartyUnit(head)) {
    out.push(relation(i, STANCE_TITLES.get(units[stanceAfter]!.lower)!, p, stanceAfter, name));
    return;
  }
  t = lastTitle(units, t);
  const after = t >= 0 ? TITLES.get(units[t]!.lower) : undefined;
  if (after && (head.mention.type === 'organization' || (after.predicate === 'sponsored_by' && isActor(head)))) {
    const r = titleRelation(after, i, p, t, name, roleText(units, titleFrom, t));
    if (r) out.push(r);
    if (units[t + 1]?.lower === 'in' && isType(units[t + 2], 'location')) out.push(relation(i, 'operates_in', t + 2, t, `${name}/place`));
  }
}

// "senior deputy chief": the title phrase runs over modifiers and titles; its head is the last title.
function lastTitle(units: readonly Unit[], from: number): number {
  let last = -1;
  for (let t = from; t < units.length && t - from < 5; t++) {
    const w = units[t]!.lower;
    if (units[t]!.mention || w === 'and') break;
    if (TITLES.has(w)) last = t;
    else if (!TITLE_MODIFIERS.has(w) && units[t]!.pos !== 'ADJ') break;
  }
  return last;
}

const ALIASES = new Set(['alias', 'aka']);
const HONORIFICS = new Set(['dr', 'dr.', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'gen', 'gen.', 'general', 'col', 'col.', 'colonel', 'maj', 'maj.', 'major', 'capt', 'capt.', 'captain', 'lt', 'lt.', 'sheikh', 'shaikh', 'mullah', 'maulana', 'maulvi', 'mufti', 'imam', 'prof', 'prof.', 'sir']);
const STANCE_TITLES: ReadonlyMap<string, 'allied_with' | 'hostile_to'> = new Map([
  ...['ally', 'allies', 'partner', 'partners'].map((w) => [w, 'allied_with'] as const),
  ...['rival', 'rivals', 'enemy', 'enemies', 'foe', 'foes', 'adversary', 'adversaries', 'nemesis'].map((w) => [w, 'hostile_to'] as const),
]);
const isPartyUnit = (u: Unit | undefined): boolean => isType(u, 'organization') || isType(u, 'person') || isType(u, 'location');

function lastStance(units: readonly Unit[], from: number): number {
  for (let t = from; t < units.length && t - from < 3; t++) {
    if (STANCE_TITLES.has(units[t]!.lower)) return t;
    if (units[t]!.mention || (units[t]!.pos !== 'ADJ' && units[t]!.pos !== 'ADV' && !TITLE_MODIFIERS.has(units[t]!.lower))) return -1;
  }
  return -1;
}

const AS_VERBS = new Set(['served', 'serves', 'serving', 'emerged', 'emerges', 'acted', 'acts', 'acting', 'worked', 'works', 'working', 'functioned', 'doubled']);

function asAfterVerb(units: readonly Unit[], p: number): number {
  let k = p;
  while (units[k]?.pos === 'ADV') k++;
  if (!AS_VERBS.has(units[k]?.lower ?? '')) return -1;
  for (let j = k + 1; j < units.length && j - k <= 4; j++) {
    if (units[j]!.lower === 'as') return j;
    if (units[j]!.mention || units[j]!.text === ',') return -1;
  }
  return -1;
}

function firstPersonWithin(units: readonly Unit[], from: number, maxSlots: number): number {
  for (let k = from; k < units.length && k - from < maxSlots; k++) {
    const u = units[k]!;
    if (isType(u, 'person')) return k;
    if (u.text === ',' || u.pos === 'VERB') return -1;
  }
  return -1;
}

/** "Varn's son Tam Varn", "his brother Tam", "The son of Orlan Varn, he …". */
export const kinship: Construction = {
  name: 'kinship',
  predicates: ['relative_of'],
  example: 'The son of former governor Orlan Varn, he ran the militia for a decade.',
  find(units) {
    const out: Found[] = [];
    for (let i = 0; i < units.length; i++) {
      const w = units[i]!.lower;
      if (!KIN.has(w) || units[i]!.mention) continue;
      let j = i - 1;
      if (units[j]?.lower === "'s" || units[j]?.lower === '’s') j--;
      // "Varn's son Tam" and "Varn's son, Tam Varn, 34, …": the comma of an apposition may stand between.
      const named = units[i + 1]?.text === ',' ? i + 2 : i + 1;
      if (isType(units[j], 'person') && isType(units[named], 'person')) {
        out.push(relation(named, 'relative_of', j, i, this.name, w));
        continue;
      }
      if (units[i + 1]?.lower !== 'of' || (i > 0 && !ARTICLES.has(units[i - 1]!.lower))) continue;
      if (i > 1) continue;
      const other = firstPersonWithin(units, i + 2, 8);
      if (other < 0) continue;
      let k = other + 1;
      if (units[k]?.text !== ',') continue;
      k++;
      if (isType(units[k], 'person')) out.push(relation(k, 'relative_of', other, i, this.name, w));
    }
    return out;
  },
};
