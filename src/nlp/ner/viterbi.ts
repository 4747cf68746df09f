import { FEATURES_PER_TOKEN } from './features.js';
import { isAllowedTransition, LABEL_COUNT } from './labels.js';

const L = LABEL_COUNT;
// Row 0 is the sentence start, row p + 1 the previous label p; forbidden IOB2 moves are never taken.
const ALLOWED = new Uint8Array((L + 1) * L);
for (let from = -1; from < L; from++) for (let to = 0; to < L; to++) ALLOWED[(from + 1) * L + to] = isAllowedTransition(from, to) ? 1 : 0;

let emissions = new Float64Array(0);
if (L !== 9) throw new Error('scoreEmissions is unrolled for 9 labels');

/** XOR of the prefetching reads, kept so that the engine cannot drop them as dead code. */
export let touched = 0;

// The sum over ~46 features × 9 labels is the hot loop of tagging: nine running sums in registers
// instead of read-modify-write on an array make it about twice as fast.
function scoreEmissions(feats: Int32Array, n: number, w: Float32Array | Int16Array, scale: number, F: number): void {
  // The rows are random reads in a table of ~18 MB, so the time goes to cache misses. This pass only
  // reads the first value of every row of the sentence: the reads do not depend on one another, so
  // the CPU keeps many misses in flight, and the summing pass below finds the rows cached (the
  // parser's tables do the same, sparse-weights.ts). The sums are unchanged.
  let seen = 0;
  for (let f = 0, end = n * F; f < end; f++) seen ^= w[feats[f]! * 9]!;
  touched = seen;
  for (let t = 0; t < n; t++) {
    let e0 = 0, e1 = 0, e2 = 0, e3 = 0, e4 = 0, e5 = 0, e6 = 0, e7 = 0, e8 = 0;
    for (let f = t * F, end = f + F; f < end; f++) {
      const b = feats[f]! * 9;
      e0 += w[b]!; e1 += w[b + 1]!; e2 += w[b + 2]!; e3 += w[b + 3]!; e4 += w[b + 4]!;
      e5 += w[b + 5]!; e6 += w[b + 6]!; e7 += w[b + 7]!; e8 += w[b + 8]!;
    }
    const e = t * 9;
    emissions[e] = e0 * scale; emissions[e + 1] = e1 * scale; emissions[e + 2] = e2 * scale;
    emissions[e + 3] = e3 * scale; emissions[e + 4] = e4 * scale; emissions[e + 5] = e5 * scale;
    emissions[e + 6] = e6 * scale; emissions[e + 7] = e7 * scale; emissions[e + 8] = e8 * scale;
  }
}
let delta = new Float64Array(0);
let back = new Int32Array(0);

/**
 * First-order Viterbi over summed feature weights plus label-transition weights. Exact decoding costs
 * 81 additions a token for 9 labels, little beside the ~400 feature lookups, and unlike greedy
 * left-to-right decoding it cannot strand an I-ORG after a B-PER. `featuresPerToken` is the row width
 * of `feats`: the second stage (second-stage.ts) adds its own features to the first stage's, and
 * passes `allowed` labels (a bit per label, per token) to keep most tokens as the first stage tagged them.
 */
export function viterbiDecode(feats: Int32Array, n: number, weights: Float32Array | Int16Array, scale: number, transitions: Float32Array, out: Int32Array, featuresPerToken: number = FEATURES_PER_TOKEN, allowed?: Int32Array): void {
  if (emissions.length < n * L) { emissions = new Float64Array(n * L * 2); delta = new Float64Array(n * L * 2); back = new Int32Array(n * L * 2); }
  scoreEmissions(feats, n, weights, scale, featuresPerToken);
  if (allowed) for (let t = 0; t < n; t++) for (let l = 0; l < L; l++) if (!((allowed[t]! >> l) & 1)) emissions[t * L + l] = -Infinity;
  for (let l = 0; l < L; l++) delta[l] = ALLOWED[l] ? transitions[l]! + emissions[l]! : -Infinity;
  for (let t = 1; t < n; t++) {
    const cur = t * L;
    const prev = cur - L;
    for (let l = 0; l < L; l++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < L; p++) {
        const row = (p + 1) * L + l;
        if (!ALLOWED[row]) continue;
        const v = delta[prev + p]! + transitions[row]!;
        if (v > best) { best = v; arg = p; }
      }
      delta[cur + l] = best + emissions[cur + l]!;
      back[cur + l] = arg;
    }
  }
  let last = 0;
  const lastRow = (n - 1) * L;
  for (let l = 1; l < L; l++) if (delta[lastRow + l]! > delta[lastRow + last]!) last = l;
  for (let t = n - 1; t >= 0; t--) {
    out[t] = last;
    last = back[t * L + last]!;
  }
}
