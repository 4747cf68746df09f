/** Looks a name up in a gazetteer: the id of the listed entity it names, or null. */
export type GazetteerLookup = (name: string) => string | null;

export const DEFAULT_RESOLVE_OPTIONS: ResolveOptions = Object.freeze({
  minSkeletonWordLength: 5,   // letters; shorter words must match exactly (Saad is not Saeed)
  maxBlockSize: 500,          // person names compared per blocking key; a bigger block is skipped, not scanned
  gazetteer: null,            // a known alias list (e.g. the UN consolidated list); null = none
});

export interface ResolveOptions {
  readonly minSkeletonWordLength: number;
  readonly maxBlockSize: number;
  readonly gazetteer: GazetteerLookup | null;
}
