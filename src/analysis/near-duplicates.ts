import type { SourceDocument, Span } from '../core/index.js';
import type { DuplicateLink } from './types.js';
import { forEachPassage, signPassage, similarity } from './minhash.js';

export interface NearDuplicateOptions {
  readonly shingleWords: number;
  readonly minhashPermutations: number;
  readonly lshBands: number;
  readonly nearDuplicateMinSimilarity: number;
  readonly minPassageWords: number;
  readonly republishedMinShare: number;
  readonly randomSeed: number;
}

/** Where a passage was copied from: the earliest document of its near-duplicate cluster. */
export interface PassageSource {
  readonly docId: string;
  readonly span: Span;
  readonly otherSpan: Span;
  readonly similarity: number;
}

export interface DuplicateIndex {
  readonly links: readonly DuplicateLink[];
  /** The passage holding `offset` in `docId` near-duplicates an earlier document's: that document and how closely. */
  passageSource(docId: string, offset: number): PassageSource | null;
  /** Most of this document near-duplicates an earlier one: it republishes that piece. */
  republishedFrom(docId: string): { readonly docId: string; readonly share: number } | null;
}

interface Passage {
  readonly doc: number;
  readonly span: Span;
  readonly signature: Uint32Array;
}

// Buckets bigger than this are boilerplate shared by a whole site; chaining their members to the first
// one keeps the cluster intact without comparing every pair (which is quadratic).
const MAX_BUCKET_PAIRS = 64;

/**
 * Finds passages copied between documents: MinHash signatures over word shingles, with LSH banding so
 * only passages sharing a band are compared (near-linear in the corpus, not quadratic).
 * @example findNearDuplicates(docs, opts).republishedFrom(copy.id)?.docId === original.id
 */
export function findNearDuplicates(documents: readonly SourceDocument[], options: NearDuplicateOptions): DuplicateIndex {
  const order = documents.map((_, i) => i).sort((a, b) => compareAge(documents[a]!, documents[b]!));
  const rank = new Int32Array(documents.length);
  order.forEach((doc, position) => { rank[doc] = position; });
  const passages: Passage[] = [];
  documents.forEach((document, doc) => {
    forEachPassage(document.text, options.minPassageWords, (span, hashes, count) => {
      const signature = signPassage(hashes, count, options.shingleWords, options.minhashPermutations, options.randomSeed);
      if (signature) passages.push({ doc, span, signature });
    });
  });

  const parent = passages.map((_, i) => i);
  const find = (i: number): number => { while (parent[i] !== i) { parent[i] = parent[parent[i]!]!; i = parent[i]!; } return i; };
  const rows = Math.max(1, Math.floor(options.minhashPermutations / options.lshBands));
  // Bucketing by sorting packed (band key, passage) numbers instead of a Map of arrays: at 100k passages × 8 bands
  // the arrays alone were most of the garbage collector's work. A key fits 53 - indexBits bits; truncating it only
  // adds candidates, which the similarity check then drops.
  const indexBits = Math.max(1, Math.ceil(Math.log2(passages.length + 1)));
  const keyBits = 53 - indexBits;
  const scale = 2 ** indexBits;
  const packed = new Float64Array(passages.length);
  for (let band = 0; band < options.lshBands; band++) {
    passages.forEach((passage, i) => {
      let key = band;
      for (let r = band * rows; r < band * rows + rows; r++) key = Math.imul(key ^ passage.signature[r]!, 0x01000193) >>> 0;
      packed[i] = (keyBits >= 32 ? key : key >>> (32 - keyBits)) * scale + i;
    });
    packed.sort();
    for (let runStart = 0; runStart < packed.length;) {
      const key = Math.floor(packed[runStart]! / scale);
      let runEnd = runStart + 1;
      while (runEnd < packed.length && Math.floor(packed[runEnd]! / scale) === key) runEnd++;
      for (let a = runStart + 1; a < runEnd; a++) {
        const limit = runEnd - runStart > MAX_BUCKET_PAIRS ? runStart + 1 : a;
        for (let b = runStart; b < limit; b++) {
          const i = packed[a]! % scale;
          const j = packed[b]! % scale;
          const p = passages[i]!;
          const q = passages[j]!;
          if (p.doc === q.doc || find(i) === find(j)) continue;
          if (similarity(p.signature, q.signature) >= options.nearDuplicateMinSimilarity) parent[find(i)] = find(j);
        }
      }
      runStart = runEnd;
    }
  }

  // The canonical passage of a cluster is the one in the oldest document: copies point back to it.
  const canonical = new Int32Array(passages.length).fill(-1);
  const size = new Int32Array(passages.length);
  passages.forEach((passage, i) => {
    const root = find(i);
    size[root]!++;
    const current = canonical[root]!;
    if (current < 0 || rank[passage.doc]! < rank[passages[current]!.doc]!) canonical[root] = i;
  });
  // Passages are pushed document by document, so each document's passages are one contiguous range.
  const firstOfDoc = new Int32Array(documents.length + 1).fill(passages.length);
  for (let i = passages.length - 1; i >= 0; i--) firstOfDoc[passages[i]!.doc] = i;
  for (let d = documents.length - 1; d >= 0; d--) if (firstOfDoc[d]! > firstOfDoc[d + 1]!) firstOfDoc[d] = firstOfDoc[d + 1]!;
  const sourceOf = new Map<number, PassageSource>();
  passages.forEach((passage, i) => {
    const root = find(i);
    if (size[root]! < 2) return;
    const origin = passages[canonical[root]!]!;
    if (origin.doc === passage.doc) return;
    sourceOf.set(i, { docId: documents[origin.doc]!.id, span: passage.span, otherSpan: origin.span, similarity: similarity(passage.signature, origin.signature) });
  });

  const links = collectLinks(documents, passages, firstOfDoc, size, find);
  const docIndex = new Map(documents.map((d, i) => [d.id, i]));
  const republished = new Map<string, { docId: string; share: number }>();
  for (const link of links) {
    const isOlder = rank[docIndex.get(link.otherDocId)!]! < rank[docIndex.get(link.docId)!]!;
    if (link.sharedShare < options.republishedMinShare || !isOlder) continue;
    const best = republished.get(link.docId);
    if (!best || link.sharedShare > best.share) republished.set(link.docId, { docId: link.otherDocId, share: link.sharedShare });
  }
  return {
    links,
    passageSource(docId, offset) {
      const doc = docIndex.get(docId);
      if (doc === undefined) return null;
      for (let i = firstOfDoc[doc]!; i < firstOfDoc[doc + 1]!; i++) {
        const { span } = passages[i]!;
        if (offset >= span.start && offset < span.end) return sourceOf.get(i) ?? null;
      }
      return null;
    },
    republishedFrom: (docId) => republished.get(docId) ?? null,
  };
}

