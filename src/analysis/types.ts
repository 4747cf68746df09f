import type { ClaimDate, ClaimSource, EntityType, Predicate, ReliabilityGrade, Span } from '../core/index.js';

/** An entity as analysis output names it: enough to print and to link without the snapshot. */
export interface EntityRef {
  readonly id: string;
  readonly name: string;
  readonly type: EntityType;
}

/**
 * What an origin is. `entity`: a named source (a person, group, outlet the NER found);
 * `described`: a specific unnamed source the text describes ("the Indian dossier", "a leaked report");
 * `outlet`: a publisher (manifest outlet, "Source: X" line, wire credit, cited outlet);
 * `document`: a piece with no source and no known publisher.
 */
export type OriginKind = 'entity' | 'described' | 'outlet' | 'document';

/** One independent origin that an assertion traces back to. */
export interface Origin {
  /** Stable key: `entity:<id>`, `described:<normalised text>`, `outlet:<normalised name>`, `document:<docId>`. */
  readonly key: string;
  readonly kind: OriginKind;
  /** How a reader would name it: "Tam Hale", "police dossier", "The Harbour Ledger", "document 000_….txt". */
  readonly label: string;
  /** A named person, group or outlet, as opposed to an unnamed or described one. */
  readonly named: boolean;
  /** The analyst's Admiralty grade for this source, when one was given (`dossier grade`); never guessed. */
  readonly reliability: ReliabilityGrade | null;
}

/**
 * One step in how a mention reaches its origin, read from the document outwards:
 * document → republished from an outlet / near-duplicate of another piece → cited source.
 */
export interface ProvenanceStep {
  readonly kind:
    | 'document'        // the piece itself (name, outlet from the manifest)
    | 'syndication'     // "Source: X", "first appeared in X", "(Reuters)", manifest outlet
    | 'near-duplicate'  // the evidence passage near-duplicates a passage of another document
    | 'citation'        // "told The Sunday Guardian", "in an interview with X", "X reported"
    | 'attribution'     // the source the claim is attributed to (named or described)
    | 'relay'           // the author's own voice or an unnamed source, folded into what the piece cites
    | 'unsourced';      // stated with no source and no known publisher
  /** Human-readable: 'republishes Memri.org ("Source:" line)'. */
  readonly detail: string;
  /** Another document this step points at (near-duplicate), when there is one. */
  readonly docId?: string;
  /** Estimated Jaccard similarity for near-duplicates, 0..1. */
  readonly similarity?: number;
}

/** A claim mention as analysis shows it: the evidence a reader checks, and where it comes from. */
export interface AssertionMention {
  readonly claimId: string;
  readonly docId: string;
  readonly docName: string;
  readonly published: string | null;
  readonly evidence: Span;
  readonly evidenceText: string;
  readonly source: ClaimSource;
  /** The source as words: "the article", "Tam Hale", "~analysts". */
  readonly sourceLabel: string;
  readonly hedged: boolean;
  readonly date: ClaimDate | null;
  readonly role: string | null;
  readonly rule: string;
  /** The origin this mention counts towards, or null when it only relays an origin counted through another mention. */
  readonly originKey: string | null;
  readonly chain: readonly ProvenanceStep[];
}

export type GradeLabel = 'corroborated' | 'single-origin' | 'unsourced' | 'mostly-hedged' | 'contested';

/** A grade a reader can check: every figure that decided the label is here, and `explanation` says it in words. */
export interface AssertionGrade {
  readonly label: GradeLabel;
  readonly explanation: string;
  readonly documents: number;
  readonly origins: number;
  readonly namedOrigins: number;
  readonly unnamedOrigins: number;
  readonly mentions: number;
  readonly hedgedMentions: number;
  /** hedgedMentions / mentions. */
  readonly hedgedShare: number;
  /** Mentions by who asserts them: a named entity, an unnamed or described source, or the article's own voice. */
  readonly mentionsBySource: { readonly named: number; readonly unnamed: number; readonly author: number };
  readonly contested: boolean;
  /** The best analyst grade among the origins (A best), null when none is graded. */
  readonly reliability: ReliabilityGrade | null;
  readonly gradedOrigins: readonly { readonly origin: string; readonly grade: ReliabilityGrade }[];
}

/**
 * One (subject, predicate, object, negated) across all documents. For symmetric predicates the id puts the smaller
 * entity id first, while subject and object keep the order of the first mention that states it.
 */
export interface Assertion {
  /** `${subjectId}|${predicate}|${objectId}|${negated ? 'not' : 'is'}` */
  readonly id: string;
  readonly subject: EntityRef;
  readonly predicate: Predicate;
  readonly object: EntityRef;
  readonly negated: boolean;
  readonly mentions: readonly AssertionMention[];
  /** How many documents state it. */
  readonly documents: number;
  /** How many independent origins it traces back to. */
  readonly origins: number;
  readonly originList: readonly Origin[];
  readonly grade: AssertionGrade;
}

