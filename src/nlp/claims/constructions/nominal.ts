import type { Predicate } from '../../../core/index.js';
import { byAgent, rightObject, subjectOf } from '../arguments.js';
import { conjunctsLeft, conjunctsRight, isJoiningDash, isPossessiveMark, withContainer } from '../phrases.js';
import { pairs, type Construction, type Found } from '../construction.js';
import { LIGHT_VERBS, NOUN_PREPS, NOUNS, PLACE_NOUNS, VERBS } from '../lexicon.js';
import type { Unit } from '../sentence-view.js';

// The verbs through which an event noun's "by" phrase still names its doer: the light verbs less denial.
const DOING_VERBS: ReadonlySet<string> = new Set([...LIGHT_VERBS].filter((w) => !/^den(y|ies|ied|ying)$/.test(w)));

const SYMMETRIC = new Set<Predicate>(['allied_with', 'hostile_to']);
const INSTRUMENT_HEADS = new Set(['cell', 'cells', 'unit', 'units', 'squad', 'squads', 'team', 'teams', 'ring', 'rings', 'gang', 'gangs', 'helicopter', 'helicopters', 'rifle', 'rifles', 'weapon', 'weapons', 'drone', 'drones', 'dog', 'dogs', 'vehicle', 'vehicles', 'boat', 'boats', 'craft', 'jets', 'aircraft']);
const OF = new Set(['of']);
const PLACE_PREPS = new Set(['of', 'in', 'at', 'inside', 'near']);
const isPossessive = (u: Unit | undefined): boolean => u?.lower === "'s" || u?.lower === '’s' || u?.lower === "'";
const MODIFIER_POS = new Set(['ADJ', 'NOUN', 'NUM', 'VERB']);

/** The predicate of a nominal trigger at `i`, or null; verbs with the same spelling belong to the verb row. */
export function nounPredicate(units: readonly Unit[], i: number): Predicate | null {
  const u = units[i]!;
  if (u.mention) return null;
  const p = NOUNS.get(u.lower);
  if (!p) return null;
  // "Fighting between the Front and the Guard …": a gerund before "between" names the event.
  if (u.pos === 'VERB' && VERBS.has(u.lower) && units[i + 1]?.lower !== 'between') return null;
  return p;
}

// Skips the modifiers in front of a noun ("earlier", "operational", "training") to the slot before them.
function beforeModifiers(units: readonly Unit[], i: number, maxSlots = 3): number {
  let j = i - 1;
  while (j >= 0 && i - j <= maxSlots && !units[j]!.mention && MODIFIER_POS.has(units[j]!.pos) && !LIGHT_VERBS.has(units[j]!.lower)) j--;
  return j;
}

/** "the Front–Guard alliance", "the Front-Guard rivalry": two joined names before a symmetric noun. */
export const hyphenPair: Construction = {
  name: 'hyphen-pair',
  predicates: ['allied_with', 'hostile_to'],
  example: 'The Front–Guard alliance collapsed within a year.',
  find(units) {
    const out: Found[] = [];
    for (let i = 2; i < units.length; i++) {
      const p = nounPredicate(units, i);
      if (!p || !SYMMETRIC.has(p)) continue;
      const b = beforeModifiers(units, i);
      if (!units[b]?.mention || !isJoiningDash(units, b - 1) || !units[b - 2]?.mention) continue;
      out.push(...pairs([b - 2], p, [b], i, this.name));
      // "Alder's covert Front–Guard alliance": the alliance is the possessor's doing.
      let k = b - 3;
      while (k >= 0 && units[k]!.pos === 'ADJ' && b - k < 6) k--;
      if (p === 'allied_with' && isPossessiveMark(units[k]) && units[k - 1]?.mention) out.push(...pairs([k - 1], 'sponsors', [b - 2, b], i, `${this.name}/possessor`));
    }
    return out;
  },
};

/** "an alliance between the Front and the Guard", "clashes between A, B and C". */
export const betweenPair: Construction = {
  name: 'between',
  predicates: ['allied_with', 'hostile_to'],
  example: 'Officials described a growing partnership between the Red Valley Front and the Alder Guard.',
  find(units) {
    const out: Found[] = [];
    for (let i = 0; i < units.length; i++) {
      const p = nounPredicate(units, i);
      if (!p || !SYMMETRIC.has(p)) continue;
      let k = i + 1;
      if (units[k]?.lower !== 'between') continue;
      k++;
      if (units[k]?.lower === 'the') k++;
      if (!units[k]?.mention) continue;
      const all = conjunctsRight(units, k);
      for (let a = 0; a < all.length; a++) for (let b = a + 1; b < all.length; b++) out.push(...pairs([all[a]!], p, [all[b]!], i, this.name));
    }
    return out;
  },
};

