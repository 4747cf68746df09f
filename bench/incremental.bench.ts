import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AnalyzedDocument, Mention } from '../src/core/index.js';
import { resolvePending } from '../src/pipeline/index.js';
import { openStore } from '../src/store/index.js';
import { syntheticDocuments } from '../test/server/synthetic-case.js';
import type { BenchResult } from './harness.js';

// Issue 15's "time to ingest one more document into a case of 1,000 and of 10,000 documents": the case is a
// synthetic one (test/server/synthetic-case.ts: invented names, 10 claims a document, names recurring across
// documents as in the API bench), written in bulk and resolved whole; then one more document is saved and
// what it left pending resolved, as `dossier ingest` of one file does (the NLP, the same at any case size,
// is left out). Two kinds of document: one more of the case's own story, whose names link it to most of the
// case, and one of an unrelated story, whose names share no blocking key with it. Baseline: the whole
// resolution of the same case. DOSSIER_BENCH_INCREMENTAL_DOCS=1000,10000 sets the sizes.
const SIZES = (process.env.DOSSIER_BENCH_INCREMENTAL_DOCS ?? '1000,10000').split(',').map(Number);
const CLAIMS_PER_DOCUMENT = 10;
const ENTITIES_PER_DOCUMENT = 1.06;
const BATCH = 2_000;
const REPEATS = 3;

export async function run(): Promise<readonly BenchResult[]> {
  const results: BenchResult[] = [];
  for (const size of SIZES) {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-incremental-bench-'));
    const store = await openStore({ case: join(dir, 'case.sqlite') });
    try {
      const generator = syntheticDocuments({ documents: size + REPEATS, claimsPerDocument: CLAIMS_PER_DOCUMENT, entities: Math.round(size * ENTITIES_PER_DOCUMENT), seed: 7 });
      const all: AnalyzedDocument[] = [];
      for (let step = generator.next(); !step.done; step = generator.next()) all.push(step.value);
      for (let at = 0; at < size; at += BATCH) await store.saveDocuments(all.slice(at, Math.min(size, at + BATCH)));
      let started = performance.now();
      const whole = await resolvePending(store);
      const wholeMs = performance.now() - started;
      const label = `${size.toLocaleString('en-US')} documents`;
      console.log(`case: ${label} (synthetic, seed 7); whole resolution ${(wholeMs / 1000).toFixed(2)} s (${whole.scope}, ${whole.entities} entities)`);
      const sameStory: number[] = [];
      const otherStory: number[] = [];
      for (let k = 0; k < REPEATS; k++) {
        started = performance.now();
        await store.saveDocument(all[size + k]!);
        const runSame = await resolvePending(store);
        sameStory.push(performance.now() - started);
        started = performance.now();
        await store.saveDocument(unrelatedStory(k));
        const runOther = await resolvePending(store);
        otherStory.push(performance.now() - started);
        console.log(`  one more document: of the case's story ${sameStory.at(-1)!.toFixed(0)} ms (${runSame.scope}, ${runSame.documents} documents read); of an unrelated story ${otherStory.at(-1)!.toFixed(0)} ms (${runOther.scope}, ${runOther.documents} read)`);
      }
      results.push(
        { name: `incremental: one more document of the case's story, case of ${label}`, value: median(sameStory), unit: 'ms', baseline: { name: 'whole resolution of the case', value: wholeMs } },
        { name: `incremental: one more document of an unrelated story, case of ${label}`, value: median(otherStory), unit: 'ms', baseline: { name: 'whole resolution of the case', value: wholeMs } },
      );
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return results;
}

// Names of another story, made of letters the synthetic case's syllables never begin a word with.
const STORY_NAMES = [['Gwyneth Habbakuk', 'person'], ['Ubbe Jaxx Collective', 'organization'], ['Yxney', 'location']] as const;

/** A short document about an unrelated story (different each time, so its content hash is new). */
function unrelatedStory(k: number): AnalyzedDocument {
  const [person, group, place] = STORY_NAMES;
  const text = `${person[0]} of the ${group[0]} spoke in ${place[0]} on day ${k + 1}.`;
  const id = createHash('sha256').update(text).digest('hex');
  const mentions: Mention[] = STORY_NAMES.map(([name, type]) => {
    const start = text.indexOf(name);
    return { id: `${id}:${start}-${start + name.length}`, docId: id, text: name, type, start, end: start + name.length, sentenceIndex: 0, rule: 'pattern/synthetic' };
  });
  return {
    document: { id, name: `story-${k}.txt`, origin: `story/${k}`, format: 'txt', title: null, text, published: null, publishedFrom: null, outlet: null, url: null },
    sentences: [{ index: 0, start: 0, end: text.length }], mentions, claims: [], extractorVersion: 'synthetic/1',
  } as AnalyzedDocument;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}
