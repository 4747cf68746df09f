import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bisectingKMeans, pathPrefix } from '../../../src/nlp/clusters/bisecting-kmeans.js';
import { decodeWordClusters, encodeWordClusters, WordClusters, type ClusterFileInfo } from '../../../src/nlp/clusters/word-clusters.js';

// Invented 3-d vectors: three tight groups (place-like, verb-like, number-like), four words each,
// each group along its own axis with a little seeded-looking jitter.
const GROUPS = [['kessa', 'lowmarsh', 'ebbington', 'port'], ['shelled', 'raided', 'seized', 'held'], ['0', '00', '0000', 'dozens']];
const WORDS = GROUPS.flat();
function vectors(): Float32Array {
  const v = new Float32Array(WORDS.length * 3);
  WORDS.forEach((_, i) => {
    const group = Math.floor(i / 4);
    for (let d = 0; d < 3; d++) v[i * 3 + d] = (d === group ? 1 : 0) + 0.05 * Math.sin(7 * i + 3 * d);
  });
  return v;
}
const OPTIONS = { maxDepth: 4, minSize: 2, iterations: 20, seed: 1 };
const info = (words: number): ClusterFileInfo => ({ format: 'dossier-word-clusters/1', source: 'invented@0', words, maxDepth: 4, minSize: 2, seed: 1 });

test('the same vectors and seed give the same paths and the same file, byte for byte', () => {
  const a = bisectingKMeans(vectors(), 3, WORDS.length, OPTIONS);
  const b = bisectingKMeans(vectors(), 3, WORDS.length, OPTIONS);
  assert.deepEqual([...a], [...b]);
  assert.ok(encodeWordClusters(info(WORDS.length), WORDS, a).equals(encodeWordClusters(info(WORDS.length), WORDS, b)));
});

test('words of one group share their first choice, and words of different groups part by the second', () => {
  const paths = bisectingKMeans(vectors(), 3, WORDS.length, OPTIONS);
  const groupOf = (i: number): number => Math.floor(i / 4);
  for (let i = 0; i < WORDS.length; i++) {
    for (let j = i + 1; j < WORDS.length; j++) {
      if (groupOf(i) === groupOf(j)) assert.equal(pathPrefix(paths[i]!, 1), pathPrefix(paths[j]!, 1), `${WORDS[i]} and ${WORDS[j]}`);
      else assert.notEqual(pathPrefix(paths[i]!, 2), pathPrefix(paths[j]!, 2), `${WORDS[i]} and ${WORDS[j]}`);
    }
  }
  for (const p of paths) assert.ok(31 - Math.clz32(p) <= OPTIONS.maxDepth, 'no path longer than maxDepth');
});

test('prefixes are node numbers: a shorter path is kept whole, and 0 (unknown) stays 0', () => {
  assert.equal(pathPrefix(0b11011, 2), 0b110);   // depth 4 (the leading 1 is the root), first 2 choices "10"
  assert.equal(pathPrefix(0b110, 4), 0b110);
  assert.equal(pathPrefix(0, 4), 0);
});

test('the file reads back; lookup ignores case, falls back to digits as 0, and gives 0 for unknown words', () => {
  const paths = bisectingKMeans(vectors(), 3, WORDS.length, OPTIONS);
  const clusters = decodeWordClusters(encodeWordClusters(info(WORDS.length), WORDS, paths));
  assert.equal(clusters.size, WORDS.length);
  assert.equal(clusters.pathOf('Kessa'), paths[0]);
  assert.equal(clusters.pathOf('KESSA'), paths[0]);
  assert.equal(clusters.pathOf('1984'), paths[WORDS.indexOf('0000')]);
  assert.equal(clusters.pathOf('Zzyzx'), 0);
  assert.deepEqual(clusters.prefixesOf('seized', [1, 30]), [pathPrefix(paths[6]!, 1), paths[6]]);
  assert.equal(clusters.id, 'invented@0 12 words depth 4 min 2 seed 1');
});

test('a truncated or foreign file is refused', () => {
  const paths = new Uint32Array(WORDS.length).fill(1);
  const file = encodeWordClusters(info(WORDS.length), WORDS, paths);
  assert.throws(() => decodeWordClusters(encodeWordClusters(info(WORDS.length - 1), WORDS.slice(1), paths.subarray(1)).subarray(0, 20)));
  assert.throws(() => encodeWordClusters(info(WORDS.length + 1), WORDS, paths), /one path per word/);
  assert.ok(decodeWordClusters(file) instanceof WordClusters);
});
