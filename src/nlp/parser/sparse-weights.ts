import type { Scorer } from './weights.js';

/**
 * Read-only weights as the model file stores them: per feature only its non-zero classes. A
 * perceptron row is mostly zeros (a feature is updated for the few classes it was confused between),
 * so the label model, dense, would take ~300 MB in memory; sparse it takes a few tens, and scoring
 * touches only the entries that exist.
 */
export class SparseWeights implements Scorer {
  private readonly table: Int32Array;   // key per slot
  private readonly slotRow: Int32Array; // row + 1 per slot; 0 = empty
  private readonly mask: number;

  constructor(
    readonly classes: number,
    readonly keys: Int32Array,
    /** Row r's entries are [start[r], start[r + 1]). */
    readonly start: Int32Array,
    readonly entryClass: Uint8Array,
    readonly entryValue: Float32Array,
  ) {
    let size = 16;
    while (size < keys.length * 2) size <<= 1;
    this.table = new Int32Array(size);
    this.slotRow = new Int32Array(size);
    this.mask = size - 1;
    for (let r = 0; r < keys.length; r++) {
      let i = Math.imul(keys[r]!, 0x9e3779b1) >>> 0 & this.mask;
      while (this.slotRow[i] !== 0) i = (i + 1) & this.mask;
      this.table[i] = keys[r]!;
      this.slotRow[i] = r + 1;
    }
  }

  score(features: Int32Array, count: number, scores: Float32Array): void {
    scores.fill(0, 0, this.classes);
    const { table, slotRow, mask, start, entryClass, entryValue } = this;
    for (let f = 0; f < count; f++) {
      const key = features[f]!;
      let i = Math.imul(key, 0x9e3779b1) >>> 0 & mask;
      let row = 0;
      for (;;) {
        const slot = slotRow[i]!;
        if (slot === 0) break;
        if (table[i] === key) { row = slot; break; }
        i = (i + 1) & mask;
      }
      if (row === 0) continue;
      for (let e = start[row - 1]!, end = start[row]!; e < end; e++) scores[entryClass[e]!]! += entryValue[e]!;
    }
  }
}
