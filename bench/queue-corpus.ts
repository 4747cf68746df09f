import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seededRandom } from '../src/analysis/seeded-random.js';

// Short articles made from the fictional sample case's vocabulary (examples/sample: its invented groups,
// people, places and outlets, as names only) put into sentence templates written here. No sentence of
// the sample or of ../shared is copied. The same seed gives the same corpus.

const GROUPS = [
  ['Red Valley Front', 'RVF'], ['Grey Ford Movement', 'GFM'], ['Directorate of Special Inquiries', 'DSI'], ['Ashfen Brigade', null],
  ['Ashfen Constabulary', null], ['Cassarian Army', null], ['Halden Institute for Conflict Studies', null],
] as const;
const FIRST = ['Corvin', 'Sefa', 'Mira', 'Dario', 'Hollis', 'Amael', 'Ines', 'Lenz', 'Pell', 'Anso', 'Arlen', 'Lucan', 'Mette', 'Tobiah', 'Corin', 'Jory', 'Oriel', 'Alda', 'Carys', 'Osric'];
const LAST = ['Maddoc', 'Ondrel', 'Estaven', 'Brann', 'Tursk', 'Calloway', 'Abrell', 'Orrin', 'Petrak', 'Varro', 'Wren', 'Astley', 'Pellam', 'Danmore', 'Ferrin', 'Molnar', 'Vell', 'Kerrigan'];
const PLACES = ['Kestrel Hill', 'Brenholt', 'Dunmere', 'Sallow Ford', 'Orlen', 'Marrow Gap'];
const REGIONS = ['Ashfen Province', 'Cassaria', 'Morvania', 'Ilvany'];
const OUTLETS = ['The Harbour Ledger', 'Ashfen Courier', 'Northgate Wire', 'Brenholt Daily', 'The Cassarian Post', 'Meridian Review'];
const ROLES = ['commander', 'spokesman', 'deputy', 'chief', 'founder'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export interface QueueCorpus {
  readonly dir: string;
  readonly files: number;
  readonly bytes: number;
}

/** Writes `count` articles of a few hundred bytes each into `dir` (one .txt each, and a manifest.csv beside them). */
export function writeQueueCorpus(dir: string, count: number, seed = 7): QueueCorpus {
  const next = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const person = (): string => `${pick(FIRST)} ${pick(LAST)}`;
  const group = (): string => pick(GROUPS)[0];
  const date = (): string => `${1 + Math.floor(next() * 28)} ${pick(MONTHS)}`;
  const TEMPLATES: ReadonlyArray<() => string> = [
    () => `Fighters of the ${group()} attacked a checkpoint outside ${pick(PLACES)} on ${date()}, residents said.`,
    () => `${person()}, a ${pick(ROLES)} of the ${group()}, was arrested in ${pick(PLACES)} on ${date()}, according to the ${group()}.`,
    () => `The ${group()} reportedly supplied rifles to the ${group()} last year.`,
    () => `Officials in ${pick(REGIONS)} denied that the ${group()} had any link to the ${group()}.`,
    () => `${person()} has led the ${group()} since ${2015 + Math.floor(next() * 10)}, analysts believe.`,
    () => `The ${group()} and the ${group()} announced an alliance in ${pick(MONTHS)}.`,
    () => `${person()} told ${pick(OUTLETS)} that the ${group()} operates around ${pick(PLACES)} in ${pick(REGIONS)}.`,
  ];
  mkdirSync(dir, { recursive: true });
  const rows = ['file,published,outlet,url'];
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const [name, acronym] = pick(GROUPS);
    const lede = `${pick(PLACES).toUpperCase()}, ${pick(REGIONS)} — The ${name}${acronym ? ` (${acronym})` : ''} was in the news again on ${date()}.`;
    const body = Array.from({ length: 3 + Math.floor(next() * 4) }, () => pick(TEMPLATES)()).join(' ');
    const text = `${name} report number ${i + 1}\n\n${lede} ${body}\n`;
    const file = `article-${String(i + 1).padStart(5, '0')}.txt`;
    writeFileSync(join(dir, file), text);
    bytes += Buffer.byteLength(text);
    rows.push(`${file},2026-${String(1 + (i % 12)).padStart(2, '0')},${pick(OUTLETS)},`);
  }
  writeFileSync(join(dir, 'manifest.csv'), `${rows.join('\n')}\n`);
  return { dir, files: count, bytes };
}
