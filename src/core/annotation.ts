import type { PartialDate } from './document.js';

export const ENTITY_TYPES = ['person', 'organization', 'location', 'event', 'work'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const PREDICATES = [
  'leader_of', 'member_of', 'part_of', 'sponsors', 'allied_with', 'hostile_to',
  'attacked', 'arrested', 'supplied', 'operates_in', 'located_in', 'relative_of',
] as const;
export type Predicate = (typeof PREDICATES)[number];

/** Predicates whose direction carries no meaning: A allied_with B is B allied_with A. */
export const SYMMETRIC_PREDICATES: ReadonlySet<Predicate> = new Set(['allied_with', 'hostile_to', 'relative_of']);

type TypeSet = ReadonlySet<EntityType>;
const ACTORS: TypeSet = new Set(['organization', 'person', 'location']);
const GROUPS_AND_PEOPLE: TypeSet = new Set(['organization', 'person']);
const ORG: TypeSet = new Set(['organization']);
const PERSON: TypeSet = new Set(['person']);
const PLACE: TypeSet = new Set(['location']);

/**
 * Which entity types each predicate joins (FORMAT.md and GUIDELINES "Clarifications"). A country is a
 * `location` and may act as a sponsor or supplier; a title held over a country gives no leader_of.
 */
const SIGNATURES: Readonly<Record<Predicate, readonly [TypeSet, TypeSet]>> = {
  leader_of: [PERSON, ORG],
  member_of: [PERSON, ORG],
  part_of: [ORG, ORG],
  sponsors: [ACTORS, GROUPS_AND_PEOPLE],
  supplied: [ACTORS, GROUPS_AND_PEOPLE],
  allied_with: [ACTORS, ACTORS],
  hostile_to: [ACTORS, ACTORS],
  attacked: [ACTORS, new Set(['organization', 'person', 'location', 'event'])],
  arrested: [ACTORS, GROUPS_AND_PEOPLE],
  operates_in: [GROUPS_AND_PEOPLE, PLACE],
  located_in: [PLACE, PLACE],
  relative_of: [PERSON, PERSON],
};

/**
 * Whether a predicate may join entities of these types. Extraction checks mentions' types; analysis and
 * export check again against the resolved entities', which can differ: a town the tagger read as a group
 * in one sentence is a place once the whole case is read.
 */
export function fitsSignature(predicate: Predicate, subjectType: EntityType, objectType: EntityType): boolean {
  const [subjectTypes, objectTypes] = SIGNATURES[predicate];
  return subjectTypes.has(subjectType) && objectTypes.has(objectType);
}

/** A character range into SourceDocument.text, end exclusive (UTF-16 offsets). */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface Sentence extends Span {
  readonly index: number;
  /**
   * The sentence's tokens with their dependency parse (`upos`, `head`, `deprel`), as analysis made them
   * and the store keeps them, so a case is parsed once. Absent for documents analysed before the parser.
   */
  readonly tokens?: readonly Token[];
}

export interface Token extends Span {
  readonly text: string;
  /** Universal POS tag from wink-nlp. */
  readonly pos: string;
  readonly sentenceIndex: number;
  /** Universal POS tag from dossier's own tagger (src/nlp/parser), trained on UD; the parse reads this one, not `pos`. */
  readonly upos?: string;
  /** Head of this token in the dependency parse: index of the head token within the same sentence (0 = the sentence's first token), -1 for the root. */
  readonly head?: number;
  /** UD relation to the head, subtype included (`nsubj:pass`, `nmod:poss`); `root` for the root. */
  readonly deprel?: string;
}

/** Which part of the system produced an item: `model/ner`, `pattern/appositive-title`, `gazetteer/un-list`, `coref/the-group`. */
export type Rule = `${'pattern' | 'model' | 'gazetteer' | 'coref' | 'manifest' | 'metadata'}/${string}`;

/** A named thing as it appears in one document. */
export interface Mention extends Span {
  /** `${docId}:${start}-${end}`; stable across runs of the same extractor. */
  readonly id: string;
  readonly docId: string;
  readonly text: string;
  readonly type: EntityType;
  readonly sentenceIndex: number;
  readonly rule: Rule;
  /**
   * Within-document link made by the NLP stage: this mention names the same thing as an earlier one
   * (a surname after a full name, an acronym defined in parentheses). Resolution treats it as strong evidence.
   */
  readonly antecedentId?: string;
}

export interface ClaimDate {
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  readonly value: PartialDate;
  readonly precision: 'year' | 'month' | 'day';
  /** false when the year or month was filled in from the publication date ("in March"). */
  readonly stated: boolean;
  /** The words that gave the date. */
  readonly text: string;
}

/** Who asserts a claim: the article itself, a named entity, or an unnamed source described in words. */
export type ClaimSource =
  | { readonly kind: 'author' }
  | { readonly kind: 'entity'; readonly mentionId: string }
  | { readonly kind: 'described'; readonly text: string };

/** One typed relation as one document states it. Never a fact: always who says it, how surely, and where. */
export interface ClaimMention {
  /** `${docId}:c${n}` */
  readonly id: string;
  readonly docId: string;
  readonly subjectId: string;   // Mention.id
  readonly predicate: Predicate;
  readonly objectId: string;    // Mention.id
  readonly role: string | null;
  readonly source: ClaimSource;
  readonly hedged: boolean;
  readonly negated: boolean;
  readonly date: ClaimDate | null;
  /** The evidence sentence(s): the span covers the sentence that states it (and the one before when a pronoun reaches back). */
  readonly evidence: Span;
  readonly rule: Rule;
}

/** Everything the NLP stage learned from one document. */
export interface AnalyzedDocument {
  readonly document: import('./document.js').SourceDocument;
  readonly sentences: readonly Sentence[];
  readonly mentions: readonly Mention[];
  readonly claims: readonly ClaimMention[];
  /** Extractor version that produced the rows, stored beside every derived row. */
  readonly extractorVersion: string;
}
