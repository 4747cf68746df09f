import type { Assertion, TimelineItem } from '../analysis/index.js';
import { compareText, describeDocument } from './case-view.js';
import type { Block, Inline } from './brief-document.js';
import { capitalize, countOf, joinWords } from './brief-phrases.js';
import type { ActorSection, BriefPlan } from './brief-plan.js';
import { claimSentence, contradictionItem, datesOf, groupContradictions, supportNote, type SentenceContext } from './brief-sentences.js';
import { describeVoices, voicesOf } from './brief-voices.js';

const MAX_ALIASES = 5;

/** One section per central actor: its judgements as attributed sentences, and where it is said to operate as context. */
export function actorBlocks(plan: BriefPlan, ctx: SentenceContext): Block[] {
  const blocks: Block[] = [{ kind: 'heading', level: 2, text: 'Key judgements', id: 'key-judgements' }];
  if (plan.actors.length === 0) {
    const none = ctx.view.assertions.length === 0 ? 'No claims were extracted from the documents in this case.' : 'No person or organisation stands out among the parties to these claims; the claims are listed in the sections below.';
    blocks.push({ kind: 'paragraph', inlines: [none] });
  }
  for (const section of plan.actors) {
    blocks.push({ kind: 'heading', level: 3, text: `${section.actor.name} (${section.actor.type})` });
    if (section.aliases.length) {
      const shown = section.aliases.slice(0, MAX_ALIASES);
      const more = section.aliases.length - shown.length;
      blocks.push({ kind: 'paragraph', inlines: [{ em: `Also named: ${shown.join(', ')}${more > 0 ? ` and ${more} other spellings` : ''}.` }] });
    }
    const items = section.judgements.map((a) => [...claimSentence(a, ctx), ' ', ...supportNote(a)]);
    if (section.areas.length) items.push(areaSentence(section, ctx));
    blocks.push({ kind: 'list', items });
  }
  return blocks;
}

/** "Red Valley Front is said to operate in Kestrel Hill (dated 2023), according to …[^4]; and Dunmere, according to …[^9]." */
function areaSentence(section: ActorSection, ctx: SentenceContext): Inline[] {
  const out: Inline[] = [`${section.actor.name} is said to operate in `];
  section.areas.forEach((a, i) => {
    const dates = datesOf(a.mentions);
    const who = joinWords(describeVoices(voicesOf(a, ctx.view), true)) || 'no traceable source';
    if (i > 0) out.push(i === section.areas.length - 1 ? '; and ' : '; ');
    out.push(`${a.object.name}${dates.length ? ` (dated ${joinWords(dates)})` : ''}, according to ${who}`, ...ctx.notes.citeAll(a.mentions, 2));
    if (a.grade.contested) out.push(' (', { strong: 'disputed' }, ')');
  });
  out.push('.');
  return out;
}

interface DatedEvent { readonly date: string | null; readonly inferred: boolean; readonly write: () => Inline[] }

/** Attacks, arrests and named events in date order; undated ones after, so none is silently dropped. */
export function eventBlocks(plan: BriefPlan, timeline: readonly TimelineItem[], ctx: SentenceContext): Block[] {
  const events: DatedEvent[] = plan.events.map((a) => {
    const dates = datesOf(a.mentions);
    const dated = a.mentions.filter((m) => m.date !== null);
    // Several dates for one event are all named in the sentence; the first places it in the list.
    return { date: dates[0] ?? null, inferred: dated.length > 0 && dated.every((m) => !m.date!.stated), write: () => [...claimSentence(a, ctx, { withDate: dates.length > 1 }), ' ', ...supportNote(a)] };
  });
  for (const t of timeline.filter((x) => x.kind === 'event' && x.entity !== null)) {
    const publishers = [...new Set(t.evidence.map((m) => ctx.view.documentById.get(m.docId)?.outlet ?? m.docName))];
    events.push({ date: t.date, inferred: !t.stated, write: () => [`${t.entity!.name} (an event), reported by ${joinWords(publishers)}.`, ...ctx.notes.citeAll(t.evidence, ctx.citationsPerSentence)] });
  }
  if (events.length === 0 && plan.omittedEvents === 0) return [];
  const dated = events.filter((e) => e.date !== null).sort((a, b) => compareText(a.date!, b.date!));
  const undated = events.filter((e) => e.date === null);
  const blocks: Block[] = [{ kind: 'heading', level: 2, text: 'Events', id: 'events' }];
  // Written only now, in reading order, so their footnotes are numbered in the order a reader meets them.
  if (dated.length) blocks.push({ kind: 'list', items: dated.map((e) => [{ strong: e.date! }, e.inferred ? ' (inferred)' : '', ' — ', ...e.write()]) });
  if (undated.length) blocks.push({ kind: 'paragraph', inlines: ['No source dates these:'] }, { kind: 'list', items: undated.map((e) => e.write()) });
  if (plan.omittedEvents > 0) blocks.push({ kind: 'paragraph', inlines: [`${capitalize(countOf(plan.omittedEvents, 'further, less supported event'))} ${plan.omittedEvents === 1 ? 'is' : 'are'} left out here; the timeline (dossier timeline) lists them all.`] });
  return blocks;
}

