import type { CaseView } from './case-view.js';
import { FootnoteList, type Block, type BriefDocument } from './brief-document.js';
import { renderBriefHtml } from './brief-html.js';
import { renderBriefMarkdown } from './brief-markdown.js';
import { DEFAULT_BRIEF_OPTIONS, planBrief, type BriefOptions } from './brief-plan.js';
import { actorBlocks, contradictionBlocks, documentBlocks, eventBlocks, otherBlocks, placeBlocks, readingGuide } from './brief-sections.js';
import type { SentenceContext } from './brief-sentences.js';
import { openQuestionBlocks, summaryBlocks } from './brief-summary.js';

export { DEFAULT_BRIEF_OPTIONS, type BriefOptions } from './brief-plan.js';

/**
 * The case as a brief an analyst can sign: a summary first, key judgements per central actor, events in date
 * order, contradictions and open questions, places as context. Every sentence keeps its sources' hedges, names who
 * says it, and cites its evidence sentence in a footnote; no allegation is stated as fact, no assertion appears twice,
 * and a party's word about itself is worded as its own statement, never as a third source.
 * @example toBrief(buildCaseView(snapshot, analyzeCase(snapshot))).startsWith('# Case brief')
 */
export function toBrief(view: CaseView, options: Partial<BriefOptions> = {}): string {
  return renderBriefMarkdown(buildBrief(view, options));
}

/** The same brief as a self-contained HTML page. */
export function toBriefHtml(view: CaseView, options: Partial<BriefOptions> = {}): string {
  return renderBriefHtml(buildBrief(view, options));
}

export function buildBrief(view: CaseView, options: Partial<BriefOptions> = {}): BriefDocument {
  const opts = { ...DEFAULT_BRIEF_OPTIONS, ...options };
  const notes = new FootnoteList(view);
  const ctx: SentenceContext = { view, notes, citationsPerSentence: opts.citationsPerSentence };
  const plan = planBrief(view, opts);
  // Built in reading order, so footnotes are numbered in the order a reader meets them.
  const blocks: Block[] = [
    ...summaryBlocks(plan, ctx),
    ...actorBlocks(plan, ctx),
    ...eventBlocks(plan, view.analysis.timeline, ctx),
    ...contradictionBlocks(ctx),
    ...openQuestionBlocks(plan, ctx, opts),
    ...otherBlocks(plan, ctx),
    ...placeBlocks(plan, ctx),
    ...readingGuide(),
    ...documentBlocks(ctx),
  ];
  return { title: 'Case brief', blocks, footnotes: notes.footnotes };
}
