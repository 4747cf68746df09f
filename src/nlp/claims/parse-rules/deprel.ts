/** The deprel without its subtype: "nsubj:pass" → "nsubj", "obl:agent" → "obl". */
export const baseRel = (rel: string): string => {
  const colon = rel.indexOf(':');
  return colon < 0 ? rel : rel.slice(0, colon);
};

/** Whether word `k` hangs, directly or further down, under `ancestor` in a head array (-1 for the root). */
export function descendsFrom(head: Int32Array, k: number, ancestor: number, size: number): boolean {
  for (let h = head[k]!, steps = 0; h >= 0 && steps < size; h = head[h]!, steps++) if (h === ancestor) return true;
  return false;
}
