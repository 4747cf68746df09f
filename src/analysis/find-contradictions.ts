import type { ClaimDate, Predicate } from '../core/index.js';
import type { GatheredAssertion } from './gather-assertions.js';
import { areDatesCompatible, dateRange, doRangesOverlap } from './partial-dates.js';
import type { AssertionMention, Contradiction, ContradictionSide, ContradictionTiming } from './types.js';

/** Relations that cannot both hold between the same two actors at the same time. Order inside a pair does not matter. */
export const INCOMPATIBLE_PREDICATES: ReadonlyArray<readonly [Predicate, Predicate]> = [
  ['allied_with', 'hostile_to'],
  ['sponsors', 'hostile_to'],
  // An attack between allies: either the alliance or the attack is wrong, or the alliance had ended by then.
  ['allied_with', 'attacked'],
];

// Predicates that report a dated happening, so two different dates for one of them is a disagreement, not a state
// that changed.
const EVENT_PREDICATES: ReadonlySet<Predicate> = new Set(['attacked', 'arrested']);

export interface ContradictionOptions {
  readonly includeSequential: boolean;
}

/**
 * Three kinds, each with both sides' evidence:
 *   negation      "X has never attacked Y" against "X attacked Y"
 *   incompatible  "X and Y are allies" against "X vowed war on Y", unless both are dated and the dates do not overlap
 *   date          one event, different dates: an attack (or arrest) each piece dates once, but differently
 *                 ("in March" against "in May"), or an event entity dated differently by the claims about it.
 */
export function findContradictions(assertions: readonly GatheredAssertion[], options: ContradictionOptions): Contradiction[] {
  const byId = new Map(assertions.map((a) => [a.id, a]));
  const hulls = new Map<string, readonly [number, number] | null>();
  const timingOf = (a: GatheredAssertion, b: GatheredAssertion): ContradictionTiming => {
    for (const x of [a, b]) if (!hulls.has(x.id)) hulls.set(x.id, dateHull(x.mentions));
    const ha = hulls.get(a.id);
    const hb = hulls.get(b.id);
    if (!ha || !hb) return 'undated';
    return doRangesOverlap(ha, hb) ? 'overlapping' : 'sequential';
  };
  const found: Contradiction[] = [];
  const add = (kind: Contradiction['kind'], a: ContradictionSide, b: ContradictionSide, timing: ContradictionTiming): void => {
    found.push({ id: `${kind}:${a.assertionId}~${b.assertionId}${kind === 'date' ? `@${a.date?.value}~${b.date?.value}` : ''}`, kind, timing, summary: summarise(kind, a, b, timing), sides: [a, b] });
  };

  for (const negative of assertions) {
    if (!negative.negated) continue;
    const positive = byId.get(negative.id.replace(/\|not$/, '|is'));
    if (!positive) continue;
    const timing = timingOf(positive, negative);
    if (timing !== 'sequential' || options.includeSequential) add('negation', side(positive), side(negative), timing);
  }
  found.push(...findContainedNegations(assertions, timingOf, options));

  const byPair = new Map<string, GatheredAssertion[]>();
  for (const assertion of assertions) {
    if (assertion.negated) continue;
    const key = assertion.subject.id < assertion.object.id ? `${assertion.subject.id}|${assertion.object.id}` : `${assertion.object.id}|${assertion.subject.id}`;
    const list = byPair.get(key);
    if (list) list.push(assertion); else byPair.set(key, [assertion]);
  }
  for (const list of byPair.values()) {
    if (list.length < 2) continue;
    for (const [p, q] of INCOMPATIBLE_PREDICATES) {
      for (const a of list.filter((x) => x.predicate === p)) {
        for (const b of list.filter((x) => x.predicate === q)) {
          const timing = timingOf(a, b);
          if (timing !== 'sequential' || options.includeSequential) add('incompatible', side(a), side(b), timing);
        }
      }
    }
  }

  for (const assertion of assertions) {
    if (!assertion.negated && EVENT_PREDICATES.has(assertion.predicate)) addDateConflicts([assertion], add);
  }
  const byEvent = new Map<string, GatheredAssertion[]>();
  for (const assertion of assertions) {
    if (assertion.negated) continue;
    for (const ref of [assertion.subject, assertion.object]) {
      if (ref.type !== 'event') continue;
      const list = byEvent.get(ref.id);
      if (list) list.push(assertion); else byEvent.set(ref.id, [assertion]);
    }
  }
  for (const list of byEvent.values()) if (list.length > 1) addDateConflicts(list, add);
  return found;
}

