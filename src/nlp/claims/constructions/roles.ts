import { subjectOf } from '../arguments.js';
import { conjunctsLeft, conjunctsRight, isClauseBreak, isJoiningDash, isPossessiveMark } from '../phrases.js';
import { pairs, relation, type Construction, type Found } from '../construction.js';
import { NOUNS, TITLE_MODIFIERS, TITLES } from '../lexicon.js';
import { titleRelation } from './titles.js';
import type { Unit } from '../sentence-view.js';

const isType = (u: Unit | undefined, type: string): boolean => u?.mention?.type === type;
const BODY_PREPS = new Set(['of', 'for', 'in', 'at', 'within']);

/**
 * A role given with "as": "police flagged Varn in Osk as a weapons facilitator for the Front", "Orlan,
 * who served as the Front's emir", "named Varn as its new chief". The holder is the nearest person
 * before "as" outside a place phrase.
 */
export const asTitle: Construction = {
  name: 'as-title',
  predicates: ['leader_of', 'member_of', 'supplied', 'sponsors'],
  example: 'Investigators flagged Ilsa Varn in Brell as a weapons facilitator for the Red Valley Front.',
  find(units) {
    const out: Found[] = [];
    for (let i = 1; i < units.length; i++) {
      if (units[i]!.lower !== 'as') continue;
      let k = i + 1;
      if (units[k]?.pos === 'DET') k++;
      let body = -1;
      if (units[k]?.mention?.type === 'organization' && isPossessiveMark(units[k + 1])) { body = k; k += 2; }
      // "a weapons facilitator", "its new chief": up to two modifiers before the title.
      let title = -1;
      for (let j = k; j < units.length && j - k < 3; j++) {
        if (units[j]!.mention) break;
        if (TITLES.has(units[j]!.lower)) { title = j; if (!TITLES.has(units[j + 1]?.lower ?? '')) break; }
        else if (!TITLE_MODIFIERS.has(units[j]!.lower) && units[j]!.pos !== 'NOUN' && units[j]!.pos !== 'ADJ' && units[j]!.pos !== 'PRON') break;
      }
      if (title < 0) continue;
      if (body < 0 && BODY_PREPS.has(units[title + 1]?.lower ?? '')) {
        const b = units[title + 2]?.lower === 'the' ? title + 3 : title + 2;
        if (units[b]?.mention?.type === 'organization') body = b;
      }
      if (body < 0) continue;
      const holder = holderBefore(units, i);
      if (holder < 0) continue;
      const sense = TITLES.get(units[title]!.lower)!;
      const role = units.slice(k, title + 1).map((u) => u.text).join(' ');
      for (const b of conjunctsRight(units, body)) {
        if (sense.predicate === 'sponsored_by') out.push(relation(b, 'sponsors', holder, title, this.name));
        else if (sense.predicate === 'supplied' || sense.predicate === 'sponsors') out.push(relation(holder, sense.predicate, b, title, this.name));
        else out.push(titleRelation(sense, holder, b, title, this.name, role)!);
      }
    }
    return out;
  },
};

const SUCCEED = new Set(['replaced', 'replaces', 'replacing', 'replace', 'succeeded', 'succeeds', 'succeeding', 'succeed']);

function holderBefore(units: readonly Unit[], as: number): number {
  for (let j = as - 1; j >= 0 && as - j <= 10; j--) {
    const u = units[j]!;
    if (isClauseBreak(units, j)) return -1;
    if (!isType(u, 'person')) continue;
    // "Hale replaced Varn as leader": the title passes to who replaces, not who is replaced.
    if (SUCCEED.has(units[j - 1]?.lower ?? '')) {
      const successor = subjectOf(units, j - 1);
      return isType(units[successor], 'person') ? successor : -1;
    }
    return j;
  }
  return -1;
}

const GATHER_VERBS = new Set(['held', 'hold', 'holds', 'holding', 'convened', 'convene', 'convenes', 'organised', 'organized', 'organises', 'organizes', 'hosted', 'hosts', 'host', 'attended', 'attends', 'staged', 'addressed']);
const GATHERINGS = new Set(['meeting', 'meetings', 'rally', 'rallies', 'conference', 'conferences', 'gathering', 'gatherings', 'summit', 'jirga', 'congress', 'session', 'ceremony', 'council', 'shura', 'assembly']);

/** "the Front convened a meeting in Osk": who gathers somewhere is active there. */
export const gatheringIn: Construction = {
  name: 'gathering-in',
  predicates: ['operates_in'],
  example: 'Front chief Ilsa Varn convened a meeting of commanders in Brell.',
  find(units) {
    const out: Found[] = [];
    for (let i = 0; i < units.length; i++) {
      if (!GATHER_VERBS.has(units[i]!.lower)) continue;
      let k = i + 1;
      while (k < units.length && k - i <= 3 && !GATHERINGS.has(units[k]!.lower) && (units[k]!.pos === 'DET' || units[k]!.pos === 'ADJ' || units[k]!.pos === 'NUM')) k++;
      if (!GATHERINGS.has(units[k]?.lower ?? '')) continue;
      // "a meeting of commanders in Brell", "a rally in Brell"
      let at = -1;
      for (let j = k + 1; j < units.length && j - k <= 5; j++) {
        if (units[j]!.text === ',' || isClauseBreak(units, j)) break;
        if (units[j]!.lower === 'in' && isType(units[j + 1], 'location')) { at = j + 1; break; }
      }
      const subject = subjectOf(units, i);
      if (at < 0 || subject < 0) continue;
      out.push(...pairs(conjunctsLeft(units, subject), 'operates_in', [at], k, this.name));
    }
    return out;
  },
};

