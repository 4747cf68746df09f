import type { ClaimDate, ClaimMention, ClaimSource, EntityType, Mention, Sentence, SourceDocument, Token } from '../../core/index.js';
import { SYMMETRIC_PREDICATES, fitsSignature } from '../../core/index.js';
import { attributionFor, documentSource, findAttributions, type Attribution } from './attribution.js';
import type { Found } from './construction.js';
import { CONSTRUCTIONS } from './constructions/index.js';
import { activeRows, type ClaimOptions, DEFAULT_CLAIM_OPTIONS } from './rule-tables.js';
import { EMPTY_DISCOURSE, resolveAnaphora, type Discourse, type Referent } from './coref.js';
import { filedDate, findDates, needsNarrative, referenceDate, type ChronoCache, type DateMention } from './dates.js';
import { modalityOf } from './modality.js';
import { hedgeReaches } from './date-scope.js';
import { claimDate } from './claim-date.js';
import { actingForBody } from './acting-for-body.js';
import { bareDenial, DENIAL_ROW, denyAgain } from './parse-rules/denial.js';
import { buildUnitTree, findOverParse, PARSE_ROWS, type TokenArc, type UnitTree } from './parse-rules/index.js';
import { clauseVoice } from './parse-rules/voice.js';
import { ACTING, isMisread, negatedReading, readPredicate } from './readings.js';
import { collapseMentions, type Unit } from './sentence-view.js';

export { DEFAULT_CLAIM_OPTIONS, ruleNames, unknownPatterns, type ClaimOptions } from './rule-tables.js';

export interface ClaimInput {
  readonly document: SourceDocument;
  readonly sentences: readonly Sentence[];
  readonly tokens: readonly Token[];
  readonly mentions: readonly Mention[];
}

// How many sentences back "soon after" or "a decade later" may look for the date the story is at.
const NARRATIVE_REACH = 6;
// How many sentences after an attack "the attack" may still stand for it.
const EVENT_REACH = 2;
// Constructions that state a relation inside one noun phrase; modality is read on the phrase alone.
// "… are said to have restructured the Front's footprint in Osk" hedges the restructuring, not the footprint.
const PHRASE_RULE = /^(title-before-name|name-then-title\/appositive|kinship|hyphen-|part-of|located-in|nominal\/(possessive-place|possessor|compound)|stance-prefix)/;
// Background the author supplies inside a reported clause ("… assistance to Orlan, who served as the
// Front's emir", "… in Brell, a district of Alder"): the reporting verb neither asserts nor hedges it.
const BACKGROUND_RULE = /^(title-before-name|name-then-title\/appositive|kinship|located-in|part-of\/(possessor|compound|of)|stance-prefix)/;
/**
 * Reads the claims of one document: every relation a sentence (or a sentence and the one before it,
 * through a pronoun or "the group") states, with who asserts it, how surely, and when.
 * @example extractClaims(input).filter((c) => c.predicate === 'leader_of' && !c.negated)
 */
