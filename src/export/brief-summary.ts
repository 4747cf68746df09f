import type { Assertion } from '../analysis/index.js';
import { compareText } from './case-view.js';
import type { Block, Inline } from './brief-document.js';
import { capitalize, countOf, joinWords } from './brief-phrases.js';
import { bySupport, type BriefOptions, type BriefPlan } from './brief-plan.js';
import { claimSentence, contradictionItem, datesOf, groupContradictions, type SentenceContext } from './brief-sentences.js';
import { voicesOf } from './brief-voices.js';

const BEST_SUPPORTED = 3;
const TOP_ORIGINS = 4;

/**
 * What is claimed, by whom, and how independently, before any detail: the scope of the reporting, how the
 * assertions grade, whose word they rest on, the best-supported judgements and what is disputed.
 */
export function summaryBlocks(plan: BriefPlan, ctx: SentenceContext): Block[] {
  const { view } = ctx;
  const blocks: Block[] = [{ kind: 'heading', level: 2, text: 'Summary', id: 'summary' }];
  const published = view.documents.map((d) => d.published).filter((p): p is string => p !== null).sort();
  const publishers = new Set(view.documents.map((d) => d.outlet).filter((o): o is string => o !== null));
  const undated = view.documents.length - published.length;
  const span = published.length ? `, published ${published[0] === published.at(-1) ? `on ${published[0]}` : `between ${published[0]} and ${published.at(-1)}`}${undated ? ` (${countOf(undated, 'undated', 'undated')})` : ''}` : '';
  blocks.push({ kind: 'paragraph', inlines: [
    `This brief reports what ${countOf(view.documents.length, 'document')} from ${countOf(publishers.size, 'publisher')} say${span}. ` +
    `They yield ${countOf(view.assertions.length, 'assertion')} about ${countOf(view.entities.length, 'entity', 'entities')}: ${gradeCounts(view.assertions)}. ` +
    'None of it is a finding of fact: each sentence below names who says it and cites the sentence it comes from.',
  ] });
  if (view.assertions.length === 0) return blocks;
  blocks.push({ kind: 'paragraph', inlines: [whoSaysIt(ctx)] });
  if (plan.actors.length) {
    blocks.push({ kind: 'paragraph', inlines: [`The most central actors, those that connect most of the network, are ${joinWords(plan.actors.slice(0, 3).map((s) => s.actor.name))}.`] });
  }
  const best = [...plan.actors.flatMap((s) => s.judgements), ...plan.others]
    .filter((a) => !a.negated && a.origins >= 2 && a.predicate !== 'operates_in').sort(bySupport).slice(0, BEST_SUPPORTED);
  if (best.length) {
    blocks.push({ kind: 'paragraph', inlines: [{ strong: 'Best supported.' }] },
      { kind: 'list', items: best.map((a) => claimSentence(a, ctx, { short: true })) });
  }
  const byId = new Map(view.assertions.map((a) => [a.id, a]));
  const disputed = groupContradictions(view.analysis.contradictions).filter((g) => g[0]!.kind !== 'date').map((g) => contradictionItem(g, ctx, byId, { short: true }));
  if (disputed.length) blocks.push({ kind: 'paragraph', inlines: [{ strong: 'Disputed.' }] }, { kind: 'list', items: disputed });
  return blocks;
}

function gradeCounts(assertions: readonly Assertion[]): string {
  const count = (test: (a: Assertion) => boolean): number => assertions.filter(test).length;
  const parts = [
    [count((a) => a.origins >= 2 && !a.grade.contested && a.grade.label !== 'mostly-hedged'), 'corroborated by two or more independent origins'],
    [count((a) => a.origins < 2 && !a.grade.contested && a.grade.label !== 'mostly-hedged'), 'resting on a single origin'],
    [count((a) => a.grade.label === 'mostly-hedged' && !a.grade.contested), 'that their own sources mostly hedge'],
    [count((a) => a.grade.contested), 'disputed by another origin'],
  ] as const;
  return joinWords(parts.filter(([n]) => n > 0).map(([n, words]) => `${n} ${words}`)) || 'none graded';
}

