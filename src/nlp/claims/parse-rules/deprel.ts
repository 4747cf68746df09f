/** The deprel without its subtype: "nsubj:pass" → "nsubj", "obl:agent" → "obl". */
export const baseRel = (rel: string): string => {
  const colon = rel.indexOf(':');
  return colon < 0 ? rel : rel.slice(0, colon);
};
