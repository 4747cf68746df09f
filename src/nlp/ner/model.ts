import { gunzipSync, gzipSync } from 'node:zlib';
import type { FeatureTables } from './features.js';
import type { PhraseIndex } from './gazetteer-index.js';
import { LABELS, LABEL_COUNT } from './labels.js';

/** What the model file says about itself; the model card repeats it for people. */
export interface ModelInfo {
  readonly format: 'dossier-ner/1';
  readonly labels: readonly string[];
  readonly bucketBits: number;
  readonly trainedOn: readonly string[];
  readonly epochs: number;
  readonly seed: number;
  readonly figures: Readonly<Record<string, number>>;
}

export interface NerModel {
  readonly info: ModelInfo;
  /**
   * (2^bucketBits) × LABEL_COUNT, row-major by feature bucket, in units of `scale`. A loaded model
   * keeps the int16 table of the file: half the memory of float32, so the table stays in the CPU
   * cache and tagging runs about twice as fast; training works on float32.
   */
  readonly weights: Float32Array | Int16Array;
  readonly scale: number;
  /** (LABEL_COUNT + 1) × LABEL_COUNT: row 0 from the sentence start, row p + 1 from label p. */
  readonly transitions: Float32Array;
  readonly tables: FeatureTables;
}

interface Header {
  readonly info: ModelInfo;
  readonly scale: number;
  readonly transitions: readonly number[];
  readonly caseProfile: Readonly<Record<string, number>>;
}

// File layout: gzip( u32 header length | header JSON | int16 weights ). Weights are quantised to
// int16 against the largest magnitude: tagging is unchanged at that precision, and the mostly-zero
// table compresses to a few megabytes, well under the 25 MB budget for a committed model.
export function encodeModel(model: NerModel): Buffer {
  let max = 0;
  for (const w of model.weights) if (Math.abs(w * model.scale) > max) max = Math.abs(w * model.scale);
  const scale = max > 0 ? max / 32767 : 1;
  const quantised = new Int16Array(model.weights.length);
  for (let i = 0; i < quantised.length; i++) quantised[i] = Math.round((model.weights[i]! * model.scale) / scale);
  const header: Header = {
    info: model.info, scale, transitions: [...model.transitions],
    caseProfile: Object.fromEntries(model.tables.caseProfile),
  };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const pad = (4 - ((4 + json.length) % 4)) % 4;
  const length = Buffer.alloc(4);
  length.writeUInt32LE(json.length + pad);
  return gzipSync(Buffer.concat([length, json, Buffer.alloc(pad, 0x20), Buffer.from(quantised.buffer)]), { level: 9 });
}

export function decodeModel(file: Buffer, phrases: PhraseIndex): NerModel {
  const raw = gunzipSync(file);
  const headerLength = raw.readUInt32LE(0);
  const header = JSON.parse(raw.subarray(4, 4 + headerLength).toString('utf8')) as Header;
  if (header.info.format !== 'dossier-ner/1' || header.info.labels.join() !== LABELS.join()) throw new RangeError(`unsupported NER model format ${header.info.format}`);
  const body = raw.subarray(4 + headerLength);
  const quantised = new Int16Array(body.buffer.slice(body.byteOffset, body.byteOffset + body.length));
  const expected = (1 << header.info.bucketBits) * LABEL_COUNT;
  if (quantised.length !== expected) throw new RangeError(`NER model has ${quantised.length} weights, expected ${expected}`);
  return {
    info: header.info,
    weights: quantised,
    scale: header.scale,
    transitions: Float32Array.from(header.transitions),
    tables: { caseProfile: new Map(Object.entries(header.caseProfile)), phrases, bucketBits: header.info.bucketBits },
  };
}
