import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { IngestError, type PartialDate } from '../core/index.js';
import { parsePartialDate, parseWrittenDate } from './dates.js';

export interface HtmlArticle {
  readonly title: string | null;
  readonly text: string;
  readonly outlet: string | null;
  readonly published: PartialDate | null;
  readonly url: string | null;
}

// Where publishers put the publication date, most specific first (Open Graph, schema.org, Dublin Core, Parsely).
const DATE_META = ['article:published_time', 'og:published_time', 'datePublished', 'pubdate', 'publishdate', 'dc.date', 'dc.date.issued', 'parsely-pub-date', 'sailthru.date', 'date'];
const OUTLET_META = ['og:site_name', 'application-name', 'publisher', 'dc.publisher'];

/**
 * The main text of an HTML article through Readability (run on linkedom, no browser), with title, outlet
 * and publication date from the page's metadata. Readability's text comes from textContent, so markup in the
 * article (a <script>, an onerror attribute) is never carried into the stored text as HTML.
 */
export function readHtmlArticle(html: string, file: string, maxDepth = 256): HtmlArticle {
  const document = parsePage(html);
  if (document === null) throw new IngestError('INGEST_NOT_AN_ARTICLE', 'no HTML page could be built from the file', { file });
  const depth = nestingDepth(document.documentElement, maxDepth);
  if (depth > maxDepth) throw new IngestError('INGEST_NOT_AN_ARTICLE', `HTML nested more than ${maxDepth} elements deep; no article page is, and reading it would take minutes`, { file });
  const meta = metaIndex(document);
  const published = firstDate(DATE_META.map((key) => meta.get(key.toLowerCase())))
    ?? firstDate([...document.querySelectorAll('time[datetime]')].map((el) => el.getAttribute('datetime') ?? undefined))
    ?? jsonLdDate(document);
  const outlet = firstValue(OUTLET_META.map((key) => meta.get(key)));
  const url = meta.get('og:url') ?? document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;
  // Readability mutates the tree it reads; metadata is taken first.
  const article = new Readability(document as unknown as Document, { charThreshold: 100 }).parse();
  const text = blockText(article?.content ?? '') || article?.textContent?.trim() || '';
  if (!text) throw new IngestError('INGEST_NOT_AN_ARTICLE', emptyPageReason(html) ?? 'no readable article body (Readability found none)', { file });
  const title = article?.title?.trim() || meta.get('og:title') || null;
  return { title, text, outlet: outlet ?? article?.siteName ?? null, published, url };
}

type Page = ReturnType<typeof parseHTML>['document'];

// linkedom builds no <html> element a page leaves out (a saved fragment, `<p>…</p>`, or bare text named
// .html): the first element becomes the root, or there is none, and Readability refuses such a document.
// Such a page is parsed again inside one; null if even that gives no <html> root.
function parsePage(html: string): Page | null {
  const { document } = parseHTML(html);
  if (document.documentElement?.localName === 'html') return document;
  const rest = html.replace(/^\s*<!doctype[^>]*>/i, '');
  const wrapped = /<body[\s>]/i.test(rest) ? `<!doctype html><html>${rest}</html>` : `<!doctype html><html><head></head><body>${rest}</body></html>`;
  const again = parseHTML(wrapped).document;
  return again.documentElement?.localName === 'html' ? again : null;
}

type Node = { readonly children?: ArrayLike<Node> } | null;

// Walked with an explicit stack, never recursion, so a page nested 100,000 deep cannot overflow it; stops
// as soon as the limit is passed.
function nestingDepth(root: Node, limit: number): number {
  let deepest = 0;
  const stack: Array<readonly [Node, number]> = [[root, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (!node) continue;
    deepest = Math.max(deepest, depth);
    if (deepest > limit) return deepest;
    const children = node.children ?? [];
    for (let i = 0; i < children.length; i++) stack.push([children[i]!, depth + 1]);
  }
  return deepest;
}

// Why a page gave no article when it has no text at all, read from the original page (Readability has
// emptied the tree by now) parsed again without its scripts; null when it has text Readability passed over.
function emptyPageReason(html: string): string | null {
  const document = parsePage(html);
  if (document === null) return 'no HTML page could be built from the file';
  const scripts = document.querySelectorAll('script, style, noscript, template');
  const hadScripts = scripts.length > 0;
  for (const el of scripts) el.remove();
  if ((document.body?.textContent ?? '').trim() !== '') return null;
  return hadScripts ? 'the page has no text outside its scripts and styles (a page built by JavaScript: save it from a browser)' : 'the page has no text';
}

function metaIndex(document: Page): Map<string, string> {
  const index = new Map<string, string>();
  for (const el of document.querySelectorAll('meta')) {
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? '').toLowerCase();
    const content = el.getAttribute('content')?.trim();
    if (key && content && !index.has(key)) index.set(key, content);
  }
  return index;
}

function jsonLdDate(document: Page): PartialDate | null {
  for (const el of document.querySelectorAll('script[type="application/ld+json"]')) {
    const match = /"datePublished"\s*:\s*"([^"]+)"/.exec(el.textContent ?? '');
    const date = match ? parsePartialDate(match[1]!) ?? parseWrittenDate(match[1]!) : null;
    if (date) return date;
  }
  return null;
}

const firstValue = (values: readonly (string | undefined)[]): string | null => values.find((v) => v && v.trim())?.trim() ?? null;
const firstDate = (values: readonly (string | undefined)[]): PartialDate | null => {
  for (const value of values) {
    const date = value ? parsePartialDate(value) ?? parseWrittenDate(value) : null;
    if (date) return date;
  }
  return null;
};

// Readability returns HTML; paragraphs become lines so sentence splitting sees the article's own breaks.
// It is parsed again by linkedom and read through textContent, never through a string replace of tags.
function blockText(content: string): string {
  if (!content) return '';
  const { document } = parseHTML(`<!doctype html><html><body>${content}</body></html>`);
  for (const el of document.querySelectorAll('script, style, noscript, template')) el.remove();
  const blocks = [...document.querySelectorAll('p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td')]
    .filter((el) => !el.querySelector('p, li, blockquote, h1, h2, h3, h4, h5, h6'))
    .map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  return blocks.join('\n');
}
