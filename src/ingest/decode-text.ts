import { IngestError } from '../core/index.js';

// Files that are not text but are often found under a text name (a PDF saved as `.txt`, a `.docx`
// renamed): named by their first bytes so the reason says what the file is, not just that it is binary.
const SIGNATURES: ReadonlyArray<readonly [string, readonly number[]]> = [
  ['a PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],                        // %PDF-
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],                                 // GIF8
  ['a ZIP archive (.docx, .xlsx, .odt and .epub are ZIP archives too)', [0x50, 0x4b, 0x03, 0x04]],
  ['an empty ZIP archive', [0x50, 0x4b, 0x05, 0x06]],
  ['a gzip archive', [0x1f, 0x8b]],
  ['a Word 97-2003 or other OLE document', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
];

/**
 * The text of a file's bytes. UTF-8 (with or without a byte-order mark) is read as is; UTF-16 with a
 * byte-order mark is decoded, because Windows tools save "Unicode" text that way. Anything else is
 * refused with what it looks like, so the user knows which conversion to run.
 */
export function decodeText(bytes: Uint8Array, file: string): string {
  const kind = SIGNATURES.find(([, magic]) => magic.every((b, i) => bytes[i] === b))?.[0];
  if (kind) throw new IngestError('INGEST_BINARY', `${kind}, not text: convert it to .txt, .md or .html first`, { file });
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes.subarray(2), 'utf-16le', file);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes.subarray(2), 'utf-16be', file);
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) {
    const reason = looksLikeUtf16(head)
      ? 'UTF-16 text without a byte-order mark (NUL bytes between letters); re-save it as UTF-8'
      : 'binary content (NUL bytes), not an article';
    throw new IngestError('INGEST_BINARY', reason, { file });
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new IngestError('INGEST_NOT_UTF8', `not valid UTF-8 (first bad byte near offset ${firstInvalidUtf8(bytes)}); re-save the file as UTF-8`, { file });
  }
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', file: string): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new IngestError('INGEST_NOT_UTF8', `starts with a ${encoding.toUpperCase()} byte-order mark but is not valid ${encoding.toUpperCase()} (an odd byte count or a lone surrogate); re-save the file as UTF-8`, { file });
  }
}

// ASCII text in UTF-16 has a NUL in every other byte; binary data rarely keeps that pattern for long.
function looksLikeUtf16(head: Uint8Array): boolean {
  const pairs = Math.min(64, Math.floor(head.length / 2));
  if (pairs < 4) return false;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < pairs; i++) {
    if (head[2 * i] === 0) evenNuls++;
    if (head[2 * i + 1] === 0) oddNuls++;
  }
  return Math.max(evenNuls, oddNuls) >= pairs * 0.9 && Math.min(evenNuls, oddNuls) === 0;
}

// A linear scan for the first byte that breaks UTF-8, so the message can point at it.
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const extra = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (extra < 0) return i;
    for (let k = 1; k <= extra; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += extra + 1;
  }
  return bytes.length;
}
