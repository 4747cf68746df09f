import type { ClaimMention, Mention, Sentence } from '../../../core/index.js';
import type { Unit } from '../sentence-view.js';
import { actorsAt } from './paths.js';
import { baseRel, type UnitTree } from './tree.js';

/** A row that denies what the sentence before alleged: "Alder has denied the charge." */
export const DENIAL_ROW = { name: 'parse-denial-of-previous', example: 'Officials accuse Alder of arming the Front. Alder has denied the charge.' } as const;

const DENYING = new Set(['deny', 'denies', 'denied', 'denying', 'reject', 'rejects', 'rejected', 'rejecting', 'dismiss', 'dismisses', 'dismissed', 'refute', 'refutes', 'refuted', 'rebut', 'rebutted', 'disputes', 'disputed']);
// What the denial's object calls the earlier statement: "the charge", "these allegations", "it".
const STATEMENTS = new Set(['charge', 'charges', 'allegation', 'allegations', 'accusation', 'accusations', 'claim', 'claims', 'report', 'reports', 'it', 'this', 'that', 'them', 'these', 'story', 'stories', 'account', 'accounts', 'assertion', 'assertions', 'suggestion', 'suggestions', 'findings']);
// What the denier says it had no part in: "denied any role", "denies involvement". With a phrase of its
// own ("any role in the raid") the noun names what is denied, and the scope of that sentence reads it.
const PARTS = new Set(['role', 'involvement', 'responsibility', 'wrongdoing', 'link', 'links', 'ties', 'connection', 'connections', 'complicity']);
// Nouns for whoever speaks for a body: "Sawt, the Front's magazine, dismissed the claim" is the Front's denial.
const VOICES = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'magazine', 'outlet', 'mouthpiece', 'channel', 'newspaper', 'agency', 'arm', 'wing', 'office', 'statement', 'website', 'broadcaster', 'radio', 'leader', 'leadership', 'commander', 'chief', 'head', 'director', 'representative', 'envoy', 'lawyer', 'lawyers', 'ministry']);

/**
 * The named denier of a sentence that denies, with no clause of its own, what came before: "Alder
 * has denied the charge", "The Front rejected the allegations as lies". -1 when the sentence is not one.
 */
export function bareDenier(units: readonly Unit[], tree: UnitTree): number {
  return bareDenial(units, tree)?.parties[0] ?? -1;
}

/** A bare denial: who denies (first the speaker, then any body it speaks for) and whether one statement is meant. */
export interface BareDenial {
  readonly parties: readonly number[];
  /** "the claim", "it": the last thing said, not all of it ("the allegations", "any role"). */
  readonly singular: boolean;
}

/**
 * The named denier of a bare denial and, when it is described as another's voice ("Sawt, the Front's
 * magazine", "the Front's spokesman"), that body too: whoever speaks for a party denies for it.
 */
export function bareDenial(units: readonly Unit[], tree: UnitTree): BareDenial | null {
  for (let k = 0; k < units.length; k++) {
    if (!DENYING.has(units[k]!.lower) || tree.upos[k] !== 'VERB') continue;
    const children = tree.children[k]!;
    // "denied that it armed the Front", "denied arming the Front": the clause says what is denied.
    if (children.some((c) => ['ccomp', 'xcomp', 'csubj'].includes(baseRel(tree.deprel[c]!)))) continue;
    const object = children.find((c) => tree.deprel[c] === 'obj');
    if (object === undefined || !deniesWhatCameBefore(units, tree, object)) continue;
    const subject = children.find((c) => tree.deprel[c] === 'nsubj');
    if (subject === undefined) continue;
    const denier = actorsAt(tree, units, subject);
    const voiced = voicedBody(units, tree, subject);
    const singular = SINGULAR.has(units[object]!.lower);
    if (denier.length === 1) return { parties: voiced >= 0 && voiced !== denier[0]!.unit ? [denier[0]!.unit, voiced] : [denier[0]!.unit], singular };
    if (voiced >= 0) return { parties: [voiced], singular };
  }
  return null;
}
const SINGULAR = new Set(['charge', 'allegation', 'accusation', 'claim', 'report', 'it', 'this', 'that', 'story', 'account', 'assertion', 'suggestion']);