const PART_IN = new Set(['involvement', 'role', 'participation', 'hand', 'complicity']);

/** "his involvement in the Osk bombing", "the Front's role in the 2019 Brell attacks". */
export const involvementIn: Construction = {
  name: 'involvement-in',
  predicates: ['attacked'],
  example: "Ilsa Varn was charged over his involvement in the Osk market bombing.",
  find(units) {
    const out: Found[] = [];
    for (let i = 2; i < units.length; i++) {
      if (!PART_IN.has(units[i]!.lower) || units[i + 1]?.lower !== 'in') continue;
      let agent = i - 1;
      if (isPossessiveMark(units[agent])) agent--;
      if (!units[agent]?.mention || isType(units[agent], 'location')) continue;
      // The target is the named event or place before the attack noun: "the Osk market bombing".
      let target = -1;
      for (let j = i + 2; j < units.length && j - i <= 7; j++) {
        if (units[j]!.mention && (isType(units[j], 'event') || isType(units[j], 'location'))) target = j;
        if (NOUNS.get(units[j]!.lower) === 'attacked' || (target >= 0 && isType(units[target], 'event'))) break;
        if (units[j]!.text === ',' || isClauseBreak(units, j)) { target = -1; break; }
      }
      if (target >= 0) out.push(relation(agent, 'attacked', target, i, this.name));
    }
    return out;
  },
};

const STANCES: ReadonlyMap<string, 'allied_with' | 'hostile_to'> = new Map([['pro', 'allied_with'], ['anti', 'hostile_to']]);

/**
 * "the Voice of Osk, a pro-Front and anti-Guard outlet", "anti-Alder groups such as the Cope Brigade":
 * a pro- or anti- prefix on a name states the stance of whoever the phrase describes.
 */
export const stancePrefix: Construction = {
  name: 'stance-prefix',
  predicates: ['allied_with', 'hostile_to'],
  example: 'The Voice of Osk, a pro-Front and anti-Guard media outlet, claimed the raid.',
  find(units) {
    const out: Found[] = [];
    for (let i = 0; i + 2 < units.length; i++) {
      const stance = STANCES.get(units[i]!.lower);
      const target = i + 2;
      if (!stance || !isJoiningDash(units, i + 1) || !units[target]!.mention) continue;
      const holders = stanceHolders(units, i, target);
      for (const h of holders) out.push(relation(h, stance, target, i, this.name));
    }
    return out;
  },
};

// Who holds the stance: the name the phrase is in apposition to ("X, a pro-Y outlet"), the names the
// phrase introduces ("anti-Y groups, such as A and B"), or the name it modifies ("anti-Y militia Z").
function stanceHolders(units: readonly Unit[], prefix: number, target: number): number[] {
  let start = prefix;
  while (start > 0 && (units[start - 1]!.pos === 'ADJ' || units[start - 1]!.lower === 'and' || units[start - 1]!.lower === '-' || STANCES.has(units[start - 1]!.lower) || (units[start - 1]!.mention && isJoiningDash(units, start - 2)))) start--;
  if (units[start - 1]?.pos === 'DET') start--;
  if (units[start - 1]?.text === ',' && units[start - 2]?.mention && units[start - 2]!.mention!.type === 'organization') return [start - 2];
  for (let k = target + 1; k < units.length && k - target <= 10; k++) {
    const u = units[k]!;
    if (isClauseBreak(units, k) || u.pos === 'VERB') break;
    if (u.mention?.type === 'organization') {
      const a = units[k - 1]?.pos === 'DET' ? k - 2 : k - 1;
      const such = units[a]?.lower === 'as' && units[a - 1]?.lower === 'such';
      const adjacent = k - target <= 4 && units.slice(target + 1, k).every((x) => x.pos === 'ADJ' || x.pos === 'NOUN');
      if (such || adjacent) return conjunctsRight(units, k);
    }
  }
  return [];
}

const CLAIMING = new Set(['claimed', 'claims', 'claim', 'claiming', 'took', 'takes', 'accepted', 'accepts', 'admitted']);

/** "A bomb hit a market in Osk. The Front claimed responsibility.": "responsibility" stands for the places struck. */
export const claimedResponsibility: Construction = {
  name: 'claimed-responsibility',
  predicates: ['attacked'],
  example: 'A car bomb killed twelve people in Port Alder on Monday. The Red Valley Front claimed responsibility.',
  find(units) {
    const out: Found[] = [];
    for (let i = 1; i < units.length; i++) {
      if (!units[i]!.mention || !units[i]!.viaCoref || units[i]!.lower !== 'responsibility' || !CLAIMING.has(units[i - 1]!.lower)) continue;
      const claimant = subjectOf(units, i - 1);
      if (claimant >= 0) out.push(...pairs(conjunctsLeft(units, claimant), 'attacked', [i], i, this.name));
    }
    return out;
  },
};
