/**
 * Arc-hybrid transition system (Kuhlmann, Gómez-Rodríguez & Satta 2011) with the root token at the
 * end of the buffer (Ballesteros & Nivre 2013). Why arc-hybrid over arc-eager: every stack item is
 * headless, so the dynamic oracle's costs are three short counts with no special cases (Goldberg &
 * Nivre 2013), and with the root last the system can only ever build a single-rooted projective tree:
 * any input, however odd, ends in a valid tree, which the CoNLL-U output and the claim rules rely on.
 *
 *   SHIFT  (σ, b|β) ⇒ (σ|b, β)              not when b is the root
 *   LEFT   (σ|s0, b|β) ⇒ (σ, b|β), b → s0    into the root only when s0 is the last stack item
 *   RIGHT  (σ|s1|s0, β) ⇒ (σ|s1, β), s1 → s0
 */
export const SHIFT = 0;
export const LEFT = 1;
export const RIGHT = 2;
export const MOVES = 3;

export class ParserState {
  readonly stack: Int32Array;
  depth = 0;
  /** Front of the buffer; `n` is the root. */
  front = 0;
  /** Head of each word, `n` for the root, -1 until attached. */
  readonly heads: Int32Array;
  // Two outermost children on each side and the counts, for the features (index n is the root).
  readonly left1: Int32Array;
  readonly left2: Int32Array;
  readonly right1: Int32Array;
  readonly right2: Int32Array;
  readonly leftCount: Int32Array;
  readonly rightCount: Int32Array;

  constructor(readonly n: number) {
    this.stack = new Int32Array(n + 1);
    this.heads = new Int32Array(n).fill(-1);
    this.left1 = new Int32Array(n + 1).fill(-1);
    this.left2 = new Int32Array(n + 1).fill(-1);
    this.right1 = new Int32Array(n + 1).fill(-1);
    this.right2 = new Int32Array(n + 1).fill(-1);
    this.leftCount = new Int32Array(n + 1);
    this.rightCount = new Int32Array(n + 1);
  }

  get isTerminal(): boolean { return this.depth === 0 && this.front === this.n; }

  isLegal(move: number): boolean {
    if (move === SHIFT) return this.front < this.n;
    if (move === LEFT) return this.depth > 0 && (this.front < this.n || this.depth === 1);
    return this.depth >= 2;
  }

  apply(move: number): void {
    if (move === SHIFT) { this.stack[this.depth++] = this.front++; return; }
    const dependent = this.stack[--this.depth]!;
    this.attach(move === LEFT ? this.front : this.stack[this.depth - 1]!, dependent);
  }

  private attach(head: number, dependent: number): void {
    this.heads[dependent] = head;
    if (dependent < head) {
      this.leftCount[head]!++;
      if (this.left1[head] === -1 || dependent < this.left1[head]!) { this.left2[head] = this.left1[head]!; this.left1[head] = dependent; }
      else if (this.left2[head] === -1 || dependent < this.left2[head]!) this.left2[head] = dependent;
    } else {
      this.rightCount[head]!++;
      if (this.right1[head] === -1 || dependent > this.right1[head]!) { this.right2[head] = this.right1[head]!; this.right1[head] = dependent; }
      else if (this.right2[head] === -1 || dependent > this.right2[head]!) this.right2[head] = dependent;
    }
  }

  /**
   * Dynamic-oracle cost of a legal move against a projective gold tree: how many gold arcs that are
   * still reachable it makes unreachable (Goldberg & Nivre 2013, arc-hybrid).
   */
  cost(move: number, gold: Int32Array): number {
    const { stack, depth, front: b, n } = this;
    if (move === SHIFT) {
      let cost = 0;
      // b can still get its head from s0 (later RIGHT) or the buffer, not from deeper in the stack,
      // and can no longer take any stack item as a dependent.
      for (let i = 0; i < depth; i++) {
        const s = stack[i]!;
        if (i < depth - 1 && gold[b] === s) cost++;
        if (gold[s] === b) cost++;
      }
      return cost;
    }
    const s0 = stack[depth - 1]!;
    const head = move === LEFT ? b : stack[depth - 2]!;
    let cost = 0;
    const goldHead = gold[s0]!;
    if (goldHead !== head && (goldHead >= b || (depth >= 2 && goldHead === stack[depth - 2]))) cost++;
    for (let d = b; d < n; d++) if (gold[d] === s0) cost++;
    return cost;
  }
}