export function extractClaims(input: ClaimInput, options: Partial<ClaimOptions> = {}): ClaimMention[] {
  const { document, sentences } = input;
  const opts: ClaimOptions = { ...DEFAULT_CLAIM_OPTIONS, ...options };
  // Rows switched off for an ablation run (`dossier extract --without NAME`); all rows otherwise.
  const constructions = activeRows('constructions', CONSTRUCTIONS, opts.without);
  const parseRules = activeRows('parse', PARSE_ROWS, opts.without);
  const tokensBySentence = groupBySentence(input.tokens, sentences.length);
  const mentionsBySentence = groupBySentence([...input.mentions].sort((a, b) => a.start - b.start), sentences.length);
  // A dateline's day is when the piece was written: relative dates count from it, not from a later reprint.
  const filed = filedDate(document.text, referenceDate(document.published));
  const published = filed ?? referenceDate(document.published);
  const weekdays = filed !== null || (document.published?.length ?? 0) === 10;
  const dateCache = new Map<number, DateMention[]>();
  const chronoCache: ChronoCache = new Map();
  const textOf = (i: number): string => document.text.slice(sentences[i]!.start, sentences[i]!.end);
  const lastDate = (dates: readonly DateMention[]): ClaimDate | null => dates[dates.length - 1]?.date ?? null;
  // "its commander since 2020. Yomdari was wounded in June": the start of a state the sentence before
  // names is not the year its story is at, so a bare month after it keeps the article's year.
  const anchoringDate = (dates: readonly DateMention[]): ClaimDate | null => {
    const last = dates[dates.length - 1];
    if (!last) return null;
    return SINCE_BEFORE.test(document.text.slice(Math.max(0, last.start - 12), last.start)) ? { ...last.date, stated: false } : last.date;
  };
  // Sentences before `i` are read without context of their own: only their explicit dates count.
  const plainDatesOf = (i: number): DateMention[] => {
    let dates = dateCache.get(i);
    if (!dates) {
      dates = findDates(textOf(i), sentences[i]!.start, { published, previous: null, narrative: null, weekdays, chronoCache });
      dateCache.set(i, dates);
    }
    return dates;
  };
  // A piece without a publication date still tells its year: the latest one an earlier sentence stated
  // (a report on "10 March 2027" mentions "since 2019" as background, never a later year).
  const lastStated = (i: number): ClaimDate | null => {
    let latest: ClaimDate | null = null;
    for (let j = 0; j < i; j++) for (const d of plainDatesOf(j)) if (d.date.stated && (!latest || d.date.value.slice(0, 4) > latest.value.slice(0, 4))) latest = d.date;
    return latest;
  };
  const datesOf = (i: number): DateMention[] => {
    const text = textOf(i);
    const previous = i > 0 ? anchoringDate(plainDatesOf(i - 1)) : null;
    let narrative: ClaimDate | null = null;
    if (needsNarrative(text)) for (let j = i - 1; j >= 0 && i - j <= NARRATIVE_REACH && !narrative; j--) narrative = lastDate(plainDatesOf(j));
    const previousDates = i > 0 ? plainDatesOf(i - 1).map((d) => d.date) : [];
    // Read back only for a bare month: chrono, the dearest step, then reads every sentence before.
    const storyYear = published || !BARE_MONTH.test(text) || STATED_YEAR.test(text) ? null : lastStated(i);
    return findDates(text, sentences[i]!.start, { published, previous, previousEvent: previousDates[0] ?? null, previousDates, narrative, storyYear, weekdays, chronoCache });
  };

  const claims: ClaimMention[] = [];
  const seen = new Set<string>();
  let referents: Referent[] = [];
  // Names and descriptions of earlier sentences, for "the junta" further back than the last sentence.
  let discourse: Discourse = EMPTY_DISCOURSE;
  // Who carried out the last attack reported, for "The attack occurred in …" a sentence or two later.
  let lastAttack: { actor: Mention; sentence: number } | null = null;
  // The last two parties said to be allied, for "this alliance" or "the two groups" in the next sentence.
  let pair: { members: readonly [Mention, Mention]; sentence: number } | null = null;
  let lists: Mention[][] = [];
  let struck: Mention[] = [];
  // Who leads or belongs to which group, as this document has said so far: "her fighters" act as her group.
  const groups = new Map<string, Mention>();
  const groupOf = (person: Mention): Mention | null => personKeys(person).map((k) => groups.get(k)).find((g) => g !== undefined) ?? null;
  const mentionById = new Map(input.mentions.map((m) => [m.id, m]));
  // Quoted speech that runs on past a sentence end keeps the speaker who opened the quotation.
  let quoted: Attribution | null = null;
  // The document the previous sentence spoke through, for "It also claims …".
  let spokeThrough: ClaimSource | null = null;
  // Where the previous sentence's claims begin, for a denial that refers back to them.
  let previousStart = 0;
  const denialActive = parseRules.some((r) => r.name === DENIAL_ROW.name);
  for (let i = 0; i < sentences.length; i++) {
    const sentence = sentences[i]!;
    const attacker = lastAttack && lastAttack.sentence >= i - EVENT_REACH ? lastAttack.actor : null;
    const resolved = resolveAnaphora(collapseMentions(tokensBySentence[i]!, mentionsBySentence[i]!), referents, { pair: pair && pair.sentence >= i - 1 ? pair.members : null, lists, struck, groupOf, discourse, attacker });
    referents = resolved.referents;
    discourse = resolved.discourse;
    if (resolved.attacker) lastAttack = { actor: resolved.attacker, sentence: i };
    lists = resolved.lists;
    struck = resolved.struck;
    const units = resolved.units;
    const found: Found[] = [];
    // A claim joins two different mentions (toClaim): in a sentence that names fewer, no row can find
    // one, so none is run; the tree is still built for a denial of the sentence before.
    const holdsClaim = namesTwoParties(units);
    if (holdsClaim) for (const construction of constructions) found.push(...construction.find(units, found));
    const arcs = holdsClaim || denialActive ? arcsOf(tokensBySentence[i]!) : null;
    const tree = arcs ? buildUnitTree(units, arcs) : null;
    if (tree && holdsClaim) found.push(...findOverParse(units, tree, parseRules));
    // "Alder has denied the charge": what the sentence before alleged of Alder, denied in Alder's voice.
    const sentenceStart = claims.length;
    const previousClaims = claims.slice(previousStart, sentenceStart);
    previousStart = sentenceStart;
    const denial = tree && denialActive ? bareDenial(units, tree) : null;
    if (denial) {
      for (const claim of denyAgain(previousClaims, denial.parties.map((k) => units[k]!.mention!), denial.singular, mentionById, sentence, (n) => `${document.id}:c${claims.length + n}`)) {
        const key = claimKey(claim);
        if (!seen.has(key)) { seen.add(key); claims.push(claim); }
      }
    }
    const carried: Attribution | null = quoted;
    const stillOpen = endsInsideQuote(document.text, sentence, carried !== null);
    if (found.length === 0) {
      const passing = findAttributions(units, spokeThrough);
      quoted = stillOpen ? carried ?? lastSpeaker(passing) : null;
      spokeThrough = documentSource(passing);
      continue;
    }
    const own = findAttributions(units, spokeThrough);
    spokeThrough = documentSource(own);
    quoted = stillOpen ? carried ?? lastSpeaker(own) : null;
    const attributions = carried ? [...own, { ...carried, from: 0, to: units.length - 1 }] : own;
    // Read only when a claim needs a date: chrono is the dearest step, and many sentences with a
    // candidate yield no claim, or only undated ones.
    let dates: DateMention[] | null = null;
    const datesHere = (): readonly DateMention[] => (dates ??= datesOf(i));
    for (const f of found) {
      for (const variant of withPartners(f, units)) {
        const claim = toClaim(variant, units, sentence, i > 0 ? sentences[i - 1]! : null, attributions, datesHere, document, claims.length, tree);
        if (!claim) continue;
        const key = claimKey(claim);
        if (seen.has(key)) continue;
        seen.add(key);
        claims.push(claim);
        // "Alder dismissed reports that it arms the Front": the reports allege what Alder denies; both are claims,
        // each in its own voice, so the dispute shows as a contradiction between sources.
        const alleged = claim.negated && tree ? (f.voice ?? clauseVoice(tree, units, f.trigger)).alleged : undefined;
        if (alleged) {
          // Unhedged: the statement asserts it in its own voice; the doubt is the denial's, which is the other claim.
          const twin: ClaimMention = { ...claim, id: `${document.id}:c${claims.length}`, negated: false, source: alleged.source, hedged: false };
          const twinKey = claimKey(twin);
          if (!seen.has(twinKey)) { seen.add(twinKey); claims.push(twin); }
        }
        if (claim.predicate === 'attacked' && !claim.negated && f.rule !== 'event-place') lastAttack = { actor: mentionById.get(claim.subjectId)!, sentence: i };
        if (claim.predicate === 'allied_with' && !claim.negated) pair = { members: [mentionById.get(claim.subjectId)!, mentionById.get(claim.objectId)!], sentence: i };
        if ((claim.predicate === 'leader_of' || claim.predicate === 'member_of') && !claim.negated && !claim.hedged) {
          const person = mentionById.get(claim.subjectId)!;
          for (const key of personKeys(person)) groups.set(key, mentionById.get(claim.objectId)!);
        }
      }
    }
    for (const claim of actingForBody(claims.slice(sentenceStart), mentionById, (n) => `${document.id}:c${claims.length + n}`)) {
      const key = claimKey(claim);
      if (!seen.has(key)) { seen.add(key); claims.push(claim); }
    }
  }
  return withoutActingSubPlaces(claims, mentionById);
}