/**
 * A relation noun with its agent and its other side: "the Front's attack on Alder", "Varn's ties with
 * the Guard", "the arrest of Varn by the Alder police", "the Front has a presence in Alder",
 * "carried out attacks in Alder and Brell", "the Guard's Alder base".
 */
export const nominal: Construction = {
  name: 'nominal',
  predicates: ['attacked', 'arrested', 'sponsors', 'allied_with', 'hostile_to', 'operates_in'],
  example: "The Front's attack on the Alder Guard came a week after the arrest of Ilsa Varn by the Brell police.",
  find(units) {
    const out: Found[] = [];
    for (let i = 0; i < units.length; i++) {
      const p = nounPredicate(units, i);
      if (!p) continue;
      // "the group's kidnapping cell", "assault rifles": the noun names what does or serves the act, not the act.
      if (INSTRUMENT_HEADS.has(units[i + 1]?.lower ?? '')) continue;
      const b = beforeModifiers(units, i);
      if (isJoiningDash(units, b - 1) && units[b - 2]?.mention) continue;
      if (p === 'sponsors' && (units[b]?.lower === 'under' || units[b]?.lower === 'with')) continue;
      let objects = objectsOf(units, i, p);
      let agents: number[] = [];
      let rule = this.name;
      // "responsible for the 2008 Alder attacks": the place before an attack noun is where it struck.
      if (p === 'attacked' && units[b]?.mention && (units[b]!.mention!.type === 'location' || units[b]!.mention!.type === 'event') && objects.length === 0) {
        objects = [b];
        const light = lightVerbBefore(units, b - 1);
        const s = light >= 0 ? subjectOf(units, light) : -1;
        if (s >= 0) out.push(...pairs(conjunctsLeft(units, s), p, objects, i, `${this.name}/light-verb`));
        continue;
      }
      // "the Guard's Alder base": the place between possessor and noun is where the owner operates.
      if (units[b]?.mention?.type === 'location' && p === 'operates_in' && isPossessive(units[b - 1]) && units[b - 2]?.mention) {
        agents = [b - 2];
        objects = [b];
        rule = `${this.name}/possessive-place`;
      } else if (isPossessive(units[b]) && units[b - 1]?.mention) {
        agents = [b - 1];
        rule = `${this.name}/possessor`;
      } else if (units[b]?.mention && units[b]!.mention!.type !== 'location') {
        agents = conjunctsLeft(units, b);
        rule = `${this.name}/compound`;
        // "Varn set up Front camps in Osk": who set them up operates there too.
        if (p === 'operates_in') {
          const light = lightVerbBefore(units, b - 1);
          const s = light >= 0 ? subjectOf(units, light) : -1;
          if (s >= 0) out.push(...pairs([s], p, objects, i, `${this.name}/light-verb`));
        }
      } else if (p === 'attacked' || p === 'arrested' || p === 'sponsors') {
        const by = byAgent(units, i, 20, DOING_VERBS);
        if (by >= 0) { agents = [by]; rule = `${this.name}/by-agent`; }
      }
      if (agents.length === 0) {
        const light = lightVerbBefore(units, b);
        if (light >= 0) {
          const s = subjectOf(units, light);
          if (s >= 0) { agents = conjunctsLeft(units, s); rule = `${this.name}/light-verb`; }
        }
      }
      if (agents.length === 0 || objects.length === 0) continue;
      // "the Front has the support of Alder", "received backing from Alder": who receives is sponsored.
      if (p === 'sponsors' && rule === `${this.name}/light-verb` && RECEIVING.has(units[lightVerbBefore(units, b)]?.lower ?? '') && GIVER_PREPS.has(units[i + 1]?.lower ?? '')) {
        out.push(...pairs(objects, p, agents, i, `${this.name}/received`));
        continue;
      }
      out.push(...pairs(agents, p, objects, i, rule));
    }
    return out;
  },
};

const RECEIVING = new Set(['have', 'has', 'had', 'having', 'enjoy', 'enjoys', 'enjoyed', 'receive', 'receives', 'received', 'get', 'gets', 'got', 'gain', 'gained', 'win', 'won', 'secure', 'secured', 'seek', 'sought']);
const GIVER_PREPS = new Set(['of', 'from']);

const APPROXIMATELY = new Set(['about', 'around', 'some', 'nearly', 'almost', 'roughly', 'approximately', 'over', 'more', 'than', 'fewer', 'less', 'up', 'to', 'least', 'at', 'estimated', 'thousand', 'thousands', 'hundred', 'hundreds', 'dozen', 'dozens', 'of']);

