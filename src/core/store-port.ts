import type { AnalyzedDocument } from './annotation.js';
import type { SourceGrade, CaseSnapshot } from './case.js';
import type { SourceDocument } from './document.js';
import type { ResolutionOverride, ResolveResult } from './entity.js';
import type { ReadModel } from './read-model.js';

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
 * Entities are derived from every document and override at once, so they are saved after them and can lag
 * behind (a run killed between the two). Each saved document or override moves `inputsGeneration` on; each
 * saved resolution records the generation it was computed from.
 */
export interface ResolutionState {
  readonly inputsGeneration: number;
  readonly resolvedGeneration: number;
  /** True when the entities were resolved from exactly the documents and overrides now in the case. */
  readonly isCurrent: boolean;
}

export interface ResolutionInputs {
  readonly generation: number;
  readonly documents: readonly AnalyzedDocument[];
  readonly overrides: readonly ResolutionOverride[];
  /** False for a case saved before blocking keys were kept: a whole resolution writes them for every document. */
  readonly blockingKeysComplete: boolean;
}

export type SaveResolutionStatus = 'current' | 'outdated' | 'superseded';

/** What the next resolution must cover (incremental resolution, schema 6). */
export interface ResolutionWork {
  readonly generation: number;
  /** Documents saved since a resolution last covered them, by id. */
  readonly pendingDocIds: readonly string[];
  readonly documentCount: number;
  /** Why every document must be resolved again (overrides, a repair, a case without blocking keys), or null when the pending ones' components suffice. */
  readonly whole: string | null;
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
  /**
   * Writes a document with all its derived rows in one transaction; 'unchanged' when its content hash is already there.
   * `ingestedAt` (ISO 8601) defaults to now; the queue gives the time the document was queued, so the case lists
   * documents in the order they were queued, whichever worker happened to finish first.
   */
  saveDocument(analyzed: AnalyzedDocument, ingestedAt?: string): Promise<'inserted' | 'unchanged'>;
  /**
   * Replaces the case's entities and mention links in one transaction. `basedOn` is the inputs generation
   * the result was computed from (see `loadResolutionInputs`); without it the result is taken as current.
   * A result older than the one already saved is not written ('superseded'); one that is written but whose
   * inputs have moved on since is 'outdated', and the case stays marked for re-resolution.
   */
  saveResolution(result: ResolveResult, basedOn?: number): Promise<SaveResolutionStatus>;
  /** What resolution reads, from one consistent snapshot, with the generation it stands for. */
  loadResolutionInputs(): Promise<ResolutionInputs>;
  /** Whether the entities reflect every document and override saved so far. */
  resolutionState(): Promise<ResolutionState>;
  /** What the next resolution must cover: the pending documents, or the whole case and why. */
  loadResolutionWork(): Promise<ResolutionWork>;
  /**
   * The pending documents' component, read in one snapshot: them, the documents sharing a blocking key with them,
   * and so on; with their mentions, in the case's canonical order, and how many documents the case has in the
   * same snapshot. A resolution of exactly these documents gives them the entities a whole-case run would.
   */
  loadResolutionComponent(seeds: readonly string[]): Promise<{ readonly documents: readonly AnalyzedDocument[]; readonly caseDocuments: number }>;
  /**
   * Replaces the entities of these documents only (see loadResolutionComponent), under the same generation guard
   * as saveResolution; the other entities stay, renumbered only where an id of the same name moved.
   */
  /** Replaces every document's blocking keys with these (by document id), and records that every document has them. */
  replaceBlockingKeys(keysOf: ReadonlyMap<string, readonly string[]>): Promise<void>;
  saveComponentResolution(result: ResolveResult, docIds: readonly string[], basedOn: number): Promise<SaveResolutionStatus>;
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
  /** The stored analysis and the indexed reads over it (see read-model.ts). */
  readModel(): ReadModel;
  /**
   * How another thread opens this case again (a background analysis must not share this connection):
   * the file or the full URL. Null for an in-memory case, which no other connection can see.
   */
  readonly reopenAt: { readonly case: string } | { readonly store: string } | null;
  close(): Promise<void>;
}
