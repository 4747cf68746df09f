import type { Block, BriefDocument, Footnote, Inline } from './brief-document.js';
import { htmlEscape } from './brief-phrases.js';

// A self-contained page: no script, no remote resource, and a policy that forbids both, so a quote from an article
// can never run or fetch anything in the analyst's browser, and the file opens the same offline.
const POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const STYLE = `
  body { font: 16px/1.55 Georgia, "Times New Roman", serif; color: #1f2430; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; }
  h1, h2, h3 { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; line-height: 1.25; }
  h1 { font-size: 1.6rem; } h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid #e3e5ea; padding-bottom: .2rem; } h3 { font-size: 1rem; margin-top: 1.4rem; }
  li { margin: .35rem 0; } em { color: #4b5563; } strong { color: #111827; }
  sup a { text-decoration: none; font-size: .75em; padding: 0 .1em; }
  ol.footnotes { font-size: .85rem; color: #374151; } ol.footnotes q { font-style: italic; } ol.footnotes li:target { background: #fff5cc; }
  nav.toc { font: .85rem system-ui, sans-serif; color: #6b7280; } nav.toc a { text-decoration: none; }
  a { color: #0060a0; } a.back { text-decoration: none; margin-left: .3em; }
  @media print { body { margin: 0; max-width: none; } a.back, nav.toc { display: none; } }`;

/** The brief as one HTML file: printable, linkable footnotes with a way back to each citation. */
export function renderBriefHtml(doc: BriefDocument): string {
  const firstRef = new Set<number>();
  const body = doc.blocks.map((b) => renderBlock(b, firstRef)).join('\n');
  const sections = doc.blocks.flatMap((b) => (b.kind === 'heading' && b.level === 2 && b.id ? [[b.id, b.text] as const] : []));
  if (doc.footnotes.length) sections.push(['sources', 'Sources']);
  const toc = `<nav class="toc" aria-label="Contents">${sections.map(([id, text]) => `<a href="#${htmlEscape(id)}">${htmlEscape(text)}</a>`).join(' · ')}</nav>`;
  const notes = doc.footnotes.length
    ? `<h2 id="sources">Sources</h2>\n<ol class="footnotes">\n${doc.footnotes.map(renderFootnote).join('\n')}\n</ol>`
    : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="dossier">
<title>${htmlEscape(doc.title)}</title>
<style>${STYLE}
</style>
</head>
<body>
<main>
<h1>${htmlEscape(doc.title)}</h1>
${toc}
${body}
${notes}
</main>
</body>
</html>
`;
}

function renderBlock(block: Block, firstRef: Set<number>): string {
  switch (block.kind) {
    case 'heading': return `<h${block.level}${block.id ? ` id="${htmlEscape(block.id)}"` : ''}>${htmlEscape(block.text)}</h${block.level}>`;
    case 'paragraph': return `<p>${renderInlines(block.inlines, firstRef)}</p>`;
    case 'note': return `<blockquote>${renderInlines(block.inlines, firstRef)}</blockquote>`;
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      return `<${tag}>\n${block.items.map((item) => `<li>${renderInlines(item, firstRef)}</li>`).join('\n')}\n</${tag}>`;
    }
  }
}

/** The first citation of each note gets the id the note's back-link points to. */
function renderInlines(inlines: readonly Inline[], firstRef: Set<number>): string {
  return inlines.map((x, i) => {
    if (typeof x === 'string') return htmlEscape(x);
    if ('strong' in x) return `<strong>${htmlEscape(x.strong)}</strong>`;
    if ('em' in x) return `<em>${htmlEscape(x.em)}</em>`;
    const id = firstRef.has(x.cite) ? '' : ` id="ref-${x.cite}"`;
    firstRef.add(x.cite);
    const previous = inlines[i - 1];
    const comma = typeof previous === 'object' && 'cite' in previous ? '<sup>,</sup>' : '';
    return `${comma}<sup><a href="#fn-${x.cite}"${id}>${x.cite}</a></sup>`;
  }).join('');
}

function renderFootnote(f: Footnote): string {
  const title = f.title ? `<cite>${f.url && /^https?:\/\//i.test(f.url) ? `<a href="${htmlEscape(f.url)}" rel="noreferrer noopener">${htmlEscape(f.title)}</a>` : htmlEscape(f.title)}</cite>` : null;
  const where = [title, f.outlet ? htmlEscape(f.outlet) : null, htmlEscape(f.published ?? 'date unknown')].filter((p): p is string => p !== null).join(', ');
  return `<li id="fn-${f.n}">${where} (${htmlEscape(f.docName)}): <q>${htmlEscape(f.quote)}</q> (${htmlEscape(f.marks)}) <a class="back" href="#ref-${f.n}" aria-label="back to the text">↩</a></li>`;
}
