import type { Assertion, AssertionMention, EntityRef, Origin } from '../analysis/index.js';
import type { Predicate, ReliabilityGrade } from '../core/index.js';
import type { CaseView } from './case-view.js';
import { countOf, describedSource, joinWords, sameName } from './brief-phrases.js';

/**
 * One independent origin of an assertion as a reader would name it, with the publishers that carried it:
 * "Mira Estaven, quoted by The Harbour Ledger", "a police dossier, reported by three outlets".
 */
export interface Voice {
  readonly kind: 'publisher' | 'quoted' | 'described' | 'unattributed';
  readonly label: string;
  /** Publishers whose documents carry it; for a publisher, the others that republished or cited it. */
  readonly carriers: readonly string[];
  /** For a publisher: which of the carriers copied its piece (near-duplicate, syndication) rather than citing it. */
  readonly republishers: readonly string[];
  /** Unnamed sources a publisher cites for it ("officials"): the analysis folds them into the publisher's origin. */
  readonly citing: readonly string[];
  /** Every mention through this origin is hedged. */
  readonly hedged: boolean;
  /** The subject or object itself, speaking about itself: such a voice is never worded as a third source. */
  readonly party: EntityRef | null;
  /**
   * How a source is tied to a party without being it: "named as a member of Directorate of Special Inquiries" (a
   * spokesman denying for his agency), "a party to it" (a ministry whose name holds its state's). Shown beside it.
   */
  readonly affiliation: string | null;
  /** The analyst's reliability grade for this source (`dossier grade`, Admiralty A–F), never guessed. */
  readonly reliability: ReliabilityGrade | null;
  readonly mentions: readonly AssertionMention[];
}

/** Names written out before the brief counts them instead ("reported by five outlets"). */
const MAX_NAMED_CARRIERS = 3;

const AFFILIATION_WORDS: Readonly<Partial<Record<Predicate, string>>> = { member_of: 'a member of', leader_of: 'leader of', part_of: 'part of' };

interface CaseIndex {
  readonly publishers: readonly string[];
  /** Entity id → its non-negated member_of, leader_of and part_of assertions. */
  readonly affiliations: ReadonlyMap<string, readonly Assertion[]>;
}

// Built once per case view, so naming the voices of every assertion stays linear in the case.
const INDEX = new WeakMap<CaseView, CaseIndex>();

function indexOf(view: CaseView): CaseIndex {
  let index = INDEX.get(view);
  if (!index) {
    const affiliations = new Map<string, Assertion[]>();
    for (const a of view.assertions) if (!a.negated && AFFILIATION_WORDS[a.predicate]) affiliations.set(a.subject.id, [...(affiliations.get(a.subject.id) ?? []), a]);
    index = { publishers: unique(view.documents.map((d) => d.outlet).filter((o): o is string => o !== null)), affiliations };
    INDEX.set(view, index);
  }
  return index;
}

export function voicesOf(a: Assertion, view: CaseView): Voice[] {
  return a.originList.map((origin) => voiceOf(a, origin, a.mentions.filter((m) => m.originKey === origin.key), view));
}

