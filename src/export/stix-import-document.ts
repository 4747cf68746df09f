import type { AnalyzedDocument, ClaimMention, Mention, Sentence, SourceDocument } from '../core/index.js';
import type { ImportedEntity } from './stix-import-entities.js';

export const STIX_IMPORT_VERSION = 'dossier-stix-import/1.0.0';
const RULE = 'metadata/stix-import' as const;
const NAMED_PREFIX = 'Named in the STIX bundle without a sentence of their own: ';

/** What a claim needs before the document's text, and so its offsets, are final. */
export interface PendingClaim extends Omit<ClaimMention, 'id' | 'docId' | 'subjectId' | 'objectId' | 'evidence' | 'rule' | 'source'> {
  readonly line: number;
  readonly subject: number;
  readonly object: number;
  readonly source: ClaimMention['source'] | { readonly kind: 'entity'; readonly mention: number };
}

interface Placed { readonly entity: ImportedEntity; readonly form: string; readonly line: number; readonly start: number }

const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/**
 * One imported document: a stand-in for the article a STIX report describes, made of the evidence sentences the
 * bundle carries (one a line), with each name placed where the sentence writes it. A name the sentences do not write
 * (a party named only by a pronoun, an entity the report lists without a claim) goes on a last line that says it
 * comes from the bundle, so every mention points at real text and nothing is invented as article prose.
 */
export class ImportedDocumentBuilder {
  private readonly lines: string[] = [];
  private readonly lineOf = new Map<string, number>();
  private readonly placed: Placed[] = [];
  /** Line → indices into `placed`, so placing a name looks at its own line only (a bundle's stand-in can hold thousands). */
  private readonly placedOnLine = new Map<number, number[]>();
  private readonly named: Placed[] = [];
  private readonly claims: PendingClaim[] = [];
  private readonly mentioned = new Set<ImportedEntity>();

  constructor(private readonly meta: Omit<SourceDocument, 'text' | 'format'>) {}

  get id(): string { return this.meta.id; }
  get claimCount(): number { return this.claims.length; }

  /** The line's index; a sentence already present is not repeated. Evidence that spans sentences keeps its line breaks. */
  addLine(text: string): number {
    const clean = text.trim();
    const existing = this.lineOf.get(clean);
    if (existing !== undefined) return existing;
    this.lines.push(clean);
    this.lineOf.set(clean, this.lines.length - 1);
    return this.lines.length - 1;
  }

  /**
   * A mention of the entity under the first of `forms` the given line writes, else the first any line writes, else
   * under its other names, else on the closing line: the surface form the source document used wins over the name.
   */
  mention(entity: ImportedEntity, forms: readonly string[], line: number | null): number {
    const given = forms.filter((f) => f.trim() !== '');
    const others = [entity.name, ...entity.aliases].filter((f) => f.trim() !== '' && !given.includes(f));
    const passes: readonly (readonly [readonly string[], number | null])[] = line === null
      ? [[given, null], [others, null]]
      : [[given, line], [given, null], [others, line], [others, null]];
    for (const [candidates, where] of passes) {
      for (const form of candidates) {
        const found = where === null ? this.findAnywhere(form, entity) : this.find(form, where, entity);
        if (found !== null) return found;
      }
    }
    const form = given[0] ?? entity.name;
    const already = this.named.findIndex((p) => p.entity === entity && p.form === form);
    if (already >= 0) return -1 - already;
    this.named.push({ entity, form, line: -1, start: -1 });
    this.mentioned.add(entity);
    return -this.named.length;
  }

  /** Whether the entity already has a mention in this document. */
  mentions(entity: ImportedEntity): boolean {
    return this.mentioned.has(entity);
  }

  addClaim(claim: PendingClaim): void {
    this.claims.push(claim);
  }

  private findAnywhere(form: string, entity: ImportedEntity): number | null {
    for (let l = 0; l < this.lines.length; l++) {
      if (!this.lines[l]!.includes(form)) continue;
      const found = this.find(form, l, entity);
      if (found !== null) return found;
    }
    return null;
  }

  private find(form: string, line: number, entity: ImportedEntity): number | null {
    const text = this.lines[line]!;
    const onLine = this.placedOnLine.get(line) ?? [];
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
      if (isWordChar(text[at - 1]) || isWordChar(text[at + form.length])) continue;
      const end = at + form.length;
      const same = onLine.find((i) => { const p = this.placed[i]!; return p.start === at && p.form === form && p.entity === entity; });
      if (same !== undefined) return same;
      if (onLine.some((i) => { const p = this.placed[i]!; return at < p.start + p.form.length && p.start < end; })) continue;
      this.placed.push({ entity, form, line, start: at });
      this.mentioned.add(entity);
      this.placedOnLine.set(line, [...onLine, this.placed.length - 1]);
      return this.placed.length - 1;
    }
    return null;
  }

  /** The finished document, its mentions resolved to the entities they name. */
  build(entityOfMention: Map<string, string>): AnalyzedDocument {
    const docId = this.meta.id;
    const closing = this.named.length ? [`${NAMED_PREFIX}${this.named.map((p) => p.form).join('; ')}.`] : [];
    const allLines = [...this.lines, ...closing];
    const starts: number[] = [];
    let offset = 0;
    for (const l of allLines) { starts.push(offset); offset += l.length + 1; }
    const text = allLines.join('\n');
    const sentences: Sentence[] = allLines.map((l, index) => ({ index, start: starts[index]!, end: starts[index]! + l.length }));

    const toMention = (p: Placed, line: number, start: number): Mention => {
      const absolute = starts[line]! + start;
      const m: Mention = { id: `${docId}:${absolute}-${absolute + p.form.length}`, docId, start: absolute, end: absolute + p.form.length,
        text: p.form, type: p.entity.type, sentenceIndex: line, rule: RULE };
      entityOfMention.set(m.id, p.entity.id);
      p.entity.mentionIds.push(m.id);
      return m;
    };
    const placedMentions = this.placed.map((p) => toMention(p, p.line, p.start));
    const namedLine = this.lines.length;
    let cursor = NAMED_PREFIX.length;
    const namedMentions = this.named.map((p) => {
      const m = toMention(p, namedLine, cursor);
      cursor += p.form.length + 2;
      return m;
    });
    const mentionAt = (index: number): Mention => index >= 0 ? placedMentions[index]! : namedMentions[-1 - index]!;

    const claims: ClaimMention[] = this.claims.map((c, n) => {
      const { line, subject, object, source, ...rest } = c;
      return {
        ...rest, id: `${docId}:c${n + 1}`, docId, subjectId: mentionAt(subject).id, objectId: mentionAt(object).id,
        source: source.kind === 'entity' && 'mention' in source ? { kind: 'entity', mentionId: mentionAt(source.mention).id } : source as ClaimMention['source'],
        evidence: { start: sentences[line]!.start, end: sentences[line]!.end }, rule: RULE,
      };
    });
    return {
      document: { ...this.meta, format: 'txt', text },
      sentences,
      mentions: [...placedMentions, ...namedMentions].sort((a, b) => a.start - b.start),
      claims,
      extractorVersion: STIX_IMPORT_VERSION,
    };
  }
}
