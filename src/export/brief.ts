import type { Assertion, AssertionMention, Contradiction, GradeLabel } from '../analysis/index.js';
import { compareText, type CaseView } from './case-view.js';
import { CLAIM_VERB, joinWords, mdEscape } from './brief-phrases.js';

export const DEFAULT_BRIEF_OPTIONS = Object.freeze({
  /** Entities given a section: the most-connected first. A brief is read in minutes, not a catalogue. */
  keyEntities: 10,
  assertionsPerEntity: 6,
  /** Footnotes per line; one per independent origin first, so the citations show the breadth of support. */
  citationsPerAssertion: 3,
});
export type BriefOptions = typeof DEFAULT_BRIEF_OPTIONS;

const GRADE_RANK: Readonly<Record<GradeLabel, number>> = { corroborated: 0, 'single-origin': 1, 'mostly-hedged': 2, unsourced: 3, contested: 4 };

/**
 * A cited brief in Markdown. Every line is worded as what its sources say ("According to X, A reportedly leads B"),
 * keeps the sources' hedges, marks contested claims, and cites the evidence sentence of each document in a footnote.
 * It never states an allegation as fact.
 */
export function toBrief(view: CaseView, options: Partial<BriefOptions> = {}): string {
  const opts = { ...DEFAULT_BRIEF_OPTIONS, ...options };
  const notes = new FootnoteList(view);
  const involving = new Map<string, Assertion[]>();
  for (const a of view.assertions) for (const id of new Set([a.subject.id, a.object.id])) involving.set(id, [...(involving.get(id) ?? []), a]);
  const key = view.entities
    .filter((e) => (involving.get(e.id)?.length ?? 0) > 0)
    .sort((a, b) => (involving.get(b.id)!.length - involving.get(a.id)!.length) || compareText(a.name, b.name))
    .slice(0, opts.keyEntities);

  const lines: string[] = [
    '# Case brief',
    '',
    `> This brief reports what ${view.documents.length} documents say. Every line names who says it; none is a finding of fact.`,
    '> Hedges in the sources ("reportedly", "allegedly") are kept. Grades count independent origins, not repetitions.',
    '',
    '## Key entities',
  ];
  if (key.length === 0) lines.push('', 'No claims were extracted from the documents in this case.');
  for (const e of key) {
    lines.push('', `### ${mdEscape(e.name)} (${e.type})`);
    const aliases = e.aliases.filter((a) => a !== e.name);
    if (aliases.length) lines.push('', `Also named: ${aliases.map(mdEscape).join(', ')}.`);
    lines.push('');
    for (const a of rankAssertions(involving.get(e.id)!).slice(0, opts.assertionsPerEntity)) lines.push(`- ${claimLine(a, notes, opts.citationsPerAssertion)}`);
  }

  if (view.analysis.contradictions.length) {
    lines.push('', '## Contradictions', '');
    for (const c of view.analysis.contradictions) lines.push(`- ${contradictionLine(c, notes)}`);
  }

  lines.push('', '## Grades', '',
    '- *corroborated*: stated through two or more independent origins (copies and republications count once).',
    '- *single-origin*: every mention traces back to one origin.',
    '- *mostly-hedged*: the sources themselves present it as uncertain.',
    '- *unsourced*: no source and no known publisher.',
    '- **Contested**: another origin says the opposite; see Contradictions.');
  const footnotes = notes.render();
  if (footnotes.length) lines.push('', '## Sources', '', ...footnotes);
  return `${lines.join('\n')}\n`;
}

function rankAssertions(list: readonly Assertion[]): Assertion[] {
  return [...list].sort((a, b) =>
    (GRADE_RANK[a.grade.label] - GRADE_RANK[b.grade.label]) || (Number(a.grade.contested) - Number(b.grade.contested)) || (b.origins - a.origins) || (b.documents - a.documents) || compareText(a.id, b.id));
}

