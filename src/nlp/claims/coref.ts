import type { EntityType, Mention } from '../../core/index.js';
import { ANAPHOR_MODIFIERS, DESCRIPTIONS, KIN, NUMBERED_UNIT, PLACE_ANAPHORS, REPORT_VERBS, SPEAKING_VERBS, TITLES, VERBS, type DescriptionClass } from './lexicon.js';
import { isJoiningDash, isPossessiveMark } from './phrases.js';
import { attackerIn, claimOfAttack, matchEventNoun, perpetratorOfAttack, RESPONSIBILITY_VERBS, struckPlaces } from './coref-events.js';
import { coalitionIn, listsOf, matchForcesFrom, matchPlural } from './coref-plurals.js';
import type { Unit } from './sentence-view.js';

/** A mention available as an antecedent, with whether it sat inside a prepositional phrase. */
export interface Referent {
  readonly mention: Mention;
  readonly inPrepPhrase: boolean;
  /** "its", "the Front's": a possessor is seldom the subject a later "he" or "it" continues. */
  readonly possessive: boolean;
}

const PERSON_SUBJECT = new Set(['he', 'she']);
const PERSON_POSSESSIVE = new Set(['his', 'her', 'him', 'himself', 'herself']);
const ORG_POSSESSIVE = new Set(['its']);
const DETERMINERS = new Set(['the', 'this', 'that']);

/**
 * Replaces pronouns and definite descriptions ("he", "its", "the terror group", "the province") by
 * their antecedent, looked for in the same sentence and then in the one before it only: GUIDELINES
 * annotate a relation reached "through a pronoun" from the previous sentence, not further. A description
 * bound to a role ("the junta", "the peacekeepers") names its referent narrowly enough to reach
 * `ROLE_REACH` sentences back; an attack noun ("the attack occurred in …") stands for the actor of the
 * attack of the last `EVENT_REACH` sentences; "troops from A, B and C" stand for each contributor.
 * Returns the rewritten units, the referents this sentence offers to the next one, and the document
 * memory (`Discourse`) for the sentences after it.
 */
/** Sets a plural anaphor may stand for: the pair last said to be allied, the lists of the previous sentence. */
export interface PluralContext {
  readonly pair: readonly [Mention, Mention] | null;
  readonly lists: readonly (readonly Mention[])[];
  /** Places the previous sentence says were struck, for "… claimed responsibility." */
  readonly struck?: readonly Mention[];
  /** The group a person was said (earlier in the document) to lead or belong to, for "her fighters". */
  readonly groupOf?: (person: Mention) => Mention | null;
  /** What earlier sentences offer a role-bound description ("the junta") and an event noun ("the attack"). */
  readonly discourse?: Discourse;
  /** Who carried out the attack the last sentence or two reported, for "The attack occurred in …". */
  readonly attacker?: Mention | null;
  /** The members of an alliance the previous sentence listed. */
  readonly coalition?: readonly Mention[] | null;
}

/**
 * Document memory for references that reach past the previous sentence: organisations named in the
 * last `ROLE_REACH` sentences (most recent last), and the nouns the document used for each name ("the
 * CMS junta", "LISFOR, the regional force"), by lower-case name.
 */
export interface Discourse {
  readonly history: readonly Referent[];
  readonly described: ReadonlyMap<string, ReadonlySet<string>>;
  /** The members of the alliance the last sentence listed ("an alliance made up of A, B and C"), for "the alliance" next. */
  readonly coalition?: readonly Mention[] | null;
}
export const EMPTY_DISCOURSE: Discourse = Object.freeze({ history: Object.freeze([]), described: new Map(), coalition: null });
/** How many sentences back a description bound to a role ("the junta", "the peacekeepers") may reach. */
export const ROLE_REACH = 6;

// "her fighters clashed with the Front": a person's fighters act as the group she leads.
const FORCES = new Set(['fighters', 'men', 'forces', 'militants', 'troops', 'gunmen', 'cadres', 'loyalists', 'militia', 'followers', 'commanders', 'group', 'organisation', 'organization', 'movement', 'outfit', 'faction']);

const ACTORS = new Set<EntityType>(['organization', 'person']);
const EXISTENTIAL = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'seems', 'seem', 'appears', 'appear', 'exists', 'exist', 'remains', 'remain', 'will', 'would', 'could', 'may', 'might', 'must', "'s", '’s']);
const NO_PLURALS: PluralContext = { pair: null, lists: [] };

