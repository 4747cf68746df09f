import { conjunctsLeft, conjunctsRight, isClauseBreak, isPossessiveMark } from '../phrases.js';
import { pairs, relation, type Construction, type Found } from '../construction.js';
import { COMPRISING, PART_NOUNS, PLACE_NOUNS } from '../lexicon.js';
import type { Unit } from '../sentence-view.js';

const isType = (u: Unit | undefined, type: string): boolean => u?.mention?.type === type;
const isPlace = (u: Unit | undefined): boolean => isType(u, 'location');
const isActor = (u: Unit | undefined): boolean => isType(u, 'organization') || isType(u, 'person');
const IN = new Set(['in', 'inside', 'within', 'of']);
// What may close an aside "…, in Brell Province," : its comma, the sentence's end, a bracket or a dash.
const ASIDE_ENDS = new Set([',', '.', ';', ')', '—', '–', ':']);
const SKIPPABLE = new Set(['ADJ', 'DET']);
const BEFORE_PLACE_NOUN = new Set(['ADJ', 'DET', 'NOUN']);

function skip(units: readonly Unit[], k: number, maxSlots: number): number {
  const from = k;
  while (units[k] && !units[k]!.mention && SKIPPABLE.has(units[k]!.pos) && k - from < maxSlots) k++;
  return k;
}

/**
 * A place inside another: "Brell, a district in northern Alder", "the Brell district of Alder",
 * "Alder's Brell district", "the Alder districts of Brell and Cope", "Brell in Alder", "Brell, Alder".
 * "A and B districts of C and D respectively" pairs by position.
 */
export const locatedIn: Construction = {
  name: 'located-in',
  predicates: ['located_in'],
  example: 'Brell, a mountain district in northern Alder, borders the sea.',
  find(units) {
    const out: Found[] = [];
    for (let i = 0; i < units.length; i++) {
      if (!isPlace(units[i])) continue;
      // Inner place(s) first: "Brell, a district in Alder", "Brell and Cope districts of Alder".
      const inner = conjunctsRight(units, i).filter((k) => isPlace(units[k]));
      const last = inner[inner.length - 1]!;
      let k = last + 1;
      const appositive = units[k]?.text === ',';
      if (appositive) k++;
      let m = k;
      while (units[m] && !units[m]!.mention && BEFORE_PLACE_NOUN.has(units[m]!.pos) && !PLACE_NOUNS.has(units[m]!.lower) && m - k < 3) m++;
      if (PLACE_NOUNS.has(units[m]?.lower ?? '')) k = m;
      let nounAt = -1;
      while (units[k] && PLACE_NOUNS.has(units[k]!.lower) && !units[k]!.mention) { nounAt = k; k++; }
      // "Osk, in Brell Province, …": an aside that gives the place's place, not a list of places.
      const asideIn = appositive && nounAt < 0 && units[k]?.lower === 'in' && !isListBefore(units, i);
      if (appositive && nounAt < 0 && !asideIn) {
        // "Brell, Alder," but not the list "Brell, Alder and Cope".
        if (inner.length === 1 && isPlace(units[k]) && k === last + 2 && !isListGoingOn(units, k) && !isListBefore(units, i)) out.push(relation(i, 'located_in', k, k, `${this.name}/comma`));
        // "Varnsk, the Brell Province capital": the place named before a place noun holds the one described.
        else if (inner.length === 1 && units[k]?.lower === 'the' && isPlace(units[k + 1]) && PLACE_NOUNS.has(units[k + 2]?.lower ?? '') && !units[k + 2]!.mention) out.push(relation(i, 'located_in', k + 1, k + 2, `${this.name}/described`));
        continue;
      }
      if (!units[k] || !IN.has(units[k]!.lower)) continue;
      if (units[k]!.lower === 'of' && nounAt < 0) continue;
      let outerAt = skip(units, directionOf(units, k + 1), 3);
      if (!isPlace(units[outerAt])) continue;
      if (asideIn && !ASIDE_ENDS.has(units[outerAt + 1]?.text ?? '.') && !isPossessiveMark(units[outerAt + 1])) continue;
      // "Osk, a town in Alder's northern Brell State": the possessor contains the place after it.
      const possessed = isPossessiveMark(units[outerAt + 1]) ? skip(units, outerAt + 2, 3) : -1;
      if (possessed > 0 && isPlace(units[possessed])) {
        out.push(relation(possessed, 'located_in', outerAt, outerAt + 1, `${this.name}/possessive`));
        outerAt = possessed;
      }
      const outer = conjunctsRight(units, outerAt).filter((o) => isPlace(units[o]));
      const respectively = outer.length === inner.length && outer.length > 1;
      if (respectively) inner.forEach((a, n) => out.push(relation(a, 'located_in', outer[n]!, nounAt >= 0 ? nounAt : k, this.name)));
      else if (outer.length === 1) out.push(...pairs(inner, 'located_in', outer, nounAt >= 0 ? nounAt : k, this.name));
      i = last;
    }
    // "Alder's Brell district", "the Alder districts of Brell and Cope"
    for (let i = 0; i < units.length; i++) {
      if (!isPlace(units[i])) continue;
      if (isPossessiveMark(units[i + 1]) && isPlace(units[i + 2]) && PLACE_NOUNS.has(units[i + 3]?.lower ?? '')) out.push(relation(i + 2, 'located_in', i, i + 3, `${this.name}/possessive`));
      // "Alder's Brell Province", "in Alder's Brell": one place possessing another contains it.
      else if (isPossessiveMark(units[i + 1]) && isPlace(units[i + 2])) out.push(relation(i + 2, 'located_in', i, i + 1, `${this.name}/possessive`));
      // Plural and after "the": "the Alder districts of Brell and Cope", not "the Osk district of Alder".
      if (PLACE_NOUNS.has(units[i + 1]?.lower ?? '') && units[i + 1]!.lower.endsWith('s') && units[i - 1]?.lower === 'the' && units[i + 2]?.lower === 'of' && isPlace(units[i + 3])) {
        for (const inner of conjunctsRight(units, i + 3)) if (isPlace(units[inner])) out.push(relation(inner, 'located_in', i, i + 1, `${this.name}/districts-of`));
      }
    }
    return out;
  },
};

