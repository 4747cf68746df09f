import type { Predicate } from '../../core/index.js';
import type { ClauseVoice } from './parse-rules/voice.js';
import type { Unit } from './sentence-view.js';

/** A relation a construction read off one sentence, by unit index; typed and attributed later. */
export interface Found {
  readonly subject: number;
  readonly object: number;
  readonly predicate: Predicate;
  readonly role: string | null;
  /** The word (or first word) that carries the relation; hedging, negation and dates are scoped from it. */
  readonly trigger: number;
  /** Construction name, recorded as `pattern/<rule>` on the claim. */
  readonly rule: string;
  /** Negation read from the parse (the trigger's own dependents and the verbs above it); overrides the window reading. */
  readonly negated?: boolean;
  /** A denial verb above the claim in the parse ("denied arming X"); overrides the attribution's reading. */
  readonly denied?: boolean;
  /** A hedge the parse puts on the claim's clause or on a verb above it ("is believed to have"). */
  readonly hedged?: boolean;
  /** Read from the parse: the writer's background (a relative clause on a name), or the statement noun it is carried in. */
  readonly voice?: ClauseVoice;
}

/** One row of the construction table: a way news states a relation, with an invented example. */
export interface Construction {
  readonly name: string;
  readonly predicates: readonly Predicate[];
  /** A fictional sentence showing the construction; the tests hold more. */
  readonly example: string;
  /** `found` holds what earlier rows found in the same sentence ("his deputy" reads the chief's group). */
  find(units: readonly Unit[], found: readonly Found[]): Found[];
}

export function relation(subject: number, predicate: Predicate, object: number, trigger: number, rule: string, role: string | null = null): Found {
  return { subject, object, predicate, role, trigger, rule };
}

/** Every pairing of two coordinated lists: "A and B attacked C and D" gives four relations. */
export function pairs(subjects: readonly number[], predicate: Predicate, objects: readonly number[], trigger: number, rule: string, role: string | null = null): Found[] {
  const out: Found[] = [];
  for (const s of subjects) for (const o of objects) if (s !== o) out.push(relation(s, predicate, o, trigger, rule, role));
  return out;
}