/**
 * "Gumbaro, a town in Kaluwa" cannot attack or ally: a place the document puts inside another place
 * is a town, district or region, and a claim that has it act comes from a misread argument (an event
 * noun resolved to where it happened, a list of places read as its actors). Countries are never inside
 * another named place in the text, so "Alder armed the Front" stays.
 */
function withoutActingSubPlaces(claims: readonly ClaimMention[], mentionById: ReadonlyMap<string, Mention>): ClaimMention[] {
  const inside = new Set<string>();
  for (const c of claims) if (c.predicate === 'located_in' && !c.negated) inside.add(mentionById.get(c.subjectId)?.text.toLowerCase() ?? '');
  if (inside.size === 0) return [...claims];
  const acts = (id: string): boolean => inside.has(mentionById.get(id)?.text.toLowerCase() ?? '');
  return claims.filter((c) => !ACTING.has(c.predicate) || !(acts(c.subjectId) || (SYMMETRIC_PREDICATES.has(c.predicate) && acts(c.objectId))));
}

const SINCE_BEFORE = /\b(?:since|from)(?: at least)?\s+$/i;
const BARE_MONTH = /\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b/;
const STATED_YEAR = /\b(?:1[89]|20)\d\d\b/;

type Variant = Found & { readonly subjectAs?: Mention; readonly objectAs?: Mention };

