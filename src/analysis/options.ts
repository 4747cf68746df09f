export interface AnalysisOptions {
  readonly shingleWords: number;
  readonly minhashPermutations: number;
  readonly lshBands: number;
  readonly nearDuplicateMinSimilarity: number;
  readonly minPassageWords: number;
  readonly republishedMinShare: number;
  readonly exactBetweennessMaxNodes: number;
  readonly betweennessSamples: number;
  readonly randomSeed: number;
  readonly louvainResolution: number;
  readonly mostlyHedgedShare: number;
  readonly includeSequential: boolean;
}

/** Tuning for analyzeCase. Every number says its unit or why it has this value. */
export const DEFAULT_ANALYSIS_OPTIONS: AnalysisOptions = Object.freeze({
  /** Words per shingle for near-duplicate detection: 5 is long enough that shared names ("LeT chief X and his deputy Y") rarely make two independent write-ups look copied. */
  shingleWords: 5,
  /** MinHash bins (a power of two); with `lshBands` bands of 4 rows a pair at 0.6 Jaccard becomes a candidate with p ≈ 0.7, at 0.8 with p ≈ 0.99. */
  minhashPermutations: 32,
  lshBands: 8,
  /** Estimated Jaccard (of word shingles) above which two passages count as copies of one another. */
  nearDuplicateMinSimilarity: 0.6,
  /** Passages (paragraphs, merged until this many words) shorter than this are not compared: boilerplate lines would match everywhere. */
  minPassageWords: 25,
  /** A document whose passages near-duplicate another's at this share or more is treated as a republication of it. */
  republishedMinShare: 0.5,
  /** Above this many nodes betweenness is estimated from `betweennessSamples` seeded pivots (Brandes & Pich): exact is O(V·E), and 64 pivots already rank the bridges of a 5,000-node case. */
  exactBetweennessMaxNodes: 1000,
  betweennessSamples: 64,
  /** Seed for Louvain and betweenness sampling: the same case gives the same communities on every run. */
  randomSeed: 42,
  louvainResolution: 1,
  /** An assertion whose mentions are hedged at this share or more is graded 'mostly-hedged'. */
  mostlyHedgedShare: 0.5,
  /** Report allied/hostile pairs even when both sides are dated and the dates do not overlap (a change, not a contradiction). */
  includeSequential: false,
});

export interface PathSearchDefaults {
  readonly maxHops: number;
  readonly limit: number;
  readonly maxCandidates: number;
}

export const DEFAULT_PATH_OPTIONS: PathSearchDefaults = Object.freeze({
  maxHops: 3,
  limit: 5,
  /** Enumeration stops after this many candidate chains, so a hub-heavy graph cannot stall the CLI. */
  maxCandidates: 20_000,
});