const DIRECTIONS = new Set(['north', 'south', 'east', 'west', 'north-east', 'north-west', 'south-east', 'south-west', 'northeast', 'northwest', 'southeast', 'southwest', 'centre', 'center', 'heart', 'interior', 'far', 'outskirts', 'edge', 'middle']);

// "in the north of Alder", "on the outskirts of Brell": steps over the direction to the place.
function directionOf(units: readonly Unit[], k: number): number {
  let j = units[k]?.lower === 'the' ? k + 1 : k;
  if (units[j]?.lower === 'far') j++;
  return DIRECTIONS.has(units[j]?.lower ?? '') && units[j + 1]?.lower === 'of' ? j + 2 : k;
}

const LIE = new Set(['lies', 'lay', 'lie', 'sits', 'sat', 'located', 'situated', 'nestled']);

/** "Brell lies in northern Alder", "Brell is located in Alder", "Brell, which sits in the north of Alder". */
export const placeVerb: Construction = {
  name: 'place-verb',
  predicates: ['located_in'],
  example: 'Brell lies in the north of Alder, on the coast road.',
  find(units) {
    const out: Found[] = [];
    for (let i = 1; i < units.length; i++) {
      if (!LIE.has(units[i]!.lower) || units[i + 1]?.lower !== 'in') continue;
      let s = i - 1;
      while (s > 0 && (units[s]!.pos === 'AUX' || units[s]!.pos === 'ADV')) s--;
      // "Brell, which lies in Alder": the relative pronoun stands for the place before it.
      if (units[s]?.lower === 'which' && units[s - 1]?.text === ',') s -= 2;
      if (!isPlace(units[s])) continue;
      const outer = skip(units, directionOf(units, i + 2), 3);
      if (isPlace(units[outer]) && units[outer]!.mention!.id !== units[s]!.mention!.id) out.push(relation(s, 'located_in', outer, i, this.name));
    }
    return out;
  },
};

