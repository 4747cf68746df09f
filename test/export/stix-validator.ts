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

/** Every problem found, as "type id: message" lines; empty when the bundle is valid. */
export function stixProblems(ajv: Ajv2020, b: { type: string; id: string; objects: StixObject[] }): string[] {
  const problems: string[] = [];
  const envelope = ajv.getSchema(`${BASE}common/bundle.json`)!;
  if (!envelope({ ...b, objects: b.objects.filter((o) => BUNDLE_LISTED.has(o.type)) })) problems.push(`bundle: ${ajv.errorsText(envelope.errors)}`);
  for (const o of b.objects) {
    const schemaId = o.type === 'relationship' ? `${BASE}sros/relationship.json`
      : o.type.startsWith('x-') ? `${BASE}common/core.json` : `${BASE}sdos/${o.type}.json`;
    const validate = ajv.getSchema(schemaId);
    if (!validate) problems.push(`${o.id}: no schema for type ${o.type}`);
    else if (!validate(o)) problems.push(`${o.id}: ${ajv.errorsText(validate.errors)}`);
  }
  return problems;
}

