import type { EntityType, Mention } from '../../core/index.js';
import { ANAPHOR_MODIFIERS, DESCRIPTIONS, NUMBERED_UNIT, PLACE_ANAPHORS, REPORT_VERBS, TITLES, VERBS, type DescriptionClass } from './lexicon.js';
import { isJoiningDash } from './phrases.js';
import { firstOrNearest } from './coref-antecedents.js';
import type { Referent } from './coref.js';
import type { Unit } from './sentence-view.js';

// Definite descriptions for coref.ts: recognising "the group", "the junta", "the province"; the nouns a
// document uses for each name ("the CMS junta", "LISFOR, the regional force"); and which organisation a
// description fits. Separate because it is its own vocabulary and memory, apart from pronouns.

const DETERMINERS = new Set(['the', 'this', 'that']);

// "the group", "the terror outfit", "the province" (but not "the group of states", "the province of …").
export function matchDescription(units: readonly Unit[], i: number): { type: EntityType; end: number; cls?: DescriptionClass; kept?: number } | null {
  if (!DETERMINERS.has(units[i]!.lower)) return null;
  let j = i + 1;
  // "the Alder-backed group", "the Front-linked militia": a hyphened participle modifies the description;
  // a name inside it is an entity of its own (the sponsor), so it stays out of the anaphor.
  const hyphened = isHyphenedParticiple(units, j) ? j + 2 : -1;
  if (hyphened > 0) j = hyphened + 1;
  const modifiersFrom = j;
  while (j < units.length && ANAPHOR_MODIFIERS.has(units[j]!.lower) && j - modifiersFrom <= 1) j++;
  const head = units[j];
  // "the [Brigade]" is a name, not a description.
  if (!head || head.mention || units[j + 1]?.lower === 'of') return null;
  // "the Osk-based militant group Lashkar": the description is the name's own, not an anaphor.
  if (units[j + 1]?.mention) return null;
  // "the guerrilla camps", "the army offensive": a modifier of another noun is no description; before a
  // title ("the Coalition spokesman") it is, as the body the title belongs to.
  const after = units[j + 1];
  if (after && after.pos === 'NOUN' && !after.mention && /^\p{Ll}/u.test(after.text) && !TITLES.has(after.lower) && !VERBS.has(after.lower) && !REPORT_VERBS.has(after.lower)) return null;
  const cls = DESCRIPTIONS.get(head.lower);
  if (cls) return { type: 'organization', end: j, cls, ...(hyphened > 0 && units[i + 1]!.mention ? { kept: hyphened } : {}) };
  if (PLACE_ANAPHORS.has(head.lower) && j === i + 1) return { type: 'location', end: j };
  return null;
}

// "Alder-backed", "Front-linked": a word joined by a dash to a participle.
function isHyphenedParticiple(units: readonly Unit[], j: number): boolean {
  const participle = units[j + 2];
  return participle !== undefined && isJoiningDash(units, j + 1) && /^\p{Ll}+ed$/u.test(participle.text) && !participle.mention;
}

const nameWords = (m: Mention): string[] => m.text.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);

/** Whether a description class fits a mention: by its name, or by a noun the document used for it. */
function fits(cls: DescriptionClass, m: Mention, described: ReadonlyMap<string, ReadonlySet<string>>): boolean {
  if (m.type !== 'organization') return false;
  const words = [...nameWords(m), ...(described.get(m.text.toLowerCase()) ?? [])];
  // "the 3rd Brigade", "the 22nd Battalion": a numbered unit is a regular army's, never "the rebels".
  if (words.some((w) => /^\d+(st|nd|rd|th)$/.test(w))) words.push('army', NUMBERED_UNIT);
  if (cls.notRole && words.some((w) => cls.notRole!.has(w))) return false;
  if (words.includes(OUTLET) && !cls.role) return false;
  return !cls.role || words.some((w) => cls.role!.has(w));
}

/**
 * The referent of a description of an organisation: the most recent fitting organisation in this
 * sentence, else in the previous one (its first subject when the description opens the sentence), else,
 * for a role-bound description, further back; a preferred fit wins within the nearest tier that has one.
 */
export function describedReferent(cls: DescriptionClass, tiers: readonly (readonly Referent[])[], described: ReadonlyMap<string, ReadonlySet<string>>, opensSentence: boolean): Mention | null {
  for (const [t, tier] of tiers.entries()) {
    const fitting = tier.filter((r) => fits(cls, r.mention, described));
    if (fitting.length === 0) continue;
    const preferred = cls.prefer ? fitting.filter((r) => nameWords(r.mention).some((w) => cls.prefer!.has(w)) || [...(described.get(r.mention.text.toLowerCase()) ?? [])].some((w) => cls.prefer!.has(w))) : [];
    const pool = preferred.length ? preferred : fitting;
    return t === 1 ? firstOrNearest(pool, 'organization', opensSentence) : pool[pool.length - 1]!.mention;
  }
  return null;
}