function collectLinks(documents: readonly SourceDocument[], passages: readonly Passage[], firstOfDoc: Int32Array, size: Int32Array, find: (i: number) => number): DuplicateLink[] {
  const members = new Map<number, number[]>();
  passages.forEach((_, i) => {
    const root = find(i);
    if (size[root]! < 2) return;
    const list = members.get(root);
    if (list) list.push(i); else members.set(root, [i]);
  });
  const links: DuplicateLink[] = [];
  for (let doc = 0; doc < documents.length; doc++) {
    const own = firstOfDoc[doc + 1]! - firstOfDoc[doc]!;
    const shared = new Map<number, { count: number; best: number; span: Span; otherSpan: Span }>();
    for (let i = firstOfDoc[doc]!; i < firstOfDoc[doc + 1]!; i++) {
      const cluster = members.get(find(i));
      if (!cluster) continue;
      const seen = new Set<number>();
      for (const j of cluster) {
        const other = passages[j]!;
        if (other.doc === doc || seen.has(other.doc)) continue;
        seen.add(other.doc);
        const sim = similarity(passages[i]!.signature, other.signature);
        const entry = shared.get(other.doc);
        if (!entry) shared.set(other.doc, { count: 1, best: sim, span: passages[i]!.span, otherSpan: other.span });
        else { entry.count++; if (sim > entry.best) Object.assign(entry, { best: sim, span: passages[i]!.span, otherSpan: other.span }); }
      }
    }
    for (const [other, entry] of shared) {
      links.push({ docId: documents[doc]!.id, otherDocId: documents[other]!.id, similarity: entry.best, sharedShare: entry.count / own, span: entry.span, otherSpan: entry.otherSpan });
    }
  }
  return links;
}

/** Paragraphs (line breaks), with short ones merged into the next so a heading or a one-line lead is not compared alone. */
export function splitPassages(text: string, minWords: number): Span[] {
  const spans: Span[] = [];
  forEachPassage(text, minWords, (span) => spans.push(span));
  return spans;
}

/** Older first; a document with no date counts as newer than any dated one, then by id, so the order is total. */
function compareAge(a: SourceDocument, b: SourceDocument): number {
  const byId = a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  if (a.published && b.published) return a.published < b.published ? -1 : a.published > b.published ? 1 : byId;
  if (a.published) return -1;
  if (b.published) return 1;
  return byId;
}