const CONTROL = new Set(['control', 'occupation', 'rule', 'siege']);

/** "Osk has been under Front control since 2023", "the town fell under the control of the Guard". */
export const underControl: Construction = {
  name: 'under-control',
  predicates: ['operates_in'],
  example: 'Kessa, a market town, has been under Front control since 2023.',
  find(units) {
    const out: Found[] = [];
    for (let i = 1; i < units.length; i++) {
      if (units[i]!.lower !== 'under') continue;
      let k = units[i + 1]?.lower === 'the' ? i + 2 : i + 1;
      let holder = -1;
      if (isActor(units[k]) && CONTROL.has(units[k + 1]?.lower ?? '')) holder = k;
      else if (CONTROL.has(units[k]?.lower ?? '') && units[k + 1]?.lower === 'of') {
        k = units[k + 2]?.lower === 'the' ? k + 3 : k + 2;
        if (isActor(units[k])) holder = k;
      }
      if (holder < 0) continue;
      const place = placeSubject(units, i);
      if (place >= 0) out.push(relation(holder, 'operates_in', place, i, this.name));
    }
    return out;
  },
};

// The place a clause is about, looking left from `i` over its verb and a comma-closed appositive:
// "Kessa, a market town in Alder, has been under …" gives Kessa.
function placeSubject(units: readonly Unit[], i: number): number {
  let k = i - 1;
  while (k >= 0 && !units[k]!.mention && (units[k]!.pos === 'AUX' || units[k]!.pos === 'ADV' || units[k]!.pos === 'VERB' || units[k]!.pos === 'PART')) k--;
  if (units[k]?.text === ',') {
    let open = k - 1;
    while (open > 0 && units[open]!.text !== ',' && k - open < 14 && !isClauseBreak(units, open)) open--;
    if (units[open]?.text === ',') k = open - 1;
  }
  return isPlace(units[k]) ? k : -1;
}

const isListGoingOn = (units: readonly Unit[], k: number): boolean => {
  const next = units[k + 1]?.lower;
  // "Kabul, Alder's intelligence services …": the second place begins a new phrase.
  if (next === "'s" || next === '’s' || units[k + 1]?.mention || (units[k + 1]?.pos === 'NOUN' && !units[k + 1]!.mention)) return true;
  return next === 'and' || next === 'or' || (next === ',' && (units[k + 2]?.mention != null || units[k + 2]?.lower === 'and'));
};
const isListBefore = (units: readonly Unit[], i: number): boolean => units[i - 1]?.text === ',' && units[i - 2]?.mention != null;

const COPULA = new Set(['is', 'was', 'remains', 'became', 'becomes']);
const NOT_PLACING = new Set(['against', 'on', 'to', 'from', 'toward', 'towards', 'into']);
const ACTOR_IN = new Set(['in', 'inside', 'across', 'within', 'throughout']);

/** An actor placed in a place: "Front fighters in Alder", "the Guard in the province", "Varn in Brell". */
export const actorInPlace: Construction = {
  name: 'actor-in-place',
  predicates: ['operates_in'],
  example: 'Investigators flagged Ilsa Varn in Brell as a weapons courier.',
  find(units) {
    const out: Found[] = [];
    for (let i = 0; i < units.length; i++) {
      if (!isActor(units[i])) continue;
      // "coexisted with Guard militants in Osk" places the Guard; "an attack on the Guard in Osk" does not.
      if (NOT_PLACING.has(units[i - 1]?.lower ?? '')) continue;
      let k = i + 1;
      if (units[k]?.pos === 'NOUN' && !units[k]!.mention && /s$/.test(units[k]!.lower)) k++;
      if (!ACTOR_IN.has(units[k]?.lower ?? '')) continue;
      const at = skip(units, k + 1, 2);
      if (!isPlace(units[at])) continue;
      out.push(...pairs(conjunctsLeft(units, i), 'operates_in', conjunctsRight(units, at).filter((o) => isPlace(units[o])), k, this.name));
    }
    return out;
  },
};

