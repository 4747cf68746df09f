import type { CaseView } from './case-view.js';

/**
 * RFC 4180 field: quoted when it holds a comma, quote, CR or LF; quotes doubled.
 * A leading =, +, - or @ is prefixed with an apostrophe (OWASP CSV injection advice), because these
 * files are opened in spreadsheets and article text is untrusted input.
 */
export function csvField(value: string | number | boolean | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** RFC 4180 lines end in CRLF. */
export function csvLines(header: readonly string[], rows: readonly (readonly (string | number | boolean | null)[])[]): string {
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

const ENTITY_HEADER = ['id', 'name', 'type', 'aliases', 'documents', 'mentions', 'assertions', 'degree', 'community'] as const;

/** One row per resolved entity; aliases joined with " | " (a pipe is rarer in names than a semicolon). */
export function toEntitiesCsv(view: CaseView): string {
  const nodeOf = new Map(view.analysis.network.nodes.map((n) => [n.id, n]));
  const assertionCount = new Map<string, number>();
  for (const a of view.assertions) for (const id of [a.subject.id, a.object.id]) assertionCount.set(id, (assertionCount.get(id) ?? 0) + 1);
  const rows = view.entities.map((e) => {
    const node = nodeOf.get(e.id);
    return [e.id, e.name, e.type, e.aliases.filter((a) => a !== e.name).join(' | '), view.documentsOfEntity.get(e.id)?.length ?? 0,
      e.mentionIds.length, assertionCount.get(e.id) ?? 0, node?.degree ?? 0, node?.community ?? null];
  });
  return csvLines(ENTITY_HEADER, rows);
}

const CLAIM_HEADER = [
  'assertion_id', 'subject_id', 'subject', 'predicate', 'object_id', 'object', 'negated', 'hedged', 'role', 'source', 'date',
  'date_stated', 'document', 'title', 'outlet', 'published', 'url', 'evidence', 'grade', 'origins', 'contested', 'claim_id',
] as const;

/** One row per claim mention (the finest grain: one document saying one thing), with its assertion's grade beside it. */
export function toClaimsCsv(view: CaseView): string {
  const rows = view.assertions.flatMap((a) => a.mentions.map((m) => {
    const doc = view.documentById.get(m.docId);
    return [a.id, a.subject.id, a.subject.name, a.predicate, a.object.id, a.object.name, a.negated, m.hedged, m.role, m.sourceLabel,
      m.date?.value ?? null, m.date ? m.date.stated : null, m.docName, doc?.title ?? null, doc?.outlet ?? null, m.published,
      doc?.url ?? null, m.evidenceText, a.grade.label, a.origins, a.grade.contested, m.claimId];
  }));
  return csvLines(CLAIM_HEADER, rows);
}
