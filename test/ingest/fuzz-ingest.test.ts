import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { IngestError } from '../../src/core/index.js';
import { loadUpload, type RawSource } from '../../src/ingest/index.js';

// Reading any bytes under any article name gives a document or a named rejection; it never throws. This
// found a crash: text named .html without an <html> element made Readability refuse linkedom's document.
const SEED = Number(process.env.DOSSIER_FUZZ_SEED ?? 20261207);
const RUNS = Number(process.env.DOSSIER_FUZZ_RUNS ?? 150);

const format = fc.constantFrom<RawSource['format']>('txt', 'md', 'html', null);
const tags = fc.constantFrom('<html>', '</html>', '<body>', '<p>', '</p>', '<div>', '<script>', '</script>', '<!doctype html>', '<meta property="article:published_time" content="', '">', '<title>', '<article>', '<!--', '-->', '<![CDATA[', '&amp;', '&#0;', '&#xD800;');
const htmlish = fc.array(fc.oneof(tags, fc.string({ unit: 'binary', maxLength: 20 }), fc.constantFrom('The Korvath Watch said on Monday that its patrols had left Port Ardel. ')), { maxLength: 30 }).map((parts) => parts.join(''));
const bytes = fc.oneof(
  fc.uint8Array({ maxLength: 400 }),
  fc.string({ unit: 'binary', maxLength: 300 }).map((t) => new TextEncoder().encode(t)),
  htmlish.map((t) => new TextEncoder().encode(t)),
  htmlish.map((t) => new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(t, 'utf16le'))])),
);

test('any bytes under any article format: a document or a named rejection, never a throw', () => {
  fc.assert(fc.property(bytes, format, (content, kind) => {
    const outcome = loadUpload({ name: 'fuzz', origin: 'upload:fuzz', bytes: content, format: kind });
    if (outcome.status === 'rejected') {
      assert.ok(outcome.error instanceof IngestError);
      assert.equal(outcome.error.site.file, 'upload:fuzz');
      assert.ok(outcome.error.detail.length > 0);
    } else {
      assert.match(outcome.document.text, /[\p{L}\p{N}]/u, 'a loaded document has words');
      assert.equal(outcome.document.text, outcome.document.text.normalize('NFC'));
    }
  }), { seed: SEED, numRuns: RUNS });
});

test('HTML fragments without an <html> element are read like whole pages', () => {
  const paragraph = 'The Selvane Brigade said on Tuesday that it held the Ardel ferry landing and would let the crews work there.';
  for (const page of [`<p>${paragraph}</p>`, `<head><title>Ferry</title></head><body><article><p>${paragraph}</p></article></body>`, `<!doctype html><title>Ferry</title><p>${paragraph}</p>`]) {
    const outcome = loadUpload({ name: 'f.html', origin: 'f.html', bytes: new TextEncoder().encode(page), format: 'html' });
    assert.equal(outcome.status, 'loaded', page);
    if (outcome.status === 'loaded') assert.equal(outcome.document.text, paragraph);
  }
});
