/** The universal part of a dependency relation, as the CoNLL 2018 evaluation compares it: `nmod:poss` → `nmod`. */
export const universalRelation = (deprel: string): string => {
  const colon = deprel.indexOf(':');
  return colon < 0 ? deprel : deprel.slice(0, colon);
};
