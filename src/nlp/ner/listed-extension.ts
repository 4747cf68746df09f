import type { Mention, Token } from '../../core/index.js';
import { findArmedGroup } from '../lexicon/index.js';

const MAX_EXTRA_TOKENS = 4;

/**
 * "Tehreek-e-Taliban Pakistan": the tagger may stop a group's name before a country or place word that
 * belongs to it. When the longer span is a designated group's name (UN list, spelling-tolerant), the
 * organization mention takes the whole name and the place inside it is dropped.
 */
export function extendListedGroups(text: string, tokens: readonly Token[], mentions: readonly Mention[]): Mention[] {
  const replaced = new Map<string, Mention>();
  const swallowed = new Set<string>();
  // The first token ending at each offset, looked up per mention: a scan of the tokens for each one made
  // this step quadratic in the document's length (a 1 MB text spent 38 s here).
  const tokenEndingAt = new Map<number, number>();
  tokens.forEach((t, i) => { if (!tokenEndingAt.has(t.end)) tokenEndingAt.set(t.end, i); });
  for (const m of mentions) {
    if (m.type !== 'organization' || swallowed.has(m.id)) continue;
    const last = tokenEndingAt.get(m.end);
    if (last === undefined) continue;
    let best: Mention | null = null;
    for (let extra = 1; extra <= MAX_EXTRA_TOKENS; extra++) {
      const end = tokens[last + extra];
      if (!end || end.sentenceIndex !== m.sentenceIndex) break;
      // "al-Qaida in Iraq": a listed name may run on through a connector, but never ends on one.
      if (/^(in|of|the|and|for)$/.test(end.text)) continue;
      if (!/^[A-Z]/.test(end.text)) break;
      const candidate = text.slice(m.start, end.end);
      if (findArmedGroup(candidate) && !findArmedGroup(m.text)?.aliases.includes(candidate)) {
        best = { ...m, id: `${m.docId}:${m.start}-${end.end}`, end: end.end, text: candidate, rule: 'gazetteer/un-list-extension' };
      }
    }
    if (!best) continue;
    replaced.set(m.id, best);
    for (const other of mentions) if (other !== m && other.start >= m.end && other.end <= best.end) swallowed.add(other.id);
  }
  if (replaced.size === 0) return [...mentions];
  // Links to a widened mention follow it; links to a swallowed one are dropped.
  const relink = (m: Mention): Mention => {
    if (m.antecedentId === undefined) return m;
    const target = replaced.get(m.antecedentId);
    if (target) return { ...m, antecedentId: target.id };
    if (!swallowed.has(m.antecedentId)) return m;
    const { antecedentId: _dropped, ...rest } = m;
    return rest;
  };
  return mentions.filter((m) => !swallowed.has(m.id)).map((m) => relink(replaced.get(m.id) ?? m));
}
