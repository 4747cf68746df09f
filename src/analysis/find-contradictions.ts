import type { ClaimDate, Predicate } from '../core/index.js';
import type { GatheredAssertion } from './gather-assertions.js';
import { areDatesCompatible, dateRange, doRangesOverlap } from './partial-dates.js';
import type { AssertionMention, Contradiction, ContradictionSide, ContradictionTiming } from './types.js';

/** Relations that cannot both hold between the same two actors at the same time. Order inside a pair does not matter. */
export const INCOMPATIBLE_PREDICATES: ReadonlyArray<readonly [Predicate, Predicate]> = [
  ['allied_with', 'hostile_to'],
  ['sponsors', 'hostile_to'],
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
  const found: Contradiction[] = [];
  const add = (kind: Contradiction['kind'], a: ContradictionSide, b: ContradictionSide, timing: ContradictionTiming): void => {
    found.push({ id: `${kind}:${a.assertionId}~${b.assertionId}${kind === 'date' ? `@${a.date?.value}~${b.date?.value}` : ''}`, kind, timing, summary: summarise(kind, a, b, timing), sides: [a, b] });
  };

  for (const negative of assertions) {
    if (!negative.negated) continue;
    const positive = byId.get(negative.id.replace(/\|not$/, '|is'));
    if (!positive) continue;
    const timing = timingOf(positive.mentions, negative.mentions);
    if (timing !== 'sequential' || options.includeSequential) add('negation', side(positive), side(negative), timing);
  }

  const byPair = new Map<string, GatheredAssertion[]>();
  for (const assertion of assertions) {
    if (assertion.negated) continue;
    const key = [assertion.subject.id, assertion.object.id].sort().join('|');
    const list = byPair.get(key);
    if (list) list.push(assertion); else byPair.set(key, [assertion]);
  }
  for (const list of byPair.values()) {
    for (const [p, q] of INCOMPATIBLE_PREDICATES) {
      for (const a of list.filter((x) => x.predicate === p)) {
        for (const b of list.filter((x) => x.predicate === q)) {
          const timing = timingOf(a.mentions, b.mentions);
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
  const dated = scope.flatMap((assertion) => assertion.mentions.filter((m) => m.date).map((m) => ({ assertion, mention: m, date: m.date! })));
  if (dated.length < 2) return;
  // A piece that gives two incompatible dates itself is telling of two happenings (a raid in March, another in May).
  const perDoc = new Map<string, string[]>();
  for (const d of dated) perDoc.set(d.mention.docId, [...(perDoc.get(d.mention.docId) ?? []), d.date.value]);
  for (const values of perDoc.values()) if (values.some((v) => values.some((w) => !areDatesCompatible(v, w)))) return;
  const groups = new Map<string, { assertion: GatheredAssertion; date: ClaimDate; mentions: AssertionMention[] }>();
  for (const d of dated) {
    const key = `${d.assertion.id}@${d.date.value}`;
    const group = groups.get(key);
    if (group) group.mentions.push(d.mention); else groups.set(key, { assertion: d.assertion, date: d.date, mentions: [d.mention] });
  }
  const list = [...groups.values()];
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
      const a = list[i]!;
      const b = list[j]!;
      if (areDatesCompatible(a.date.value, b.date.value)) continue;
      add('date', { ...side(a.assertion), date: a.date, evidence: a.mentions }, { ...side(b.assertion), date: b.date, evidence: b.mentions }, 'not-applicable');
    }
  }
}

function side(assertion: GatheredAssertion): ContradictionSide {
  return {
    assertionId: assertion.id, subject: assertion.subject, predicate: assertion.predicate, object: assertion.object,
    negated: assertion.negated, date: null, origins: assertion.originList.length, evidence: assertion.mentions,
  };
}

/** Undated when either side has an undated mention (it could hold at any time); else whether the date hulls overlap. */
function timingOf(a: readonly AssertionMention[], b: readonly AssertionMention[]): ContradictionTiming {
  const hull = (mentions: readonly AssertionMention[]): readonly [number, number] | null => {
    if (mentions.some((m) => !m.date)) return null;
    const ranges = mentions.map((m) => dateRange(m.date!.value));
    return [Math.min(...ranges.map((r) => r[0])), Math.max(...ranges.map((r) => r[1]))];
  };
  const ha = hull(a);
  const hb = hull(b);
  if (!ha || !hb) return 'undated';
  return doRangesOverlap(ha, hb) ? 'overlapping' : 'sequential';
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
