import type { AnalyzedDocument, EntityType, Mention } from '../src/core/index.js';
import { nameKey, resolveEntities } from '../src/resolve/index.js';
import { timeMs, type BenchResult, type BenchRun } from './harness.js';

// Entity resolution on generated mentions. Every name comes from the invented vocabulary below
// (no real group, person or place), written the ways news writes them: acronyms defined in
// brackets then used alone, spelling variants, titles, surnames after full names, kin sharing
// a surname. Because the generator knows which entity each mention names, quality is scored too.

const GIVEN = ['Tarek', 'Ilsa', 'Corvin', 'Sefa', 'Mira', 'Amael', 'Nasir', 'Shafiq', 'Oriel', 'Lenz', 'Dario', 'Hollis', 'Pell', 'Jory', 'Ines', 'Tobiah', 'Alda', 'Benedek', 'Carys', 'Halvard', 'Osric', 'Ysolde', 'Anso', 'Corin', 'Varek', 'Naseem', 'Ehsanvel', 'Rahvan', 'Tomas', 'Kelvar'];
const SURNAME = ['Olm', 'Varro', 'Maddoc', 'Ondrel', 'Estaven', 'Tursk', 'Abrell', 'Brann', 'Orrin', 'Wren', 'Ferrin', 'Sarro', 'Molnar', 'Streck', 'Vell', 'Kerrigan', 'Petrak', 'Astley', 'Pellam', 'Calloway', 'Reddick', 'Querell', 'Danmore', 'Ashvel', 'Kessar', 'Orvani', 'Tarvel', 'Darro', 'Vendi', 'Halloran'];
const TITLES = ['Dr', 'Gen.', 'Sheikh', 'Col.', 'Mr'];
const HEAD = ['Lashkar', 'Jamaat', 'Tehrik', 'Harakat', 'Jaish', 'Ansar', 'Majlis', 'Liwa'];
const JOIN = ['-e-', '-ul-', '-i-', ' al-'];
const TAIL = ['Varnia', 'Ostria', 'Salar', 'Tayyiba', 'Morvan', 'Kessar', 'Ilvany', 'Dunmere', 'Qorvat', 'Sallow', 'Brenholt', 'Ashfen', 'Marrow', 'Caspen', 'Tolvar', 'Zerin'];
const ADJ = ['Red', 'Grey', 'Northern', 'Free', 'United', 'Popular', 'Eastern', 'Revolutionary'];
const NOUN = ['Valley', 'Ford', 'Hill', 'River', 'Coast', 'Plain', 'Gate', 'Harbour'];
const KIND = ['Front', 'Movement', 'Brigade', 'Council', 'Army', 'Directorate', 'Alliance', 'Force'];
const PLACE = ['Olmvik', 'Cassaria', 'Morvania', 'Kestrel Hill', 'Sallow Ford', 'Brenholt', 'Ilvany', 'Dunmere', 'Ashfen Province', 'Marrow Gap', 'Port Alder', 'Orlen', 'Caspen', 'Tolvar Pass', 'Zerin', 'Qorvat'];

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Truth { readonly docs: AnalyzedDocument[]; readonly entityOf: Map<string, string> }
interface Group { readonly id: string; readonly names: readonly string[]; readonly acronym: string }
interface Person { readonly id: string; readonly given: string; readonly surname: string }

// A spelling variant the way romanisation produces them: ee for i, ay for ai. (Not a different
// connector: "-i-" would make another group of the vocabulary, and the truth would be ambiguous.)
function variant(name: string, pick: () => number): string {
  return pick() < 0.5 ? name.replace(/i(?=[a-z])/, 'ee') : name.replace(/ai|ay/, (m) => (m === 'ai' ? 'ay' : 'ai'));
}

function makeVocabulary(pick: () => number): { groups: Group[]; persons: Person[] } {
  const groups: Group[] = [];
  const seen = new Set<string>();
  // One connector per name: "Harakat-e-Ostria" and "Harakat-i-Ostria" are one name spelt twice, not two groups.
  HEAD.forEach((h, hi) => TAIL.forEach((t, ti) => {
    const j = JOIN[(hi + ti) % JOIN.length]!;
    const name = `${h}${j}${t}`;
    const acronym = j === '-e-' || j === '-i-' ? `${h[0]}${j[1]}${t[0]}` : `${h[0]}${t[0]}`;
    if (seen.has(acronym)) return;
    seen.add(acronym);
    groups.push({ id: `g${groups.length}`, names: [name, variant(name, pick)], acronym });
  }));
  for (const a of ADJ) for (const n of NOUN) for (const k of KIND) {
    const acronym = `${a[0]}${n[0]}${k[0]}`;
    if (seen.has(acronym)) continue;
    seen.add(acronym);
    const name = `${a} ${n} ${k}`;
    groups.push({ id: `g${groups.length}`, names: [name], acronym });
  }
  const persons: Person[] = [];
  for (const given of GIVEN) for (const surname of SURNAME) persons.push({ id: `p${persons.length}`, given, surname });
  return { groups, persons };
}

