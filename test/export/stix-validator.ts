import { readdirSync, readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

// CI keeps ../shared beside the checkout; compiled tests live in dist/test/export/.
const SCHEMAS = new URL('../../../../shared/data/schemas/stix2.1/schemas/', import.meta.url);
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

export type StixObject = Record<string, unknown> & { type: string; id: string };

const BASE = 'http://raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/schemas/';
// The OASIS bundle schema lists only some SDOs in its oneOf (no location, incident, note, grouping …); other types fall
// to its custom-object branch, whose oneOf [core, cyber-observable-core] both match, so any valid location "fails".
// So the envelope is validated with the listed types, and every object against its own SDO/SRO schema.
const BUNDLE_LISTED = new Set(['identity', 'threat-actor', 'intrusion-set', 'report', 'relationship']);

export function loadAjv(): Ajv2020 {
  const ajv = new Ajv2020({ strict: false, allErrors: true, unicodeRegExp: false, logger: false });  // the OASIS patterns use `\-`, invalid under the u flag
  addFormats(ajv);
  for (const dir of ['common', 'sdos', 'sros', 'observables']) {
    for (const file of readdirSync(new URL(`${dir}/`, SCHEMAS))) ajv.addSchema(JSON.parse(readFileSync(new URL(`${dir}/${file}`, SCHEMAS), 'utf8')));
  }
  return ajv;
}

const SDOS = new Set(readdirSync(new URL('sdos/', SCHEMAS)).map((f) => f.replace(/\.json$/, '')));

/**
 * Every problem found, as "type id: message" lines; empty when the bundle is valid. Beyond the OASIS schemas it checks
 * what STIX 2.1 asks of extensions (§7.3), which no JSON schema can: a type that is not one of STIX's own is a `new-sdo`
 * whose extension definition is in the bundle; every `extensions` entry names a definition in the bundle that declares
 * that extension type; and there are no deprecated bare custom objects (`x-…`) or properties (`x_…`).
 */
export function stixProblems(ajv: Ajv2020, b: { type: string; id: string; objects: StixObject[] }): string[] {
  const problems: string[] = [];
  const envelope = ajv.getSchema(`${BASE}common/bundle.json`)!;
  if (!envelope({ ...b, objects: b.objects.filter((o) => BUNDLE_LISTED.has(o.type)) })) problems.push(`bundle: ${ajv.errorsText(envelope.errors)}`);
  const definitions = new Map(b.objects.filter((o) => o.type === 'extension-definition').map((o) => [o.id, o]));
  for (const o of b.objects) {
    const own = o.type === 'relationship' || o.type === 'extension-definition' || SDOS.has(o.type);
    const schemaId = o.type === 'relationship' ? `${BASE}sros/relationship.json`
      : o.type === 'extension-definition' ? `${BASE}common/extension-definition.json`
        : own ? `${BASE}sdos/${o.type}.json` : `${BASE}common/core.json`;
    const validate = ajv.getSchema(schemaId);
    if (!validate) problems.push(`${o.id}: no schema for type ${o.type}`);
    else if (!validate(o)) problems.push(`${o.id}: ${ajv.errorsText(validate.errors)}`);
    if (!o.id.startsWith(`${o.type}--`)) problems.push(`${o.id}: id does not start with its type ${o.type}`);
    if (o.type.startsWith('x-')) problems.push(`${o.id}: bare custom object type ${o.type} (STIX 2.1 asks for an extension definition)`);
    for (const key of Object.keys(o)) if (key.startsWith('x_')) problems.push(`${o.id}: bare custom property ${key} (STIX 2.1 asks for an extension)`);
    const extensions = (o.extensions ?? {}) as Record<string, { extension_type?: string }>;
    for (const [id, entry] of Object.entries(extensions)) {
      if (!id.startsWith('extension-definition--')) continue;
      const definition = definitions.get(id);
      if (!definition) problems.push(`${o.id}: extension ${id} has no definition in the bundle`);
      else if (!(definition.extension_types as string[]).includes(entry.extension_type ?? '')) problems.push(`${o.id}: ${id} does not define ${entry.extension_type}`);
    }
    if (!own && !Object.values(extensions).some((e) => e.extension_type === 'new-sdo')) problems.push(`${o.id}: type ${o.type} is not STIX's and names no new-sdo extension`);
  }
  return problems;
}
