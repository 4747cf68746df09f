import { gunzipSync, gzipSync } from 'node:zlib';
import { loadWordClusters, type WordClusters } from '../clusters/word-clusters.js';
import { MoveWeights } from './move-weights.js';
import { SparseWeights } from './sparse-weights.js';
import type { TaggerModel } from './tagger.js';
import type { FeatureWeights, Scorer } from './weights.js';

/** What the model file says about itself; the model card repeats it for people. */
export interface ParserModelInfo {
  readonly format: 'dossier-parser/2';
  readonly trainedOn: readonly string[];
  readonly seed: number;
  readonly epochs: Readonly<Record<string, number>>;
  readonly figures: Readonly<Record<string, number>>;
  /** The word-cluster file the features read (clusterFileId, models/clusters/), absent when they read none. */
  readonly clusters?: string;
  /** Set when the tagger was retrained alone (`--tagger-only --keep-parser`): what was kept from which training. */
  readonly taggerTrainedAlone?: string;
}

export interface ParserModel {
  readonly info: ParserModelInfo;
  readonly tagger: TaggerModel;
  readonly parser: Scorer;
  readonly labeler: Scorer;
  /** Dependency relations, full (`nmod:poss`), indexed by the labeler's classes. */
  readonly labels: readonly string[];
  /** The UPOS part of each joint tag. */
  readonly uposOfTag: readonly string[];
}

interface TableHeader { readonly classes: number; readonly rows: number; readonly entries: number; readonly scale: number }
interface Header {
  readonly info: ParserModelInfo;
  readonly labels: readonly string[];
  readonly tags: readonly string[];
  readonly tagDictionary: ReadonlyArray<readonly [string, number]>;
  /** The tagger's ambiguity classes (TaggerModel.ambiguity); absent in files from before they were added. */
  readonly ambiguity?: ReadonlyArray<readonly [string, number]>;
  readonly tables: readonly TableHeader[];
}

/** A table as stored: keys, entry counts per row, and quantised (class, value) entries. */
interface StoredTable { readonly header: TableHeader; readonly parts: Buffer[] }

// Values are int16 against the table's largest magnitude; entries that round to zero are dropped,
// as are entries smaller than `minMagnitude` × the largest (pruning: 0 keeps everything that survives rounding).
function storeTable(weights: FeatureWeights, minMagnitude: number): StoredTable {
  const { keys, rows } = weights.entries();
  const C = weights.classes;
  let max = 0;
  for (const w of rows) if (Math.abs(w) > max) max = Math.abs(w);
  const scale = max > 0 ? max / 32767 : 1;
  const floor = Math.max(1, Math.round((minMagnitude * max) / scale));
  const keptKeys: number[] = [];
  const lengths: number[] = [];
  const classes: number[] = [];
  const values: number[] = [];
  for (let r = 0; r < keys.length; r++) {
    let length = 0;
    for (let c = 0; c < C; c++) {
      const q = Math.round(rows[r * C + c]! / scale);
      if (Math.abs(q) < floor) continue;
      classes.push(c); values.push(q); length++;
    }
    if (length > 0) { keptKeys.push(keys[r]!); lengths.push(length); }
  }
  return {
    header: { classes: C, rows: keptKeys.length, entries: values.length, scale },
    parts: [Buffer.from(Int32Array.from(keptKeys).buffer), Buffer.from(Int16Array.from(values).buffer), Buffer.from(Uint8Array.from(lengths)), Buffer.from(Uint8Array.from(classes))],
  };
}

export interface TrainedParts {
  readonly info: ParserModelInfo;
  readonly tagger: FeatureWeights;
  readonly tags: readonly string[];
  readonly tagDictionary: ReadonlyMap<string, number>;
  readonly ambiguity?: ReadonlyMap<string, number> | undefined;
  readonly parser: FeatureWeights;
  readonly labeler: FeatureWeights;
  readonly labels: readonly string[];
}

// File layout: gzip( u32 header length | header JSON | per table: int32 keys, int16 values, u8 row lengths, u8 classes ).
// Training encodes the same tables twice (once to score the model as it will load, once with the
// figures in the header), so each table's stored form is kept for its weights and pruning level.
const stored = new WeakMap<FeatureWeights, Map<number, StoredTable>>();
function storedTable(weights: FeatureWeights, minMagnitude: number): StoredTable {
  const byLevel = stored.get(weights) ?? stored.set(weights, new Map()).get(weights)!;
  return byLevel.get(minMagnitude) ?? byLevel.set(minMagnitude, storeTable(weights, minMagnitude)).get(minMagnitude)!;
}

/** Per table, the smallest weight kept, as a share of the table's largest (0 keeps all that survive int16 rounding). */
export interface PruneLevels { readonly tagger?: number; readonly parser?: number; readonly labeler?: number }

