import type { EntityType, Rule } from '../../core/index.js';
import type { TaggerToken } from './tagger-tokens.js';

/** A candidate's type: an entity type, or 'misc' for a MISC span kept only to vote on its surface form. */
export type CandidateType = EntityType | 'misc';

/** A typed span found in one sentence, before it becomes a Mention. */
export interface Candidate {
  readonly start: number;
  readonly end: number;
  /** Tagger-token range, end exclusive. */
  readonly first: number;
  readonly last: number;
  type: CandidateType;
  readonly rule: Rule;
  /** A reference list settled the type; document-level voting leaves it alone. */
  readonly listed: boolean;
  /** What in the sentence showed the name to be a group or a person (actor-context.ts); it outweighs the tagger's guesses elsewhere. */
  contextCue?: string;
  /** The name in the same sentence that this one abbreviates or spells out. */
  antecedent?: Candidate;
}

export const textOf = (text: string, tokens: readonly TaggerToken[], first: number, last: number): string => text.slice(tokens[first]!.start, tokens[last - 1]!.end);
export const make = (tokens: readonly TaggerToken[], first: number, last: number, type: CandidateType, rule: Rule, listed = false): Candidate =>
  ({ start: tokens[first]!.start, end: tokens[last - 1]!.end, first, last, type, rule, listed });
