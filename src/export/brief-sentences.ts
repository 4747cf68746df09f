import type { Assertion, AssertionMention, Contradiction, GradeLabel } from '../analysis/index.js';
import type { CaseView } from './case-view.js';
import type { FootnoteList, Inline } from './brief-document.js';
import { CLAIM_VERB, countOf, joinWords, REDUNDANT_ROLE } from './brief-phrases.js';
import { carrierWords, describeVoices, voicesOf, type Voice } from './brief-voices.js';

/** What every sentence writer needs: the case, the footnotes to cite into, and how many notes a sentence may carry. */
export interface SentenceContext {
  readonly view: CaseView;
  readonly notes: FootnoteList;
  readonly citationsPerSentence: number;
}

const GRADE_WORDS: Readonly<Record<GradeLabel, string>> = {
  corroborated: 'Corroborated', 'single-origin': 'Single origin', 'mostly-hedged': 'Mostly hedged', unsourced: 'Unsourced', contested: 'Disputed',
};

/**
 * One assertion as a sentence that keeps its hedge and names who says it:
 * "Directorate of Special Inquiries reportedly supplied Red Valley Front, according to a police dossier (reported by four outlets)."
 * When only a party to the claim speaks for itself, the sentence says so ("X denies supplying Y", "X claims to have
 * attacked Y") rather than citing X as a source about X.
 */
export function claimSentence(a: Assertion, ctx: SentenceContext, options: ClaimSentenceOptions = {}): Inline[] {
  const voices = voicesOf(a, ctx.view);
  const third = voices.filter((v) => v.party === null);
  const parties = voices.filter((v) => v.party !== null);
  const words = CLAIM_VERB[a.predicate];
  const detail = options.short ? '' : claimDetail(a, options.withDate ?? true);
  let text: string;
  if (third.length > 0 || parties.length === 0) {
    const allHedged = third.length > 0 && third.every((v) => v.hedged);
    const verb = a.negated ? words.not : allHedged ? words.hedged : words.is;
    const who = options.short ? third.map((v) => shortVoice(v, !allHedged)) : describeVoices(third, !allHedged);
    const counted = options.short && who.length > 1 ? `${countOf(who.length, 'independent origin')}: ` : '';
    text = `${a.subject.name} ${verb} ${a.object.name}${detail}, according to ${counted}${who.length ? joinWords(who) : 'no traceable source'}`;
    if (parties.length) text += `; ${joinWords(parties.map((v) => v.party!.name))} ${a.negated ? 'also denies it' : 'says so too'}`;
  } else {
    text = `${partyStatement(a, parties)}${detail}${options.short ? '' : carriedBy(parties)}`;
  }
  return [`${text}.`, ...ctx.notes.citeAll(a.mentions, options.short ? 1 : ctx.citationsPerSentence)];
}

/** "Lucan Varro (named as a member of …)", "Amael Tursk (hedged)": a voice by name, with what a reader must not lose. */
function shortVoice(v: Voice, markHedged: boolean): string {
  const marks = [v.reliability ? `graded ${v.reliability}` : null, v.affiliation, markHedged && v.hedged ? 'hedged' : null].filter((m): m is string => m !== null);
  return marks.length ? `${v.label} (${marks.join('; ')})` : v.label;
}

export interface ClaimSentenceOptions {
  /** Name the dates the sources give (events put the date first instead). */
  readonly withDate?: boolean;
  /** Sources by name only and counted, no roles, dates or carriers, one footnote: for the summary. */
  readonly short?: boolean;
}

/** "Corroborated: four independent origins in five documents." and, when another origin says otherwise, a pointer to it. */
export function supportNote(a: Assertion): Inline[] {
  const { hedgedMentions, mentions } = a.grade;
  const hedges = hedgedMentions === 0 ? '' : hedgedMentions < mentions ? `, hedged in ${hedgedMentions} of ${mentions} mentions` : mentions === 1 ? ', hedged' : ', hedged in every mention';
  const label = a.grade.label === 'contested' ? (a.grade.origins > 1 ? 'corroborated' : 'single-origin') : a.grade.label;
  const note: Inline[] = [{ em: `${GRADE_WORDS[label]}: ${countOf(a.origins, 'independent origin')} in ${countOf(a.documents, 'document')}${hedges}.` }];
  if (a.grade.contested) note.push(' ', { strong: 'Disputed' }, ' (see Contradictions).');
  return note;
}

