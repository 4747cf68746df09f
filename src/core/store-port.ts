import type { AnalyzedDocument } from './annotation.js';
import type { SourceGrade, CaseSnapshot } from './case.js';
import type { SourceDocument } from './document.js';
import type { ResolutionOverride, ResolveResult } from './entity.js';

export interface DocumentSummary {
  readonly id: string;
  readonly name: string;
  readonly title: string | null;
  readonly published: string | null;
  readonly outlet: string | null;
  readonly url: string | null;
  readonly extractorVersion: string;
  readonly ingestedAt: string;
}

export interface StoreCounts {
  readonly documents: number;
  readonly sentences: number;
  readonly mentions: number;
  readonly entities: number;
  readonly claims: number;
}

/**
 * The case as persistent storage. Lives in core so that ingest and analysis can take a Store
 * without importing an adapter; adapters (SQLite, PostgreSQL) live in src/store/ and pass one contract suite.
 */
export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  /** Where the case lives, for messages: a file path or a redacted URL. */
  readonly location: string;
  hasDocument(id: string): Promise<boolean>;
  /** Writes a document with all its derived rows in one transaction; 'unchanged' when its content hash is already there. */
  saveDocument(analyzed: AnalyzedDocument): Promise<'inserted' | 'unchanged'>;
  /** Replaces the case's entities and mention links in one transaction. */
  saveResolution(result: ResolveResult): Promise<void>;
  listDocuments(): Promise<readonly DocumentSummary[]>;
  getDocument(id: string): Promise<SourceDocument | null>;
  loadAnalyzedDocuments(): Promise<readonly AnalyzedDocument[]>;
  loadResolution(): Promise<ResolveResult>;
  listOverrides(): Promise<readonly ResolutionOverride[]>;
  addOverride(override: ResolutionOverride): Promise<void>;
  listSourceGrades(): Promise<readonly SourceGrade[]>;
  setSourceGrade(grade: SourceGrade): Promise<void>;
  /** Everything analysis needs, read consistently. */
  loadCase(): Promise<CaseSnapshot>;
  counts(): Promise<StoreCounts>;
  close(): Promise<void>;
}
