// Analysis of a synthetic case: generated in code from invented names, so the figure is reproducible on any machine
// and needs no corpus. Sizes are in claims; documents carry 10 claims each, a tenth of them republish another piece.
import { analyzeCase, findPaths } from '../src/analysis/index.js';
import type { AnalyzedDocument, CaseSnapshot, ClaimMention, ClaimSource, Entity, EntityType, Mention, Predicate } from '../src/core/index.js';
import { PREDICATES } from '../src/core/index.js';
import { timeMs, type BenchResult, type BenchRun } from './harness.js';

const CLAIMS_PER_DOC = 10;
const SYLLABLES = ['al', 'bar', 'cor', 'den', 'ev', 'fal', 'gor', 'hal', 'ist', 'jor', 'kel', 'lum', 'mor', 'nar', 'ost', 'pel', 'quin', 'ros', 'sal', 'tor', 'ur', 'val', 'wen', 'yor', 'zel'];
const FILLER = ['the', 'council', 'said', 'on', 'monday', 'that', 'fighters', 'had', 'moved', 'north', 'after', 'talks', 'failed', 'near', 'river', 'road', 'villagers', 'reported', 'convoys', 'at', 'night', 'officials', 'denied', 'any', 'role', 'in', 'raids'];
const TYPES: readonly EntityType[] = ['organization', 'organization', 'person', 'person', 'location', 'event'];
const DESCRIBED = ['~analysts', '~officials', '~the leaked report', '~a regional dossier', '~intelligence sources'];

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => { s = (Math.imul(s, 1664525) + 1013904223) >>> 0; return s / 4294967296; };
}

/** A case of `claims` claims over claims/20 entities, with hedging, negation, dates and copies in realistic shares. */
export function syntheticCase(claims: number, seed = 7): CaseSnapshot {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const entityCount = Math.max(50, Math.floor(claims / 20));
  const entities = Array.from({ length: entityCount }, (_, i) => {
    const name = `${pick(SYLLABLES)}${pick(SYLLABLES)} ${pick(SYLLABLES)}${pick(SYLLABLES)} ${i}`.replace(/\b\w/g, (c) => c.toUpperCase());
    return { id: `e${i}`, name, type: TYPES[i % TYPES.length]!, mentionIds: [] as string[] };
  });
  const entityById = new Map(entities.map((e) => [e.id, e]));
  // Skewed choice, so some entities are hubs, as in real reporting.
  const pickEntity = () => entities[Math.floor(entityCount * rnd() ** 2)]!;
  const entityOfMention = new Map<string, string>();
  const documents: AnalyzedDocument[] = [];
  const docCount = Math.ceil(claims / CLAIMS_PER_DOC);
  for (let d = 0; d < docCount; d++) {
    const docId = `d${d}`;
    const original = d > 10 && rnd() < 0.1 ? documents[Math.floor(rnd() * documents.length)] : undefined;
    const parts: string[] = [];
    const mentions: Mention[] = [];
    const claimList: ClaimMention[] = [];
    let offset = 0;
    const addMention = (entity: (typeof entities)[number], start: number): string => {
      const id = `${docId}:${start}-${start + entity.name.length}`;
      mentions.push({ id, docId, text: entity.name, type: entity.type, start, end: start + entity.name.length, sentenceIndex: claimList.length, rule: 'pattern/bench' });
      entityOfMention.set(id, entity.id);
      entity.mentionIds.push(id);
      return id;
    };
    for (let c = 0; c < CLAIMS_PER_DOC && documents.length * CLAIMS_PER_DOC + c < claims; c++) {
      // A republished piece repeats the original's sentences and claims word for word.
      const copied = original?.claims[c];
      const subject = copied ? entityById.get(entityOfMention.get(copied.subjectId)!)! : pickEntity();
      let object = copied ? entityById.get(entityOfMention.get(copied.objectId)!)! : pickEntity();
      if (object === subject) object = entities[(Number(subject.id.slice(1)) + 1) % entityCount]!;
      const filler = Array.from({ length: 14 }, () => pick(FILLER)).join(' ');
      const sentence = copied ? original!.document.text.slice(copied.evidence.start, copied.evidence.end) : `${subject.name} ${filler} ${object.name} ${filler}.`;
      const start = offset;
      parts.push(sentence);
      offset += sentence.length + 1;
      const sIdx = sentence.indexOf(subject.name);
      const oIdx = sentence.indexOf(object.name);
      if (sIdx < 0 || oIdx < 0) continue;
      const source: ClaimSource = rnd() < 0.5 ? { kind: 'author' } : rnd() < 0.5 ? { kind: 'described', text: pick(DESCRIBED) } : { kind: 'entity', mentionId: addMention(subject, start + sIdx) };
      const year = 2015 + Math.floor(rnd() * 10);
      claimList.push({
        id: `${docId}:c${c}`, docId, subjectId: addMention(subject, start + sIdx), objectId: addMention(object, start + oIdx),
        predicate: pick(PREDICATES) as Predicate, role: null, source, hedged: rnd() < 0.2, negated: rnd() < 0.05,
        date: rnd() < 0.3 ? { value: rnd() < 0.5 ? `${year}` : `${year}-0${1 + Math.floor(rnd() * 9)}`, precision: 'month', stated: true, text: `${year}` } : null,
        evidence: { start, end: start + sentence.length }, rule: 'pattern/bench',
      });
    }
    const text = parts.join('\n');
    documents.push({
      document: { id: docId, name: `${docId}.txt`, origin: `${docId}.txt`, format: 'txt', title: null, text, published: `20${15 + (d % 10)}-0${1 + (d % 9)}-1${d % 10}`, publishedFrom: 'manifest', outlet: `Outlet ${d % 40}`, url: null },
      sentences: [], mentions, claims: claimList, extractorVersion: 'bench',
    });
  }
  const resolved: Entity[] = entities.map((e) => ({ id: e.id, name: e.name, type: e.type, aliases: [], mentionIds: e.mentionIds, merges: [] }));
  return { documents, resolution: { entities: resolved, entityOfMention }, overrides: [], sourceGrades: [{ source: '~the leaked report', grade: 'C', note: null }] };
}

