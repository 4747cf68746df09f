// Resolution scored on the fictional sample case (examples/sample is invented) with the shared scorer,
// through the real pipeline: a floor, not a tuned number, so NER changes show up here too.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import type { AnalyzedDocument } from '../../src/core/index.js';
import { toEvalFormat } from '../../src/export/index.js';
import { loadSources, readManifest } from '../../src/ingest/index.js';
import { analyzeDocument } from '../../src/nlp/index.js';
import { resolveEntities } from '../../src/resolve/index.js';
import { fixturePath, repoPath, sharedPath } from '../fixtures/paths.js';

interface Scores { readonly resolution: { readonly p: number; readonly r: number; readonly f: number } }

test('resolution F1 on the fictional sample gold stays at or above 0.9', async () => {
  const sample = repoPath('examples', 'sample');
  const documents: AnalyzedDocument[] = [];
  for await (const outcome of loadSources([sample], readManifest(join(sample, 'manifest.csv')))) {
    if (outcome.status !== 'rejected') documents.push(analyzeDocument(outcome.document));
  }
  const file = join(mkdtempSync(join(tmpdir(), 'dossier-resolve-')), 'system.json');
  writeFileSync(file, JSON.stringify(toEvalFormat(documents, resolveEntities(documents))));
  const { score } = (await import(pathToFileURL(sharedPath('eval', 'score.mjs')).href)) as { score: (gold: string, system: string) => Scores };
  const { resolution } = score(fixturePath('sample-gold.json'), file);
  assert.ok(resolution.f >= 0.9, `resolution P ${resolution.p.toFixed(3)} R ${resolution.r.toFixed(3)} F1 ${resolution.f.toFixed(3)}`);
});