function deniesWhatCameBefore(units: readonly Unit[], tree: UnitTree, object: number): boolean {
  const word = units[object]!.lower;
  const own = tree.children[object]!.map((c) => tree.deprel[c]!);
  if (STATEMENTS.has(word)) return !own.some((r) => ['acl', 'ccomp', 'acl:relcl'].includes(r));
  return PARTS.has(word) && !own.some((r) => ['acl', 'ccomp', 'acl:relcl', 'nmod'].includes(baseRel(r)));
}

/** The body a speaker stands for: the possessor of a voice noun that is, or describes, the subject. */
function voicedBody(units: readonly Unit[], tree: UnitTree, subject: number): number {
  const described = [subject, ...tree.children[subject]!.filter((c) => tree.deprel[c] === 'appos')];
  for (const k of described) {
    if (!VOICES.has(units[k]!.lower)) continue;
    const owner = tree.children[k]!.find((c) => tree.deprel[c] === 'nmod:poss' || (baseRel(tree.deprel[c]!) === 'nmod' && units[c]!.mention?.type === 'organization'));
    const body = owner === undefined ? [] : actorsAt(tree, units, owner);
    if (body.length === 1 && units[body[0]!.unit]!.mention?.type !== 'person') return body[0]!.unit;
  }
  return -1;
}

const MEMBERSHIP = new Set(['member_of', 'leader_of', 'part_of']);

// Two mentions name one party when their names match, or when the NLP stage linked one to the other
// ("the Front" to "the Talvar Front", "TKB" to its full name).
function sameName(a: Mention, b: Mention | undefined, byId: ReadonlyMap<string, Mention>): boolean {
  if (b === undefined) return false;
  const names = (m: Mention): Set<string> => {
    const out = new Set<string>();
    for (let at: Mention | undefined = m, hops = 0; at && hops < 4; at = at.antecedentId ? byId.get(at.antecedentId) : undefined, hops++) out.add(at.text.toLowerCase());
    return out;
  };
  const mine = names(a);
  return [...names(b)].some((n) => mine.has(n));
}

/**
 * The previous sentence's claims about the denier, denied in the speaker's voice in this sentence. A
 * party denies what was said of it either way round: "the Army said it killed the Front's emir; the
 * Front dismissed the claim". `parties` are the denier and any body it speaks for; the first speaks.
 */
export function denyAgain(previous: readonly ClaimMention[], parties: readonly Mention[], singular: boolean, mentionById: ReadonlyMap<string, Mention>, sentence: Sentence, nextId: (n: number) => string): ClaimMention[] {
  const out: ClaimMention[] = [];
  const speaker = parties[0];
  if (speaker === undefined) return out;
  const denied = previous.filter((c) => {
    if (c.negated || c.predicate === 'located_in' || c.predicate === 'operates_in') return false;
    const subject = mentionById.get(c.subjectId);
    const object = mentionById.get(c.objectId);
    // A body that denies a role does not deny that its own officers belong to it.
    const byObject = !MEMBERSHIP.has(c.predicate) && parties.some((p) => sameName(p, object, mentionById));
    return parties.some((p) => sameName(p, subject, mentionById)) || byObject;
  });
  // "dismissed the claim": the last thing the sentence before said, its last clause's claims.
  const span = (c: ClaimMention): [number, number] => {
    const at = [mentionById.get(c.subjectId)?.start ?? 0, mentionById.get(c.objectId)?.start ?? 0];
    return [Math.min(...at), Math.max(...at)];
  };
  const last = denied.reduce((best, c) => Math.max(best, span(c)[1]), -1);
  const lastStart = Math.min(...denied.filter((c) => span(c)[1] === last).map((c) => span(c)[0]));
  for (const c of denied) {
    if (singular && span(c)[1] < lastStart) continue;
    // The denial is dated by its own sentence, which names no date here: the earlier claim's date is not the denial's.
    out.push({ ...c, id: nextId(out.length), negated: true, hedged: false, date: null, source: { kind: 'entity', mentionId: speaker.id }, evidence: { start: sentence.start, end: sentence.end }, rule: `pattern/${DENIAL_ROW.name}` });
  }
  return out;
}