/** "Of 110 statements, 61 are the publishers' own reporting, 25 are attributed to named sources …". */
function whoSaysIt(ctx: SentenceContext): string {
  const mentions = ctx.view.assertions.flatMap((a) => a.mentions);
  const own = mentions.filter((m) => m.source.kind === 'author').length;
  const named = mentions.filter((m) => m.source.kind === 'entity').length;
  const unnamed = mentions.filter((m) => m.source.kind === 'described').length;
  const counts = new Map<string, number>();
  for (const a of ctx.view.assertions) for (const v of voicesOf(a, ctx.view)) counts.set(v.label, (counts.get(v.label) ?? 0) + 1);
  const top = [...counts].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0])).slice(0, TOP_ORIGINS).map(([label, n]) => `${label} (${n})`);
  return `Of ${countOf(mentions.length, 'statement')}, the publishers make ${own} in their own voice and attribute ${named} to named sources and ${unnamed} to unnamed or described ones. ` +
    `The origins behind the most assertions are ${joinWords(top)}.`;
}

/** What the reporting leaves open: rival answers to one question, central claims resting on one origin, gaps in dates and sourcing. */
export function openQuestionBlocks(plan: BriefPlan, ctx: SentenceContext, opts: BriefOptions): Block[] {
  const items: Inline[][] = [];
  const leaders = new Map<string, Assertion[]>();
  for (const a of ctx.view.assertions) if (a.predicate === 'leader_of' && !a.negated) leaders.set(a.object.id, [...(leaders.get(a.object.id) ?? []), a]);
  for (const rivals of leaders.values()) {
    // Two entities with one name (a resolution the case left split) are one answer here, not two.
    const bySubject = new Map<string, Assertion[]>();
    for (const a of [...rivals].sort(bySupport)) bySubject.set(a.subject.name, [...(bySubject.get(a.subject.name) ?? []), a]);
    if (bySubject.size < 2) continue;
    const answers = [...bySubject].map(([name, said]) => {
      const dates = datesOf(said.flatMap((a) => a.mentions));
      const who = joinWords([...new Set(said.flatMap((a) => voicesOf(a, ctx.view).map((v) => `${v.label}${v.hedged ? ' (hedged)' : ''}`)))]);
      return [`${name}${dates.length ? ` (dated ${joinWords(dates)})` : ''}, according to ${who}`, ...said.flatMap((a) => ctx.notes.citeAll(a.mentions, 1))];
    });
    items.push([`Who leads ${rivals[0]!.object.name}? The sources name `, ...answers.flatMap((n, i) => [...n, i === answers.length - 1 ? '.' : i === answers.length - 2 ? '; and ' : '; '])]);
  }
  const thin = plan.actors.flatMap((s) => s.judgements)
    .filter((a) => !a.negated && a.origins === 1 && voicesOf(a, ctx.view).every((v) => v.party === null && (v.hedged || v.kind === 'described' || v.kind === 'unattributed')))
    .slice(0, opts.singleOriginQuestions);
  for (const a of thin) items.push(['Rests on one origin, unconfirmed by any other: ', ...claimSentence(a, ctx, { short: true })]);
  const undatedEvents = plan.events.filter((a) => datesOf(a.mentions).length === 0).length;
  if (undatedEvents) items.push([`When? ${capitalize(countOf(undatedEvents, 'reported event'))} ${undatedEvents === 1 ? 'has' : 'have'} no date in any source (see Events).`]);
  const anonymous = ctx.view.documents.filter((d) => d.outlet === null).map((d) => d.name);
  if (anonymous.length) items.push([`${capitalize(countOf(anonymous.length, 'document'))} (${joinWords(anonymous)}) ${anonymous.length === 1 ? 'has' : 'have'} no known publisher; what only ${anonymous.length === 1 ? 'it says' : 'they say'} cannot be shown to be independent of anything else.`]);
  const contradictions = ctx.view.analysis.contradictions.length;
  if (contradictions) items.push([`${capitalize(countOf(contradictions, 'contradiction'))} between origins ${contradictions === 1 ? 'is' : 'are'} unresolved (see Contradictions).`]);
  if (items.length === 0) return [];
  return [{ kind: 'heading', level: 2, text: 'Open questions', id: 'open-questions' }, { kind: 'list', items }];
}