/** "the Azim Foundation, the Front's media wing", "Cope Brigade, an affiliate of the Front", "a team comprising A, B and C". */
export const partOf: Construction = {
  name: 'part-of',
  predicates: ['part_of'],
  example: "The Azim Foundation, the Red Valley Front's media wing, released the video.",
  find(units) {
    const out: Found[] = [];
    for (let i = 0; i < units.length; i++) {
      const u = units[i]!;
      // "the Osk Front, an affiliate of …" and "the Osk Front is a faction of …"
      if (isType(u, 'organization') && (units[i + 1]?.text === ',' || COPULA.has(units[i + 1]?.lower ?? ''))) {
        let k = skip(units, i + 2, 3);
        if (isType(units[k], 'organization') && isPossessiveMark(units[k + 1])) {
          const n = skip(units, k + 2, 2);
          const head = nounRun(units, n);
          if (head >= 0) out.push(relation(i, 'part_of', k, head, `${this.name}/possessor`));
          // "JNIM, al-Qaeda's affiliate in the Sahel": the branch works in the place it is named for.
          if (head >= 0 && units[head + 1]?.lower === 'in' && isPlace(units[head + 2])) out.push(relation(i, 'operates_in', head + 2, head, `${this.name}/place`));
          continue;
        }
        if (isType(units[k], 'organization') && PART_NOUNS.has(units[k + 1]?.lower ?? '')) { out.push(relation(i, 'part_of', k, k + 1, `${this.name}/compound`)); continue; }
        const head = nounRun(units, k);
        if (head >= 0 && units[head + 1]?.lower === 'of') {
          k = skip(units, head + 2, 2);
          if (isType(units[k], 'organization')) out.push(relation(i, 'part_of', k, head, `${this.name}/of`));
        }
        continue;
      }
      if (COMPRISING.has(u.lower) || (u.lower === 'consisting' && units[i + 1]?.lower === 'of') || ((u.lower === 'made' || u.lower === 'composed') && units[i + 1]?.lower === 'of')) {
        let whole = -1;
        for (let j = i - 1; j >= 0 && i - j <= 3; j--) if (isType(units[j], 'organization')) { whole = j; break; }
        if (whole < 0) continue;
        let k = units[i + 1]?.lower === 'of' ? i + 2 : i + 1;
        k = skip(units, k, 2);
        if (!isType(units[k], 'organization')) continue;
        out.push(...pairs(conjunctsRight(units, k).filter((m) => isType(units[m], 'organization')), 'part_of', [whole], i, `${this.name}/comprising`));
      }
    }
    return out;
  },
};

// "propaganda arm", "media wing", "armed wing": up to two modifiers and a part noun; index of the noun.
function nounRun(units: readonly Unit[], k: number): number {
  for (let n = k; n < units.length && n - k < 3; n++) {
    if (units[n]!.mention) return -1;
    if (PART_NOUNS.has(units[n]!.lower)) return n;
  }
  return -1;
}

/** "Alder is home to the Front and the Guard", "Brell, home to the Cope Brigade, …". */
export const homeTo: Construction = {
  name: 'home-to',
  predicates: ['operates_in'],
  example: 'Brell is home to several armed groups, such as the Cope Brigade and the Osk Front.',
  find(units) {
    const out: Found[] = [];
    for (let i = 1; i < units.length; i++) {
      if (units[i]!.lower !== 'home' || units[i + 1]?.lower !== 'to') continue;
      let place = -1;
      for (let j = i - 1; j >= 0 && i - j <= 3; j--) if (isPlace(units[j])) { place = j; break; }
      if (place < 0) continue;
      for (let k = i + 2; k < units.length && k - i <= 16; k++) {
        if (isClauseBreak(units, k)) break;
        if (!isActor(units[k])) continue;
        out.push(...pairs(conjunctsRight(units, k).filter((m) => isActor(units[m])), 'operates_in', [place], i, this.name));
        break;
      }
    }
    return out;
  },
};
