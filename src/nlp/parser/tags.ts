/** The 17 Universal POS tags (UD v2), in a fixed order: a tag's index is its class in the models. */
export const UPOS = ['ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'SYM', 'VERB', 'X'] as const;
export type Upos = (typeof UPOS)[number];
const UPOS_INDEX = new Map<string, number>(UPOS.map((t, i) => [t, i]));

/** Index of a UPOS tag; anything unknown is X. */
export const uposIndex = (tag: string): number => UPOS_INDEX.get(tag) ?? UPOS.length - 1;

/** The universal part of a dependency relation, as the CoNLL 2018 evaluation compares it: `nmod:poss` → `nmod`. */
export const universalRelation = (deprel: string): string => {
  const colon = deprel.indexOf(':');
  return colon < 0 ? deprel : deprel.slice(0, colon);
};