// "ISI sustained this collaboration", "they travelled to Osk": the relation holds for each member of
// the set the slot stands for.
function withPartners(f: Found, units: readonly Unit[]): Variant[] {
  const out: Variant[] = [f];
  for (const m of units[f.subject]!.partners ?? []) out.push({ ...f, subjectAs: m });
  for (const m of units[f.object]!.partners ?? []) out.push({ ...f, objectAs: m });
  return out;
}

function toClaim(f: Variant, units: readonly Unit[], sentence: Sentence, previous: Sentence | null, attributions: readonly Attribution[], dates: () => readonly DateMention[], document: SourceDocument, n: number, tree: UnitTree | null): ClaimMention | null {
  const subject = units[f.subject]!;
  const object = units[f.object]!;
  const s = f.subjectAs ?? subject.mention;
  const o = f.objectAs ?? object.mention;
  if (!s || !o || s.id === o.id || s.text.toLowerCase() === o.text.toLowerCase()) return null;
  const predicate = readPredicate(f, s, o, units, tree);
  if (!fitsSignature(predicate, s.type, o.type) || isMisread(f, predicate, s, o, units, tree)) return null;
  // With a parse, a hedge counts only in a clause that holds the claim (see hedgeReaches).
  const reaches = tree ? (k: number): boolean => hedgeReaches(tree, f.trigger, k) : undefined;
  const modality = modalityOf(units, Math.min(f.subject, f.object), f.trigger, Math.max(f.subject, f.object), f.subject, PHRASE_RULE.test(f.rule), reaches);
  if (modality.conditional) return null;
  // "accused the Varn-led council of …": who leads it is the author's description, not the accusation.
  const background = BACKGROUND_RULE.test(f.rule) || (f.rule.startsWith('hyphen-participle') && f.predicate === 'leader_of') || f.voice?.background === true;
  // "reports that …", "claims by state media that …": the statement noun is the source, whoever relays it.
  const carrier = f.voice?.carrier ?? null;
  const attribution = background ? null : carrier ? { source: carrier.source, from: 0, to: units.length - 1, hedged: carrier.hedged, denied: false, relayed: false } : attributionFor(attributions, f.trigger);
  // A participant may be its own source: "the Front denied backing the Guard" is the Front's word.
  const source: ClaimSource = attribution?.source ?? { kind: 'author' };
  const reachesBack = previous !== null && [subject, object].some((u) => u.viaCoref && u.mention!.sentenceIndex < sentence.index);
  return {
    id: `${document.id}:c${n}`,
    docId: document.id,
    subjectId: s.id,
    predicate,
    objectId: o.id,
    role: f.role,
    source,
    hedged: modality.hedged || (f.hedged ?? false) || (attribution?.hedged ?? false),
    negated: negatedReading(f, modality.negated, attribution?.denied ?? false, units, tree),
    date: claimDate(f, units, tree, dates, document.published),
    evidence: { start: reachesBack ? previous.start : sentence.start, end: sentence.end },
    rule: `${subject.viaCoref || object.viaCoref ? 'coref' : 'pattern'}/${f.rule}`,
  };
}

