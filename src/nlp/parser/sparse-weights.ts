import type { Scorer } from './weights.js';

/**
 * Read-only weights as the model file stores them, laid out so that a feature costs one or two
 * cache lines. Each table slot is [key, …]: with three classes or fewer (the parser's moves) the
 * row follows the key inline; otherwise the slot holds the offset of a packed run of the feature's
 * non-zero classes (a perceptron row is mostly zeros: a feature is updated only for the few classes
 * it was confused between). Values are the file's int16 quanta, summed as integers: one table has
 * one scale, so the argmax is the same without multiplying.
 *
 * Why this matters: the parser looks up ~160 features per word in a table of millions, so the time
 * goes to cache misses, not arithmetic; the first layout (parallel arrays for keys, rows, starts,
 * classes, values) cost five misses per feature and ran at a third of the speed.
 */
export class SparseWeights implements Scorer {
  private readonly slots: Int32Array;
  private readonly entries: Int32Array;   // per run: count, then (value << 8 | class) per entry
  private readonly mask: number;
  private readonly stride: number;
  private readonly inline: boolean;
  private found = new Int32Array(128);   // per feature of the current call: home slot, then the slot found or -1
  private readonly sums: Int32Array;   // per-class integer sums of the current call (see score)
  /** XOR of the prefetching reads, kept so that the engine cannot drop them as dead code. */
  touched = 0;

  constructor(readonly classes: number, keys: Int32Array, start: Int32Array, entryClass: Uint8Array, entryValue: Int16Array) {
    this.inline = classes <= 3;
    this.sums = new Int32Array(classes);
    this.stride = this.inline ? 1 + classes : 2;
    let size = 16;
    while (size < keys.length * 2) size <<= 1;
    this.mask = size - 1;
    this.slots = new Int32Array(size * this.stride);
    this.entries = new Int32Array(this.inline ? 0 : keys.length + entryValue.length);
    let at = 0;
    // Loading is memory-bound too (millions of random writes into the table): before each run of rows
    // is inserted, in file order, their home slots are read once so that the misses overlap (see score).
    const CHUNK = 256;
    const homes = new Int32Array(CHUNK);
    let touched = 0;
    for (let r = 0; r < keys.length; r++) {
      if (r % CHUNK === 0) {
        for (let j = 0; j < CHUNK && r + j < keys.length; j++) {
          homes[j] = Math.imul(keys[r + j]! || 1, 0x9e3779b1) >>> 0 & this.mask;
          touched ^= this.slots[homes[j]! * this.stride]!;
        }
      }
      const key = keys[r]! || 1;   // 0 marks an empty slot; a feature whose key is 0 is read as 1, at both ends
      let i = homes[r % CHUNK]!;
      while (this.slots[i * this.stride] !== 0) i = (i + 1) & this.mask;
      const slot = i * this.stride;
      this.slots[slot] = key;
      if (this.inline) {
        for (let e = start[r]!; e < start[r + 1]!; e++) this.slots[slot + 1 + entryClass[e]!] = entryValue[e]!;
      } else {
        this.slots[slot + 1] = at;
        this.entries[at++] = start[r + 1]! - start[r]!;
        for (let e = start[r]!; e < start[r + 1]!; e++) this.entries[at++] = (entryValue[e]! << 8) | entryClass[e]!;
      }
    }
    this.touched = touched;
  }

  score(features: Int32Array, count: number, scores: Float32Array): void {
    if (this.stride === 4) { this.scoreThree(features, count, scores); return; }
    if (this.inline) { this.scoreInline(features, count, scores); return; }
    const sums = this.sums;
    sums.fill(0);
    this.addTo(features, count, sums);
    for (let c = 0; c < this.classes; c++) scores[c] = sums[c]!;
  }