/** A source tied to a party to the claim, by a membership the case reports or by its very name. */
function affiliationOf(a: Assertion, origin: Origin, index: CaseIndex): string | null {
  if (origin.kind !== 'entity' && origin.kind !== 'outlet') return null;
  const sourceId = origin.kind === 'entity' ? origin.key.slice('entity:'.length) : null;
  for (const party of [a.subject, a.object]) {
    const tie = sourceId === null ? undefined : index.affiliations.get(sourceId)?.find((x) => x.object.id === party.id);
    if (tie) return `named as ${AFFILIATION_WORDS[tie.predicate]} ${party.name}`;
    if (party.name.length >= 8 && new RegExp(`\\b${party.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i').test(origin.label)) return 'a party to it';
  }
  return null;
}

function voiceOf(a: Assertion, origin: Origin, own: readonly AssertionMention[], view: CaseView): Voice {
  const index = indexOf(view);
  const publisherOf = (m: AssertionMention): string | null => view.documentById.get(m.docId)?.outlet ?? null;
  const publishers = unique(own.map(publisherOf).filter((p): p is string => p !== null));
  const party = origin.key === `entity:${a.subject.id}` ? a.subject : origin.key === `entity:${a.object.id}` ? a.object : null;
  const hedged = own.length > 0 && own.every((m) => m.hedged);
  const base = { hedged, party, mentions: own, republishers: [] as string[], citing: [] as string[], affiliation: party ? null : affiliationOf(a, origin, index), reliability: origin.reliability };
  // A publisher found as an entity ("Harbour Ledger" cited by another outlet) is named as the case's documents spell it.
  const asPublisher = origin.kind === 'outlet' || origin.kind === 'entity' ? index.publishers.find((o) => sameName(o, origin.label)) : undefined;
  if (origin.kind === 'outlet' || asPublisher !== undefined) {
    const carriers = publishers.filter((p) => !sameName(p, origin.label));
    const copied = (p: string): boolean => own.some((m) => publisherOf(m) === p && m.chain.some((step) => step.kind === 'near-duplicate' || step.kind === 'syndication'));
    const citing = unique(own.filter((m) => m.source.kind === 'described').map((m) => describedSource(m.sourceLabel)));
    return { ...base, kind: 'publisher', label: asPublisher ?? origin.label, carriers, republishers: carriers.filter(copied), citing };
  }
  if (origin.kind === 'document' || origin.key.startsWith('document:')) {
    return { ...base, kind: 'unattributed', label: `an unattributed document (${joinWords(unique(own.map((m) => m.docName)))})`, carriers: [] };
  }
  return { ...base, kind: origin.kind === 'entity' ? 'quoted' : 'described', label: origin.kind === 'entity' ? origin.label : describedSource(origin.label), carriers: publishers };
}

/**
 * "The Harbour Ledger (citing officials; republished by Brenholt Daily)", "Mira Estaven (quoted by The Harbour Ledger)".
 * Qualifiers stay in parentheses so a list of voices never reads as more sources than there are.
 */
export function describeVoice(v: Voice, markHedged: boolean): string {
  const qualifiers = [v.reliability ? `graded ${v.reliability}` : null, v.affiliation].filter((q): q is string => q !== null);
  if (v.kind === 'publisher') {
    if (v.citing.length) qualifiers.push(`citing ${joinWords(v.citing)}`);
    const cited = v.carriers.filter((c) => !v.republishers.includes(c));
    if (v.republishers.length) qualifiers.push(`republished by ${carrierWords(v.republishers)}`);
    if (cited.length) qualifiers.push(`cited by ${carrierWords(cited)}`);
  } else if (v.kind !== 'unattributed' && v.carriers.length) {
    qualifiers.push(`${v.kind === 'quoted' ? 'quoted' : 'reported'} by ${carrierWords(v.carriers)}`);
  }
  if (markHedged && v.hedged) qualifiers.push('hedged');
  return qualifiers.length ? `${v.label} (${qualifiers.join('; ')})` : v.label;
}

/**
 * The voices of one claim as phrases. Publishers that each cite the same kind of unnamed source are said once,
 * as an analyst would say it: "officials quoted by Northgate Wire and The Harbour Ledger" (each
 * publisher's unnamed officials are counted as that publisher's own origin, so they stay independent).
 */
export function describeVoices(voices: readonly Voice[], markHedged: boolean): string[] {
  const shared = new Map<string, Voice[]>();
  for (const v of voices) {
    if (v.kind !== 'publisher' || v.citing.length !== 1 || v.carriers.length > 0 || v.affiliation !== null) continue;
    const key = `${v.citing[0]!}|${markHedged && v.hedged}`;
    shared.set(key, [...(shared.get(key) ?? []), v]);
  }
  const merged = new Set([...shared.values()].filter((group) => group.length > 1).flat());
  const phrases: string[] = [];
  const said = new Set<string>();
  for (const v of voices) {
    if (!merged.has(v)) { phrases.push(describeVoice(v, markHedged)); continue; }
    const key = `${v.citing[0]!}|${markHedged && v.hedged}`;
    if (said.has(key)) continue;
    said.add(key);
    const group = shared.get(key)!;
    phrases.push(`${v.citing[0]!} quoted by ${carrierWords(group.map((g) => g.label))}${markHedged && v.hedged ? ' (hedged)' : ''}`);
  }
  return phrases;
}

/** "The Harbour Ledger", "A and B", "four outlets". */
export function carrierWords(carriers: readonly string[]): string {
  return carriers.length > MAX_NAMED_CARRIERS ? countOf(carriers.length, 'outlet') : joinWords(carriers);
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
