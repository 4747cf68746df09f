import { createHash } from 'node:crypto';
import type { AnalyzedDocument, ClaimMention, ClaimSource, Entity, EntityType, Mention, Predicate, ResolveResult, Sentence } from '../../src/core/index.js';

// A large, machine-made case for load tests and benchmarks: invented names from syllables, one claim
// per sentence, popularity skewed (a few hubs, a long tail) as in real reporting. No real text.

const SYLLABLES = ['var', 'kel', 'dor', 'mira', 'sul', 'ten', 'bra', 'ost', 'lin', 'ruk', 'fen', 'asha', 'tor', 'vel', 'quin', 'zar', 'eld', 'mor', 'pell', 'ith'];
const PREDICATES: readonly Predicate[] = ['leader_of', 'member_of', 'part_of', 'sponsors', 'allied_with', 'hostile_to', 'attacked', 'arrested', 'supplied', 'operates_in', 'located_in', 'relative_of'];
const VERBS: Readonly<Record<Predicate, string>> = {
  leader_of: 'leads', member_of: 'is a member of', part_of: 'is part of', sponsors: 'funds', allied_with: 'is allied with', hostile_to: 'is fighting',
  attacked: 'attacked', arrested: 'arrested', supplied: 'supplied weapons to', operates_in: 'operates in', located_in: 'is based in', relative_of: 'is related to',
};

export interface SyntheticOptions {
  readonly documents: number;
  readonly claimsPerDocument: number;
  readonly entities: number;
  readonly seed: number;
}

export function syntheticCase(options: SyntheticOptions): { documents: AnalyzedDocument[]; resolution: ResolveResult } {
  const documents: AnalyzedDocument[] = [];
  const generator = syntheticDocuments(options);
  for (let step = generator.next(); ; step = generator.next()) {
    if (step.done) return { documents, resolution: step.value };
    documents.push(step.value);
  }
}

/**
 * The same case one document at a time, the resolution last: a million claims are written in batches as
 * they are made, instead of all being held in memory first.
 */
