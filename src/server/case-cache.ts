import type { CaseSnapshot, Store } from '../core/index.js';

export const DEFAULT_CACHE_OPTIONS = Object.freeze({
  /** How often the store's row counts are compared, to notice an ingest made by another process. */
  recheckIntervalMs: 1000,
});

/**
 * Holds the analysed case for one revision. Writes through the API bump the revision at once;
 * writes by another process (a `dossier ingest` beside a running server) show up as changed row
 * counts at the next check. Concurrent requests during a rebuild share one build.
 */
export class CaseCache<View> {
  #revision = 0;
  #built: { readonly revision: number; readonly view: Promise<View> } | null = null;
  #countsKey: string | null = null;
  #checkedAt = -Infinity;

  constructor(
    private readonly store: Store,
    private readonly build: (snapshot: CaseSnapshot, revision: number) => View,
    private readonly options: typeof DEFAULT_CACHE_OPTIONS = DEFAULT_CACHE_OPTIONS,
  ) {}

  get revision(): number {
    return this.#revision;
  }

  /** Marks the cached view stale; the next request rebuilds it. */
  invalidate(): void {
    this.#revision++;
  }

  async current(): Promise<View> {
    await this.#noticeForeignWrites();
    const revision = this.#revision;
    if (this.#built?.revision !== revision) {
      const view = this.store.loadCase().then((snapshot) => this.build(snapshot, revision));
      this.#built = { revision, view };
      // A failed build must not stick: the next request tries again.
      view.catch(() => {
        if (this.#built?.view === view) this.#built = null;
      });
    }
    return this.#built!.view;
  }

  async #noticeForeignWrites(): Promise<void> {
    const now = performance.now();
    if (now - this.#checkedAt < this.options.recheckIntervalMs) return;
    this.#checkedAt = now;
    const key = JSON.stringify(await this.store.counts());
    if (this.#countsKey !== null && key !== this.#countsKey) this.#revision++;
    this.#countsKey = key;
  }
}
