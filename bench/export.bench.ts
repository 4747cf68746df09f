// Export speed over the fictional sample case (examples/sample, all invented), run through the real pipeline and
// replicated to reach larger sizes. Each format is timed with the analysis done once beforehand, as the server does;
// the baseline is JSON.stringify of the same analysis, the floor any serialiser of these objects pays.
import { fileURLToPath } from 'node:url';
import { analyzeCase } from '../src/analysis/index.js';
import type { AnalyzedDocument, CaseSnapshot, ClaimSource } from '../src/core/index.js';
import { EXPORT_FORMATS, exportCase } from '../src/export/index.js';
import { loadSources, readManifest } from '../src/ingest/index.js';
import { analyzeDocument } from '../src/nlp/index.js';
import { resolveEntities } from '../src/resolve/index.js';
import { timeMs, type BenchResult, type BenchRun } from './harness.js';

const COPIES = [1, 20] as const;
const SAMPLE = new URL('../../examples/sample/', import.meta.url);

async function sampleDocuments(): Promise<AnalyzedDocument[]> {
  const manifest = readManifest(fileURLToPath(new URL('manifest.csv', SAMPLE)));
  const documents: AnalyzedDocument[] = [];
  for await (const outcome of loadSources([fileURLToPath(SAMPLE)], manifest)) {
    if (outcome.status === 'loaded') documents.push(analyzeDocument(outcome.document));
  }
  return documents;
}

/** `copies` copies of every document under new ids, so resolution and analysis see a larger case of the same shape. */
function replicate(documents: readonly AnalyzedDocument[], copies: number): CaseSnapshot {
  const out: AnalyzedDocument[] = [];
  for (let k = 0; k < copies; k++) {
    for (const d of documents) {
      const id = `${d.document.id}-${k}`;
      const re = (s: string): string => `${id}${s.slice(d.document.id.length)}`;
      const source = (s: ClaimSource): ClaimSource => (s.kind === 'entity' ? { kind: 'entity', mentionId: re(s.mentionId) } : s);
      out.push({
        ...d,
        document: { ...d.document, id, name: `${k}-${d.document.name}` },
        mentions: d.mentions.map((m) => ({ ...m, id: re(m.id), docId: id, ...(m.antecedentId ? { antecedentId: re(m.antecedentId) } : {}) })),
        claims: d.claims.map((c) => ({ ...c, id: re(c.id), docId: id, subjectId: re(c.subjectId), objectId: re(c.objectId), source: source(c.source) })),
      });
    }
  }
  return { documents: out, resolution: resolveEntities(out), overrides: [], sourceGrades: [] };
}

export const run: BenchRun = async () => {
  const documents = await sampleDocuments();
  const results: BenchResult[] = [];
  for (const copies of COPIES) {
    const snapshot = replicate(documents, copies);
    const analysis = analyzeCase(snapshot);
    const size = `${snapshot.documents.length} docs, ${analysis.assertions.reduce((n, a) => n + a.mentions.length, 0)} claims`;
    const floor = timeMs(() => JSON.stringify(analysis), 500);
    for (const format of EXPORT_FORMATS) {
      const ms = timeMs(() => exportCase(format, { snapshot, analysis }), 500);
      results.push({ name: `export ${format}, ${size}`, value: ms, unit: 'ms', baseline: { name: 'JSON.stringify(analysis)', value: floor } });
    }
  }
  return results;
};
