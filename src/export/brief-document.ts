import type { AssertionMention } from '../analysis/index.js';
import type { CaseView } from './case-view.js';

/**
 * The brief as structure, rendered once as Markdown and once as HTML, so the two formats can never say different
 * things. Text is plain (renderers escape it); a citation is a footnote number, never text a source could forge.
 */
export type Inline =
  | string
  | { readonly cite: number }
  | { readonly strong: string }
  | { readonly em: string };

export type Block =
  | { readonly kind: 'heading'; readonly level: 2 | 3; readonly text: string; readonly id?: string }
  | { readonly kind: 'paragraph'; readonly inlines: readonly Inline[] }
  | { readonly kind: 'note'; readonly inlines: readonly Inline[] }
  | { readonly kind: 'list'; readonly ordered?: boolean; readonly items: readonly (readonly Inline[])[] };

export interface Footnote {
  readonly n: number;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly published: string | null;
  readonly docName: string;
  readonly url: string | null;
  /** The evidence sentence, verbatim. */
  readonly quote: string;
  /** "source: Mira Estaven; hedged; dated 2019". */
  readonly marks: string;
}

export interface BriefDocument {
  readonly title: string;
  readonly blocks: readonly Block[];
  readonly footnotes: readonly Footnote[];
}

/** Numbered footnotes, one per claim mention; a mention cited twice keeps its first number. */
export class FootnoteList {
  readonly #numbers = new Map<string, number>();
  readonly #notes: Footnote[] = [];
  constructor(private readonly view: CaseView) {}

  cite(m: AssertionMention): Inline {
    let n = this.#numbers.get(m.claimId);
    if (n === undefined) {
      n = this.#notes.length + 1;
      this.#numbers.set(m.claimId, n);
      this.#notes.push(this.#describe(n, m));
    }
    return { cite: n };
  }

  /** One mention per independent origin first, so the footnotes show the breadth of support, then the rest. */
  citeAll(mentions: readonly AssertionMention[], max: number): Inline[] {
    const seen = new Set<string>();
    const firsts = mentions.filter((m) => m.originKey !== null && !seen.has(m.originKey) && seen.add(m.originKey));
    return [...firsts, ...mentions.filter((m) => !firsts.includes(m))].slice(0, max).map((m) => this.cite(m));
  }

  get footnotes(): readonly Footnote[] {
    return this.#notes;
  }

  #describe(n: number, m: AssertionMention): Footnote {
    const doc = this.view.documentById.get(m.docId);
    const marks = [`source: ${m.sourceLabel.replace(/^~/, '')}`, m.hedged ? 'hedged' : null, m.date ? `dated ${m.date.value}${m.date.stated ? '' : ' (inferred)'}` : null]
      .filter((p): p is string => p !== null).join('; ');
    return {
      n, title: doc?.title ?? null, outlet: doc?.outlet ?? null, published: m.published ?? doc?.published ?? null, docName: m.docName,
      url: doc?.url ?? null, quote: m.evidenceText.replace(/\s+/g, ' ').trim(), marks,
    };
  }
}