  /**
   * Adds the integer sums of the features' rows into `sums` (one per class), for a table of packed
   * runs (more than three classes). A caller may add a part it summed before, e.g. the tagger's
   * sums of a word's own features (tagger.ts): integer sums in any grouping equal score()'s.
   */
  addTo(features: Int32Array, count: number, sums: Int32Array): void {
    const found = this.probe(features, count);
    const { slots, entries } = this;
    // Sums each run four entries at a time: a run's classes are distinct, so the four adds do not
    // wait on one another (2.5x the single loop's rate). Every value is an int16 quantum and no call
    // sums past 2^24, so the integer sums equal the float32 ones in any order.
    for (let f = 0; f < count; f++) {
      const slot = found[f]!;
      if (slot < 0) continue;
      let e = slots[slot + 1]!;
      const end = e + 1 + entries[e]!;
      for (e++; e + 3 < end; e += 4) {
        const p = entries[e]!, q = entries[e + 1]!, r = entries[e + 2]!, t = entries[e + 3]!;
        sums[p & 0xff]! += p >> 8; sums[q & 0xff]! += q >> 8; sums[r & 0xff]! += r >> 8; sums[t & 0xff]! += t >> 8;
      }
      for (; e < end; e++) { const p = entries[e]!; sums[p & 0xff]! += p >> 8; }
    }
  }

  /** Each feature's slot in the table, or -1 where it is absent (in this.found, which it returns). */
  private probe(features: Int32Array, count: number): Int32Array {
    const { slots, entries, mask, stride } = this;
    if (this.found.length < count) this.found = new Int32Array(count);
    const found = this.found;
    // Pass 1 only reads each feature's home slot. The reads do not depend on one another, so the
    // CPU has dozens of cache misses in flight at once instead of one per probe loop; pass 2 then
    // probes lines that are already cached. This is software prefetching: ~30% faster parsing.
    let touched = 0;
    for (let f = 0; f < count; f++) {
      const home = Math.imul(features[f]! || 1, 0x9e3779b1) >>> 0 & mask;
      found[f] = home;
      touched ^= slots[home * stride]!;
    }
    this.touched = touched;
    // Pass 2 probes; a feature that is absent gets -1.
    for (let f = 0; f < count; f++) {
      const key = features[f]! || 1;
      let i = found[f]!;
      let slot = i * stride;
      for (;;) {
        const k = slots[slot]!;
        if (k === key) break;
        if (k === 0) { slot = -1; break; }
        i = (i + 1) & mask;
        slot = i * stride;
      }
      found[f] = slot;
      if (slot >= 0 && !this.inline) touched ^= entries[slots[slot + 1]!]!;   // the packed run is a second miss: start it now too
    }
    this.touched ^= touched;
    return found;
  }

  /** score() for an inline table of fewer than three classes (none ships; kept for any such table). */
  private scoreInline(features: Int32Array, count: number, scores: Float32Array): void {
    scores.fill(0, 0, this.classes);
    const found = this.probe(features, count);
    const { slots, stride } = this;
    for (let f = 0; f < count; f++) {
      const slot = found[f]!;
      if (slot < 0) continue;
      for (let c = 0; c < stride - 1; c++) scores[c]! += slots[slot + 1 + c]!;
    }
  }

  /**
   * score() for a three-class inline table (the parser's moves when the table is too small for
   * MoveWeights, which the shipped parser uses instead; see move-weights.ts): the same two passes,
   * with the row summed in three integer locals. Every value is an int16 quantum and ~90 features
   * cannot sum past 2^24, so a float32 holds each partial sum exactly and the result is the same as
   * summing into `scores` feature by feature; what goes is the per-feature
   * inner loop, the writes of found slots and the stores into the Float32Array (half the time when the
   * rows are already cached).
   */
  private scoreThree(features: Int32Array, count: number, scores: Float32Array): void {
    const { slots, mask } = this;
    if (this.found.length < count) this.found = new Int32Array(count);
    const found = this.found;
    let touched = 0;
    for (let f = 0; f < count; f++) {
      const home = Math.imul(features[f]! || 1, 0x9e3779b1) & mask;
      found[f] = home;
      touched ^= slots[home << 2]!;
    }
    this.touched = touched;
    let shift = 0, left = 0, right = 0;
    for (let f = 0; f < count; f++) {
      const key = features[f]! || 1;
      let i = found[f]!;
      let k = slots[i << 2]!;
      while (k !== key && k !== 0) { i = (i + 1) & mask; k = slots[i << 2]!; }
      if (k === 0) continue;
      const slot = i << 2;
      shift += slots[slot + 1]!; left += slots[slot + 2]!; right += slots[slot + 3]!;
    }
    scores[0] = shift; scores[1] = left; scores[2] = right;
  }
}
