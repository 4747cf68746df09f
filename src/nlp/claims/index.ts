import type { ClaimMention, Mention, Sentence, SourceDocument, Token } from '../../core/index.js';

export interface ClaimInput {
  readonly document: SourceDocument;
  readonly sentences: readonly Sentence[];
  readonly tokens: readonly Token[];
  readonly mentions: readonly Mention[];
}

// PLACEHOLDER until the claims stage (issue 5) lands.
export function extractClaims(_input: ClaimInput): ClaimMention[] {
  return [];
}