/** "According to A and B, X reportedly leads Y (chief). *single-origin: …*[^1][^2]" */
export function claimLine(a: Assertion, notes: FootnoteList, maxCitations: number): string {
  const sources = joinWords([...new Set(a.originList.length ? a.originList.map((o) => o.label) : a.mentions.map((m) => m.sourceLabel))].map(mdEscape));
  const verbs = CLAIM_VERB[a.predicate];
  const mostlyHedged = a.grade.hedgedShare >= 0.5;
  const verb = a.negated ? verbs.not : mostlyHedged ? verbs.hedged : verbs.is;
  const roles = [...new Set(a.mentions.map((m) => m.role).filter((r): r is string => r !== null))];
  const dates = [...new Set(a.mentions.map((m) => m.date?.value).filter((d): d is string => d !== undefined))].sort();
  const hedges = a.grade.hedgedMentions > 0 ? `, hedged in ${a.grade.hedgedMentions} of ${a.grade.mentions} mentions` : '';
  const contested = a.grade.contested ? '**Contested.** ' : '';
  const cites = pickCitations(a.mentions, maxCitations).map((m) => notes.cite(m)).join('');
  return `${contested}According to ${sources || 'an unattributed source'}, ${mdEscape(a.subject.name)} ${verb} ${mdEscape(a.object.name)}` +
    `${roles.length ? ` (as ${roles.map(mdEscape).join(', ')})` : ''}${dates.length ? ` (dated ${dates.join(', ')})` : ''}. *${a.grade.label}: ${plural(a.origins, 'independent origin')} in ${plural(a.documents, 'document')}${hedges}*${cites}`;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

function contradictionLine(c: Contradiction, notes: FootnoteList): string {
  const side = (s: Contradiction['sides'][number]): string => {
    const verbs = CLAIM_VERB[s.predicate];
    const date = c.kind === 'date' && s.date ? ` on ${s.date.value}` : '';
    const cite = s.evidence[0] ? notes.cite(s.evidence[0]) : '';
    return `${mdEscape(s.subject.name)} ${s.negated ? verbs.not : verbs.is} ${mdEscape(s.object.name)}${date} (${s.origins} origin${s.origins === 1 ? '' : 's'})${cite}`;
  };
  return `**${c.kind}**: ${side(c.sides[0])} — versus — ${side(c.sides[1])}.`;
}

/** One mention per origin first, then the rest in document order. */
function pickCitations(mentions: readonly AssertionMention[], max: number): AssertionMention[] {
  const firsts: AssertionMention[] = [];
  const seen = new Set<string>();
  for (const m of mentions) {
    if (m.originKey === null || seen.has(m.originKey)) continue;
    seen.add(m.originKey);
    firsts.push(m);
  }
  const rest = mentions.filter((m) => !firsts.includes(m));
  return [...firsts, ...rest].slice(0, max);
}

/** Numbered Markdown footnotes, one per claim mention, reused when the same mention is cited twice. */
export class FootnoteList {
  private readonly numbers = new Map<string, number>();
  private readonly texts: string[] = [];
  constructor(private readonly view: CaseView) {}

  cite(m: AssertionMention): string {
    let n = this.numbers.get(m.claimId);
    if (n === undefined) {
      n = this.texts.length + 1;
      this.numbers.set(m.claimId, n);
      this.texts.push(this.describe(m));
    }
    return `[^${n}]`;
  }

  render(): string[] {
    return this.texts.map((text, i) => `[^${i + 1}]: ${text}`);
  }

  private describe(m: AssertionMention): string {
    const doc = this.view.documentById.get(m.docId);
    const where = [doc?.title ? `*${mdEscape(doc.title)}*` : null, doc?.outlet ? mdEscape(doc.outlet) : null, m.published ?? 'date unknown']
      .filter((p): p is string => p !== null).join(', ');
    const marks = [`source: ${mdEscape(m.sourceLabel)}`, m.hedged ? 'hedged' : null, m.date ? `dated ${m.date.value}${m.date.stated ? '' : ' (inferred)'}` : null]
      .filter((p): p is string => p !== null).join('; ');
    return `${where} (${mdEscape(m.docName)}): "${mdEscape(m.evidenceText)}" (${marks})`;
  }
}
