import type { Scorer } from './weights.js';

/**
 * The parser's three-move table in 8 bytes a slot instead of SparseWeights' 16 (64 MB instead of
 * 128 for the shipped model): the same hash and home slot, linear probing with Robin Hood insertion,
 * and a slot keeps a 16-bit tag instead of the 32-bit key, beside the three int16 weights. Why: the
 * parser looks up ~86 features a move in a table of ~3 M rows, and the time goes to cache and TLB
 * misses, not arithmetic; half the bytes is half the pages and twice the rows per cache line.
 *
 * Why a tag loses nothing: the hash (a multiply by an odd constant, mod 2^32) is a bijection, and
 * the low `bits` of it give the home slot. A slot's home and the hash's high `32 - bits` bits
 * therefore name exactly one key, and the home is the slot's index less its distance from home.
 * The tag stores the high bits and that distance, so a probe compares both and a hit is the key
 * itself, never a lookalike. Distances are short at the table's load (under half), and the table
 * doubles at build time if one does not fit in the tag's distance field.
 */
export class MoveWeights implements Scorer {
  readonly classes = 3;
  private readonly slots: Int32Array;   // per slot: tag << 16 | w0 & 0xffff, then w1 << 16 | w2 & 0xffff
  private readonly mask: number;
  private readonly bits: number;
  private readonly distanceBits: number;
  private found = new Int32Array(128);
  /** XOR of the prefetching reads, kept so that the engine cannot drop them as dead code. */
  touched = 0;

  private constructor(slots: Int32Array, bits: number) {
    this.slots = slots;
    this.bits = bits;
    this.mask = (1 << bits) - 1;
    this.distanceBits = bits - 16;
  }

  /**
   * Builds the table from the file's rows (keys; per row, entries start[r]..start[r+1] of class and
   * value), or returns null when the table is too small for a tag to hold both the high bits and a
   * useful distance (under 2^20 slots, i.e. 4 bits of distance): the caller then keeps SparseWeights,
   * which stores whole keys, and loses nothing, since a small table fits the caches anyway.
   */
  static build(keys: Int32Array, start: Int32Array, entryClass: Uint8Array, entryValue: Int16Array): MoveWeights | null {
    let bits = 4;
    while (1 << bits < keys.length * 2) bits++;
    if (bits < 20) return null;
    for (; bits <= 30; bits++) {
      const table = MoveWeights.fill(bits, keys, start, entryClass, entryValue);
      if (table) return table;
    }
    return null;
  }

  private static fill(bits: number, keys: Int32Array, start: Int32Array, entryClass: Uint8Array, entryValue: Int16Array): MoveWeights | null {
    const mask = (1 << bits) - 1;
    const distanceBits = bits - 16;
    // A slot stores its distance + 1, so that a tag is never 0 (an empty slot), and at most the field's
    // all-ones less one: a probe that reaches all ones then always stops (see score) before its tag wraps.
    const distanceMask = (1 << distanceBits) - 1;
    const slots = new Int32Array(2 << bits);
    const row = new Int32Array(3);
    // Loading is memory-bound (millions of random writes): as in SparseWeights, the home slots of a run
    // of rows are read first so that their misses overlap.
    const CHUNK = 256;
    const homes = new Int32Array(CHUNK);
    let touched = 0;
    for (let r = 0; r < keys.length; r++) {
      if (r % CHUNK === 0) {
        for (let j = 0; j < CHUNK && r + j < keys.length; j++) {
          homes[j] = Math.imul(keys[r + j]! || 1, 0x9e3779b1) & mask;
          touched ^= slots[homes[j]! << 1]!;
        }
      }
      const hash = Math.imul(keys[r]! || 1, 0x9e3779b1) >>> 0;   // a key of 0 is read as 1, as in SparseWeights
      let i = homes[r % CHUNK]!;
      let tag = ((hash >>> bits) << distanceBits) + 1;
      row.fill(0);
      for (let e = start[r]!; e < start[r + 1]!; e++) row[entryClass[e]!] = entryValue[e]!;
      let a = (tag << 16) | (row[0]! & 0xffff);
      let b = (row[1]! << 16) | (row[2]! & 0xffff);
      // Robin Hood insertion: a row that is further from home than the one in the slot takes the slot,
      // and the other moves on. Distances stay short at a high load, and a probe can stop early.
      let duplicate = false;
      for (;;) {
        const held = slots[i << 1]! >>> 16;
        if (held === 0) break;
        // Keys 0 and 1 are one feature: SparseWeights finds whichever came first in the file, so that one stays.
        if (held === tag) { duplicate = true; break; }
        if ((held & distanceMask) < (tag & distanceMask)) {
          const heldA = slots[i << 1]!, heldB = slots[(i << 1) + 1]!;
          slots[i << 1] = a; slots[(i << 1) + 1] = b;
          a = heldA; b = heldB; tag = held;
        }
        i = (i + 1) & mask; tag++; a = (a + 0x10000) | 0;
        if ((tag & distanceMask) === distanceMask) return null;   // the distance no longer fits its field: try a larger table
      }
      if (duplicate) continue;
      slots[i << 1] = a; slots[(i << 1) + 1] = b;
    }
    const table = new MoveWeights(slots, bits);
    table.touched = touched;
    return table;
  }

  /**
   * Sums the three moves' rows of the features in integer locals: every value is an int16 quantum and
   * ~90 features cannot sum past 2^24, so the float32 results equal SparseWeights' to the bit.
   */
  score(features: Int32Array, count: number, scores: Float32Array): void {
    const { slots, mask, bits, distanceBits } = this;
    const distanceMask = (1 << distanceBits) - 1;
    if (this.found.length < count) this.found = new Int32Array(count);
    const found = this.found;
    // Pass 1 reads each home slot without waiting on the others, so the misses are in flight together;
    // pass 2 then probes lines already on their way (software prefetching, as in SparseWeights).
    let touched = 0;
    for (let f = 0; f < count; f++) {
      const home = Math.imul(features[f]! || 1, 0x9e3779b1) & mask;
      found[f] = home;
      touched ^= slots[home << 1]!;
    }
    this.touched = touched;
    let shift = 0, left = 0, right = 0;
    for (let f = 0; f < count; f++) {
      const hash = Math.imul(features[f]! || 1, 0x9e3779b1) >>> 0;
      let tag = ((hash >>> bits) << distanceBits) + 1;
      let i = found[f]!;
      let word = slots[i << 1]!;
      let held = word >>> 16;
      // A slot nearer its home than this probe is to the feature's (an empty one is at 0) ends the probe:
      // Robin Hood insertion would have put the feature there.
      while (held !== tag) {
        if ((held & distanceMask) < (tag & distanceMask)) break;
        i = (i + 1) & mask; tag++;
        word = slots[i << 1]!;
        held = word >>> 16;
      }
      if (held !== tag) continue;
      const rest = slots[(i << 1) + 1]!;
      shift += (word << 16) >> 16; left += rest >> 16; right += (rest << 16) >> 16;
    }
    scores[0] = shift; scores[1] = left; scores[2] = right;
  }
}