/** A party's own words: "X denies being allied with Y", "X claims to have arrested Y", "Y says that X leads Y". */
function partyStatement(a: Assertion, parties: readonly Voice[]): string {
  const words = CLAIM_VERB[a.predicate];
  const speakers = parties.map((v) => v.party!);
  const hedge = parties.every((v) => v.hedged) ? 'reportedly ' : '';
  if (speakers.some((p) => p.id === a.subject.id)) {
    return `${a.subject.name} ${hedge}${a.negated ? `denies ${words.gerund}` : `claims ${words.infinitive}`} ${a.object.name}`;
  }
  // "Ashfen Constabulary says Red Valley Front attacked it"; a person is named again, as "it" would misname them.
  const object = a.object.type === 'person' ? a.object.name : 'it';
  return `${a.object.name} ${hedge}${a.negated ? 'denies' : 'says'} that ${a.subject.name} ${words.is} ${object}`;
}

function carriedBy(parties: readonly Voice[]): string {
  const carriers = [...new Set(parties.flatMap((v) => v.carriers))];
  return carriers.length ? `, as quoted by ${carrierWords(carriers)}` : '';
}

/** " (as chief; dated 2019)": roles that add to the predicate, and every date the sources give. */
function claimDetail(a: Assertion, withDate: boolean): string {
  const redundant = REDUNDANT_ROLE[a.predicate];
  const roles = [...new Set(a.mentions.map((m) => m.role).filter((r): r is string => r !== null && !redundant?.has(r.toLowerCase())))];
  const dates = withDate ? datesOf(a.mentions) : [];
  const parts = [roles.length ? `as ${joinWords(roles)}` : null, dates.length ? `dated ${joinWords(dates)}` : null].filter((p): p is string => p !== null);
  return parts.length ? ` (${parts.join('; ')})` : '';
}

export function datesOf(mentions: readonly AssertionMention[]): string[] {
  return [...new Set(mentions.map((m) => m.date?.value).filter((d): d is string => d !== undefined))].sort();
}

const CONTRADICTION_LEAD: Readonly<Record<Contradiction['kind'], string>> = {
  negation: 'Asserted and denied',
  incompatible: 'Incompatible claims',
  date: 'Different dates',
};

/** Contradictions that share their first side, so one claim opposed twice is set out once with both objections. */
export function groupContradictions(contradictions: readonly Contradiction[]): Contradiction[][] {
  const groups = new Map<string, Contradiction[]>();
  for (const c of contradictions) {
    const key = c.kind === 'date' ? c.id : c.sides[0].assertionId;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  return [...groups.values()];
}

/** One claim and everything said against it, each as its own attributed sentence, and whether time could reconcile them. */
export function contradictionItem(group: readonly Contradiction[], ctx: SentenceContext, assertionById: ReadonlyMap<string, Assertion>, options: ClaimSentenceOptions = {}): Inline[] {
  const first = group[0]!;
  const lead = new Set(group.map((c) => c.kind)).size === 1 ? CONTRADICTION_LEAD[first.kind] : 'Disputed';
  const out: Inline[] = options.short ? [] : [{ strong: `${lead}:` }, ' '];
  const narrow = { ...ctx, citationsPerSentence: 2 };
  const claimed = assertionById.get(first.sides[0].assertionId);
  if (first.kind === 'date' || !claimed) {
    const sides = first.sides.map((s) => [`${s.date?.value ?? 'undated'} according to ${joinWords([...new Set(s.evidence.map((m) => m.sourceLabel.replace(/^~/, '')))])}`, ...ctx.notes.citeAll(s.evidence, 1)]);
    out.push(`${first.sides[0].subject.name} ${CLAIM_VERB[first.sides[0].predicate].is} ${first.sides[0].object.name}: `, ...sides[0]!, '; against ', ...sides[1]!, '.');
  } else {
    out.push(...claimSentence(claimed, narrow, options));
    group.forEach((c, i) => {
      const against = assertionById.get(c.sides[1].assertionId);
      if (against) out.push(i === 0 ? ' Against this: ' : ' And: ', ...claimSentence(against, narrow, options));
    });
  }
  if (options.short) return out;
  for (const c of group) if (c.via) out.push(` The two meet through a place: ${c.via.subject.name} ${CLAIM_VERB[c.via.predicate].is} ${c.via.object.name}.`, ...ctx.notes.citeAll(c.via.evidence, 1));
  if (group.some((c) => c.timing === 'undated')) out.push(' At least one side is undated, so this may be a change over time rather than a conflict.');
  else if (group.some((c) => c.timing === 'overlapping')) out.push(' The dates given overlap.');
  return out;
}
