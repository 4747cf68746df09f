import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { IngestError, type ManifestEntry } from '../core/index.js';
import { parsePartialDate } from './dates.js';
import { osReason } from './os-reason.js';

/**
 * Reads a manifest CSV (`file,published,outlet,url`; only `file` is required) into entries keyed by
 * the file's base name, so a manifest written beside the corpus matches files given by any path.
 */
export function readManifest(path: string): ReadonlyMap<string, ManifestEntry> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new IngestError('MANIFEST_INVALID', `cannot read manifest: ${osReason(err)}`, { file: path });
  }
  return parseManifest(text, path);
}

const COLUMNS = ['file', 'published', 'outlet', 'url'];

/**
 * Every mistake that would otherwise give files the wrong date, outlet or URL without a word is an error
 * naming its line: an unknown column (`date` for `published`), a row with more fields than the header (an
 * unquoted comma), a malformed date or URL, and a file listed twice.
 */
export function parseManifest(text: string, file = 'manifest'): ReadonlyMap<string, ManifestEntry> {
  const rows = parseCsv(text.replace(/^\uFEFF/, ''), file);
  const header = rows.shift()?.map((h) => h.trim().toLowerCase()) ?? [];
  const column = (name: string): number => header.indexOf(name);
  if (column('file') < 0) throw new IngestError('MANIFEST_INVALID', 'the header has no "file" column (expected file,published,outlet,url)', { file, line: 1 });
  const unknown = header.find((h) => !COLUMNS.includes(h));
  if (unknown !== undefined) throw new IngestError('MANIFEST_INVALID', `unknown column "${unknown}" (the columns are ${COLUMNS.join(', ')})`, { file, line: 1, field: unknown });
  const entries = new Map<string, ManifestEntry>();
  const lineOf = new Map<string, number>();
  rows.forEach((row, i) => {
    const line = i + 2;
    const cell = (name: string): string | null => {
      const value = column(name) >= 0 ? row[column(name)]?.trim() : undefined;
      return value ? value : null;
    };
    if (row.length > header.length) throw new IngestError('MANIFEST_INVALID', `${row.length} fields where the header has ${header.length}; put a value holding a comma in double quotes`, { file, line });
    const name = cell('file');
    if (!name) return;
    const published = cell('published');
    if (published && !parsePartialDate(published)) {
      throw new IngestError('MANIFEST_INVALID', `published "${published}" is not YYYY, YYYY-MM or YYYY-MM-DD`, { file, line, field: 'published' });
    }
    const url = cell('url');
    if (url && !isHttpUrl(url)) throw new IngestError('MANIFEST_INVALID', `url "${url}" is not an http(s) URL`, { file, line, field: 'url' });
    const key = basename(name);
    const earlier = lineOf.get(key);
    if (earlier !== undefined) throw new IngestError('MANIFEST_INVALID', `"${key}" is listed again (first on line ${earlier}); which row holds?`, { file, line, field: 'file' });
    lineOf.set(key, line);
    entries.set(key, { file: name, published: published ? parsePartialDate(published) : null, outlet: cell('outlet'), url });
  });
  return entries;
}

function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/**
 * RFC 4180: quoted fields may hold commas, doubled quotes and line breaks. A quote left open to the end of the
 * text is an error naming the line it opened on: read as data it would swallow every row after it.
 */
export function parseCsv(text: string, file = 'csv'): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let quoteLine = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n' || (ch === '\r' && text[i + 1] !== '\n')) line++;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') { quoted = true; quoteLine = line; }
    else if (ch === ',') { row.push(field); field = ''; }
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') { i++; line++; }
      row.push(field); field = '';
      if (row.some((cell) => cell !== '')) rows.push(row);
      row = [];
    } else field += ch;
  }
  if (quoted) throw new IngestError('MANIFEST_INVALID', 'a quote opened on this line is never closed', { file, line: quoteLine });
  row.push(field);
  if (row.some((cell) => cell !== '')) rows.push(row);
  return rows;
}

/**
 * The manifest rows that name none of the inputs, so a typo in a file name is reported instead of
 * silently leaving that file without its date and outlet.
 */
export function unmatchedManifestRows(manifest: ReadonlyMap<string, ManifestEntry>, inputs: readonly string[]): ManifestEntry[] {
  const names = new Set(inputs.flatMap((input) => [input, basename(input)]));
  return [...manifest.entries()].filter(([key, entry]) => !names.has(key) && !names.has(entry.file)).map(([, entry]) => entry);
}
