import type { EntityType, Mention } from '../../core/index.js';
import { TITLES } from './lexicon.js';
import { isPossessiveMark } from './phrases.js';
import { attackerIn, claimOfAttack, matchEventNoun, perpetratorOfAttack, RESPONSIBILITY_VERBS, struckPlaces } from './coref-events.js';
import { coalitionIn, listsOf, matchForcesFrom, matchPlural } from './coref-plurals.js';
import { firstOrNearest, isGovernedByPreposition, isLocalSubject, nearest, possessorInClause, speakerOf } from './coref-antecedents.js';
import { describedIn, describedReferent, matchDescription } from './coref-descriptions.js';
import { FORCES, formerOrLatter, hasPluralHead, PLURAL_PRONOUNS, pronounType } from './coref-pronouns.js';
import type { Unit } from './sentence-view.js';

/** A mention available as an antecedent, with whether it sat inside a prepositional phrase. */
export interface Referent {
  readonly mention: Mention;
  readonly inPrepPhrase: boolean;
  /** "its", "the Front's": a possessor is seldom the subject a later "he" or "it" continues. */
  readonly possessive: boolean;
}

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

const ACTORS = new Set<EntityType>(['organization', 'person']);
const EXISTENTIAL = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'seems', 'seem', 'appears', 'appear', 'exists', 'exist', 'remains', 'remain', 'will', 'would', 'could', 'may', 'might', 'must', "'s", '’s']);
const NO_PLURALS: PluralContext = { pair: null, lists: [] };

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

function anaphorUnit(start: number, end: number, units: readonly Unit[], from: number, to: number, mention: Mention): Unit {
  const text = units.slice(from, to + 1).map((x) => x.text).join(' ');
  return { start, end, text, lower: text.toLowerCase(), pos: 'PROPN', mention, viaCoref: true };
}
