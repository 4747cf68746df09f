import assert from 'node:assert/strict';
import { test } from 'node:test';
import { EXPORT_FORMATS, EXPORT_MEDIA, exportCase } from '../../src/export/index.js';
import { ANALYSIS, SNAPSHOT } from './fixture-case.js';

const EXPECTED = ['eval', 'stix', 'ftm', 'graphml', 'csv-claims', 'csv-entities', 'brief', 'brief-html'];

test('export: the format table lists every format with a media type', () => {
  for (const f of EXPECTED) assert.ok(EXPORT_FORMATS.includes(f as never), f);
  for (const f of EXPORT_FORMATS) assert.ok(EXPORT_MEDIA[f].type && EXPORT_MEDIA[f].extension, f);
});

for (const format of EXPECTED.filter((f) => f !== 'eval')) {
  test(`export: ${format} from a case with its analysis is non-empty and deterministic`, () => {
    const first = exportCase(format, { snapshot: SNAPSHOT, analysis: ANALYSIS });
    assert.ok(first.length > 100);
    assert.ok(first.endsWith('\n'));
    assert.equal(exportCase(format, { snapshot: SNAPSHOT, analysis: ANALYSIS }), first);
  });
}
