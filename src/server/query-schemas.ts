import { z } from 'zod';
import { ENTITY_TYPES, PREDICATES, QueryError } from '../core/index.js';

// Query strings arrive as text; every schema here is strict so a misspelt parameter is a 400,
// not a silently ignored filter that makes the analyst think nothing matched.

const partialDate = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD');
const commaList = <const V extends readonly [string, ...string[]]>(values: V) =>
  z.string().transform((s) => s.split(',').map((part) => part.trim()).filter((part) => part.length > 0)).pipe(z.array(z.enum(values)).min(1));
const limit = (max: number, fallback: number) => z.coerce.number().int().min(1).max(max).default(fallback);
const offset = z.coerce.number().int().min(0).default(0);

/** Filters shared by the graph, assertions and timeline: the four the UI exposes. */
export const AssertionFilter = z.strictObject({
  predicate: commaList(PREDICATES).optional(),
  source: z.string().trim().min(1).max(200).optional(),
  from: partialDate.optional(),
  to: partialDate.optional(),
  minOrigins: z.coerce.number().int().min(1).max(1000).default(1),
  entity: z.string().min(1).max(200).optional(),
});
export type AssertionFilter = z.infer<typeof AssertionFilter>;

export const Paged = z.strictObject({ limit: limit(1000, 100), offset });

export const EntitiesQuery = z.strictObject({
  q: z.string().trim().min(1).max(200).optional(),
  type: commaList(ENTITY_TYPES).optional(),
  limit: limit(1000, 100),
  offset,
});

export const ClaimsQuery = z.strictObject({
  entity: z.string().min(1).max(200).optional(),
  document: z.string().min(1).max(200).optional(),
  predicate: commaList(PREDICATES).optional(),
  limit: limit(1000, 100),
  offset,
});

/** `other` with `entity` keeps the assertions between two entities: what one link of the graph stands for. */
export const AssertionsQuery = AssertionFilter.extend({ other: z.string().min(1).max(200).optional(), limit: limit(5000, 500), offset });
export const GraphQuery = AssertionFilter.extend({ maxNodes: z.coerce.number().int().min(1).max(20000).default(5000) });
export const TimelineQuery = AssertionFilter.extend({ limit: limit(20000, 2000), offset });
export const NoQuery = z.strictObject({});
// The 100 strongest assertions: a hub's full list, every mention in context, runs to megabytes; more are a `limit` away.
export const EntityQuery = z.strictObject({ limit: limit(5000, 100) });
export const ContradictionsQuery = z.strictObject({ entity: z.string().min(1).max(200).optional() });
export const SearchQuery = z.strictObject({ q: z.string().trim().min(1).max(200), limit: limit(200, 20) });
export const ExportQuery = z.strictObject({ format: z.string().min(1).max(40) });

/** A document posted for ingest: a URL to fetch, or text the browser read from a file the user chose. */
export const DocumentUpload = z.union([
  z.strictObject({ url: z.url({ protocol: /^https?$/ }) }),
  z.strictObject({
    name: z.string().trim().min(1).max(255).regex(/^[^/\\]+$/, 'a file name, not a path'),
    text: z.string().min(1),
    published: partialDate.optional(),
    outlet: z.string().trim().min(1).max(200).optional(),
    url: z.url({ protocol: /^https?$/ }).optional(),
  }),
]);
export type DocumentUpload = z.infer<typeof DocumentUpload>;

/** Parses or throws INPUT_INVALID naming the first offending field, which the error handler turns into a 400. */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  // A list item's index (`predicate.0`) is noise to a caller who sent one comma-separated parameter.
  const field = issue.path.filter((part) => typeof part === 'string').join('.') || (issue.code === 'unrecognized_keys' ? issue.keys.join(',') : 'input');
  throw new QueryError('INPUT_INVALID', issue.message, { field });
}
