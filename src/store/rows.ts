import type { AnalyzedDocument, ClaimMention, ClaimSource, EntityType, Mention, Predicate, Rule, Sentence, SourceDocument, Token } from '../core/index.js';
import type { SqlRow, SqlValue } from './sql-runner.js';

// Row <-> domain mapping, kept apart from the queries so both adapters share it.

export const bool = (value: boolean): number => (value ? 1 : 0);
const str = (value: unknown): string => String(value);
const optStr = (value: unknown): string | null => (value === null || value === undefined ? null : String(value));

export function documentRow(doc: SourceDocument, extractorVersion: string, ingestedAt: string): SqlValue[] {
  return [doc.id, doc.name, doc.origin, doc.format, doc.title, doc.text, doc.published, doc.publishedFrom, doc.outlet, doc.url, extractorVersion, ingestedAt];
}

export function toDocument(row: SqlRow): SourceDocument {
  return {
    id: str(row.id), name: str(row.name), origin: str(row.origin), format: str(row.format) as SourceDocument['format'],
    title: optStr(row.title), text: str(row.text), published: optStr(row.published),
    publishedFrom: optStr(row.published_from) as SourceDocument['publishedFrom'], outlet: optStr(row.outlet), url: optStr(row.url),
  };
}

export function sentenceRow(docId: string, s: Sentence, version: string): SqlValue[] {
  return [docId, s.index, s.start, s.end, version, s.tokens ? JSON.stringify(s.tokens.map(tokenCells)) : null];
}

export function toSentence(row: SqlRow): Sentence {
  const sentence = { index: Number(row.idx), start: Number(row.start_offset), end: Number(row.end_offset) };
  if (row.tokens === null || row.tokens === undefined) return sentence;
  const cells = JSON.parse(String(row.tokens)) as TokenCells[];
  return { ...sentence, tokens: cells.map(([text, start, end, pos, upos, head, deprel]) => ({ text, start, end, pos, sentenceIndex: sentence.index, upos, head, deprel })) };
}

// A parsed token as one JSON array, not an object: a sentence row stays about as small as its text.
type TokenCells = [text: string, start: number, end: number, pos: string, upos: string, head: number, deprel: string];
const tokenCells = (t: Token): TokenCells => [t.text, t.start, t.end, t.pos, t.upos ?? t.pos, t.head ?? -1, t.deprel ?? 'dep'];

export function mentionRow(m: Mention, version: string): SqlValue[] {
  return [m.id, m.docId, m.start, m.end, m.text, m.type, m.sentenceIndex, m.rule, m.antecedentId ?? null, version];
}

export function toMention(row: SqlRow): Mention {
  const base = {
    id: str(row.id), docId: str(row.doc_id), start: Number(row.start_offset), end: Number(row.end_offset), text: str(row.text),
    type: str(row.type) as EntityType, sentenceIndex: Number(row.sentence_index), rule: str(row.rule) as Rule,
  };
  return row.antecedent_id ? { ...base, antecedentId: str(row.antecedent_id) } : base;
}

export function claimRow(c: ClaimMention, version: string): SqlValue[] {
  const source = c.source;
  return [
    c.id, c.docId, c.subjectId, c.predicate, c.objectId, c.role, source.kind,
    source.kind === 'entity' ? source.mentionId : null, source.kind === 'described' ? source.text : null,
    bool(c.hedged), bool(c.negated), c.date?.value ?? null, c.date?.precision ?? null,
    c.date ? bool(c.date.stated) : null, c.date?.text ?? null, c.evidence.start, c.evidence.end, c.rule, version,
  ];
}

export function toClaim(row: SqlRow): ClaimMention {
  const kind = str(row.source_kind);
  const source: ClaimSource = kind === 'entity' ? { kind, mentionId: str(row.source_mention_id) }
    : kind === 'described' ? { kind, text: str(row.source_text) } : { kind: 'author' };
  return {
    id: str(row.id), docId: str(row.doc_id), subjectId: str(row.subject_id), predicate: str(row.predicate) as Predicate,
    objectId: str(row.object_id), role: optStr(row.role), source, hedged: Number(row.hedged) === 1, negated: Number(row.negated) === 1,
    date: row.date_value ? {
      value: str(row.date_value), precision: str(row.date_precision) as 'year' | 'month' | 'day',
      stated: Number(row.date_stated) === 1, text: str(row.date_text ?? ''),
    } : null,
    evidence: { start: Number(row.evidence_start), end: Number(row.evidence_end) }, rule: str(row.rule) as Rule,
  };
}

/** Groups rows by their doc_id column, preserving order. */
export function byDocument<T>(rows: readonly SqlRow[], map: (row: SqlRow) => T): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const docId = str(row.doc_id);
    let group = groups.get(docId);
    if (!group) groups.set(docId, (group = []));
    group.push(map(row));
  }
  return groups;
}

export type { AnalyzedDocument };
