import type { SurfaceForm } from './surface-form.js';
import { namesConflict, personKey } from './person-name.js';

/**
 * Union-find over mention indices that refuses a union which would put two conflicting person
 * names in one entity (see namesConflict). Each root keeps its distinct full person names so the
 * check costs names × names, not mentions × mentions.
 */
export class MentionUnion {
  private readonly parent: Int32Array;
  private readonly rank: Uint8Array;
  private readonly names = new Map<number, SurfaceForm[]>();

  constructor(size: number) {
    this.parent = new Int32Array(size);
    this.rank = new Uint8Array(size);
    for (let i = 0; i < size; i++) this.parent[i] = i;
  }

  find(i: number): number {
    let root = i;
    while (this.parent[root] !== root) root = this.parent[root]!;
    while (this.parent[i] !== root) {
      const next = this.parent[i]!;
      this.parent[i] = root;
      i = next;
    }
    return root;
  }

  /** Registers a mention's full person name with its (so far singleton or current) cluster. */
  addPersonName(i: number, form: SurfaceForm): void {
    const root = this.find(i);
    const list = this.names.get(root) ?? [];
    const key = personKey(form);
    if (!list.some((f) => personKey(f) === key)) list.push(form);
    this.names.set(root, list);
  }

  personNames(i: number): readonly SurfaceForm[] {
    return this.names.get(this.find(i)) ?? [];
  }

  /** Whether joining the clusters of a and b would join two people who only share a name part. */
  wouldConflict(a: number, b: number): boolean {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return false;
    const na = this.names.get(ra);
    const nb = this.names.get(rb);
    if (!na || !nb) return false;
    return na.some((x) => nb.some((y) => namesConflict(x, y)));
  }

  /** Joins the clusters of a and b; false when they were already one or the join would conflict. */
  union(a: number, b: number, checked = true): boolean {
    let ra = this.find(a);
    let rb = this.find(b);
    if (ra === rb) return false;
    if (checked && this.wouldConflict(ra, rb)) return false;
    if (this.rank[ra]! < this.rank[rb]!) [ra, rb] = [rb, ra];
    this.parent[rb] = ra;
    if (this.rank[ra] === this.rank[rb]) this.rank[ra]!++;
    const moved = this.names.get(rb);
    if (moved) {
      this.names.delete(rb);
      const kept = this.names.get(ra) ?? [];
      for (const form of moved) if (!kept.some((f) => personKey(f) === personKey(form))) kept.push(form);
      this.names.set(ra, kept);
    }
    return true;
  }
}
