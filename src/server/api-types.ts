import type { ClaimDate, EntityType, Predicate, Rule, DocumentFormat, PartialDate } from '../core/index.js';

// The JSON the API answers with. The web app imports these types (type-only), so the two cannot drift.

export interface EntityRef {
  readonly id: string;
  readonly name: string;
  readonly type: EntityType;
}

/** Who asserts a claim, resolved for display: the article's author, a named entity, or words describing a source. */
export type SourceDto =
  | { readonly kind: 'author'; readonly label: string }
  | { readonly kind: 'entity'; readonly label: string; readonly entity: EntityRef | null }
  | { readonly kind: 'described'; readonly label: string };

export interface DocumentRef {
  readonly id: string;
  readonly name: string;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly published: PartialDate | null;
  readonly url: string | null;
}

export interface ClaimDto {
  readonly id: string;
  readonly document: DocumentRef;
  readonly subject: EntityRef;
  readonly predicate: Predicate;
  readonly object: EntityRef;
  readonly role: string | null;
  readonly source: SourceDto;
  readonly hedged: boolean;
  readonly negated: boolean;
  readonly date: ClaimDate | null;
  readonly evidence: { readonly start: number; readonly end: number; readonly text: string };
  readonly rule: Rule;
}

export interface EntitySummaryDto extends EntityRef {
  readonly aliases: readonly string[];
  readonly mentions: number;
  readonly documents: number;
  readonly claims: number;
}

export interface DocumentDto extends DocumentRef {
  readonly origin: string;
  readonly format: DocumentFormat;
  readonly publishedFrom: 'manifest' | 'metadata' | 'dateline' | null;
  readonly text: string;
  readonly sentences: number;
  readonly claims: number;
}

export interface Page<T> {
  readonly total: number;
  readonly offset: number;
  readonly items: readonly T[];
}

export interface SearchHit {
  readonly entities: readonly EntitySummaryDto[];
  readonly documents: readonly (DocumentRef & { readonly snippet: { readonly text: string; readonly start: number; readonly end: number } | null })[];
}
