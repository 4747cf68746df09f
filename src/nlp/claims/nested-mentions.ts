import type { Mention } from '../../core/index.js';

const DASH = /^[-\u2010\u2011]$/;

/**
 * "the Ostrani-led coalition" holds two mentions, the coalition and Ostrani inside it (ner/coalition-leaders.ts).
 * The constructions read one mention a slot, so the outer mention takes only its last word, its head
 * noun, and the words before it stay words: the sentence reads "Ostrani - led coalition" as it reads
 * "Alder - backed militia", and the hyphened-participle row relates the two. The outer mention keeps its
 * id and text, so claims and references name the whole coalition. Mentions sorted by start are returned so.
 */
export function separateNestedMentions(mentions: readonly Mention[]): Mention[] {
  const out = mentions.map((outer) => {
    // Only a name glued by a dash to what follows it ("Ostrani-led"): "Pakistan's security establishment" stays whole.
    const inner = mentions.find((m) => m !== outer && m.start === outer.start && m.end < outer.end && DASH.test(outer.text.charAt(m.end - outer.start)));
    const head = outer.text.lastIndexOf(' ');
    return inner && outer.start + head + 1 > inner.end + 1 ? { ...outer, start: outer.start + head + 1 } : outer;
  });
  return out.sort((a, b) => a.start - b.start);
}
