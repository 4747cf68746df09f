import type { Mention, Token } from '../../core/index.js';

// Mixed-case or all-caps short forms: "RVF", "LeT", "TTP", "JeM". One letter of lower case at most
// between capitals, so ordinary words ("Tuesday") and title-case names never match.
const ACRONYM = /^(?=[A-Z])[A-Za-z]{2,7}$/;
const isAcronymShaped = (word: string): boolean => ACRONYM.test(word) && (word.match(/[A-Z]/g)?.length ?? 0) >= 2 && !/[a-z]{2}/.test(word);
const ROLE_AFTER = /^(chief|leader|commander|spokesman|spokesperson|spokeswoman|deputy|founder|emir|amir|head|operative|operatives|fighters|militants|cadres|cadre|member|members|chairman|ideologue|financier|camp|camps|base|bases)$/i;

/**
 * The tagger reads a short form word by word, and an unusual shape ("LeT") can slip past it in one
 * sentence while it is found in another. Two general recoveries, within one document:
 * - a short form the document already names as an organization is that organization wherever it stands;
 * - a short form right before a role or base noun ("RVF chief", "TTP fighters") names a group.
 */
export function recallAcronyms(docId: string, tokens: readonly Token[], mentions: readonly Mention[]): Mention[] {
  const framed = addShortForms(docId, tokens, mentions, (token, i) => {
    const next = tokens[i + 1];
    // "THE EMIR OF THE PASSES": in an all-caps headline every word is acronym-shaped, so the role word must not be.
    return next !== undefined && next.sentenceIndex === token.sentenceIndex && ROLE_AFTER.test(next.text) && !/^\p{Lu}+$/u.test(next.text) ? 'pattern/short-form-before-role' : null;
  });
  // Repeats are read after the framed ones, so "LeT chief X … LeT has …" finds the second "LeT" too.
  const known = new Map<string, Mention>();
  for (const m of framed) if (m.type === 'organization' && isAcronymShaped(m.text) && !known.has(m.text)) known.set(m.text, m);
  return addShortForms(docId, tokens, framed, (token) => (known.has(token.text) ? 'pattern/repeated-short-form' : null), known);
}

type ShortFormRule = (token: Token, index: number) => 'pattern/short-form-before-role' | 'pattern/repeated-short-form' | null;

function addShortForms(docId: string, tokens: readonly Token[], mentions: readonly Mention[], ruleFor: ShortFormRule, known?: ReadonlyMap<string, Mention>): Mention[] {
  const added: Mention[] = [];
  const covered = (token: Token): boolean => mentions.some((m) => m.start < token.end && token.start < m.end);
  tokens.forEach((token, i) => {
    if (!isAcronymShaped(token.text)) return;
    const rule = ruleFor(token, i);
    if (!rule || covered(token)) return;
    const earlier = known?.get(token.text);
    added.push({
      id: `${docId}:${token.start}-${token.end}`, docId, start: token.start, end: token.end, text: token.text, type: 'organization',
      sentenceIndex: token.sentenceIndex, rule, ...(earlier ? { antecedentId: earlier.antecedentId ?? earlier.id } : {}),
    });
  });
  if (added.length === 0) return [...mentions];
  return [...mentions, ...added].sort((a, b) => a.start - b.start || a.end - b.end);
}
