import { readdirSync, readFileSync } from 'node:fs';

/** What the export tests need from a FollowTheMoney schema file: its parents and its own properties (with entity ranges). */
export interface FtmSchema {
  readonly name: string;
  readonly extends: readonly string[];
  /** Property name → range schema for entity-typed properties, null for other types. */
  readonly properties: ReadonlyMap<string, string | null>;
}

/**
 * Reads the few keys we check from FtM's YAML by indentation alone (the files use a regular two-space layout), so the
 * tests need no YAML dependency. Top-level key = schema; `  extends:` list; `  properties:` → `    <name>:` → `      range:`.
 */
export function readFtmSchemas(dir: URL): Map<string, FtmSchema> {
  const schemas = new Map<string, FtmSchema>();
  for (const file of readdirSync(dir).filter((f) => /\.ya?ml$/.test(f))) {
    let name = '';
    let section = '';
    let property = '';
    const parents: string[] = [];
    const properties = new Map<string, string | null>();
    for (const raw of readFileSync(new URL(file, dir), 'utf8').split('\n')) {
      const line = raw.replace(/\s+#.*$/, '');
      if (/^\s*(#|$)/.test(line)) continue;
      const indent = line.length - line.trimStart().length;
      const key = /^\s*([A-Za-z][\w]*):/.exec(line)?.[1];
      if (indent === 0 && key) { name = key; continue; }
      if (indent === 2 && key) { section = key; property = ''; continue; }
      if (section === 'extends' && indent >= 2) { const parent = /^\s*-\s*(\w+)/.exec(line)?.[1]; if (parent) parents.push(parent); continue; }
      if (section !== 'properties') continue;
      if (indent === 4 && key) { property = key; properties.set(key, null); continue; }
      const range = /^\s{6}range:\s*(\w+)/.exec(line)?.[1];
      if (property && range) properties.set(property, range);
    }
    if (name) schemas.set(name, { name, extends: parents, properties });
  }
  return schemas;
}

/** The schema and every schema it extends, nearest first. */
export function lineage(schemas: ReadonlyMap<string, FtmSchema>, name: string): string[] {
  const out: string[] = [];
  const visit = (n: string): void => {
    if (out.includes(n)) return;
    out.push(n);
    for (const p of schemas.get(n)?.extends ?? []) visit(p);
  };
  visit(name);
  return out;
}

/** Property → range (or null) over the whole lineage; undefined when the schema does not define the property at all. */
export function propertyRange(schemas: ReadonlyMap<string, FtmSchema>, schema: string, property: string): string | null | undefined {
  for (const n of lineage(schemas, schema)) {
    const props = schemas.get(n)?.properties;
    if (props?.has(property)) return props.get(property)!;
  }
  return undefined;
}

/** Problems in exported FtM entities: unknown schemas or properties, empty or non-string values, references that miss or break a range. */
export function ftmProblems(schemas: ReadonlyMap<string, FtmSchema>, entities: readonly { id: string; schema: string; properties: Readonly<Record<string, readonly string[]>> }[]): string[] {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const problems: string[] = [];
  for (const e of entities) {
    if (!schemas.has(e.schema)) { problems.push(`${e.id}: unknown schema ${e.schema}`); continue; }
    for (const [property, values] of Object.entries(e.properties)) {
      const range = propertyRange(schemas, e.schema, property);
      if (range === undefined) problems.push(`${e.schema}.${property} is not a property`);
      if (values.length === 0 || values.some((v) => typeof v !== 'string')) problems.push(`${e.schema}.${property} must be a non-empty list of strings`);
      if (!range) continue;
      for (const id of values) {
        const target = byId.get(id);
        if (!target) problems.push(`${e.schema}.${property} → missing ${id}`);
        else if (!lineage(schemas, target.schema).includes(range)) problems.push(`${e.schema}.${property} → ${target.schema}, expected ${range}`);
      }
    }
  }
  return problems;
}
