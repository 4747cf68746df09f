import type { Predicate } from '../../../core/index.js';
import type { Found } from '../construction.js';
import { KIN, TITLES } from '../lexicon.js';
import type { Unit } from '../sentence-view.js';
import { actorsAt, bodyDescribedAfterItsPeople, ownerOf, prepOf } from './paths.js';
import { parseScope } from './scope.js';
import { baseRel, type UnitTree } from './tree.js';

/**
 * A title or kinship noun links whoever holds it to the body or person it is of, wherever the parse
 * puts the pieces: in apposition ("Ilsa Varn, the Front's chief", "its leader, Ilsa Varn"), as the
 * predicate of a copula ("Varn is a senior member of the Front"), as a compound before the name ("Front
 * commander Ilsa Varn"), with the body as possessor, compound or "of/for/in" phrase; kin the same way
 * ("Varn's half-brother, Tam Varn", "he is the eldest son of Orlan Varn").
 */
export const PARSE_ROLE_ROWS = [
  { name: 'parse-title', example: "Tam Orlan, who spoke on Tuesday, is the Front's chief negotiator." },
  { name: 'parse-kinship', example: 'Orlan Varn, a cousin of the Front leader Ilsa Varn, was detained.' },
  { name: 'parse-person-of-body', example: 'Colonel Tam Orlan of the Alder Guard denied the report.' },
  { name: 'parse-possessor-leads', example: "General Tam Orlan's Shield Council seized power in 2021." },
  { name: 'parse-role-noun', example: 'Ilsa Varn, commissioner of the Alder Police Command, spoke; Tam Orlan is a visiting scholar at the Brell Institute.' },
] as const;

// Verbs whose object takes the "as" title: "named Varn as its chief"; "replaced Varn as chief" does not give it.
const APPOINTING = new Set(['name', 'named', 'names', 'appoint', 'appointed', 'appoints', 'choose', 'chose', 'chosen', 'elect', 'elected', 'elects', 'install', 'installed', 'designate', 'designated', 'confirm', 'confirmed', 'nominate', 'nominated', 'identify', 'identified', 'identifies', 'describe', 'described', 'describes', 'list', 'listed', 'lists', 'regard', 'regarded', 'regards', 'brand', 'branded', 'brands', 'label', 'labelled', 'labeled', 'labels', 'classify', 'classified', 'classifies', 'designates', 'recognise', 'recognised', 'recognize', 'recognized']);
const BODY_PREPS = ['of', 'for', 'in', 'at', 'with', 'within', 'inside'];

