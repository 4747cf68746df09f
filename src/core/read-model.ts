import type { CaseSnapshot } from './case.js';
import type { EntityType, Predicate } from './annotation.js';

// The analysis of a case kept in the store, so a server answers from indexed queries instead of analysing the
// whole case in memory before its first answer. Rows are computed by the analysis stage (pure, over a snapshot)
// and written here as they are; the store never recomputes them. Each stored analysis names the case revision
// it was computed from, so a reader can tell a stale one and say which revision it answers from.

export interface StoredEntityRef {
  readonly id: string;
  readonly name: string;
  readonly type: EntityType;
}

/** What the graph and the filters need of an assertion, without its mentions. */
export interface AssertionEdgeRow {
  readonly id: string;
  readonly subject: StoredEntityRef;
  readonly object: StoredEntityRef;
  readonly predicate: Predicate;
  readonly negated: boolean;
  readonly origins: number;
  readonly documents: number;
  readonly gradeLabel: string;
  readonly hedgedShare: number;
  readonly contested: boolean;
  /** Each mention's date, or its document's publication date, or '' when it has neither. */
  readonly dates: readonly string[];
}

export interface StoredAssertion extends AssertionEdgeRow {
  /** Place in the case's order: most origins, then most documents, then id. */
  readonly rank: number;
  /** Place in an entity's list (the same, ids compared as a reader sorts them). */
  readonly strengthRank: number;
  /** Lower-cased outlets, document names and source labels, for the `source` filter. */
  readonly sourceKey: string;
  /** The assertion as the API answers it, as JSON. */
  readonly body: string;
}

export interface StoredEntity extends StoredEntityRef {
  readonly aliases: readonly string[];
  readonly mentions: number;
  readonly documents: number;
  readonly claims: number;
  /** The resolver's merge reasons, as JSON. */
  readonly merges: string;
  /** Place in the entity list: most claims, then most mentions, then name. */
  readonly rank: number;
}

export interface StoredNetworkNode extends StoredEntityRef {
  readonly degree: number;
  readonly betweenness: number;
  readonly community: number;
  readonly assertions: number;
}

export interface StoredContradiction {
  readonly id: string;
  readonly rank: number;
  readonly entityIds: readonly string[];
  readonly body: string;
}

export interface AnalysisSummary {
  readonly documents: number;
  readonly entities: number;
  readonly claims: number;
  readonly assertions: number;
  readonly contradictions: number;
  readonly communities: number;
}

export interface StoredAnalysis {
  /** The case revision the analysis was computed from (read in the same snapshot as the case). */
  readonly revision: number;
  readonly summary: AnalysisSummary;
  readonly assertions: readonly StoredAssertion[];
  readonly entities: readonly StoredEntity[];
  readonly nodes: readonly StoredNetworkNode[];
  readonly contradictions: readonly StoredContradiction[];
  /** The unfiltered network answer, serialised once by the job rather than on a request. */
  readonly wholeGraphJson: string;
}

export interface AnalysisState {
  /** Moves on with every write to the case. */
  readonly caseRevision: number;
  /** The revision the stored analysis was computed from; null when none is stored. */
  readonly analysedRevision: number | null;
}

export interface AssertionQuery {
  readonly entity?: string;
  /** With `entity`: only assertions between the two. */
  readonly other?: string;
  readonly predicates?: readonly Predicate[];
  readonly minOrigins: number;
  /** Lower-cased text the assertion's source key must contain. */
  readonly source?: string;
  /** Keeps assertions whose mention dates span some of [start, end] (YYYY-MM-DD bounds): a prefilter, the caller checks each mention. */
  readonly dateRange?: { readonly start: string; readonly end: string };
}

export interface DocumentHit {
  readonly id: string;
  readonly name: string;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly published: string | null;
  readonly url: string | null;
  readonly text: string;
}

/** Indexed reads of the stored analysis; both adapters implement it with the same SQL where they can. */
export interface ReadModel {
  state(): Promise<AnalysisState>;
  /** The case as analysis reads it, with the revision it stands for, from one snapshot. */
  loadCaseAtRevision(): Promise<{ readonly snapshot: CaseSnapshot; readonly revision: number }>;
  /** Replaces the stored analysis; 'superseded' (nothing written) when one from a later or the same revision is there. */
  saveAnalysis(analysis: StoredAnalysis): Promise<'saved' | 'superseded'>;
  /** Runs `work` on one consistent state, so the parts of one answer come from one stored analysis. */
  consistently<T>(work: () => Promise<T>): Promise<T>;
  summary(): Promise<(AnalysisSummary & { readonly revision: number }) | null>;
  listEntities(filter: { readonly types?: readonly EntityType[]; readonly needle?: string }, offset: number, limit: number): Promise<{ readonly total: number; readonly items: readonly StoredEntity[] }>;
  entity(id: string): Promise<StoredEntity | null>;
  /** Entities whose name or an alias contains `needle` (lower case): id and lower-cased names, in list order. */
  entityKeysContaining(needle: string): Promise<readonly { readonly id: string; readonly keys: readonly string[] }[]>;
  entitiesById(ids: readonly string[]): Promise<readonly StoredEntity[]>;
  node(id: string): Promise<StoredNetworkNode | null>;
  nodesById(ids: readonly string[]): Promise<readonly StoredNetworkNode[]>;
  /** Matching assertions in list order (by strength within an entity), with the total; without `dateRange` only the page is read. */
  findAssertions(query: AssertionQuery, offset: number, limit: number): Promise<{ readonly total: number; readonly items: readonly (AssertionEdgeRow & { readonly body: string })[] }>;
  /** Every matching assertion, in list order, without bodies: what a filtered graph or a date filter needs. */
  assertionEdges(query: AssertionQuery): Promise<readonly AssertionEdgeRow[]>;
  assertionBodies(ids: readonly string[]): Promise<ReadonlyMap<string, string>>;
  contradictions(entity?: string): Promise<readonly string[]>;
  wholeGraphJson(): Promise<string | null>;
  /** Documents whose title, name or text contains `needle` (lower case), in the order they were added to the case. */
  searchDocuments(needle: string, limit: number): Promise<readonly DocumentHit[]>;
  documentTexts(ids: readonly string[]): Promise<ReadonlyMap<string, string>>;
}
