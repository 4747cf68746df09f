/** A publication date at the precision the source gives: YYYY, YYYY-MM or YYYY-MM-DD. */
export type PartialDate = string;

export type DocumentFormat = 'txt' | 'md' | 'html';

/** One article after ingest: normalised text plus what is known of where it came from. */
export interface SourceDocument {
  /** sha256 of the normalised text, hex; the identity used for idempotent ingest. */
  readonly id: string;
  /** Base name of the file or the URL it came from. */
  readonly name: string;
  /** Path or URL as given by the user. */
  readonly origin: string;
  readonly format: DocumentFormat;
  readonly title: string | null;
  /** Normalised text (LF line endings, no BOM); every offset in the system indexes into it. */
  readonly text: string;
  readonly published: PartialDate | null;
  /** How the publication date was found, so an inferred date is never shown as a stated one. */
  readonly publishedFrom: 'manifest' | 'metadata' | 'dateline' | null;
  readonly outlet: string | null;
  readonly url: string | null;
}

/** One row of a manifest CSV (`file,published,outlet,url`). */
export interface ManifestEntry {
  readonly file: string;
  readonly published: PartialDate | null;
  readonly outlet: string | null;
  readonly url: string | null;
}