export function findRolesOverParse(units: readonly Unit[], tree: UnitTree, active: ReadonlySet<string>): Found[] {
  const out: Found[] = [];
  for (let k = 0; k < units.length; k++) {
    const u = units[k]!;
    if (u.mention) {
      if (active.has('parse-person-of-body') && u.mention.type === 'person') out.push(...personOfBody(units, tree, k));
      if (active.has('parse-possessor-leads') && u.mention.type === 'organization') out.push(...possessorLeads(units, tree, k, k));
      continue;
    }
    // "Davlatbek's smuggling network, the Caravan": a person's body, described and then named.
    if (active.has('parse-possessor-leads') && tree.upos[k] === 'NOUN') {
      const named = tree.children[k]!.find((c) => tree.deprel[c] === 'appos' && units[c]!.mention?.type === 'organization');
      if (named !== undefined) out.push(...possessorLeads(units, tree, k, named));
    }
    const title = TITLES.get(u.lower);
    const kin = KIN.has(u.lower);
    if (!title && !kin) {
      if (active.has('parse-role-noun') && tree.upos[k] === 'NOUN' && !NOT_MEMBERSHIP.has(u.lower)) out.push(...roleNoun(units, tree, k));
      continue;
    }
    if (title && !active.has('parse-title')) continue;
    if (kin && !active.has('parse-kinship')) continue;
    const holders = holdersOf(units, tree, k).filter((h) => units[h]!.mention!.type === 'person');
    if (holders.length === 0) continue;
    // A title in apposition or before a name describes its holder whatever the clause around it does
    // ("broke off ties with militia leader X"); only a predicated title takes the clause's negation.
    const scope = isPredicated(tree, units, k) ? parseScope(tree, units, k) : UNSCOPED;
    const bodies = kin ? [] : bodiesOf(units, tree, k);
    const others = kin ? relativesOf(units, tree, k) : bodies.map((b) => b.unit);
    for (const h of holders) for (const o of others) {
      if (h === o) continue;
      const type = units[o]!.mention!.type;
      if (kin) {
        if (type === 'person') out.push({ subject: h, object: o, predicate: 'relative_of', role: u.lower, trigger: k, rule: 'parse-kinship', negated: scope.negated, denied: scope.denied });
        continue;
      }
      if (type !== 'organization') continue;
      // "the Front's deputy leader", "its assistant commander": second to the leader is a member.
      const second = tree.children[k]!.some((c) => SECOND.has(units[c]!.lower) && ['amod', 'compound', 'nmod'].includes(baseRel(tree.deprel[c]!)));
      const sense = title!.predicate === 'leader_of' && (second || bodies.some((b) => b.unit === o && b.part)) ? 'member_of' : title!.predicate;
      if (sense === 'leader_of' || sense === 'member_of') out.push({ subject: h, object: o, predicate: sense, role: u.lower, trigger: k, rule: 'parse-title', negated: scope.negated, denied: scope.denied });
      else if (sense === 'sponsors' || sense === 'supplied') out.push({ subject: h, object: o, predicate: sense as Predicate, role: u.lower, trigger: k, rule: 'parse-title', negated: scope.negated, denied: scope.denied });
      else if (sense === 'sponsored_by') out.push({ subject: o, object: h, predicate: 'sponsors', role: null, trigger: k, rule: 'parse-title', negated: scope.negated, denied: scope.denied });
    }
  }
  return out;
}

// Who holds the title at `k`: the name it stands in apposition with, the subject of its copula, or
// the name it is a compound of.
export function holdersOf(units: readonly Unit[], tree: UnitTree, k: number, depth = 0): number[] {
  const out: number[] = [];
  const h = tree.head[k]!;
  const rel = tree.deprel[k]!;
  if (depth < 3 && rel === 'conj' && h >= 0 && !units[h]!.mention) {
    // "Varn, the Front's chief and the Guard's founder": a described noun coordinated with another shares its holder.
    if (isRoleWord(units[h]!.lower)) out.push(...inheritedHolders(units, tree, h, k, depth));
  } else if (depth < 3 && rel === 'conj' && h >= 0 && units[h]!.mention && tree.deprel[h] === 'appos' && tree.head[h]! >= 0 && isRoleWord(units[tree.head[h]!]!.lower)) {
    // "Varn, the brother of the emir, Tam Orlan, and the son-in-law of Sidor": the parse coordinates the second
    // description with the name inside the first; a description cannot be that name's, so it is the holder's.
    out.push(...inheritedHolders(units, tree, tree.head[h]!, k, depth));
  }
  // "Varn, said to be the Front's treasurer": a raising verb's subject holds the title of its "to be" complement.
  if (rel === 'xcomp' && h >= 0 && RAISING.has(units[h]!.lower) && tree.children[k]!.some((c) => tree.deprel[c] === 'cop')) out.push(...raisedSubject(units, tree, h));
  if (h >= 0 && units[h]!.mention && (rel === 'appos' || rel === 'compound' || rel === 'flat' || rel === 'amod')) out.push(h);
  // "Fighters of the Cope Brigade, a militia allied with the Front": a body's description set off after its
  // fighters or members describes the body, not the people.
  const body = bodyDescribedAfterItsPeople(tree, units, k);
  if (body >= 0) out.push(body);
  // "Front chief Ilsa Varn and Tam Hale": a title in the singular has one holder, whatever is coordinated after it.
  const plural = /[^s]s$/.test(units[k]!.lower);
  for (const c of tree.children[k]!) {
    const r = tree.deprel[c]!;
    if (r === 'appos' || r === 'nsubj' || r === 'nsubj:pass' || r === 'flat') for (const a of actorsAt(tree, units, c).slice(0, plural ? undefined : 1)) out.push(a.unit);
  }
  // "the Front, whose leader, Ilsa Varn, …" with the name hung on the Front: a name set off by a comma
  // right after a title, and no subject or object of its own, is the title's apposition.
  // "whose commander, General Tam Orlan,": a title word before the name belongs to the name.
  const next = units[k + 1]?.text === ',' ? (TITLES.has(units[k + 2]?.lower ?? '') && units[k + 3]?.mention?.type === 'person' ? k + 3 : k + 2) : -1;
  if (!out.some((o) => units[o]!.mention?.type === 'person') && next > 0 && units[next]?.mention?.type === 'person' && ['appos', 'conj', 'flat', 'dep', 'list', 'parataxis'].includes(tree.deprel[next]!)) out.push(next);
  // "named Varn as its chief", "chose Varn as leader": the object of the verb the title phrase hangs on.
  if (h >= 0 && (rel === 'obl' || rel === 'xcomp' || rel === 'advcl') && prepOf(tree, units, k) === 'as' && APPOINTING.has(units[h]!.lower)) {
    // "named Varn as …" may be parsed with the name as the verb's xcomp ("a man named Varn").
    for (const c of tree.children[h]!) if (tree.deprel[c] === 'obj' || tree.deprel[c] === 'nsubj:pass' || (tree.deprel[c] === 'xcomp' && units[c]!.mention)) for (const a of actorsAt(tree, units, c)) out.push(a.unit);
  }
  return out;
}