export function resolveAnaphora(units: readonly Unit[], previous: readonly Referent[], plurals: PluralContext = NO_PLURALS): { units: Unit[]; referents: Referent[]; lists: Mention[][]; struck: Mention[]; discourse: Discourse; attacker: Mention | null } {
  const out: Unit[] = [];
  const here: Referent[] = [];
  const discourse = plurals.discourse ?? EMPTY_DISCOURSE;
  const described = describedIn(units, discourse.described);
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    const inPrepPhrase = isGovernedByPreposition(out);
    // "A bomb killed 12 in Osk. The Front claimed responsibility.": the claim reaches back to the attack.
    if (u.lower === 'responsibility' && plurals.struck?.length && RESPONSIBILITY_VERBS.has(units[i - 1]?.lower ?? '') && units[i + 1]?.lower !== 'for') {
      out.push({ ...anaphorUnit(u.start, u.end, units, i, i, plurals.struck[0]!), partners: plurals.struck.slice(1) });
      continue;
    }
    // "troops from A, B and C attacked Osk": the act is each member's.
    const forces = matchForcesFrom(units, i);
    if (forces) {
      const first = units[forces.members[0]!]!.mention!;
      out.push({ ...anaphorUnit(u.start, units[forces.end]!.end, units, i, forces.end, first), partners: forces.members.slice(1).map((m) => units[m]!.mention!) });
      for (const m of forces.members) here.push({ mention: units[m]!.mention!, inPrepPhrase, possessive: false });
      i = forces.end;
      continue;
    }
    // "The attack occurred in Alder's northern Brell region": the event noun stands for who carried it out.
    const event = plurals.attacker ? matchEventNoun(units, i) : null;
    if (event && plurals.attacker) {
      out.push({ ...anaphorUnit(u.start, units[event.end]!.end, units, i, event.end, plurals.attacker), event: { predicate: 'attacked', place: event.place } });
      i = event.end;
      continue;
    }
    // "Gunmen killed 12 in Osk. The Front claimed the attack." / "… claimed responsibility for the attack.":
    // the attack stands for the places the last sentence says were struck, and the claimant struck them.
    const claimVerb = plurals.struck?.length ? claimOfAttack(units, i) : -1;
    if (claimVerb >= 0) {
      const struck = plurals.struck!;
      out.push({ ...anaphorUnit(u.start, units[i + 1]!.end, units, i, i + 1, struck[0]!), partners: struck.slice(1), event: { predicate: 'attacked', place: null, claimedBy: out.length - (i - claimVerb) } });
      i++;
      continue;
    }
    // "The attack was carried out by the Front", "blamed the Front for the attack": who did it is named beside it.
    const claimant = plurals.struck?.length ? perpetratorOfAttack(units, i) : null;
    if (claimant) {
      const struck = plurals.struck!;
      out.push({ ...anaphorUnit(u.start, units[i + 1]!.end, units, i, i + 1, struck[0]!), partners: struck.slice(1), event: { predicate: 'attacked', place: null, claimant } });
      i++;
      continue;
    }
    const plural = matchPlural(units, i, discourse.coalition ? { ...plurals, coalition: discourse.coalition } : plurals, previous);
    if (plural) {
      out.push({ ...anaphorUnit(u.start, units[plural.end]!.end, units, i, plural.end, plural.members[0]!), partners: plural.members.slice(1) });
      i = plural.end;
      continue;
    }
    if (u.mention) {
      out.push(u);
      here.push({ mention: u.mention, inPrepPhrase, possessive: isPossessiveMark(units[i + 1]) });
      continue;
    }
    // "The Front and the Guild met in Osk. The latter attacked Brell.": the second of the last two actors named.
    const which = formerOrLatter(units, i);
    if (which) {
      const actors = [...previous, ...here].filter((r) => ACTORS.has(r.mention.type)).map((r) => r.mention).filter((m, k, all) => all.findIndex((x) => x.id === m.id || x.text === m.text) === k);
      const pair = actors.slice(-2);
      if (pair.length === 2) {
        const antecedent = which === 'former' ? pair[0]! : pair[1]!;
        out.push(anaphorUnit(u.start, units[i + 1]!.end, units, i, i + 1, antecedent));
        here.push({ mention: antecedent, inPrepPhrase, possessive: false });
        i++;
        continue;
      }
    }
    const description = matchDescription(units, i);
    if (description) {
      // "The group, which …" opening a sentence continues the previous sentence's subject.
      // "a Russian-backed militia seized the town": a national adjective stands for a state, never a town.
      const placeLike = (r: Referent): boolean => description.type !== 'location' || !String(r.mention.rule).includes('acting-state');
      const local = here.filter((r) => !isLocalSubject(out, r.mention) && placeLike(r));
      const cls = description.cls;
      const antecedent = cls
        ? describedReferent(cls, [local, previous, cls.role ? discourse.history : []], described, here.length === 0 && i <= 1)
        : nearest(local, description.type) ?? firstOrNearest(previous.filter(placeLike), description.type, here.length === 0 && i <= 1);
      const last = units[description.end]!;
      if (antecedent) {
        // "the Alder-backed group": the determiner and the modifier with its name stay as they are.
        const from = description.kept === undefined ? i : description.kept + 1;
        for (let k = i; k < from; k++) {
          out.push(units[k]!);
          if (units[k]!.mention) here.push({ mention: units[k]!.mention!, inPrepPhrase, possessive: false });
        }
        out.push(anaphorUnit(units[from]!.start, last.end, units, from, description.end, antecedent));
        here.push({ mention: antecedent, inPrepPhrase, possessive: isPossessiveMark(units[description.end + 1]) });
        i = description.end;
        continue;
      }
    }
    // "The Front kept a camp in Osk. Hale trained there.": the last place named, not an existential "there is".
    if (u.lower === 'there' && !EXISTENTIAL.has(units[i + 1]?.lower ?? '') && i > 0) {
      const place = nearest(here, 'location') ?? nearest(previous, 'location');
      if (place) {
        out.push(anaphorUnit(u.start, u.end, units, i, i, place));
        continue;
      }
    }
    const pronoun = pronounType(units, i);
    if (pronoun) {
      // "The Front kept a camp at the Osk Depot in Brell, and its fighters …": a possessive prefers the clause's
      // subject over a name in a prepositional phrase; a subject pronoun never takes one.
      // "Their commander-in-chief, …" after "The Panel heard that the Forces had …": a plural pronoun reaching
      // back prefers a body whose name is plural, when the sentence before has one.
      const plural = PLURAL_PRONOUNS.has(u.lower) ? previous.filter((r) => r.mention.type === 'organization' && hasPluralHead(r.mention)) : [];
      const back = (type: EntityType): Mention | null => (type === 'organization' && plural.length > 0 ? firstOrNearest(plural, type, false) : null) ?? firstOrNearest(previous, type, true);
      const find = (type: EntityType): Mention | null => pronoun.subject
        ? nearest(here.filter((r) => !r.inPrepPhrase), type) ?? back(type)
        : possessorInClause(out, here, type) ?? nearest(here.filter((r) => !r.inPrepPhrase), type) ?? nearest(here, type) ?? back(type);
      // "Alder has denied claims that it shelters the Front": with no group in reach, "it"/"its" is a
      // state, which we hold as a place.
      const found = (u.lower === 'it' && pronoun.subject ? speakerOf(out, here) : null) ?? find(pronoun.type) ?? (pronoun.type === 'organization' ? find('location') : null);
      // "his deputy, X": the deputy of a person known to lead a group is a member of that group.
      const next = units[i + 1]?.lower ?? '';
      const group = found && pronoun.type === 'person' && !pronoun.subject && (FORCES.has(next) || TITLES.get(next)?.predicate === 'member_of') ? plurals.groupOf?.(found) ?? null : null;
      const antecedent = group ?? found;
      if (antecedent) {
        out.push(anaphorUnit(u.start, u.end, units, i, i, antecedent));
        here.push({ mention: antecedent, inPrepPhrase, possessive: !pronoun.subject });
        continue;
      }
    }
    out.push(u);
  }
  const sentence = units.find((u) => u.mention && !u.viaCoref)?.mention!.sentenceIndex ?? -1;
  const history = [...discourse.history, ...previous].filter((r) => sentence < 0 || r.mention.sentenceIndex >= sentence - ROLE_REACH).slice(-60);
  return { units: out, referents: here, lists: listsOf(out), struck: struckPlaces(out), discourse: { history, described, coalition: coalitionIn(out) }, attacker: attackerIn(out) };
}