// Whether the units name at least two different mentions, directly or as a set's other members.
function namesTwoParties(units: readonly Unit[]): boolean {
  let first: string | null = null;
  for (const u of units) {
    if (u.mention) { if (first === null) first = u.mention.id; else if (u.mention.id !== first) return true; }
    for (const m of u.partners ?? []) { if (first === null) first = m.id; else if (m.id !== first) return true; }
  }
  return false;
}

// Tracks quotation marks through one sentence: curly quotes open and close, a straight one toggles.
function endsInsideQuote(text: string, sentence: Sentence, open: boolean): boolean {
  let inside = open;
  for (let k = sentence.start; k < sentence.end; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x201c) inside = true;
    else if (c === 0x201d) inside = false;
    else if (c === 0x22) inside = !inside;
  }
  return inside;
}

function lastSpeaker(attributions: readonly Attribution[]): Attribution | null {
  for (let k = attributions.length - 1; k >= 0; k--) if (!attributions[k]!.relayed) return attributions[k]!;
  return null;
}

// A person is found again by full name or by surname ("Mira Estaven" … "Estaven").
function personKeys(person: Mention): string[] {
  const name = person.text.toLowerCase();
  const surname = name.split(/\s+/).pop()!;
  return [name, `~${surname}`];
}

function claimKey(c: ClaimMention): string {
  const [a, b] = SYMMETRIC_PREDICATES.has(c.predicate) && c.subjectId > c.objectId ? [c.objectId, c.subjectId] : [c.subjectId, c.objectId];
  return `${c.evidence.end}|${a}|${c.predicate}|${b}|${c.negated}|${JSON.stringify(c.source)}`;
}

// The parser's arcs for one sentence, when the tokens carry them (text read before the parser existed does not).
function arcsOf(tokens: readonly Token[]): TokenArc[] | null {
  const first = tokens[0] as (Token & Partial<TokenArc>) | undefined;
  if (!first || first.head === undefined || first.deprel === undefined) return null;
  // Heads index the sentence's own tokens.
  const base = 0;
  return tokens.map((t) => {
    const arc = t as Token & Partial<TokenArc>;
    return { start: t.start, end: t.end, upos: arc.upos ?? t.pos, head: arc.head! < 0 ? -1 : arc.head! - base, deprel: arc.deprel ?? 'dep' };
  });
}

function groupBySentence<T extends { readonly sentenceIndex: number }>(items: readonly T[], count: number): T[][] {
  const out: T[][] = Array.from({ length: count }, () => []);
  for (const item of items) out[item.sentenceIndex]?.push(item);
  return out;
}