const isRoleWord = (w: string): boolean => TITLES.has(w) || KIN.has(w);
const SECOND = new Set(['deputy', 'vice', 'assistant', 'associate', 'lieutenant', 'sub', 'under', 'junior']);
// Verbs that say how a description is known of their subject ("is believed to be", "appears to be"), not
// ones that say something happens to it ("continued to be the largest donor in Osk" describes no role).
const RAISING = new Set(['said', 'believed', 'thought', 'reported', 'alleged', 'rumoured', 'rumored', 'suspected', 'understood', 'known', 'considered', 'seen', 'presumed', 'assumed', 'claimed', 'seems', 'seem', 'seemed', 'appears', 'appear', 'appeared']);

// The holders of the first description in a coordination, less any name inside it ("the brother of the
// emir, Tam Orlan,": Orlan is the emir, not the one the second description is about).
function inheritedHolders(units: readonly Unit[], tree: UnitTree, first: number, second: number, depth: number): number[] {
  return holdersOf(units, tree, first, depth + 1).filter((h) => h < first || h > second);
}

// The subject of a verb, or of the verb it is coordinated with ("was captured and said to be …").
function raisedSubject(units: readonly Unit[], tree: UnitTree, v: number): number[] {
  for (let at = v, steps = 0; at >= 0 && steps < 3; at = tree.deprel[at] === 'conj' ? tree.head[at]! : -1, steps++) {
    const subject = tree.children[at]!.find((c) => tree.deprel[c] === 'nsubj' || tree.deprel[c] === 'nsubj:pass');
    if (subject !== undefined) return actorsAt(tree, units, subject).slice(0, 1).map((a) => a.unit);
  }
  return [];
}