const APPOSITION_DETS = new Set(['the', 'a', 'an']);

/**
 * The nouns this sentence uses for a named organisation, added to what earlier sentences said: "the CMS
 * junta" (a description head right after the name), "LISFOR, the regional force" and "the regional
 * force, LISFOR" (an apposition).
 */
export function describedIn(units: readonly Unit[], before: ReadonlyMap<string, ReadonlySet<string>>): ReadonlyMap<string, ReadonlySet<string>> {
  let out: Map<string, Set<string>> | null = null;
  const add = (m: Mention, word: string): void => {
    out ??= new Map([...before].map(([k, v]) => [k, new Set(v)]));
    const key = m.text.toLowerCase();
    const set = out.get(key) ?? new Set<string>();
    set.add(word);
    out.set(key, set);
  };
  for (let k = 0; k < units.length; k++) {
    const m = units[k]!.mention;
    if (!m || m.type !== 'organization' || units[k]!.viaCoref) continue;
    const next = units[k + 1];
    if (next && !next.mention && DESCRIPTIONS.has(next.lower)) add(m, next.lower);
    if (next?.text === ',' && APPOSITION_DETS.has(units[k + 2]?.lower ?? '')) {
      let j = k + 3;
      while (j < units.length && j - k <= 6 && !units[j]!.mention && (units[j]!.pos === 'ADJ' || units[j]!.pos === 'NOUN' || units[j]!.pos === 'PROPN')) {
        if (DESCRIPTIONS.has(units[j]!.lower)) add(m, units[j]!.lower);
        j++;
      }
    }
    if (units[k - 1]?.text === ',' && k >= 2 && !units[k - 2]!.mention && DESCRIPTIONS.has(units[k - 2]!.lower)) add(m, units[k - 2]!.lower);
    const before = descriptionSetOffBefore(units, k);
    if (before !== null) add(m, before);
    // "its media arm, Sawt al-Nur", "Radio Dawn, the group's outlet": a body introduced as someone's voice
    // speaks for a group and is not one ("the group said" is not the outlet saying).
    if (isOutletApposition(units, k)) add(m, OUTLET);
  }
  return out ?? before;
}

const PLACE_PREPS = new Set(['in', 'of', 'from', 'near', 'across']);
/**
 * "the ruling junta in neighbouring Alder, the CMS, …": a description set off before "the NAME", with a
 * place phrase of its own, names it too. Only when the name is itself set off (punctuation after it): in
 * "fought the army in Osk, the Front said" the name opens a clause of its own.
 */
function descriptionSetOffBefore(units: readonly Unit[], k: number): string | null {
  if (units[k - 1]?.lower !== 'the' || units[k - 2]?.text !== ',' || units[k + 1]?.pos !== 'PUNCT') return null;
  for (let j = k - 3; j >= 0 && k - j <= 8; j--) {
    const u = units[j]!;
    if (!u.mention && DESCRIPTIONS.has(u.lower)) return u.lower;
    if (u.mention ? u.mention.type !== 'location' : !(PLACE_PREPS.has(u.lower) || u.pos === 'ADJ' || u.pos === 'VERB' && u.lower.endsWith('ing'))) return null;
  }
  return null;
}

const OUTLET = 'outlet';
const OUTLET_WORDS = new Set(['media', 'propaganda', 'news', 'outlet', 'outlets', 'mouthpiece', 'magazine', 'newspaper', 'channel', 'broadcaster', 'radio', 'website']);
function isOutletApposition(units: readonly Unit[], k: number): boolean {
  if (units[k - 1]?.text === ',') for (let j = k - 2; j >= 0 && k - j <= 4 && !units[j]!.mention && units[j]!.text !== ','; j--) if (OUTLET_WORDS.has(units[j]!.lower)) return true;
  if (units[k + 1]?.text === ',') for (let j = k + 2; j < units.length && j - k <= 6 && !units[j]!.mention && units[j]!.text !== ','; j++) if (OUTLET_WORDS.has(units[j]!.lower)) return true;
  // "its Sawt al-Nur media arm", "the group's Radio Dawn outlet": the name modifies the outlet noun.
  const outletNoun = OUTLET_WORDS.has(units[k + 1]?.lower ?? '');
  return outletNoun && (/^(arm|wing)$/.test(units[k + 2]?.lower ?? '') || /^(its|their|the)$/.test(units[k - 1]?.lower ?? ''));
}
