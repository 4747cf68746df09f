// Builds analysed documents for resolution tests from fictional sentences: every name marked
// [like this|type] becomes a mention, so a test states its text and its mentions in one place.
// All names in these tests are invented.
import type { AnalyzedDocument, EntityType, Mention } from '../../src/core/index.js';

const MARK = /\[([^\]|]+)\|(person|organization|location|event|work)(?:\|ante=(\d+))?\]/g;

/** `makeDocument('d1', 'The [Red Valley Front|organization] (the [RVF|organization]) …')` */
export function makeDocument(name: string, marked: string): AnalyzedDocument {
  const id = `${name}`;
  const mentions: Mention[] = [];
  let text = '';
  let last = 0;
  for (const match of marked.matchAll(MARK)) {
    text += marked.slice(last, match.index);
    const start = text.length;
    text += match[1]!;
    const ante = match[3] === undefined ? undefined : mentions[Number(match[3])]?.id;
    const mention: Mention = {
      id: `${id}:${start}-${text.length}`, docId: id, start, end: text.length, text: match[1]!,
      type: match[2] as EntityType, sentenceIndex: 0, rule: 'pattern/test',
      ...(ante === undefined ? {} : { antecedentId: ante }),
    };
    mentions.push(mention);
    last = match.index + match[0].length;
  }
  text += marked.slice(last);
  return {
    document: { id, name: `${name}.txt`, origin: `${name}.txt`, format: 'txt', title: null, text, published: null, publishedFrom: null, outlet: null, url: null },
    sentences: [{ index: 0, start: 0, end: text.length }],
    mentions,
    claims: [],
    extractorVersion: 'test',
  };
}

/** Nationality adjectives of the invented countries the tests use (the real list knows none of them). */
export const isFictionalNationality = (word: string): boolean => ['Ostrian', 'Morvanian', 'Cassarian'].includes(word);