export function* syntheticDocuments(options: SyntheticOptions): Generator<AnalyzedDocument, ResolveResult> {
  let state = options.seed >>> 0 || 1;
  const random = (): number => {
    // xorshift32: deterministic, so every run benchmarks the same case.
    state ^= state << 13; state >>>= 0; state ^= state >>> 17; state ^= state << 5; state >>>= 0;
    return state / 0x1_0000_0000;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const name = (parts: number): string => Array.from({ length: parts }, () => pick(SYLLABLES)).join('').replace(/^./, (c) => c.toUpperCase());
  const entities: { id: string; name: string; type: EntityType }[] = [];
  const used = new Set<string>();
  for (let i = 0; i < options.entities; i++) {
    const type: EntityType = i % 5 < 2 ? 'person' : i % 5 < 4 ? 'organization' : 'location';
    let n = '';
    // Three syllables make 8,000 place names: a case of a million claims needs more, so a name that keeps
    // colliding grows a syllable. Smaller cases never collide twenty times running and keep their names.
    for (let tries = 0; n === '' || used.has(n); tries++) {
      const longer = Math.floor(tries / 20);
      n = type === 'person' ? `${name(2)} ${name(2 + longer)}` : type === 'organization' ? `${name(3 + longer)} ${pick(['Front', 'Brigade', 'Council', 'Movement', 'Guard'])}` : `Port ${name(3 + longer)}`;
    }
    used.add(n);
    entities.push({ id: `synthetic:${i}`, name: n, type });
  }
  // Zipf-like popularity: entity k is drawn with weight 1/(k+1)^0.8.
  const weights = entities.map((_, k) => 1 / Math.pow(k + 1, 0.8));
  const cumulative: number[] = [];
  weights.reduce((sum, w, k) => (cumulative[k] = sum + w), 0);
  const total = cumulative[cumulative.length - 1]!;
  const drawEntity = (): (typeof entities)[number] => {
    const x = random() * total;
    let lo = 0, hi = cumulative.length - 1;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (cumulative[mid]! < x) lo = mid + 1; else hi = mid; }
    return entities[lo]!;
  };
  const outlets = Array.from({ length: 60 }, () => `${name(2)} ${pick(['Times', 'Post', 'Courier', 'Wire', 'Ledger'])}`);
  const people = entities.filter((e) => e.type === 'person');

  const entityOfMention = new Map<string, string>();
  const mentionsOf = new Map<string, string[]>();
  for (let d = 0; d < options.documents; d++) {
    const year = 2019 + Math.floor(random() * 7);
    const published = `${year}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
    let text = '';
    const sentences: Sentence[] = [];
    const mentions: Mention[] = [];
    const pending: Omit<ClaimMention, 'id' | 'docId' | 'subjectId' | 'objectId' | 'source'>[] = [];
    const refs: { subject: number; object: number; source: number | string | null }[] = [];
    const entityOfLocal: string[] = [];
    const mention = (e: (typeof entities)[number], start: number, sentenceIndex: number): number => {
      mentions.push({ id: '', docId: '', text: e.name, type: e.type, start, end: start + e.name.length, sentenceIndex, rule: 'pattern/synthetic' });
      entityOfLocal.push(e.id);
      return mentions.length - 1;
    };
    for (let s = 0; s < options.claimsPerDocument; s++) {
      const subject = drawEntity();
      let object = drawEntity();
      while (object.id === subject.id) object = drawEntity();
      const predicate = pick(PREDICATES);
      const hedged = random() < 0.2;
      const negated = random() < 0.03;
      const sourceKind = random();
      const start = text.length;
      const subjectAt = mention(subject, start, s);
      let sentence = `${subject.name} ${negated ? 'never ' : ''}${hedged ? 'reportedly ' : ''}${VERBS[predicate]} `;
      const objectAt = mention(object, start + sentence.length, s);
      sentence += object.name;
      let source: number | string | null = null;
      if (sourceKind < 0.25) {
        const speaker = pick(people);
        sentence += ', according to ';
        source = mention(speaker, start + sentence.length, s);
        sentence += speaker.name;
      } else if (sourceKind < 0.5) {
        source = pick(['officials', 'a security source', 'residents', 'a leaked report']);
        sentence += `, ${source} said`;
      }
      sentence += '.';
      text += sentence + ' ';
      sentences.push({ index: s, start, end: start + sentence.length });
      const dated = random() < 0.3 ? `${year - Math.floor(random() * 3)}` : null;
      pending.push({ predicate, role: null, hedged, negated, date: dated ? { value: dated, precision: 'year', stated: true, text: `in ${dated}` } : null, evidence: { start, end: start + sentence.length }, rule: 'pattern/synthetic' });
      refs.push({ subject: subjectAt, object: objectAt, source });
    }
    text = text.trimEnd();
    const id = createHash('sha256').update(`${d}\n${text}`).digest('hex');
    const finalMentions = mentions.map((m, i): Mention => {
      const mentionId = `${id}:${m.start}-${m.end}`;
      const entityId = entityOfLocal[i]!;
      entityOfMention.set(mentionId, entityId);
      (mentionsOf.get(entityId) ?? mentionsOf.set(entityId, []).get(entityId)!).push(mentionId);
      return { ...m, id: mentionId, docId: id };
    });
    const claims = pending.map((c, n): ClaimMention => {
      const r = refs[n]!;
      const source: ClaimSource = r.source === null ? { kind: 'author' } : typeof r.source === 'string' ? { kind: 'described', text: r.source } : { kind: 'entity', mentionId: finalMentions[r.source]!.id };
      return { ...c, id: `${id}:c${n}`, docId: id, subjectId: finalMentions[r.subject]!.id, objectId: finalMentions[r.object]!.id, source };
    });
    yield {
      document: { id, name: `synthetic-${d}.txt`, origin: `synthetic/${d}`, format: 'txt', title: `Synthetic report ${d}`, text, published, publishedFrom: 'manifest', outlet: pick(outlets), url: null },
      sentences, mentions: finalMentions, claims, extractorVersion: 'synthetic/1',
    };
  }
  const resolved: Entity[] = entities.filter((e) => mentionsOf.has(e.id)).map((e) => ({ ...e, aliases: [], mentionIds: mentionsOf.get(e.id)!, merges: [] }));
  return { entities: resolved, entityOfMention };
}