// The body a title is of: "the Front's chief", "chief of the Front", "Front chief", "its chief"; `part`
// when the title is of a part the body owns ("head of the Front's military wing"), which makes a member.
function bodiesOf(units: readonly Unit[], tree: UnitTree, k: number): { unit: number; part: boolean }[] {
  const out: { unit: number; part: boolean }[] = [];
  const owns = (a: { unit: number; via: number }): boolean => {
    if (a.via === a.unit || tree.head[a.unit] !== a.via) return false;
    const rel = tree.deprel[a.unit]!;
    return rel === 'nmod:poss' || rel === 'compound' || (baseRel(rel) === 'nmod' && ['of', 'from'].includes(prepOf(tree, units, a.unit) ?? ''));
  };
  for (const c of tree.children[k]!) {
    const rel = tree.deprel[c]!;
    const base = baseRel(rel);
    const ok = rel === 'nmod:poss' || rel === 'compound' || (base === 'nmod' && BODY_PREPS.includes(prepOf(tree, units, c) ?? ''));
    if (!ok) continue;
    // "the Front, whose commander, X, …": the body is the relative clause's antecedent.
    if (rel === 'nmod:poss' && units[c]!.lower === 'whose') {
      const owner = ownerOf(tree, units, k);
      if (owner >= 0) out.push({ unit: owner, part: false });
      continue;
    }
    // "the Front's military wing chief": the body may sit one compound further down.
    const found = actorsAt(tree, units, c);
    if (found.length > 0) out.push(...found.map((a) => ({ unit: a.unit, part: owns(a) })));
    else if (base === 'compound' || base === 'nmod') for (const g of tree.children[c]!) if (['nmod:poss', 'compound'].includes(tree.deprel[g]!)) out.push(...actorsAt(tree, units, g).map((a) => ({ unit: a.unit, part: true })));
  }
  if (out.length === 0) out.push(...appointingBody(units, tree, k));
  return out;
}

// "Its council chose Varn as commander-in-chief", "the Front named Varn as its envoy": a title given with
// no body of its own is of the body that gives it, or of the body whose council or leadership gives it.
function appointingBody(units: readonly Unit[], tree: UnitTree, k: number): { unit: number; part: boolean }[] {
  const verb = tree.head[k]!;
  if (verb < 0 || prepOf(tree, units, k) !== 'as' || !APPOINTING.has(units[verb]!.lower)) return [];
  const subject = tree.children[verb]!.find((c) => tree.deprel[c] === 'nsubj');
  if (subject === undefined) return [];
  if (units[subject]!.mention?.type === 'organization') return [{ unit: subject, part: false }];
  const owner = tree.children[subject]!.find((c) => (tree.deprel[c] === 'nmod:poss' || (baseRel(tree.deprel[c]!) === 'nmod' && prepOf(tree, units, c) === 'of')) && units[c]!.mention?.type === 'organization');
  return owner === undefined ? [] : [{ unit: owner, part: false }];
}

function relativesOf(units: readonly Unit[], tree: UnitTree, k: number): number[] {
  const out: number[] = [];
  for (const c of tree.children[k]!) {
    const rel = tree.deprel[c]!;
    if (rel === 'nmod:poss' || (baseRel(rel) === 'nmod' && prepOf(tree, units, c) === 'of')) out.push(...actorsAt(tree, units, c).map((a) => a.unit));
  }
  return out;
}

// "Colonel Tam Orlan of the Alder Guard", "Orlan, of the Front,": a person qualified by a body belongs to it.
function personOfBody(units: readonly Unit[], tree: UnitTree, k: number): Found[] {
  const out: Found[] = [];
  for (const c of tree.children[k]!) {
    if (baseRel(tree.deprel[c]!) !== 'nmod' || !['of', 'from'].includes(prepOf(tree, units, c) ?? '')) continue;
    for (const a of actorsAt(tree, units, c)) if (units[a.unit]!.mention!.type === 'organization') out.push({ subject: k, object: a.unit, predicate: 'member_of', role: null, trigger: k, rule: 'parse-person-of-body' });
  }
  return out;
}

// "General Orlan's Shield Council", "Varn's network, the Caravan": a person who owns a body leads it.
function possessorLeads(units: readonly Unit[], tree: UnitTree, k: number, body: number): Found[] {
  const out: Found[] = [];
  for (const c of tree.children[k]!) {
    if (!(tree.deprel[c] === 'nmod:poss' || isMarkedPossessor(units, tree, c, k)) || units[c]!.mention?.type !== 'person' || units[c]!.viaCoref) continue;
    out.push({ subject: c, object: body, predicate: 'leader_of', role: null, trigger: k, rule: 'parse-possessor-leads' });
  }
  return out;
}

