import type { ReliabilityGrade } from '../core/index.js';
import type { GatheredAssertion } from './gather-assertions.js';
import type { AssertionGrade, GradeLabel } from './types.js';

/**
 * Grades an assertion from figures a reader can recount from its mentions: independent origins, named or not,
 * the hedged share, whether it is contested, and the analyst's own reliability grades. The label is decided in
 * this order, first match wins: contested, unsourced, mostly hedged, corroborated (2+ origins), single origin.
 */
export function gradeAssertion(assertion: GatheredAssertion, isContested: boolean, mostlyHedgedShare: number): AssertionGrade {
  const mentions = assertion.mentions.length;
  const hedgedMentions = assertion.mentions.filter((m) => m.hedged).length;
  const hedgedShare = mentions === 0 ? 0 : hedgedMentions / mentions;
  const mentionsBySource = { named: 0, unnamed: 0, author: 0 };
  for (const m of assertion.mentions) mentionsBySource[m.source.kind === 'entity' ? 'named' : m.source.kind === 'described' ? 'unnamed' : 'author']++;
  const origins = assertion.originList.length;
  const namedOrigins = assertion.originList.filter((o) => o.named).length;
  const isUnsourced = assertion.originList.every((o) => o.kind === 'document');
  const gradedOrigins = assertion.originList.flatMap((o) => (o.reliability ? [{ origin: o.label, grade: o.reliability }] : []));
  const reliability = gradedOrigins.reduce<ReliabilityGrade | null>((best, g) => (best === null || g.grade < best ? g.grade : best), null);

  const label: GradeLabel = isContested ? 'contested'
    : isUnsourced ? 'unsourced'
    : hedgedShare >= mostlyHedgedShare ? 'mostly-hedged'
    : origins >= 2 ? 'corroborated'
    : 'single-origin';

  const originWords = assertion.originList.map((o) => `${o.label} (${o.named ? 'named' : o.kind === 'document' ? 'unsourced piece' : 'unnamed'}${o.reliability ? `, graded ${o.reliability}` : ''})`);
  const sentences = [
    `${LABEL_WORDS[label]}.`,
    `Stated in ${plural(assertion.documents, 'document')}, tracing to ${plural(origins, 'independent origin')}${originWords.length ? `: ${originWords.join('; ')}` : ''}.`,
  ];
  if (assertion.uncountedDocuments > 0) sentences.push(`${plural(assertion.uncountedDocuments, 'document')} ${assertion.uncountedDocuments === 1 ? 'states' : 'state'} it with no source and no known publisher, so ${assertion.uncountedDocuments === 1 ? 'it is' : 'they are'} not counted as independent.`);
  sentences.push(`${namedOrigins} of ${plural(origins, 'origin')} named.`);
  sentences.push(`Mentions: ${mentionsBySource.named} by named sources, ${mentionsBySource.unnamed} by unnamed ones, ${mentionsBySource.author} in the article's own voice.`);
  sentences.push(`${hedgedMentions} of ${plural(mentions, 'mention')} hedged (${Math.round(hedgedShare * 100)}%).`);
  sentences.push(isContested ? 'Contested: see the contradictions that name it.' : 'Not contested.');
  sentences.push(reliability ? `Best analyst reliability grade among its origins: ${reliability}.` : 'No origin has an analyst reliability grade.');

  return {
    label, explanation: sentences.join(' '), documents: assertion.documents, origins, namedOrigins, unnamedOrigins: origins - namedOrigins,
    mentions, hedgedMentions, hedgedShare, mentionsBySource, contested: isContested, reliability, gradedOrigins,
  };
}

const LABEL_WORDS: Record<GradeLabel, string> = {
  contested: 'Contested: other reporting negates it or asserts something incompatible',
  unsourced: 'Unsourced: only pieces with no source and no known publisher state it',
  'mostly-hedged': 'Mostly hedged: most mentions mark it as uncertain',
  corroborated: 'Corroborated by independent origins',
  'single-origin': 'Single origin: everything that states it traces back to one source',
};

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
