import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ExportError } from '../../src/core/index.js';
import { exportCase, isExportFormat } from '../../src/export/index.js';
import { ANALYSIS, SNAPSHOT } from './fixture-case.js';

const UNKNOWN: readonly string[] = ['pdf', 'STIX', 'csv', '', 'toString', '__proto__', 'constructor'];
for (const format of UNKNOWN) {
  test(`export: "${format}" is not a format`, () => {
    assert.equal(isExportFormat(format), false);
    assert.throws(() => exportCase(format, { snapshot: SNAPSHOT, analysis: ANALYSIS }),
      (err: unknown) => err instanceof ExportError && err.code === 'EXPORT_UNKNOWN_FORMAT' && err.site.field === 'format');
  });
}
