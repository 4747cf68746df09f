import { gunzipSync, gzipSync } from 'node:zlib';
import type { FeatureTables } from './features.js';
import type { PhraseIndex } from './gazetteer-index.js';
import { LABELS, LABEL_COUNT } from './labels.js';

/** What the model file says about itself; the model card repeats it for people. */
export interface ModelInfo {
  /** /2 files carry a second stage (second-stage.ts) after the first; /1 files only the first. */
  readonly format: 'dossier-ner/1' | 'dossier-ner/2';
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
  /** Weights over SECOND_STAGE_FEATURES_PER_TOKEN features, re-tagging with the first stage's labels in view. */
  readonly secondStage?: StageWeights;
}

/** One stage's emission and transition weights, laid out as NerModel's. */
export interface StageWeights {
  readonly weights: Float32Array | Int16Array;
  readonly scale: number;
  readonly transitions: Float32Array;
}

interface Header {
  readonly info: ModelInfo;
  readonly scale: number;
  readonly transitions: readonly number[];
  readonly caseProfile: Readonly<Record<string, number>>;
  readonly secondStage?: { readonly scale: number; readonly transitions: readonly number[] };
}

/** int16 copy of a stage's weights against their largest magnitude, and the scale that undoes it. */
function quantise(stage: StageWeights): { quantised: Int16Array; scale: number } {
  let max = 0;
  for (const w of stage.weights) if (Math.abs(w * stage.scale) > max) max = Math.abs(w * stage.scale);
  const scale = max > 0 ? max / 32767 : 1;
  const quantised = new Int16Array(stage.weights.length);
  for (let i = 0; i < quantised.length; i++) quantised[i] = Math.round((stage.weights[i]! * stage.scale) / scale);
  return { quantised, scale };
}

// File layout: gzip( u32 header length | header JSON | int16 weights | int16 second-stage weights, if
// any ). Each table is quantised to int16 against its own largest magnitude: tagging is unchanged at
// that precision, and the mostly-zero tables compress to a few megabytes, well under the 10 MB budget.
export function encodeModel(model: NerModel): Buffer {
  const first = quantise(model);
  const second = model.secondStage ? quantise(model.secondStage) : null;
  const header: Header = {
    info: { ...model.info, format: second ? 'dossier-ner/2' : 'dossier-ner/1' }, scale: first.scale, transitions: [...model.transitions],
    caseProfile: Object.fromEntries(model.tables.caseProfile),
    ...(second && model.secondStage ? { secondStage: { scale: second.scale, transitions: [...model.secondStage.transitions] } } : {}),
  };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const pad = (4 - ((4 + json.length) % 4)) % 4;
  const length = Buffer.alloc(4);
  length.writeUInt32LE(json.length + pad);
  const tables = [first, ...(second ? [second] : [])].map((q) => Buffer.from(q.quantised.buffer));
  return gzipSync(Buffer.concat([length, json, Buffer.alloc(pad, 0x20), ...tables]), { level: 9 });
}

export function decodeModel(file: Buffer, phrases: PhraseIndex): NerModel {
  const raw = gunzipSync(file);
  const headerLength = raw.readUInt32LE(0);
  const header = JSON.parse(raw.subarray(4, 4 + headerLength).toString('utf8')) as Header;
  const stages = header.info.format === 'dossier-ner/1' ? 1 : header.info.format === 'dossier-ner/2' ? 2 : 0;
  if (stages === 0 || header.info.labels.join() !== LABELS.join()) throw new RangeError(`unsupported NER model format ${header.info.format}`);
  if ((stages === 2) !== (header.secondStage !== undefined)) throw new RangeError(`NER model format ${header.info.format} and its header disagree about a second stage`);
  const body = raw.subarray(4 + headerLength);
  const quantised = new Int16Array(body.buffer.slice(body.byteOffset, body.byteOffset + body.length));
  const perStage = (1 << header.info.bucketBits) * LABEL_COUNT;
  if (quantised.length !== perStage * stages) throw new RangeError(`NER model has ${quantised.length} weights, expected ${perStage * stages}`);
  return {
    info: header.info,
    weights: quantised.subarray(0, perStage),
    scale: header.scale,
    transitions: Float32Array.from(header.transitions),
    tables: { caseProfile: new Map(Object.entries(header.caseProfile)), phrases, bucketBits: header.info.bucketBits },
    ...(header.secondStage ? { secondStage: { weights: quantised.subarray(perStage), scale: header.secondStage.scale, transitions: Float32Array.from(header.secondStage.transitions) } } : {}),
  };
}
