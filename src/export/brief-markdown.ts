import type { Block, BriefDocument, Footnote, Inline } from './brief-document.js';
import { mdEscape } from './brief-phrases.js';

/** The brief as Markdown with footnotes (GitHub, Pandoc and most Markdown editors render `[^n]`). */
export function renderBriefMarkdown(doc: BriefDocument): string {
  const lines = [`# ${mdEscape(doc.title)}`];
  for (const block of doc.blocks) lines.push('', ...renderBlock(block));
  if (doc.footnotes.length) lines.push('', '## Sources', '', ...doc.footnotes.map(renderFootnote));
  return `${lines.join('\n')}\n`;
}

function renderBlock(block: Block): string[] {
  switch (block.kind) {
    case 'heading': return [`${'#'.repeat(block.level)} ${mdEscape(block.text)}`];
    case 'paragraph': return [renderInlines(block.inlines)];
    case 'note': return [`> ${renderInlines(block.inlines)}`];
    case 'list': return block.items.map((item, i) => `${block.ordered ? `${i + 1}.` : '-'} ${renderInlines(item)}`);
  }
}

function renderInlines(inlines: readonly Inline[]): string {
  return inlines.map((x) => (typeof x === 'string' ? mdEscape(x) : 'cite' in x ? `[^${x.cite}]` : 'strong' in x ? `**${mdEscape(x.strong)}**` : `*${mdEscape(x.em)}*`)).join('');
}

function renderFootnote(f: Footnote): string {
  const where = [f.title ? `*${mdEscape(f.title)}*` : null, f.outlet ? mdEscape(f.outlet) : null, f.published ?? 'date unknown'].filter((p): p is string => p !== null).join(', ');
  return `[^${f.n}]: ${where} (${mdEscape(f.docName)}): "${mdEscape(f.quote)}" (${mdEscape(f.marks)})`;
}
