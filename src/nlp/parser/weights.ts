/** What tagging and parsing need of a weight table: sum the rows of some features. */
export interface Scorer {
  readonly classes: number;
  score(features: Int32Array, count: number, scores: Float32Array): void;
}

/**
 * Averaged-perceptron weights keyed by 32-bit feature keys, one row of `classes` floats per key.
 *
 * Why a dictionary (open addressing over an Int32Array) and not a fixed hashed table: the label
 * classifier has ~50 classes, so a table big enough to keep collisions rare would be hundreds of
 * megabytes, nearly all zero. Here a row exists only for a feature that was ever updated, and the
 * model file stores exactly those rows. A probe is a multiply, a mask and usually one compare.
 */
export class FeatureWeights implements Scorer {
  keys: Int32Array;
  slots: Int32Array;       // row index + 1 per table slot; 0 = empty
  rows: Float32Array;
  totals: Float64Array | null;   // Σ c·Δw for averaging, only while training
  rowCount = 0;
  mask: number;

  constructor(readonly classes: number, capacityRows = 1 << 16, training = true) {
    let size = 1;
    while (size < capacityRows * 2) size <<= 1;
    this.keys = new Int32Array(size);
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    this.rows = new Float32Array(capacityRows * classes);
    this.totals = training ? new Float64Array(capacityRows * classes) : null;
  }

  private slotOf(key: number): number {
    let i = Math.imul(key, 0x9e3779b1) >>> 0 & this.mask;
    while (this.slots[i] !== 0 && this.keys[i] !== key) i = (i + 1) & this.mask;
    return i;
  }

  /** Row offset into `rows` for a key, or -1 if the feature was never seen. */
  find(key: number): number {
    const mask = this.mask;
    let i = Math.imul(key, 0x9e3779b1) >>> 0 & mask;
    for (;;) {
      const slot = this.slots[i]!;
      if (slot === 0) return -1;
      if (this.keys[i] === key) return (slot - 1) * this.classes;
      i = (i + 1) & mask;
    }
  }

  /** Row offset for a key, adding a zero row if it is new. */
  findOrAdd(key: number): number {
    const i = this.slotOf(key);
    if (this.slots[i] !== 0) return (this.slots[i]! - 1) * this.classes;
    if ((this.rowCount + 1) * 2 > this.keys.length) { this.grow(); return this.findOrAdd(key); }
    if ((this.rowCount + 1) * this.classes > this.rows.length) this.growRows();
    this.keys[i] = key;
    this.slots[i] = ++this.rowCount;
    return (this.rowCount - 1) * this.classes;
  }

  /** Adds each feature's row into `scores` (length `classes`). */
  score(features: Int32Array, count: number, scores: Float32Array): void {
    const C = this.classes;
    scores.fill(0, 0, C);
    const rows = this.rows;
    for (let f = 0; f < count; f++) {
      const at = this.find(features[f]!);
      if (at < 0) continue;
      for (let c = 0; c < C; c++) scores[c]! += rows[at + c]!;
    }
  }

  /** Perceptron update: +1 to `gold`, −1 to `guess` on every feature; `stamp` is the averaging clock. */
  update(features: Int32Array, count: number, gold: number, guess: number, stamp: number): void {
    const totals = this.totals!;
    for (let f = 0; f < count; f++) {
      const at = this.findOrAdd(features[f]!);
      this.rows[at + gold]! += 1; totals[at + gold]! += stamp;
      this.rows[at + guess]! -= 1; totals[at + guess]! -= stamp;
    }
  }

  /** Replaces the weights by their average over all `stamp` steps (the lazy-sum trick) and drops the sums. */
  average(stamp: number): void {
    const totals = this.totals!;
    const n = this.rowCount * this.classes;
    for (let i = 0; i < n; i++) this.rows[i] = this.rows[i]! - totals[i]! / stamp;
    this.totals = null;
  }

  /** The averaged weights as a new read-only table, leaving this one training (for per-epoch dev scores). */
  averagedCopy(stamp: number): FeatureWeights {
    const { keys, rows } = this.entries();
    const averaged = Float32Array.from(rows);
    const totals = this.totals!;
    for (let i = 0; i < averaged.length; i++) averaged[i] = averaged[i]! - totals[i]! / stamp;
    return FeatureWeights.fromEntries(this.classes, keys, averaged);
  }

  /** Rows and their keys in table order, for the model file. */
  entries(): { keys: Int32Array; rows: Float32Array } {
    const keys = new Int32Array(this.rowCount);
    for (let i = 0; i < this.slots.length; i++) if (this.slots[i] !== 0) keys[this.slots[i]! - 1] = this.keys[i]!;
    return { keys, rows: this.rows.subarray(0, this.rowCount * this.classes) };
  }

  /** Builds read-only weights from stored keys and rows. */
  static fromEntries(classes: number, keys: Int32Array, rows: Float32Array): FeatureWeights {
    const weights = new FeatureWeights(classes, Math.max(16, keys.length), false);
    weights.rows = rows;
    for (let r = 0; r < keys.length; r++) {
      const i = weights.slotOf(keys[r]!);
      weights.keys[i] = keys[r]!;
      weights.slots[i] = r + 1;
    }
    weights.rowCount = keys.length;
    return weights;
  }

  private grow(): void {
    const { keys, slots } = this;
    this.keys = new Int32Array(keys.length * 2);
    this.slots = new Int32Array(keys.length * 2);
    this.mask = this.keys.length - 1;
    for (let i = 0; i < keys.length; i++) {
      if (slots[i] === 0) continue;
      const j = this.slotOf(keys[i]!);
      this.keys[j] = keys[i]!;
      this.slots[j] = slots[i]!;
    }
  }

  private growRows(): void {
    const rows = new Float32Array(this.rows.length * 2);
    rows.set(this.rows);
    this.rows = rows;
    if (this.totals) { const totals = new Float64Array(this.totals.length * 2); totals.set(this.totals); this.totals = totals; }
  }
}