function addDateConflicts(scope: readonly GatheredAssertion[], add: (kind: 'date', a: ContradictionSide, b: ContradictionSide, timing: ContradictionTiming) => void): void {
  let datedCount = 0;
  for (const assertion of scope) for (const m of assertion.mentions) if (m.date) datedCount++;
  if (datedCount < 2) return;
  const dated = scope.flatMap((assertion) => assertion.mentions.filter((m) => m.date).map((m) => ({ assertion, mention: m, date: m.date! })));
  if (dated.length < 2) return;
  // A piece that gives two incompatible dates itself is telling of two happenings (a raid in March, another in May).
  const perDoc = new Map<string, Set<string>>();
  for (const d of dated) {
    const values = perDoc.get(d.mention.docId);
    if (values) values.add(d.date.value); else perDoc.set(d.mention.docId, new Set([d.date.value]));
  }
  for (const values of perDoc.values()) {
    if (values.size > 1 && [...values].some((v) => [...values].some((w) => !areDatesCompatible(v, w)))) return;
  }
  const groups = new Map<string, { assertion: GatheredAssertion; date: ClaimDate; mentions: AssertionMention[] }>();
  for (const d of dated) {
    const key = `${d.assertion.id}@${d.date.value}`;
    const group = groups.get(key);
    if (group) group.mentions.push(d.mention); else groups.set(key, { assertion: d.assertion, date: d.date, mentions: [d.mention] });
  }
  // Each date is set against the best-supported date it disagrees with, once: a reader sees every dissenting date
  // without the square of all pairs (a much-reported event can be given many dates).
  const list = [...groups.values()].sort((a, b) => b.mentions.length - a.mentions.length || (a.date.value < b.date.value ? -1 : 1));
  for (let j = 1; j < list.length; j++) {
    const b = list[j]!;
    const a = list.slice(0, j).find((earlier) => !areDatesCompatible(earlier.date.value, b.date.value));
    if (a) add('date', { ...side(a.assertion), date: a.date, evidence: a.mentions }, { ...side(b.assertion), date: b.date, evidence: b.mentions }, 'not-applicable');
  }
}

// Predicates whose object is a place, so that "in a place inside R" contradicts "not in R".
const PLACED_PREDICATES: ReadonlySet<Predicate> = new Set(['operates_in', 'located_in']);

/**
 * "X is not in R" against "X is in P" where the case also says "P located_in R": a negation reached through one
 * step of containment, with the containment claim shown as `via` so the reader can check that step too.
 */
function findContainedNegations(assertions: readonly GatheredAssertion[], timingOf: (a: GatheredAssertion, b: GatheredAssertion) => ContradictionTiming, options: ContradictionOptions): Contradiction[] {
  const within = new Map<string, GatheredAssertion[]>();
  const placedBySubject = new Map<string, GatheredAssertion[]>();
  for (const a of assertions) {
    if (a.negated) continue;
    if (a.predicate === 'located_in') pushTo(within, a.subject.id, a);
    if (PLACED_PREDICATES.has(a.predicate)) pushTo(placedBySubject, a.subject.id, a);
  }
  const found: Contradiction[] = [];
  for (const negative of assertions) {
    if (!negative.negated || !PLACED_PREDICATES.has(negative.predicate)) continue;
    for (const positive of placedBySubject.get(negative.subject.id) ?? []) {
      if (positive.predicate !== negative.predicate) continue;
      const step = (within.get(positive.object.id) ?? []).find((c) => c.object.id === negative.object.id);
      if (!step) continue;
      const timing = timingOf(positive, negative);
      if (timing === 'sequential' && !options.includeSequential) continue;
      const [a, b, via] = [side(positive), side(negative), side(step)];
      found.push({
        id: `negation:${a.assertionId}~${b.assertionId}~via:${via.assertionId}`, kind: 'negation', timing, via, sides: [a, b],
        summary: `${summarise('negation', a, b, timing).replace(/\.$/, '')}; ${step.subject.name} lies in ${step.object.name} (${describe(via)}).`,
      });
    }
  }
  return found;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value); else map.set(key, [value]);
}

function side(assertion: GatheredAssertion): ContradictionSide {
  return {
    assertionId: assertion.id, subject: assertion.subject, predicate: assertion.predicate, object: assertion.object,
    negated: assertion.negated, date: null, origins: assertion.originList.length, evidence: assertion.mentions,
  };
}

/** Null when a mention is undated (the relation could hold at any time); else the span all its dates cover. */
function dateHull(mentions: readonly AssertionMention[]): readonly [number, number] | null {
  let first = Infinity;
  let last = -Infinity;
  for (const m of mentions) {
    if (!m.date) return null;
    const [start, end] = dateRange(m.date.value);
    if (start < first) first = start;
    if (end > last) last = end;
  }
  return [first, last];
}

function describe(s: ContradictionSide): string {
  return `${s.subject.name} ${s.negated ? 'NOT ' : ''}${s.predicate} ${s.object.name}${s.date ? ` on ${s.date.value}` : ''} (${s.origins} origin${s.origins === 1 ? '' : 's'})`;
}

function summarise(kind: Contradiction['kind'], a: ContradictionSide, b: ContradictionSide, timing: ContradictionTiming): string {
  const when = timing === 'undated' ? '; at least one side is undated, so they cannot be told apart in time'
    : timing === 'overlapping' ? '; their dates overlap'
    : timing === 'sequential' ? '; dated apart, possibly a change over time' : '';
  const lead = kind === 'negation' ? 'Asserted and negated' : kind === 'incompatible' ? 'Incompatible relations' : 'One event, different dates';
  return `${lead}: ${describe(a)} vs ${describe(b)}${when}.`;
}
