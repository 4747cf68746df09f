import type { ClaimSource } from '../../core/index.js';
import { leftSubject } from './arguments.js';
import { isClauseBreak, isVerbLike } from './phrases.js';
import { BE_FORMS, DENYING_REPORT_VERBS, HEDGING_REPORT_VERBS, REPORT_VERBS, SOURCE_HEADS } from './lexicon.js';
import type { Unit } from './sentence-view.js';

/** Who asserts the claims whose trigger lies in units [from, to]. */
export interface Attribution {
  readonly source: ClaimSource;
  readonly from: number;
  readonly to: number;
  /** "analysts believe", "police suspect": the reporting verb itself marks doubt. */
  readonly hedged: boolean;
  /** "the Front denied …": what follows is asserted not to be so. */
  readonly denied: boolean;
  /** "according to …" relays another's words; a speaker inside its scope is nearer the claim. */
  readonly relayed: boolean;
}

const RELATIVE = new Set(['which', 'that', 'who', 'whom', 'whose']);
const NP_POS = new Set(['NOUN', 'ADJ', 'DET', 'PROPN', 'NUM', 'PART']);

const entity = (u: Unit): ClaimSource => ({ kind: 'entity', mentionId: u.mention!.id });

// An unnamed source is the noun phrase right before the reporting verb whose head names a kind of
// source: "Security analysts", "a senior Afghan official", "Media reports", "the classified dossier".
function describedSource(units: readonly Unit[], end: number): ClaimSource | null {
  let j = end;
  while (j >= 0 && (units[j]!.pos === 'ADV' || units[j]!.pos === 'AUX')) j--;
  if (j >= 0 && (units[j]!.lower === 'that' || units[j]!.lower === 'which')) j--;
  const head = units[j];
  if (!head || !SOURCE_HEADS.has(head.lower)) return null;
  let k = j;
  // "residents and officials said": coordinated source nouns are one source.
  // "a militia which officials accuse …": the phrase starts after a relative pronoun.
  while (k > 0 && (NP_POS.has(units[k - 1]!.pos) || (units[k - 1]!.lower === 'and' && SOURCE_HEADS.has(units[k - 2]?.lower ?? ''))) && j - k < 5 && !isClauseBreak(units, k - 1) && !RELATIVE.has(units[k - 1]!.lower)) k--;
  while (k < j && units[k]!.pos === 'DET') k++;
  return { kind: 'described', text: units.slice(k, j + 1).map((u) => u.text).join(' ').replace(/ ([’']s)\b/g, '$1') };
}

/**
 * Attributions in one sentence: "according to X", "X said/claimed/told … that", "…, X said", and an
 * unnamed source in words ("analysts believe"). A passive ("is believed to", "was said to") is a
 * hedge, not an attribution, and is left to the hedging scope.
 */
export function findAttributions(units: readonly Unit[], previousDocument: ClaimSource | null = null): Attribution[] {
  const out: Attribution[] = [];
  const last = units.length - 1;
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if ((u.lower === 'according' && units[i + 1]?.lower === 'to') || (u.lower === 'as' && units[i + 1]?.lower === 'per')) {
      const np = units[i + 2]?.pos === 'DET' && units[i + 3]?.mention ? i + 3 : i + 2;
      let end = np;
      while (end < last && units[end + 1]!.text !== ',' && !isClauseBreak(units, end + 1) && end - np < 6) end++;
      const first = units[np];
      if (!first) continue;
      const source: ClaimSource = first.mention && end === np
        ? entity(first)
        : { kind: 'described', text: units.slice(np, end + 1).map((x) => x.text).join(' ').replace(/^(the|a|an) /i, '') };
      out.push({ source, from: 0, to: last, hedged: false, denied: false, relayed: true });
      continue;
    }
    if (!REPORT_VERBS.has(u.lower) || !(isVerbLike(units, i, REPORT_VERBS) || isReportAfterSourceNoun(units, i))) continue;
    let b = i - 1;
    while (b >= 0 && units[b]!.pos === 'ADV') b--;
    if (b >= 0 && BE_FORMS.has(units[b]!.lower)) continue;
    if (b >= 0 && (units[b]!.pos === 'DET' || units[b]!.lower === 'as')) continue;
    // "Varn, said to be the Front's treasurer": a report verb raising an infinitive hedges, nobody speaks.
    if (units[i + 1]?.lower === 'to' && (units[i + 2]?.pos === 'VERB' || units[i + 2]?.pos === 'AUX')) continue;
    const hedged = HEDGING_REPORT_VERBS.has(u.lower);
    const denied = DENYING_REPORT_VERBS.has(u.lower);
    // "…, the ministry said." / "…, said the ministry.": the speaker closes the sentence.
    const trailingComma = findTrailingComma(units, i);
    if (trailingComma === i - 1 && units[i + 1]?.mention && !units[i + 1]!.viaCoref) {
      out.push({ source: entity(units[i + 1]!), from: 0, to: trailingComma, hedged, denied, relayed: false });
      continue;
    }
    // "Alder's dossier details …": the document asserts, whoever owns it.
    const document = describedDocument(units, i - 1);
    if (document) {
      out.push({ source: document, from: i + 1, to: last, hedged, denied, relayed: false });
      continue;
    }
    // "…, the army said", "Security analysts warn that …": a source noun right before the verb is the
    // speaker, even when a name stands further back in the sentence.
    // "The report, published by Osk Watch, found that …": the noun before the aside speaks.
    // "The dossier, compiled by the Constabulary, also alleges …": adverbs may stand after the aside.
    let beforeVerb = i - 1;
    while (beforeVerb > 0 && units[beforeVerb]!.pos === 'ADV') beforeVerb--;
    const aside = units[beforeVerb]?.text === ',' ? asideOpening(units, beforeVerb) : -1;
    // "the army's spokesman, Colonel Tam Orlan, said": a name in apposition to the source noun is the speaker.
    const named = aside > 0 && beforeVerb - aside === 2 ? units[aside + 1]! : null;
    if (named?.mention?.type === 'person' && !named.viaCoref && describedSource(units, aside - 1)) {
      // Closing the sentence ("…, the army's spokesman, Colonel Orlan, said."), it covers what came before.
      const opener = trailingComma >= 0 ? asideOpening(units, aside) : -1;
      out.push(opener > 0
        ? { source: entity(named), from: 0, to: opener, hedged, denied, relayed: false }
        : { source: entity(named), from: i + 1, to: last, hedged, denied, relayed: false });
      continue;
    }
    const described = describedSource(units, i - 1) ?? (aside > 0 ? describedSource(units, aside - 1) : null);
    if (described) {
      out.push(trailingComma >= 0 && i - trailingComma <= 6
        ? { source: described, from: 0, to: insideClause(units, trailingComma, i) ? last : trailingComma, hedged, denied, relayed: false }
        : { source: described, from: i + 1, to: last, hedged, denied, relayed: false });
      continue;
    }
    // "…, the officers said, but they said …": "they" is the unnamed source this sentence just named.
    const earlier = out[out.length - 1];
    if (units[i - 1]?.lower === 'they' && earlier?.source.kind === 'described' && !earlier.relayed) {
      out.push({ source: earlier.source, from: i + 1, to: last, hedged, denied, relayed: false });
      continue;
    }
    let speaker = leftSubject(units, i);
    // "a dossier that details what it describes as …": "it" is the dossier, which NER does not name.
    if (units[i - 1]?.lower === 'it') speaker = i - 1;
    if (speaker >= 0 && units[speaker]!.lower === 'it') {
      const head = lastSourceHead(units, speaker);
      const described = head >= 0 ? describedSource(units, head) : null;
      if (described) out.push({ source: described, from: i + 1, to: last, hedged, denied, relayed: false });
      if (described) continue;
      if (head < 0) {
        // "A police dossier names the Guard. It also claims …": "It" opening the sentence continues the
        // document the previous sentence spoke through; otherwise it is the group coreference found.
        const source = speaker === 0 && previousDocument ? previousDocument : units[speaker]!.mention ? entity(units[speaker]!) : null;
        if (source) out.push({ source, from: i + 1, to: last, hedged, denied, relayed: false });
        continue;
      }
      speaker = -1;
    }
    // "His lawyer said", "the Front's spokesman said": the speaker is the person named by the noun.
    const owned = speaker >= 0 ? possessedSpeaker(units, speaker, i) : null;
    if (owned) {
      out.push({ source: owned, from: i + 1, to: last, hedged, denied, relayed: false });
      continue;
    }
    if (speaker >= 0 && i - speaker <= 14) {
      out.push(trailingComma >= 0 && speaker > trailingComma
        ? { source: entity(units[speaker]!), from: 0, to: insideClause(units, trailingComma, i) ? last : trailingComma, hedged, denied, relayed: false }
        : { source: entity(units[speaker]!), from: i + 1, to: last, hedged, denied, relayed: false });
      continue;
    }
  }
  // "X has denied any role; Y, the ministry's spokeswoman, called …": what X says ends at the semicolon.
  return out.map((a) => {
    const stop = a.from > 0 ? units.findIndex((u, k) => k >= a.from && k <= a.to && u.text === ';') : -1;
    return stop > 0 ? { ...a, to: stop - 1 } : a;
  });
}

const DOCUMENT_HEADS = new Set(['dossier', 'dossiers', 'report', 'reports', 'document', 'documents', 'statement', 'assessment', 'assessments', 'findings', 'files', 'study', 'investigation', 'indictment', 'chargesheet', 'memo', 'cable', 'letter', 'video']);

function describedDocument(units: readonly Unit[], end: number): ClaimSource | null {
  let j = end;
  while (j >= 0 && units[j]!.pos === 'ADV') j--;
  const head = units[j];
  if (!head || head.mention || !DOCUMENT_HEADS.has(head.lower)) return null;
  return describedSource(units, j);
}

// "the dossier details how …", "media reports indicate that …": wink reads the verb as a noun.
function isReportAfterSourceNoun(units: readonly Unit[], i: number): boolean {
  const prev = units[i - 1];
  const next = units[i + 1];
  if (!prev || prev.mention || !SOURCE_HEADS.has(prev.lower) || units[i]!.pos !== 'NOUN') return false;
  return next !== undefined && (next.mention !== null || next.pos === 'DET' || next.pos === 'SCONJ' || /^(that|how|what|whether)$/.test(next.lower));
}

const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'its', 'their']);

function possessedSpeaker(units: readonly Unit[], speaker: number, verb: number): ClaimSource | null {
  const u = units[speaker]!;
  const possessive = POSSESSIVE_PRONOUNS.has(u.lower) || units[speaker + 1]?.lower === "'s" || units[speaker + 1]?.lower === '’s';
  if (!possessive) return null;
  let head = verb - 1;
  while (head > speaker && (units[head]!.pos === 'ADV' || units[head]!.pos === 'AUX')) head--;
  if (head <= speaker || units[head]!.mention || !SOURCE_HEADS.has(units[head]!.lower)) return null;
  return { kind: 'described', text: units.slice(speaker, head + 1).map((x) => x.text).join(' ').replace(/ ([’']s)\b/g, '$1') };
}

function asideOpening(units: readonly Unit[], close: number): number {
  for (let j = close - 1; j > 0 && close - j <= 14; j--) {
    if (isClauseBreak(units, j)) return -1;
    if (units[j]!.text === ',') return j;
  }
  return -1;
}

function lastSourceHead(units: readonly Unit[], before: number): number {
  for (let k = before - 1; k >= 0; k--) if (!units[k]!.mention && SOURCE_HEADS.has(units[k]!.lower)) return k;
  return -1;
}

// "The Front, officials said, attacked Osk": an aside after a bare subject, with the clause going on after
// it, speaks for the whole clause; after a clause of its own ("…, the officers said, but …") it closes it.
function insideClause(units: readonly Unit[], opening: number, verb: number): boolean {
  if (units[verb + 1]?.text !== ',' || verb + 2 >= units.length - 1) return false;
  for (let k = 0; k < opening; k++) if (units[k]!.pos === 'VERB' || units[k]!.pos === 'AUX') return false;
  return true;
}

// The comma that opens a closing "X said" (only punctuation or a time phrase may follow the verb).
function findTrailingComma(units: readonly Unit[], verb: number): number {
  let after = 0;
  for (let k = verb + 1; k < units.length; k++) if (units[k]!.pos !== 'PUNCT') after++;
  // "…, the officers said, but …", "…, residents said, in clashes that …": a comma after the verb closes
  // a parenthetical attribution of what came before, however the sentence goes on.
  if (after > 3 && units[verb + 1]?.text !== ',') return -1;
  for (let k = verb - 1; k >= 0 && verb - k <= 6; k--) if (units[k]!.text === ',') return k;
  return -1;
}

/** The document a sentence spoke through ("the dossier alleges …"), for an "It claims …" in the next. */
export function documentSource(attributions: readonly Attribution[]): ClaimSource | null {
  for (let k = attributions.length - 1; k >= 0; k--) {
    const source = attributions[k]!.source;
    if (source.kind === 'described' && DOCUMENT_HEADS.has(source.text.split(' ').pop()!.toLowerCase())) return source;
  }
  return null;
}

/**
 * The attribution that covers the trigger at `t`. Nested attributions keep the outermost speaker the
 * text names, except that "according to <outlet>, officials believe …" gives the officials: the
 * outlet only relays them (GUIDELINES, "Sources passed through an outlet").
 */
export function attributionFor(attributions: readonly Attribution[], t: number): Attribution | null {
  const covering = attributions.filter((a) => a.from <= t && t <= a.to);
  if (covering.length === 0) return null;
  const spoken = covering.filter((a) => !a.relayed);
  const chosen = (spoken.length > 0 && covering[0]!.relayed ? spoken[0] : covering[0]) ?? null;
  // "The Ledger reported that a police dossier accused the Guard of …": an outlet passing on a source's
  // words is not their source; the report nested inside it is.
  const nested = spoken.filter((a) => a !== chosen && chosen !== null && a.from > chosen.from && a.to <= chosen.to);
  return nested.length > 0 ? nested[nested.length - 1]! : chosen;
}