// "carried out attacks", "has a strong presence", "claimed responsibility for the March attack".
function lightVerbBefore(units: readonly Unit[], b: number): number {
  let j = b;
  for (let steps = 0; j >= 0 && steps < 7; steps++) {
    const u = units[j]!;
    if (LIGHT_VERBS.has(u.lower) && (u.pos === 'VERB' || u.pos === 'AUX' || u.lower === 'responsible')) return j;
    // "is at war with", "remained locked in rivalry with", "responded with airstrikes on".
    if ((u.lower === 'at' || u.lower === 'in' || u.lower === 'with') && j === b) { j--; continue; }
    // "has about two thousand fighters in", "has more than 300 fighters in": a count before the noun.
    if (APPROXIMATELY.has(u.lower)) { j--; continue; }
    if (u.lower === 'responsibility' || u.lower === 'for' || u.lower === 'out' || u.lower === 'up' || (u.mention && u.mention.type !== 'organization' && u.mention.type !== 'person') || u.pos === 'DET' || u.pos === 'ADJ' || u.pos === 'NUM' || (u.pos === 'PROPN' && !u.mention)) { j--; continue; }
    return -1;
  }
  return -1;
}

// The other side of a nominal trigger, after its preposition: "presence in A and B", "ties with the Guard",
// "facilities in the Alder districts of Brell and Cope" (the districts, not the province).
function objectsOf(units: readonly Unit[], i: number, p: Predicate): number[] {
  const preps = NOUN_PREPS.get(p);
  if (!preps) return [];
  let k = i + 1;
  while (k < units.length && k - i <= 2 && (units[k]!.pos === 'ADJ' || units[k]!.pos === 'NOUN') && !preps.has(units[k]!.lower)) k++;
  // "a pact of non-aggression with the Guild": an "of" phrase that says what kind of tie it is.
  if (units[k]?.lower === 'of' && !preps.has('of') && !units[k + 1]?.mention && /^(NOUN|ADJ)$/.test(units[k + 1]?.pos ?? '') && preps.has(units[k + 2]?.lower ?? '')) k += 2;
  if (!preps.has(units[k]?.lower ?? '') || units[k]?.lower === 'between') return [];
  const first = rightObject(units, k - 1, { preps, maxSlots: 6, through: p === 'attacked' ? PLACE_PREPS : OF });
  if (first < 0) return [];
  const place = units[first + 1];
  if (place && PLACE_NOUNS.has(place.lower) && units[first + 2]?.lower === 'of' && units[first + 3]?.mention) return conjunctsRight(units, first + 3);
  return withContainer(units, conjunctsRight(units, first));
}

const PATRONAGE = new Set(['patronage', 'protection', 'supervision', 'tutelage', 'backing', 'support', 'sponsorship', 'control', 'direction', 'guidance', 'auspices', 'tolerance', 'umbrella', 'aegis', 'watch']);

/** "under the protection of Alder's army", "under Alder's patronage", "with Brell backing, he set up …". */
export const underPatronage: Construction = {
  name: 'under-patronage',
  predicates: ['sponsors'],
  example: "The Red Valley Front grew under the protection of the Alder Guard.",
  find(units) {
    const out: Found[] = [];
    for (let i = 0; i < units.length; i++) {
      const w = units[i]!.lower;
      if (w !== 'under' && w !== 'with') continue;
      let k = i + 1;
      if (units[k]?.pos === 'DET') k++;
      while (units[k] && units[k]!.pos === 'ADJ' && !units[k]!.mention && k - i <= 3) k++;
      let sponsor = -1;
      let noun = -1;
      if (units[k]?.mention) {
        const after = isPossessive(units[k + 1]) ? k + 2 : k + 1;
        let n = after;
        while (units[n] && units[n]!.pos === 'ADJ' && n - after < 2) n++;
        if (PATRONAGE.has(units[n]?.lower ?? '')) { sponsor = k; noun = n; }
      } else if (PATRONAGE.has(units[k]?.lower ?? '') && (units[k + 1]?.lower === 'of' || units[k + 1]?.lower === 'from')) {
        let m = k + 2;
        while (units[m] && !units[m]!.mention && (units[m]!.pos === 'DET' || units[m]!.pos === 'ADJ') && m - k < 5) m++;
        if (units[m]?.mention) { sponsor = m; noun = k; }
      }
      if (sponsor < 0) continue;
      let sponsored = subjectOf(units, i);
      if (sponsored < 0 && w === 'with') sponsored = firstAfterComma(units, noun);
      if (sponsored < 0) continue;
      out.push(...pairs(conjunctsRight(units, sponsor), 'sponsors', conjunctsLeft(units, sponsored), noun, this.name));
    }
    return out;
  },
};

function firstAfterComma(units: readonly Unit[], i: number): number {
  for (let k = i + 1; k < units.length && k - i <= 3; k++) if (units[k]!.text === ',') return units[k + 1]?.mention ? k + 1 : -1;
  return -1;
}
