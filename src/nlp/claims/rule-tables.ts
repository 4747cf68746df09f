import { CONSTRUCTIONS } from './constructions/index.js';
import { PARSE_ROWS } from './parse-rules/index.js';

/** Anything a rule table holds: a named row. Both the window constructions and the parse rules qualify. */
export interface NamedRow {
  readonly name: string;
}

/**
 * The rule tables claims are read with, by table name. `dossier extract --without NAME` and
 * `npm run eval -- --ablate NAME` switch rows off by the names listed here, so a new table (the parse
 * rules) joins ablation by adding one line, and reading it through `activeRows`.
 */
export const RULE_TABLES: Readonly<Record<string, readonly NamedRow[]>> = Object.freeze({
  constructions: CONSTRUCTIONS,
  parse: PARSE_ROWS,
});

export interface ClaimOptions {
  /**
   * Rows to switch off, for ablation. A pattern is a row name ("verb"), a name qualified by its table
   * ("constructions:verb"), or either ending in `*` for a prefix ("hyphen-*"). Empty: every row runs.
   */
  readonly without: readonly string[];
}

export const DEFAULT_CLAIM_OPTIONS: ClaimOptions = Object.freeze({ without: Object.freeze([]) });

/** Whether `pattern` names the row `name` of `table`. */
export function rowMatches(table: string, name: string, pattern: string): boolean {
  const colon = pattern.indexOf(':');
  if (colon >= 0 && pattern.slice(0, colon) !== table) return false;
  const bare = colon >= 0 ? pattern.slice(colon + 1) : pattern;
  return bare.endsWith('*') ? name.startsWith(bare.slice(0, -1)) : name === bare;
}

/** The rows of a table that `without` leaves running, in table order; the table itself when nothing is off. */
export function activeRows<T extends NamedRow>(table: string, rows: readonly T[], without: readonly string[]): readonly T[] {
  if (without.length === 0) return rows;
  return rows.filter((row) => !without.some((p) => rowMatches(table, row.name, p)));
}

/** Every row name, qualified by its table, in table order: what `--list` prints and `--without` accepts. */
export function ruleNames(): { readonly table: string; readonly name: string }[] {
  return Object.entries(RULE_TABLES).flatMap(([table, rows]) => rows.map((row) => ({ table, name: row.name })));
}

/** The patterns that name no row at all (a typo would otherwise ablate nothing and look like "no effect"). */
export function unknownPatterns(patterns: readonly string[]): string[] {
  const names = ruleNames();
  return patterns.filter((p) => !names.some(({ table, name }) => rowMatches(table, name, p)));
}