export function encodeParserModel(parts: TrainedParts, prune: PruneLevels = {}): Buffer {
  const tables = [
    storedTable(parts.tagger, prune.tagger ?? 0), storedTable(parts.parser, prune.parser ?? 0), storedTable(parts.labeler, prune.labeler ?? 0),
  ];
  const header: Header = {
    info: parts.info, labels: parts.labels, tags: parts.tags, tagDictionary: [...parts.tagDictionary],
    ...(parts.ambiguity ? { ambiguity: [...parts.ambiguity] } : {}), tables: tables.map((t) => t.header),
  };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32LE(json.length);
  return gzipSync(Buffer.concat([length, json, ...tables.flatMap((t) => t.parts)]), { level: 9 });
}

/**
 * Reads a model file. A model trained with word clusters reads the shipped cluster file
 * (`clusters` overrides it, for tests), and refuses one built from other vectors than it was trained on.
 */
export function decodeParserModel(file: Buffer, clusters?: WordClusters): ParserModel {
  const raw = gunzipSync(file);
  const headerLength = raw.readUInt32LE(0);
  const header = JSON.parse(raw.subarray(4, 4 + headerLength).toString('utf8')) as Header;
  if (header.info.format !== 'dossier-parser/2') throw new RangeError(`unsupported parser model format ${header.info.format}`);
  let at = 4 + headerLength;
  const take = (bytes: number): ArrayBuffer => { const b = raw.buffer.slice(raw.byteOffset + at, raw.byteOffset + at + bytes); at += bytes; return b; };
  const tables = header.tables.map((t) => {
    const keys = new Int32Array(take(t.rows * 4));
    const values = new Int16Array(take(t.entries * 2));
    const lengths = new Uint8Array(take(t.rows));
    const classes = new Uint8Array(take(t.entries));
    const start = new Int32Array(t.rows + 1);
    for (let r = 0; r < t.rows; r++) start[r + 1] = start[r]! + lengths[r]!;
    // The parser's moves (three classes, millions of rows) get the half-size layout; see move-weights.ts.
    return (t.classes === 3 ? MoveWeights.build(keys, start, classes, values) : null) ?? new SparseWeights(t.classes, keys, start, classes, values);
  });
  if (at !== raw.length || tables.length !== 3) throw new RangeError('parser model file is truncated or has extra bytes');
  const wordClusters = header.info.clusters === undefined ? undefined : clusters ?? loadWordClusters();
  if (wordClusters && wordClusters.id !== header.info.clusters) {
    throw new RangeError(`parser model was trained on word clusters from ${header.info.clusters}, the cluster file is ${wordClusters.id}`);
  }
  return {
    info: header.info,
    tagger: {
      tags: header.tags, weights: tables[0]!, tagDictionary: new Map(header.tagDictionary), clusters: wordClusters,
      ambiguity: header.ambiguity ? new Map(header.ambiguity) : undefined,
    },
    parser: tables[1]!,
    labeler: tables[2]!,
    labels: header.labels,
    uposOfTag: header.tags.map((t) => t.slice(0, t.indexOf('|'))),
  };
}

/**
 * A model file with its tagger replaced and its parser and labeller tables kept byte for byte: for a
 * tagger retrained alone (`npm run train:parser -- --tagger-only --keep-parser FILE`). The tag set must
 * be the same, since the parser's features read tag indices.
 */
export function replaceTagger(file: Buffer, tagger: Pick<TrainedParts, 'tagger' | 'tags' | 'tagDictionary' | 'ambiguity'>, info: ParserModelInfo): Buffer {
  const raw = gunzipSync(file);
  const headerLength = raw.readUInt32LE(0);
  const header = JSON.parse(raw.subarray(4, 4 + headerLength).toString('utf8')) as Header;
  if (JSON.stringify(header.tags) !== JSON.stringify(tagger.tags)) throw new RangeError('the new tagger\'s tag set differs from the one the parser was trained on');
  const old = header.tables[0]!;
  const oldTaggerBytes = old.rows * 4 + old.entries * 2 + old.rows + old.entries;
  const table = storedTable(tagger.tagger, 0);
  const next: Header = {
    ...header, info, tagDictionary: [...tagger.tagDictionary],
    ...(tagger.ambiguity ? { ambiguity: [...tagger.ambiguity] } : {}), tables: [table.header, ...header.tables.slice(1)],
  };
  const json = Buffer.from(JSON.stringify(next), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32LE(json.length);
  return gzipSync(Buffer.concat([length, json, ...table.parts, raw.subarray(4 + headerLength + oldTaggerBytes)]), { level: 9 });
}