export function contradictionBlocks(ctx: SentenceContext): Block[] {
  const { contradictions } = ctx.view.analysis;
  if (contradictions.length === 0) return [];
  const byId = new Map(ctx.view.assertions.map((a) => [a.id, a]));
  return [
    { kind: 'heading', level: 2, text: 'Contradictions', id: 'contradictions' },
    { kind: 'list', items: groupContradictions(contradictions).map((group) => contradictionItem(group, ctx, byId)) },
  ];
}

/** Place facts, kept apart from the judgements: they locate what the judgements say, they are not findings. */
export function placeBlocks(plan: BriefPlan, ctx: SentenceContext): Block[] {
  if (plan.places.length === 0) return [];
  return [
    { kind: 'heading', level: 2, text: 'Places, for context', id: 'places' },
    { kind: 'list', items: [...plan.places].sort((a, b) => compareText(a.subject.name, b.subject.name)).map((a) => claimSentence(a, { ...ctx, citationsPerSentence: 1 })) },
  ];
}

export function otherBlocks(plan: BriefPlan, ctx: SentenceContext): Block[] {
  if (plan.others.length === 0) return [];
  const blocks: Block[] = [
    { kind: 'heading', level: 2, text: 'Other reported links', id: 'other-links' },
    { kind: 'list', items: plan.others.map((a: Assertion) => [...claimSentence(a, ctx), ' ', ...supportNote(a)]) },
  ];
  if (plan.omitted > 0) blocks.push({ kind: 'paragraph', inlines: [`${capitalize(countOf(plan.omitted, 'further, less central link'))} ${plan.omitted === 1 ? 'is' : 'are'} left out here; the claims CSV (dossier export --format csv-claims) lists every claim.`] });
  return blocks;
}

export function readingGuide(): Block[] {
  return [
    { kind: 'heading', level: 2, text: 'How to read this brief', id: 'how-to-read' },
    { kind: 'list', items: [
      ['Every sentence reports what a source says, names that source, and cites the sentence it comes from; none is a finding of fact.'],
      ['A date marked (inferred) had its year or month filled in from the publication date ("on Sunday").'],
      ['"Reportedly" and "hedged" mean the sources themselves present the claim as uncertain ("believed to", "allegedly").'],
      ['An ', { em: 'independent origin' }, ' is counted once however many outlets repeat it: republications and near-copies count once, and an outlet\'s unnamed sources count as the outlet.'],
      [{ em: 'Corroborated' }, ': two or more independent origins. ', { em: 'Single origin' }, ': every mention traces back to one. ', { em: 'Mostly hedged' }, ': most mentions hedge it. ', { em: 'Unsourced' }, ': no source and no known publisher.'],
      ['"Graded A" to "graded F" beside a source is the analyst\'s own reliability grade for it (Admiralty scale, set with dossier grade); an ungraded source is not judged.'],
      [{ strong: 'Disputed' }, ': another origin says the opposite, or something incompatible; both sides are under Contradictions.'],
      ['When the only source is a party to the claim, the sentence says so ("X denies supplying Y"): a party\'s word about itself is not independent support. A source tied to a party is marked beside its name: "named as a member of X" when the case reports the tie, "a party to it" when its name holds the party\'s.'],
    ] },
  ];
}

export function documentBlocks(ctx: SentenceContext): Block[] {
  const docs = [...ctx.view.documents].sort((a, b) => compareText(a.published ?? '9999', b.published ?? '9999') || compareText(a.name, b.name));
  if (docs.length === 0) return [];
  return [
    { kind: 'heading', level: 2, text: 'Documents', id: 'documents' },
    { kind: 'list', ordered: true, items: docs.map((d) => [`${describeDocument(d, d.name)}${d.published ? '' : ', undated'} (${d.name})`]) },
  ];
}
