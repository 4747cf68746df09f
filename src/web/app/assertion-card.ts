import type { Assertion, AssertionInContext, AssertionMention, MentionInContext } from './api.js';
import { el } from './dom.js';
import { detailHref } from './router.js';

export const predicateText = (p: string): string => p.replace(/_/g, ' ');

export function entityLink(ref: { readonly id: string; readonly name: string; readonly type: string }): HTMLElement {
  return el('a', { href: detailHref({ entity: ref.id }), className: `entity type-${ref.type}`, title: ref.type }, ref.name);
}

/** "A leader_of B": who, what, whom; a negated assertion says NOT before the predicate, never hides it. */
export function tripleLine(a: { subject: Assertion['subject']; predicate: string; object: Assertion['object']; negated: boolean }): HTMLElement {
  return el('p', { className: 'triple' }, entityLink(a.subject), ' ', el('span', { className: 'predicate' }, a.negated ? `NOT ${predicateText(a.predicate)}` : predicateText(a.predicate)), ' ', entityLink(a.object));
}

export function assertionCard(a: Assertion | AssertionInContext): HTMLElement {
  const g = a.grade;
  return el('article', { className: `assertion grade-${g.label}`, dataset: { assertion: a.id } },
    tripleLine(a),
    el('p', { className: 'grade' },
      el('span', { className: `badge ${g.label}` }, g.label.replace(/-/g, ' ')),
      ` ${a.origins} independent origin${a.origins === 1 ? '' : 's'} · ${a.documents} document${a.documents === 1 ? '' : 's'}`,
      g.reliability ? ` · best source grade ${g.reliability}` : ''),
    el('p', { className: 'explanation muted' }, g.explanation),
    el('ul', { className: 'mentions' }, ...a.mentions.map((m: AssertionMention | MentionInContext) => mentionItem(m))),
  );
}

/** Analysis marks an unnamed, described source with "~" ("~local officials"); shown in italics instead. */
export function sourceLabel(m: AssertionMention): HTMLElement {
  const described = m.source.kind === 'described' || m.sourceLabel.startsWith('~');
  return el('strong', { className: described ? 'source described' : 'source', title: described ? 'an unnamed source, as the article describes it' : m.source.kind === 'author' ? 'the article itself' : 'a named source' }, m.sourceLabel.replace(/^~/, ''));
}

/** One statement of an assertion: who says it, in which document, and the sentence that says it. */
export function mentionItem(m: AssertionMention | MentionInContext): HTMLElement {
  const tags = [m.hedged ? 'hedged' : null, m.date ? `dated ${m.date.value}${m.date.stated ? '' : ' (inferred)'}` : null, m.role ? `as ${m.role}` : null].filter((t): t is string => t !== null);
  return el('li', { className: 'mention' },
    el('p', { className: 'who' },
      'according to ', sourceLabel(m),
      ' — ', el('a', { className: 'doc-link', href: detailHref({ doc: m.docId, start: m.evidence.start, end: m.evidence.end }) }, m.docName),
      m.published ? ` (${m.published})` : '',
      ...tags.map((t) => el('span', { className: `tag ${t === 'hedged' ? 'hedged' : ''}` }, t))),
    // With context from the API, the sentence is shown marked inside the text around it.
    'context' in m
      ? el('blockquote', { className: 'evidence in-context' },
          el('span', { className: 'context' }, m.context.before ? `…${m.context.before}` : ''),
          el('mark', { className: 'evidence current' }, m.evidenceText),
          el('span', { className: 'context' }, m.context.after ? `${m.context.after}…` : ''))
      : el('blockquote', { className: 'evidence' }, m.evidenceText),
    el('a', { className: 'show-in-doc', href: detailHref({ doc: m.docId, start: m.evidence.start, end: m.evidence.end }) }, 'show in document →'),
  );
}
