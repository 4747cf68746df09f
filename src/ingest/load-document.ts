import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { IngestError, type DocumentFormat, type ManifestEntry, type SourceDocument } from '../core/index.js';
import { findDateline, parsePartialDate } from './dates.js';
import { bestTitle } from './headline.js';
import { decodeText } from './decode-text.js';
import { readHtmlArticle } from './html.js';
import { DEFAULT_INGEST_OPTIONS, type IngestOptions } from './options.js';
import { osReason } from './os-reason.js';

/** Raw bytes from a file, an upload or a fetched page, before they become a document. */
export interface RawSource {
  readonly name: string;
  readonly origin: string;
  readonly bytes: Uint8Array;
  /** From the extension or the Content-Type; null when neither says. */
  readonly format: DocumentFormat | null;
}

export function formatOfName(name: string): DocumentFormat | null {
  const ext = extname(name).toLowerCase();
  if (ext === '.txt' || ext === '') return 'txt';
  if (ext === '.md' || ext === '.markdown') return 'md';
  if (ext === '.html' || ext === '.htm') return 'html';
  return null;
}

export function readSourceFile(path: string, options: IngestOptions = DEFAULT_INGEST_OPTIONS): RawSource {
  let size: number;
  try {
    size = statSync(path).size;
  } catch (err) {
    throw new IngestError('INGEST_UNREADABLE', `cannot read: ${osReason(err)}`, { file: path }, { cause: err });
  }
  if (size > options.maxBytes) throw new IngestError('INGEST_TOO_LARGE', `${size} bytes is over the ${options.maxBytes}-byte limit`, { file: path });
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    throw new IngestError('INGEST_UNREADABLE', `cannot read: ${osReason(err)}`, { file: path }, { cause: err });
  }
  return { name: basename(path), origin: path, bytes, format: formatOfName(path) };
}

/**
 * Turns raw bytes into a document: checks they are text (UTF-8, or UTF-16 with a byte-order mark), extracts
 * the article from HTML, normalises the text, and finds the publication date (manifest, else page metadata, else a dateline in the text).
 */
export function toSourceDocument(raw: RawSource, manifest: ManifestEntry | undefined, options: IngestOptions = DEFAULT_INGEST_OPTIONS): SourceDocument {
  const file = raw.origin;
  if (raw.bytes.length > options.maxBytes) throw new IngestError('INGEST_TOO_LARGE', `${raw.bytes.length} bytes is over the ${options.maxBytes}-byte limit`, { file });
  if (raw.bytes.length === 0) throw new IngestError('INGEST_EMPTY', 'the file is empty', { file });
  const decoded = decodeText(raw.bytes, file);
  const format = raw.format ?? (/^\s*<(!doctype html|html|head|body)/i.test(decoded) ? 'html' : 'txt');
  const html = format === 'html' ? readHtmlArticle(decoded, file, options.maxHtmlDepth) : null;
  const text = normaliseText(html ? html.text : format === 'md' ? stripMarkdown(decoded) : decoded);
  if (text.trim() === '') throw new IngestError('INGEST_EMPTY', 'no text after normalisation', { file });
  if (!/[\p{L}\p{N}]/u.test(text)) throw new IngestError('INGEST_EMPTY', 'no letters or digits in the text (only punctuation, symbols or control characters)', { file });
  const fromManifest = manifest?.published ?? null;
  const fromMetadata = html?.published ?? null;
  const fromDateline = fromManifest || fromMetadata ? null : findDateline(text);
  return {
    id: createHash('sha256').update(text).digest('hex'),
    name: raw.name,
    origin: raw.origin,
    format,
    title: bestTitle(html?.title, text, manifest?.outlet ?? html?.outlet ?? null),
    text,
    published: fromManifest ?? fromMetadata ?? fromDateline,
    publishedFrom: fromManifest ? 'manifest' : fromMetadata ? 'metadata' : fromDateline ? 'dateline' : null,
    outlet: manifest?.outlet ?? html?.outlet ?? null,
    url: manifest?.url ?? html?.url ?? (/^https?:/.test(raw.origin) ? raw.origin : null),
  };
}

/** One text form for every source so offsets mean the same thing everywhere: NFC, LF, no BOM, no trailing spaces. */
export function normaliseText(text: string): string {
  return text.replace(/^\uFEFF/, '').normalize('NFC').replace(/\r\n?/g, '\n').replace(/[ \t\u00a0]+$/gm, '').replace(/\n{3,}/g, '\n\n').trim();
}

// Markdown keeps its words and drops its markup; links keep their text.
function stripMarkdown(text: string): string {
  return text
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/^>\s?/gm, '')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|\W)[*_](\S(?:.*?\S)?)[*_](?=\W|$)/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1');
}

export { parsePartialDate };
