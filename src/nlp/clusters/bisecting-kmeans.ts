import { seededRandom } from '../ner/perceptron.js';

/**
 * Hierarchical word clusters from word vectors by bisecting spherical 2-means: the vocabulary is split
 * in two by cosine 2-means, then each half again, down to `maxDepth` levels or clusters smaller than
 * `minSize`. Each word gets the path of its leaf, as Brown clusters do, so a feature can read a short
 * prefix (a few coarse, part-of-speech-like classes) or the whole path (near-synonyms, names of one
 * kind). Why bisecting and not flat k-means at 2,000 centres: flat k-means costs words × centres per
 * pass (2·10^10 multiply-adds for 150k words), bisecting costs words × 2 per level, and gives the
 * nested granularities for free.
 *
 * A path is a node of an implicit binary tree, numbered like a heap: the root is 1, the children of
 * node p are 2p and 2p + 1. The path's length is the node's depth (31 − clz32(p)), and the prefix of
 * `bits` bits is `p >>> (depth − bits)`: every prefix is itself a node number, unique across depths.
 */
export interface BisectOptions {
  readonly maxDepth: number;
  readonly minSize: number;
  readonly iterations: number;
  readonly seed: number;
}

/** `vectors` holds `count` rows of `dims` numbers; returns each row's leaf node (see above). Deterministic. */
export function bisectingKMeans(vectors: Float32Array, dims: number, count: number, options: BisectOptions): Uint32Array {
  if (options.maxDepth > 30) throw new RangeError('paths are kept in 32-bit node numbers: depth 30 at most');
  const unit = normalisedRows(vectors, dims, count);
  const paths = new Uint32Array(count).fill(1);
  const random = seededRandom(options.seed);
  // Breadth-first over nodes so the generator is drawn in one fixed order, whatever the tree's shape.
  let level: Array<{ node: number; members: Int32Array }> = [{ node: 1, members: Int32Array.from({ length: count }, (_, i) => i) }];
  for (let depth = 0; depth < options.maxDepth && level.length > 0; depth++) {
    const next: typeof level = [];
    for (const { node, members } of level) {
      if (members.length < Math.max(2, options.minSize)) continue;
      const side = splitInTwo(unit, dims, members, options.iterations, random);
      const left = members.filter((_, k) => side[k] === 0);
      const right = members.filter((_, k) => side[k] === 1);
      if (left.length === 0 || right.length === 0) continue;   // identical vectors: nothing to split
      for (const i of left) paths[i] = node * 2;
      for (const i of right) paths[i] = node * 2 + 1;
      next.push({ node: node * 2, members: left }, { node: node * 2 + 1, members: right });
    }
    level = next;
  }
  return paths;
}

/** The first `bits` bits of a path; a shorter path is returned whole. 0 (no path) stays 0. */
export function pathPrefix(path: number, bits: number): number {
  if (path === 0) return 0;
  const depth = 31 - Math.clz32(path);
  return depth <= bits ? path : path >>> (depth - bits);
}

function normalisedRows(vectors: Float32Array, dims: number, count: number): Float64Array {
  const unit = new Float64Array(count * dims);
  for (let i = 0; i < count; i++) {
    let norm = 0;
    for (let d = 0; d < dims; d++) norm += vectors[i * dims + d]! ** 2;
    const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (let d = 0; d < dims; d++) unit[i * dims + d] = vectors[i * dims + d]! * scale;
  }
  return unit;
}

/**
 * Spherical 2-means over `members`: seeded k-means++ start (the first centre a random member, the
 * second drawn in proportion to its squared distance from the first), then assignment by cosine and
 * re-centring until nothing moves or `iterations` passes. Side 0 is the side of the lower row index
 * (the more frequent word, for a frequency-ordered vocabulary), so paths do not depend on the draw.
 */
function splitInTwo(unit: Float64Array, dims: number, members: Int32Array, iterations: number, random: () => number): Uint8Array {
  const m = members.length;
  const a = new Float64Array(dims);
  const b = new Float64Array(dims);
  const first = members[Math.floor(random() * m)]!;
  for (let d = 0; d < dims; d++) a[d] = unit[first * dims + d]!;
  const far = new Float64Array(m);
  let total = 0;
  for (let k = 0; k < m; k++) { far[k] = Math.max(0, 2 - 2 * dot(unit, members[k]!, dims, a)); total += far[k]!; }
  let pick = m - 1;
  for (let k = 0, target = random() * total; k < m; k++) { target -= far[k]!; if (target <= 0) { pick = k; break; } }
  for (let d = 0; d < dims; d++) b[d] = unit[members[pick]! * dims + d]!;
  const side = new Uint8Array(m);
  for (let pass = 0; pass < iterations; pass++) {
    let moved = 0;
    for (let k = 0; k < m; k++) {
      const s = dot(unit, members[k]!, dims, b) > dot(unit, members[k]!, dims, a) ? 1 : 0;
      if (s !== side[k] || pass === 0) { moved++; side[k] = s; }
    }
    if (moved === 0) break;
    recentre(unit, dims, members, side, 0, a);
    recentre(unit, dims, members, side, 1, b);
  }
  if (side[0] === 1) for (let k = 0; k < m; k++) side[k] = 1 - side[k]!;   // members are in row order
  return side;
}

function dot(unit: Float64Array, row: number, dims: number, centre: Float64Array): number {
  let s = 0;
  const at = row * dims;
  for (let d = 0; d < dims; d++) s += unit[at + d]! * centre[d]!;
  return s;
}

function recentre(unit: Float64Array, dims: number, members: Int32Array, side: Uint8Array, which: number, centre: Float64Array): void {
  centre.fill(0);
  for (let k = 0; k < members.length; k++) {
    if (side[k] !== which) continue;
    const at = members[k]! * dims;
    for (let d = 0; d < dims; d++) centre[d]! += unit[at + d]!;
  }
  let norm = 0;
  for (let d = 0; d < dims; d++) norm += centre[d]! ** 2;
  if (norm > 0) for (let d = 0, s = 1 / Math.sqrt(norm); d < dims; d++) centre[d]! *= s;
}