// "Alder dismissed claims that it arms the Front", "the Front said it would fight on": a subject "it" in a
// clause its sentence's subject speaks for is that subject, group or state.
function speakerOf(out: readonly Unit[], here: readonly Referent[]): Mention | null {
  let verb = out.length - 1;
  while (verb >= 0 && out[verb]!.pos !== 'VERB') verb--;
  if (verb < 0 || !SPEAKING_VERBS.has(out[verb]!.lower)) return null;
  // The name nearest before the verb with no other verb between: "GASSOULÉ — Haut-Zamou's ruling council
  // (CMS) dismissed reports that it …" is the council's, not the dateline's or the possessor's.
  for (let k = verb - 1; k >= 0; k--) {
    const w = out[k]!;
    if (w.pos === 'VERB') return null;
    const r = w.mention ? here.find((x) => x.mention.id === w.mention!.id) : undefined;
    if (r && !r.inPrepPhrase && !r.possessive && (r.mention.type === 'organization' || r.mention.type === 'location')) return r.mention;
  }
  return null;
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
function describedReferent(cls: DescriptionClass, tiers: readonly (readonly Referent[])[], described: ReadonlyMap<string, ReadonlySet<string>>, opensSentence: boolean): Mention | null {
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
function describedIn(units: readonly Unit[], before: ReadonlyMap<string, ReadonlySet<string>>): ReadonlyMap<string, ReadonlySet<string>> {
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

// "the former" / "the latter" standing alone (a verb, a possessive or punctuation next), not "the former leader".
function formerOrLatter(units: readonly Unit[], i: number): 'former' | 'latter' | null {
  if (units[i]!.lower !== 'the') return null;
  const w = units[i + 1]?.lower;
  if (w !== 'former' && w !== 'latter') return null;
  const next = units[i + 2];
  return !next || next.pos === 'VERB' || next.pos === 'AUX' || next.pos === 'PUNCT' || next.pos === 'ADV' || isPossessiveMark(next) ? w : null;
}


function anaphorUnit(start: number, end: number, units: readonly Unit[], from: number, to: number, mention: Mention): Unit {
  const text = units.slice(from, to + 1).map((x) => x.text).join(' ');
  return { start, end, text, lower: text.toLowerCase(), pos: 'PROPN', mention, viaCoref: true };
}

function pronounType(units: readonly Unit[], i: number): { type: EntityType; subject: boolean } | null {
  const w = units[i]!.lower;
  if (PERSON_SUBJECT.has(w)) return { type: 'person', subject: true };
  if (PERSON_POSSESSIVE.has(w)) return { type: 'person', subject: false };
  if (ORG_POSSESSIVE.has(w)) return { type: 'organization', subject: false };
  // "Their commander-in-chief, X", "their fighters": a group's people; "their homes" is left alone.
  if (w === 'their' && (TITLES.has(units[i + 1]?.lower ?? '') || FORCES.has(units[i + 1]?.lower ?? ''))) return { type: 'organization', subject: false };
  // "It arrested …" refers; "it is remote enough to …" and "it was natural for …" do not.
  if (w === 'it') {
    let n = i + 1;
    while (units[n]?.pos === 'ADV') n++;
    const next = units[n];
    const after = units[n + 1];
    // wink reads "it shelters" as a pronoun and a noun; a lexicon verb in -s after "it" is a verb.
    if (next?.pos === 'VERB' || (next && VERBS.has(next.lower) && next.lower.endsWith('s'))) return { type: 'organization', subject: true };
    if (next && /^(has|had|have)$/.test(next.lower) && (after?.pos === 'VERB' || (after !== undefined && VERBS.has(after.lower)))) return { type: 'organization', subject: true };
    // "it has no units in Osk", "it had 300 fighters": "it" owning something is no expletive.
    if (next && /^(has|had)$/.test(next.lower) && after !== undefined && ['DET', 'NOUN', 'NUM', 'ADJ'].includes(after.pos) && !/^(to|been)$/.test(after.lower)) return { type: 'organization', subject: true };
    // "It was reportedly backed by …", "it was arming …": a passive or progressive subject refers; "it was
    // natural to …" does not.
    if (next?.pos === 'AUX') {
      let v = n + 1;
      while (units[v]?.pos === 'ADV' || units[v]?.pos === 'AUX') v++;
      if (units[v]?.pos === 'VERB' && /(ed|en|ing)$/.test(units[v]!.lower)) return { type: 'organization', subject: true };
      // wink reads "was arming" as a noun after the auxiliary; a lexicon verb in -ing there is the verb.
      if (units[v] && /ing$/.test(units[v]!.lower) && VERBS.has(units[v]!.lower)) return { type: 'organization', subject: true };
    }
    // "armed it", "used it as a proxy": an object pronoun takes the nearest group.
    if (units[i - 1]?.pos === 'VERB') return { type: 'organization', subject: false };
  }
  return null;
}

// "the group", "the terror outfit", "the province" (but not "the group of states", "the province of …").
function matchDescription(units: readonly Unit[], i: number): { type: EntityType; end: number; cls?: DescriptionClass; kept?: number } | null {
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

// "the son of former governor Orlan Varn, he …": a name inside a prepositional phrase is no subject.
function isGovernedByPreposition(before: readonly Unit[]): boolean {
  for (let j = before.length - 1; j >= 0 && before.length - j <= 6; j--) {
    const u = before[j]!;
    // "Fighters of the Front attacked …": the group after "of" is who acts, unless it is kin ("son of").
    if (u.lower === 'of') return j > 0 && KIN.has(before[j - 1]!.lower);
    if (u.pos === 'ADP') return u.lower !== 'by';
    if (u.pos === 'VERB' || u.pos === 'AUX' || u.pos === 'PUNCT' || u.pos === 'CCONJ') return false;
  }
  return false;
}

// "The Guard denied any link to the group": a description in its own clause's object position is not
// that clause's subject; "the Front said the group would fight on" crosses a reporting verb and may be.
function isLocalSubject(before: readonly Unit[], mention: Mention): boolean {
  let p = before.length - 1;
  while (p >= 0 && before[p]!.mention?.id !== mention.id) p--;
  if (p < 0) return false;
  let verb = false;
  for (let k = p + 1; k < before.length; k++) {
    const u = before[k]!;
    if (u.text === ',' || u.pos === 'CCONJ' || u.pos === 'SCONJ' || u.pos === 'PRON' || (REPORT_VERBS.has(u.lower) && !u.lower.startsWith('den'))) return false;
    if (u.pos === 'VERB' || u.pos === 'AUX') verb = true;
  }
  return verb;
}

// "The Front threatened the Guard in videos released by its leader": a possessive deep in the clause
// takes the clause's subject (as Hobbs's search meets it first), but "the Front and its leader" the name
// it is coordinated with.
function possessorInClause(out: readonly Unit[], here: readonly Referent[], type: EntityType): Mention | null {
  const conjoined = out[out.length - 2]?.mention;
  if (/^(and|or)$/.test(out[out.length - 1]?.lower ?? '') && conjoined?.type === type) return conjoined;
  // "Alder supports the Army in its fight against the Front": whom a backer backs is the one fighting.
  const verb = [...out].reverse().find((u) => u.pos === 'VERB');
  if (verb && VERBS.get(verb.lower)?.predicate === 'sponsors') return null;
  return here.find((r) => r.mention.type === type && !r.inPrepPhrase && !r.possessive && isLocalSubject(out, r.mention))?.mention ?? null;
}

function nearest(referents: readonly Referent[], type: EntityType): Mention | null {
  for (let k = referents.length - 1; k >= 0; k--) if (referents[k]!.mention.type === type) return referents[k]!.mention;
  return null;
}

// A subject pronoun opening a sentence usually continues the previous sentence's subject, which is
// its first mention outside a prepositional phrase; a description takes the last one named.
const PLURAL_PRONOUNS = new Set(['they', 'them', 'their', 'theirs']);
// "the Self-Defence Forces", "the River Guardians": a name whose last word is a plural noun.
const hasPluralHead = (m: Mention): boolean => /[^su]s$/.test(m.text.split(/\s+/).pop() ?? '') && /^\p{Lu}/u.test(m.text.split(/\s+/).pop() ?? '');

function firstOrNearest(referents: readonly Referent[], type: EntityType, preferFirst: boolean): Mention | null {
  if (preferFirst) {
    const first = referents.find((r) => r.mention.type === type && !r.inPrepPhrase && !r.possessive);
    if (first) return first.mention;
  }
  return nearest(referents, type);
}
