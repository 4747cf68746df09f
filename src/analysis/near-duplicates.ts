import type { SourceDocument, Span } from '../core/index.js';
import type { DuplicateLink } from './types.js';
import { seededRandom } from './seeded-random.js';

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
  const hashes = makeHashes(options.minhashPermutations, options.randomSeed);
  const passages: Passage[] = [];
  documents.forEach((document, doc) => {
    for (const span of splitPassages(document.text, options.minPassageWords)) {
      const signature = minhash(document.text.slice(span.start, span.end), options.shingleWords, hashes);
      if (signature) passages.push({ doc, span, signature });
    }
  });

  const parent = passages.map((_, i) => i);
  const find = (i: number): number => { while (parent[i] !== i) { parent[i] = parent[parent[i]!]!; i = parent[i]!; } return i; };
  const rows = Math.max(1, Math.floor(options.minhashPermutations / options.lshBands));
  for (let band = 0; band < options.lshBands; band++) {
    const buckets = new Map<string, number[]>();
    passages.forEach((passage, i) => {
      const key = Array.from(passage.signature.subarray(band * rows, band * rows + rows)).join(',');
      const bucket = buckets.get(key);
      if (bucket) bucket.push(i); else buckets.set(key, [i]);
    });
    for (const bucket of buckets.values()) {
      if (bucket.length < 2) continue;
      for (let a = 0; a < bucket.length; a++) {
        const limit = bucket.length > MAX_BUCKET_PAIRS ? Math.min(a, 1) : a;
        for (let b = 0; b < limit; b++) {
          const p = passages[bucket[a]!]!;
          const q = passages[bucket[b]!]!;
          if (p.doc === q.doc) continue;
          if (similarity(p.signature, q.signature) >= options.nearDuplicateMinSimilarity) parent[find(bucket[a]!)] = find(bucket[b]!);
        }
      }
    }
  }

  // The canonical passage of a cluster is the one in the oldest document: copies point back to it.
  const canonical = new Map<number, number>();
  passages.forEach((passage, i) => {
    const root = find(i);
    const current = canonical.get(root);
    if (current === undefined || rank[passage.doc]! < rank[passages[current]!.doc]!) canonical.set(root, i);
  });
  const sourceOf = new Map<number, PassageSource>();
  const passagesOfDoc = new Map<number, number[]>();
  passages.forEach((passage, i) => {
    const list = passagesOfDoc.get(passage.doc);
    if (list) list.push(i); else passagesOfDoc.set(passage.doc, [i]);
    const origin = passages[canonical.get(find(i))!]!;
    if (origin.doc === passage.doc) return;
    sourceOf.set(i, { docId: documents[origin.doc]!.id, span: passage.span, otherSpan: origin.span, similarity: similarity(passage.signature, origin.signature) });
  });

  const links = collectLinks(documents, passages, passagesOfDoc, find);
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
      const list = passagesOfDoc.get(docIndex.get(docId) ?? -1) ?? [];
      for (const i of list) {
        const { span } = passages[i]!;
        if (offset >= span.start && offset < span.end) return sourceOf.get(i) ?? null;
      }
      return null;
    },
    republishedFrom: (docId) => republished.get(docId) ?? null,
  };
}

function collectLinks(documents: readonly SourceDocument[], passages: readonly Passage[], passagesOfDoc: ReadonlyMap<number, number[]>, find: (i: number) => number): DuplicateLink[] {
  const members = new Map<number, number[]>();
  passages.forEach((_, i) => {
    const root = find(i);
    const list = members.get(root);
    if (list) list.push(i); else members.set(root, [i]);
  });
  const links: DuplicateLink[] = [];
  for (const [doc, own] of passagesOfDoc) {
    const shared = new Map<number, { count: number; best: number; span: Span; otherSpan: Span }>();
    for (const i of own) {
      const seen = new Set<number>();
      for (const j of members.get(find(i)) ?? []) {
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
      links.push({ docId: documents[doc]!.id, otherDocId: documents[other]!.id, similarity: entry.best, sharedShare: entry.count / own.length, span: entry.span, otherSpan: entry.otherSpan });
    }
  }
  return links;
}

/** Paragraphs (line breaks), with short ones merged into the next so a heading or a one-line lead is not compared alone. */
export function splitPassages(text: string, minWords: number): Span[] {
  const spans: Span[] = [];
  let start = -1;
  let count = 0;
  const line = /[^\n]+/g;
  for (let match = line.exec(text); match; match = line.exec(text)) {
    const n = (match[0].match(/[\p{L}\p{N}]+/gu) ?? []).length;
    if (n === 0) continue;
    if (start < 0) start = match.index;
    count += n;
    if (count >= minWords) {
      spans.push({ start, end: match.index + match[0].length });
      start = -1;
      count = 0;
    }
  }
  return spans;
}

interface Hashes { readonly a: Uint32Array; readonly b: Uint32Array }

function makeHashes(count: number, seed: number): Hashes {
  const random = seededRandom(seed);
  const draw = (): number => (Math.floor(random() * 0xffffffff) | 1) >>> 0;
  return { a: Uint32Array.from({ length: count }, draw), b: Uint32Array.from({ length: count }, draw) };
}

/** MinHash signature of a passage's word k-shingles; null when it has fewer words than one shingle. */
export function minhash(text: string, shingleWords: number, hashes: Hashes): Uint32Array | null {
  const tokens = text.toLowerCase().match(/[\p{L}\p{N}]+/gu);
  if (!tokens || tokens.length < shingleWords) return null;
  const wordHashes = new Uint32Array(tokens.length);
  tokens.forEach((token, i) => { wordHashes[i] = fnv1a(token); });
  const size = hashes.a.length;
  const signature = new Uint32Array(size).fill(0xffffffff);
  for (let i = 0; i + shingleWords <= tokens.length; i++) {
    let shingle = 0x811c9dc5;
    for (let j = 0; j < shingleWords; j++) shingle = Math.imul(shingle ^ wordHashes[i + j]!, 0x01000193);
    for (let p = 0; p < size; p++) {
      let v = (Math.imul(shingle, hashes.a[p]!) + hashes.b[p]!) >>> 0;
      v ^= v >>> 15;
      v = Math.imul(v, 0x2c1b3c6d) >>> 0;
      v ^= v >>> 12;
      if (v >>> 0 < signature[p]!) signature[p] = v >>> 0;
    }
  }
  return signature;
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** The share of equal signature slots: an unbiased estimate of the Jaccard similarity of the shingle sets. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

/** Older first; a document with no date counts as newer than any dated one, then by id, so the order is total. */
function compareAge(a: SourceDocument, b: SourceDocument): number {
  if (a.published && b.published) return a.published.localeCompare(b.published) || a.id.localeCompare(b.id);
  if (a.published) return -1;
  if (b.published) return 1;
  return a.id.localeCompare(b.id);
}
