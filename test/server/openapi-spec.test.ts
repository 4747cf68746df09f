// The OpenAPI document checked by the OpenAPI Initiative's rules as the Python openapi-spec-validator applies them,
// where this machine has it (it is no dependency of dossier, so a machine without it skips, saying so).
// test/server/openapi.test.ts checks that the document agrees with what the server answers.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { buildOpenApiDocument } from '../../src/server/index.js';

const VALIDATE = 'import json, sys\nfrom openapi_spec_validator import validate\nvalidate(json.load(sys.stdin))\nprint("valid")';
const available = spawnSync('python3', ['-c', 'import openapi_spec_validator'], { encoding: 'utf8' }).status === 0;
const validate = (doc: unknown) => spawnSync('python3', ['-c', VALIDATE], { encoding: 'utf8', input: JSON.stringify(doc) });

test('openapi: the document is valid OpenAPI 3.1', { skip: available ? false : 'openapi-spec-validator is not installed here' }, () => {
  const run = validate(buildOpenApiDocument());
  assert.equal(run.status, 0, run.stderr);
  assert.equal(run.stdout.trim(), 'valid');
});

test('openapi: the validator refuses a broken document (guards the check above)', { skip: available ? false : 'openapi-spec-validator is not installed here' }, () => {
  const doc = buildOpenApiDocument() as { paths: Record<string, { get?: { responses: Record<string, unknown> } }> };
  doc.paths['/api/case']!.get!.responses['200'] = { content: {} };   // a response without its required description
  assert.notEqual(validate(doc).status, 0);
});
