import { readdirSync, readFileSync } from 'node:fs';
import countries from 'i18n-iso-countries';

/** What the export tests need from a FollowTheMoney schema file: parents, own properties (with ranges), required ones. */
export interface FtmSchema {
  readonly name: string;
  readonly extends: readonly string[];
  readonly abstract: boolean;
  /** Properties this schema itself requires; a schema also requires what its parents do (FtM's Schema.generate). */
  readonly required: readonly string[];
  /** Property name → range schema for entity-typed properties, null for other types. */
  readonly properties: ReadonlyMap<string, string | null>;
  /** Property name → FtM type (`date`, `country`, `url`, …); `string` when the file names none, as FtM defaults. */
  readonly types: ReadonlyMap<string, string>;
}

/**
 * Reads the few keys we check from FtM's YAML by indentation alone (the files use a regular two-space layout), so the
 * tests need no YAML dependency. Top-level key = schema; `  extends:` / `  required:` lists; `  abstract: true`;
 * `  properties:` → `    <name>:` → `      range:` / `      type:`.
 */
export function readFtmSchemas(dir: URL): Map<string, FtmSchema> {
  const schemas = new Map<string, FtmSchema>();
  for (const file of readdirSync(dir).filter((f) => /\.ya?ml$/.test(f))) {
    let name = '';
    let section = '';
    let property = '';
    const parents: string[] = [];
    const required: string[] = [];
    let abstract = false;
    const properties = new Map<string, string | null>();
    const types = new Map<string, string>();
    for (const raw of readFileSync(new URL(file, dir), 'utf8').split('\n')) {
      const line = raw.replace(/\s+#.*$/, '');
      if (/^\s*(#|$)/.test(line)) continue;
      const indent = line.length - line.trimStart().length;
      const key = /^\s*([A-Za-z][\w]*):/.exec(line)?.[1];
      if (indent === 0 && key) { name = key; continue; }
      if (indent === 2 && key) {
        section = key;
        property = '';
        if (key === 'abstract') abstract = /:\s*true\s*$/.test(line);
        continue;
      }
      const item = /^\s*-\s*(\w+)/.exec(line)?.[1];
      if (section === 'extends' && item) { parents.push(item); continue; }
      if (section === 'required' && item) { required.push(item); continue; }
      if (section !== 'properties') continue;
      if (indent === 4 && key) { property = key; properties.set(key, null); types.set(key, 'string'); continue; }
      const range = /^\s{6}range:\s*(\w+)/.exec(line)?.[1];
      if (property && range) properties.set(property, range);
      const type = /^\s{6}type:\s*"?(\w+)"?/.exec(line)?.[1];
      if (property && type) types.set(property, type);
    }
    if (name) schemas.set(name, { name, extends: parents, abstract, required, properties, types });
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

/** Property → FtM type over the whole lineage; undefined when the schema does not define the property. */
export function propertyType(schemas: ReadonlyMap<string, FtmSchema>, schema: string, property: string): string | undefined {
  for (const n of lineage(schemas, schema)) {
    const type = schemas.get(n)?.types.get(property);
    if (type !== undefined) return type;
  }
  return undefined;
}

/** Every property the schema requires, its parents' included. */
export function requiredProperties(schemas: ReadonlyMap<string, FtmSchema>, schema: string): string[] {
  return [...new Set(lineage(schemas, schema).flatMap((n) => schemas.get(n)?.required ?? []))];
}

// FtM's country type takes ISO 3166-1 alpha-2 in lower case plus codes of its own; these three are the ones dossier could meet.
const FTM_EXTRA_TERRITORIES = new Set(['zz', 'eu', 'xk']);

/** Value checks for the FtM types dossier writes; a type not listed here takes any non-empty string. */
const TYPE_CHECKS: Readonly<Record<string, (value: string) => boolean>> = {
  date: (v) => /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01])(T\d{2}(:\d{2}(:\d{2})?)?)?)?)?$/.test(v),
  country: (v) => FTM_EXTRA_TERRITORIES.has(v) || (/^[a-z]{2}$/.test(v) && countries.isValid(v.toUpperCase())),
  url: (v) => /^https?:\/\/[^\s]+$/.test(v),
};

/**
 * Problems in exported FtM entities: unknown or abstract schemas, unknown properties, required properties missing,
 * empty or non-string values, values not of the property's type, references that miss or break a range.
 */
export function ftmProblems(schemas: ReadonlyMap<string, FtmSchema>, entities: readonly { id: string; schema: string; properties: Readonly<Record<string, readonly string[]>> }[]): string[] {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const problems: string[] = [];
  for (const e of entities) {
    if (!schemas.has(e.schema)) { problems.push(`${e.id}: unknown schema ${e.schema}`); continue; }
    if (schemas.get(e.schema)!.abstract) problems.push(`${e.id}: ${e.schema} is abstract`);
    for (const property of requiredProperties(schemas, e.schema)) {
      if (!e.properties[property]?.length) problems.push(`${e.schema} ${e.id}: required ${property} is missing`);
    }
    for (const [property, values] of Object.entries(e.properties)) {
      const range = propertyRange(schemas, e.schema, property);
      if (range === undefined) problems.push(`${e.schema}.${property} is not a property`);
      if (values.length === 0 || values.some((v) => typeof v !== 'string' || v === '')) problems.push(`${e.schema}.${property} must be a non-empty list of non-empty strings`);
      const check = TYPE_CHECKS[propertyType(schemas, e.schema, property) ?? ''];
      for (const v of values) if (check && !check(v)) problems.push(`${e.schema}.${property}: "${v}" is not a valid ${propertyType(schemas, e.schema, property)}`);
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
