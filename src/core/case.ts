import type { AnalyzedDocument } from './annotation.js';
import type { ResolutionOverride, ResolveResult } from './entity.js';

/** Admiralty-style source reliability, graded by the analyst, never guessed by us. */
export type ReliabilityGrade = 'A' | 'B' | 'C' | 'D' | 'E' | 'F';

export interface SourceGrade {
  /** The source as dossier names it: an entity name, an outlet, or a described source ("~Indian dossier"). */
  readonly source: string;
  readonly grade: ReliabilityGrade;
  readonly note: string | null;
}

/** The whole of a case as the analysis stage reads it: pure data, no connection. */
export interface CaseSnapshot {
  readonly documents: readonly AnalyzedDocument[];
  readonly resolution: ResolveResult;
  readonly overrides: readonly ResolutionOverride[];
  readonly sourceGrades: readonly SourceGrade[];
}