// "General Tam Orlan's Shield Council": with a title before the name the parse may label the name for the
// title ("nmod:desc") though its own "'s" marks it the body's possessor.
function isMarkedPossessor(units: readonly Unit[], tree: UnitTree, c: number, k: number): boolean {
  const mark = units[c + 1];
  return c + 1 < k && (mark?.lower === "'s" || mark?.lower === '’s') && tree.head[c + 1] === c;
}

// Person nouns that relate someone to a body without making them part of it ("a critic of the Front",
// "a victim of the Guard"), and nouns that describe a person by what they stand for ("the face of").
const NOT_MEMBERSHIP = new Set([
  'critic', 'critics', 'opponent', 'opponents', 'enemy', 'enemies', 'foe', 'foes', 'rival', 'rivals', 'victim', 'victims', 'target', 'targets',
  'hostage', 'hostages', 'prisoner', 'prisoners', 'captive', 'captives', 'detainee', 'detainees', 'ally', 'allies', 'friend', 'friends',
  'partner', 'partners', 'supporter', 'supporters', 'sympathiser', 'sympathizer', 'admirer', 'admirers', 'client', 'clients', 'customer',
  'guest', 'guests', 'visitor', 'visitors', 'observer', 'observers', 'symbol', 'face', 'voice', 'hero', 'icon', 'scourge', 'survivor',
  'survivors', 'witness', 'witnesses', 'subject', 'focus', 'part', 'one', 'none', 'rest', 'defector', 'defectors', 'deserter', 'informant',
  'informer', 'mediator', 'negotiator', 'lawyer', 'lawyers', 'attorney', 'counsel', 'contact', 'counterpart', 'successor', 'predecessor', 'heir', 'founder', 'architect', 'creator',
]);
const ROLE_PREPS = ['of', 'at', 'for'];

// "Ilsa Varn, commissioner of the Police Command", "Varn is a visiting scholar at the Institute": a person
// described by a noun of a body works in it, whatever the noun (the title list names the ones that lead).
function roleNoun(units: readonly Unit[], tree: UnitTree, k: number): Found[] {
  const h = tree.head[k]!;
  const holders: number[] = [];
  if (tree.deprel[k] === 'appos' && h >= 0 && units[h]!.mention?.type === 'person') holders.push(h);
  if (tree.children[k]!.some((c) => tree.deprel[c] === 'cop')) for (const c of tree.children[k]!) if (tree.deprel[c] === 'nsubj' && units[c]!.mention?.type === 'person') holders.push(c);
  if (holders.length === 0) return [];
  const bodies: number[] = [];
  for (const c of tree.children[k]!) {
    if (baseRel(tree.deprel[c]!) !== 'nmod' || !ROLE_PREPS.includes(prepOf(tree, units, c) ?? '')) continue;
    if (units[c]!.mention?.type === 'organization') bodies.push(c);
  }
  const out: Found[] = [];
  if (bodies.length === 0) return out;
  const scope = parseScope(tree, units, k);
  for (const p of holders) for (const b of bodies) out.push({ subject: p, object: b, predicate: 'member_of', role: units[k]!.lower, trigger: k, rule: 'parse-role-noun', negated: scope.negated, denied: scope.denied });
  return out;
}

export const UNSCOPED = { negated: false, denied: false } as const;

// "X is not the Front's leader", "X denied being a member", "named X as chief": the title is what the clause says.
export function isPredicated(tree: UnitTree, units: readonly Unit[], k: number): boolean {
  const rel = tree.deprel[k]!;
  return tree.children[k]!.some((c) => tree.deprel[c] === 'cop') || rel === 'xcomp' || rel === 'ccomp' || rel === 'root' || prepOf(tree, units, k) === 'as';
}