/** The floor: grouping claims by (subject, predicate, object, negated) in one Map pass, nothing else. */
function groupOnly(snapshot: CaseSnapshot): number {
  const groups = new Map<string, number>();
  for (const doc of snapshot.documents) {
    for (const c of doc.claims) {
      const key = `${snapshot.resolution.entityOfMention.get(c.subjectId)}|${c.predicate}|${snapshot.resolution.entityOfMention.get(c.objectId)}|${c.negated}`;
      groups.set(key, (groups.get(key) ?? 0) + 1);
    }
  }
  return groups.size;
}

export const run: BenchRun = async () => {
  const results: BenchResult[] = [];
  analyzeCase(syntheticCase(2_000));   // warm the JIT so the first size is not charged for compilation
  for (const size of [10_000, 100_000]) {
    const snapshot = syntheticCase(size);
    let analysis = analyzeCase(snapshot);
    const cpuBefore = process.cpuUsage();
    const ms = timeMs(() => { analysis = analyzeCase(snapshot); }, 1, 1);
    const cpu = process.cpuUsage(cpuBefore);
    const baseline = timeMs(() => groupOnly(snapshot), 200, 3);
    results.push({ name: `analyzeCase, ${size.toLocaleString('en-US')} claims (wall)`, value: ms / 1000, unit: 's', baseline: { name: 'group-by Map only', value: baseline / 1000 } });
    // CPU time beside wall time: on a shared machine the wall figure includes other processes' turns.
    results.push({ name: `analyzeCase, ${size.toLocaleString('en-US')} claims (process CPU, all threads)`, value: (cpu.user + cpu.system) / 1e6, unit: 's', baseline: null });
    results.push({ name: `  assertions / contradictions / timeline items, ${size.toLocaleString('en-US')} claims`, value: analysis.assertions.length, unit: `assertions · ${analysis.contradictions.length} contradictions · ${analysis.timeline.length} timeline · ${analysis.network.nodes.length} nodes${analysis.network.betweennessSampled ? ' (sampled betweenness)' : ''}`, baseline: null });
    const hub = [...analysis.network.nodes].sort((a, b) => b.degree - a.degree);
    const pathMs = timeMs(() => findPaths(analysis, hub[0]!.id, hub[hub.length - 1]!.id, { maxHops: 3, limit: 5 }), 200, 1);
    results.push({ name: `findPaths hub → leaf, 3 hops, ${size.toLocaleString('en-US')} claims`, value: pathMs, unit: 'ms', baseline: null });
  }
  return results;
};