/** `mentionCount` mentions in documents of about 50 mentions each, with the entity each names. */
export function generateMentions(mentionCount: number, seed = 7): Truth {
  const pick = rng(seed);
  const choose = <T>(xs: readonly T[]): T => xs[Math.floor(pick() * xs.length)]!;
  const { groups, persons } = makeVocabulary(pick);
  const docs: AnalyzedDocument[] = [];
  const entityOf = new Map<string, string>();
  let total = 0;
  while (total < mentionCount) {
    const docId = `bench-${docs.length}`;
    let text = '';
    const mentions: Mention[] = [];
    const add = (surface: string, type: EntityType, truth: string, before = '', after = '. '): void => {
      text += before;
      const start = text.length;
      text += surface;
      const id = `${docId}:${start}-${text.length}`;
      mentions.push({ id, docId, start, end: text.length, text: surface, type, sentenceIndex: 0, rule: 'pattern/bench' });
      entityOf.set(id, truth);
      text += after;
    };
    const docGroups = Array.from({ length: 4 }, () => choose(groups));
    // Kin: two people of one surname in the same document, so a lone surname must find the right one.
    const family = choose(persons);
    const docPersons = [family, persons.find((p) => p.surname === family.surname && p.given !== family.given) ?? family, choose(persons), choose(persons)];
    for (const g of docGroups) {
      add(choose(g.names), 'organization', g.id, 'The ', ' ');
      add(g.acronym, 'organization', g.id, '(', ') said. ');
    }
    while (mentions.length < 50 && total + mentions.length < mentionCount) {
      const r = pick();
      if (r < 0.3) {
        const g = choose(docGroups);
        add(pick() < 0.7 ? g.acronym : choose(g.names), 'organization', g.id, 'Members of ');
      } else if (r < 0.6) {
        const p = choose(docPersons);
        const seenFull = mentions.some((m) => entityOf.get(m.id) === p.id && m.text.includes(' '));
        const lastOfSurname = [...mentions].reverse().find((m) => m.text.includes(' ') && m.text.endsWith(p.surname));
        const surnameIsTheirs = lastOfSurname !== undefined && entityOf.get(lastOfSurname.id) === p.id;
        if (seenFull && surnameIsTheirs && pick() < 0.6) add(p.surname, 'person', p.id, 'Later ');
        else add(`${pick() < 0.2 ? `${choose(TITLES)} ` : ''}${p.given} ${p.surname}`, 'person', p.id, 'Then ');
      } else {
        const place = choose(PLACE);
        add(place, 'location', `l:${place}`, 'In ');
      }
    }
    total += mentions.length;
    docs.push({
      document: { id: docId, name: `${docId}.txt`, origin: docId, format: 'txt', title: null, text, published: null, publishedFrom: null, outlet: null, url: null },
      sentences: [{ index: 0, start: 0, end: text.length }], mentions, claims: [], extractorVersion: 'bench',
    });
  }
  return { docs, entityOf };
}

/** Pairwise precision, recall and F1 of a clustering against the truth, from the contingency table (linear, not all pairs). */
export function pairwiseF1(truth: ReadonlyMap<string, string>, predicted: ReadonlyMap<string, string>): { p: number; r: number; f: number } {
  const pairs = (n: number): number => (n * (n - 1)) / 2;
  const cells = new Map<string, number>();
  const bySys = new Map<string, number>();
  const byGold = new Map<string, number>();
  for (const [mention, gold] of truth) {
    const sys = predicted.get(mention) ?? `?${mention}`;
    cells.set(`${gold}\u0000${sys}`, (cells.get(`${gold}\u0000${sys}`) ?? 0) + 1);
    bySys.set(sys, (bySys.get(sys) ?? 0) + 1);
    byGold.set(gold, (byGold.get(gold) ?? 0) + 1);
  }
  let both = 0, sys = 0, gold = 0;
  for (const n of cells.values()) both += pairs(n);
  for (const n of bySys.values()) sys += pairs(n);
  for (const n of byGold.values()) gold += pairs(n);
  const p = sys ? both / sys : 0;
  const r = gold ? both / gold : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

// Baseline: one entity per exact surface string, the resolver everyone starts with.
function exactStringBaseline(docs: readonly AnalyzedDocument[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const d of docs) for (const m of d.mentions) out.set(m.id, `${m.type}:${m.text.toLowerCase()}`);
  return out;
}

// Second baseline: one entity per spelling-insensitive key, i.e. the normaliser alone without the linking rules.
function nameKeyBaseline(docs: readonly AnalyzedDocument[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const d of docs) for (const m of d.mentions) out.set(m.id, `${m.type}:${nameKey(m.text)}`);
  return out;
}

export const run: BenchRun = async () => {
  const results: BenchResult[] = [];
  for (const size of [10_000, 100_000]) {
    const { docs, entityOf } = generateMentions(size);
    let result = resolveEntities(docs);
    const ms = timeMs(() => { result = resolveEntities(docs); }, 0, size >= 100_000 ? 3 : 5);
    const baselineMs = timeMs(() => exactStringBaseline(docs), 0, 5);
    const quality = pairwiseF1(entityOf, result.entityOfMention);
    const baseline = pairwiseF1(entityOf, exactStringBaseline(docs));
    const label = `${size.toLocaleString('en-US')} mentions`;
    results.push({ name: `resolve ${label}: time`, value: ms, unit: 'ms', baseline: { name: 'exact-string grouping', value: baselineMs } });
    results.push({ name: `resolve ${label}: throughput`, value: (size / ms) * 1000, unit: 'mentions/s', baseline: null });
    results.push({ name: `resolve ${label}: pairwise F1`, value: quality.f, unit: `(P ${quality.p.toFixed(3)}, R ${quality.r.toFixed(3)})`, baseline: { name: 'exact-string grouping', value: baseline.f } });
    results.push({ name: `resolve ${label}: pairwise F1 of the key alone`, value: pairwiseF1(entityOf, nameKeyBaseline(docs)).f, unit: '', baseline: null });
  }
  return results;
};
