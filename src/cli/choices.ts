import type { ContradictionKind, GradeLabel } from '../analysis/index.js';
import { ENTITY_TYPES, PREDICATES, QueryError } from '../core/index.js';

// Records keyed by the union, so a label added to the analysis stage fails to compile here until it is listed.
const GRADE_LABELS: Readonly<Record<GradeLabel, true>> = { corroborated: true, 'single-origin': true, unsourced: true, 'mostly-hedged': true, contested: true };
const CONTRADICTION_KINDS: Readonly<Record<ContradictionKind, true>> = { negation: true, incompatible: true, date: true };

export const CHOICES = Object.freeze({
  predicate: PREDICATES as readonly string[],
  type: ENTITY_TYPES as readonly string[],
  grade: Object.keys(GRADE_LABELS),
  kind: Object.keys(CONTRADICTION_KINDS),
});

/**
 * A filter flag's value checked against what it can match: an unknown value would filter everything out
 * and print an empty table with exit code 0, which reads as "no such claims" rather than "typo".
 * @example checkChoice('allied-with', 'predicate') // throws: unknown --predicate "allied-with"; one of leader_of, …
 */
export function checkChoice<T extends string>(value: T | undefined, flag: keyof typeof CHOICES): T | undefined {
  if (value === undefined || CHOICES[flag].includes(value)) return value;
  throw new QueryError('INPUT_INVALID', `unknown --${flag} "${value}"; use one of ${CHOICES[flag].join(', ')}`, { field: flag });
}

/** A whole-number flag of at least `min`; "abc" or "2.5" is refused instead of silently matching nothing. */
export function checkWholeNumber(value: string | undefined, flag: string, min: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || value.trim() === '') throw new QueryError('INPUT_INVALID', `--${flag} must be a whole number of at least ${min}, got "${value}"`, { field: flag });
  return n;
}
