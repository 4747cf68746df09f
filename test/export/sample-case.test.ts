// Every format over the fictional sample case (examples/sample/, all invented), run through the real pipeline:
// whatever the extractors produce, the exports must stay valid and must never state a claim without its source.
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import type { AnalyzedDocument, CaseSnapshot } from '../../src/core/index.js';
import { analyzeCase } from '../../src/analysis/index.js';
import { exportCase } from '../../src/export/index.js';
import { readClaimsExtension } from '../../src/export/stix-extension.js';
import { loadSources, readManifest } from '../../src/ingest/index.js';
import { analyzeDocument } from '../../src/nlp/index.js';
import { resolveEntities } from '../../src/resolve/index.js';
import { ftmProblems, readFtmSchemas } from './ftm-schema-reader.js';
import { readGraphml } from './graphml-reader.js';
import { loadAjv, stixProblems, type StixObject } from './stix-validator.js';

const SAMPLE = new URL('../../../examples/sample/', import.meta.url);

async function sampleCase(): Promise<CaseSnapshot> {
  const manifest = readManifest(fileURLToPath(new URL('manifest.csv', SAMPLE)));
  const documents: AnalyzedDocument[] = [];
  for await (const outcome of loadSources([fileURLToPath(SAMPLE)], manifest)) {
    if (outcome.status === 'loaded') documents.push(analyzeDocument(outcome.document));
  }
  return { documents, resolution: resolveEntities(documents), overrides: [], sourceGrades: [] };
}

const snapshot = await sampleCase();
const input = { snapshot, analysis: analyzeCase(snapshot) };

test('sample case: the pipeline yields documents and assertions to export (guards the checks below)', () => {
  assert.ok(snapshot.documents.length >= 12, `${snapshot.documents.length} documents`);
  assert.ok(input.analysis.assertions.length >= 10, `${input.analysis.assertions.length} assertions`);
});

test('sample case: STIX validates; every negated assertion is a not-* relationship', () => {
  const bundle = JSON.parse(exportCase('stix', input)) as { type: string; id: string; objects: StixObject[] };
  assert.deepEqual(stixProblems(loadAjv(), bundle), []);
  const relationships = bundle.objects.filter((o) => o.type === 'relationship');
  assert.equal(relationships.length, input.analysis.assertions.length);
  for (const r of relationships) assert.equal(String(r.relationship_type).startsWith('not-'), readClaimsExtension(r)?.negated === true, String(r.id));
});

test('sample case: FtM entities agree with the FollowTheMoney schema files', () => {
  const schemas = readFtmSchemas(new URL('../../../../shared/data/schemas/followthemoney/schema/', import.meta.url));
  const entities = exportCase('ftm', input).trimEnd().split('\n').map((l) => JSON.parse(l) as { id: string; schema: string; properties: Record<string, string[]> });
  assert.deepEqual(ftmProblems(schemas, entities), []);
});

test('sample case: a strict GraphML reader accepts it, with one node per entity and one edge per assertion', () => {
  const graph = readGraphml(exportCase('graphml', input));
  assert.equal(graph.nodes.size, snapshot.resolution.entities.length);
  assert.equal(graph.edges.length, input.analysis.assertions.length);
});

test('sample case: the claims CSV has one row per claim mention', () => {
  const mentions = input.analysis.assertions.reduce((n, a) => n + a.mentions.length, 0);
  const text = exportCase('csv-claims', input);
  const rows = text.split('\r\n').filter((l) => l !== '');   // evidence sentences hold no CRLF, so splitting on it is exact here
  assert.equal(rows.length, mentions + 1);
});
