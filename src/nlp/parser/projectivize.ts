/**
 * Makes a tree projective by lifting (Kahane et al. 1998; the "path" scheme without label marks):
 * the shortest non-projective arc is re-attached to its head's head until none is left. Training
 * needs it because the arc-hybrid oracle is exact only on projective trees; about 1 sentence in 20 in
 * English UD has a crossing arc, so dropping them would also drop the constructions they hold.
 *
 * `heads` uses 0-based word indices and `n` for the root; the input is not modified.
 */
export function projectivize(heads: Int32Array): Int32Array {
  const n = heads.length;
  const lifted = Int32Array.from(heads);
  for (let guard = 0; guard < n * n; guard++) {
    let worst = -1;
    let worstLength = Infinity;
    for (let d = 0; d < n; d++) {
      const h = lifted[d]!;
      if (h === n) continue;
      const length = Math.abs(h - d);
      if (length < worstLength && !isProjectiveArc(lifted, h, d)) { worst = d; worstLength = length; }
    }
    if (worst < 0) return lifted;
    lifted[worst] = lifted[lifted[worst]!]!;
  }
  return lifted;
}

/** Whether every word strictly between h and d descends from h. */
function isProjectiveArc(heads: Int32Array, h: number, d: number): boolean {
  const n = heads.length;
  for (let k = Math.min(h, d) + 1; k < Math.max(h, d); k++) {
    let a = k;
    let steps = 0;
    while (a !== h && a !== n && steps++ <= n) a = heads[a]!;
    if (a !== h) return false;
  }
  return true;
}

/** Whether the whole tree is projective. */
export const isProjective = (heads: Int32Array): boolean => heads.every((h, d) => h === heads.length || isProjectiveArc(heads, h, d));