export type ContradictionKind =
  | 'negation'        // the same triple asserted and negated
  | 'incompatible'    // allied and hostile (or similar) over overlapping or unknown time
  | 'date';           // one event given different dates

/**
 * Whether the two sides can hold at once: their dates overlap, or one side is undated so they cannot be told apart.
 * 'sequential' (both dated, no overlap: a change rather than a contradiction) appears only with `includeSequential`.
 */
export type ContradictionTiming = 'overlapping' | 'undated' | 'sequential' | 'not-applicable';

export interface ContradictionSide {
  readonly assertionId: string;
  readonly subject: EntityRef;
  readonly predicate: Predicate;
  readonly object: EntityRef;
  readonly negated: boolean;
  /** For `date` contradictions: the date this side gives. */
  readonly date: ClaimDate | null;
  readonly origins: number;
  readonly evidence: readonly AssertionMention[];
}

export interface Contradiction {
  readonly id: string;
  readonly kind: ContradictionKind;
  readonly timing: ContradictionTiming;
  /** In words: 'ISKP allied_with BLA (1 origin) vs ISKP hostile_to BLA (1 origin), both undated or overlapping'. */
  readonly summary: string;
  readonly sides: readonly [ContradictionSide, ContradictionSide];
  /**
   * For a negation reached through a place: the located_in assertion that puts the first side's place inside the
   * negated one ("X operates in Port Alder" against "X has no presence in Kessel", with "Port Alder lies in Kessel").
   */
  readonly via?: ContradictionSide;
}

export type DatePrecision = ClaimDate['precision'];

export interface TimelineItem {
  readonly kind: 'claim' | 'event';
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  readonly date: string;
  readonly precision: DatePrecision;
  /** false when the year or month was filled in from the publication date. */
  readonly stated: boolean;
  readonly label: string;
  /** For claims: the assertion; for events: the event entity. */
  readonly assertionId: string | null;
  readonly entity: EntityRef | null;
  readonly subject: EntityRef | null;
  readonly predicate: Predicate | null;
  readonly object: EntityRef | null;
  readonly negated: boolean;
  /** The words that gave the date, from the first mention that gave it. */
  readonly dateText: string;
  readonly evidence: readonly AssertionMention[];
  readonly documents: number;
}

export interface NetworkNode extends EntityRef {
  readonly degree: number;
  /** Normalised betweenness centrality (exact below `exactBetweennessMaxNodes`, sampled above). */
  readonly betweenness: number;
  readonly community: number;
  readonly assertions: number;
}

/** One undirected link between two entities, aggregating every non-negated assertion between them. */
export interface NetworkEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly assertionIds: readonly string[];
  readonly predicates: readonly Predicate[];
  /** The largest number of independent origins among its assertions: the edge's support. */
  readonly support: number;
  readonly contested: boolean;
}

export interface Network {
  readonly nodes: readonly NetworkNode[];
  readonly edges: readonly NetworkEdge[];
  readonly communities: number;
  readonly modularity: number;
  readonly betweennessSampled: boolean;
}

export interface CaseAnalysis {
  readonly assertions: readonly Assertion[];
  readonly contradictions: readonly Contradiction[];
  readonly timeline: readonly TimelineItem[];
  readonly network: Network;
  /** Document id → near-duplicate relations found, for `dossier show` and the web UI. */
  readonly duplicates: readonly DuplicateLink[];
  readonly entities: readonly EntityRef[];
}

export interface DuplicateLink {
  readonly docId: string;
  readonly otherDocId: string;
  /** Estimated Jaccard similarity of the best-matching passages. */
  readonly similarity: number;
  /** Share of this document's passages that near-duplicate the other's. */
  readonly sharedShare: number;
  readonly span: Span;
  readonly otherSpan: Span;
}

export interface PathHop {
  readonly from: EntityRef;
  readonly to: EntityRef;
  readonly edge: NetworkEdge;
  /** Every assertion on the hop, strongest first, with its evidence. */
  readonly assertions: readonly Assertion[];
}

export interface EntityPath {
  readonly entities: readonly EntityRef[];
  readonly hops: readonly PathHop[];
  /** The weakest hop's support (independent origins): a chain is as strong as its weakest link. */
  readonly support: number;
  readonly totalSupport: number;
}

export interface PathOptions {
  readonly maxHops: number;
  readonly limit: number;
}

export type EntityLookup =
  | { readonly status: 'found'; readonly entity: EntityRef; readonly matchedBy: 'id' | 'name' | 'alias' | 'prefix' | 'substring' }
  | { readonly status: 'ambiguous'; readonly candidates: readonly EntityRef[] }
  | { readonly status: 'not-found'; readonly query: string };
