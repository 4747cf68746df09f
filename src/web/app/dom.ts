// Every string that reaches the page goes through a text node. Article text is data written by
// people we do not know; there is no innerHTML anywhere in this app, and nothing here can add one.

type Child = Node | string | number | null | undefined | false;
interface Props {
  readonly className?: string;
  readonly title?: string;
  readonly href?: string;
  readonly type?: string;
  readonly id?: string;
  readonly role?: string;
  readonly dataset?: Readonly<Record<string, string>>;
  readonly attrs?: Readonly<Record<string, string>>;
  readonly on?: Readonly<{ [K in keyof HTMLElementEventMap]?: (event: HTMLElementEventMap[K]) => void }>;
}

/** `el('li', { className: 'claim' }, 'text', child)`: an element whose string children become text nodes. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.title) node.title = props.title;
  if (props.id) node.id = props.id;
  if (props.role) node.setAttribute('role', props.role);
  if (props.type) node.setAttribute('type', props.type);
  if (props.href !== undefined) node.setAttribute('href', safeHref(props.href));
  for (const [key, value] of Object.entries(props.dataset ?? {})) node.dataset[key] = value;
  for (const [key, value] of Object.entries(props.attrs ?? {})) {
    if (/^on/i.test(key) || key === 'style' || key === 'srcdoc') throw new Error(`el: refusing attribute ${key}`);
    node.setAttribute(key, value);
  }
  for (const [event, handler] of Object.entries(props.on ?? {})) node.addEventListener(event, handler as EventListener);
  append(node, ...children);
  return node;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  }
}

export function clear(node: Node): void {
  while (node.firstChild) node.removeChild(node.firstChild);
}

/** Only links within the app or to http(s) pages: a `javascript:` URL from an article's metadata stays text. */
export function safeHref(href: string): string {
  if (href.startsWith('#') || href.startsWith('/')) return href;
  try {
    const url = new URL(href);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : '#';
  } catch {
    return '#';
  }
}

/**
 * Text with [start, end) ranges wrapped in <mark>, built by splitting the text into text nodes, so
 * highlighting can never turn article text into markup.
 */
export function highlighted(text: string, ranges: readonly { readonly start: number; readonly end: number; readonly className?: string }[]): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const sorted = [...ranges].filter((r) => r.end > r.start).sort((a, b) => a.start - b.start);
  let at = 0;
  for (const range of sorted) {
    const start = Math.max(range.start, at);
    if (start >= range.end) continue;
    if (start > at) fragment.appendChild(document.createTextNode(text.slice(at, start)));
    fragment.appendChild(el('mark', { className: range.className ?? 'evidence' }, text.slice(start, range.end)));
    at = range.end;
  }
  if (at < text.length) fragment.appendChild(document.createTextNode(text.slice(at)));
  return fragment;
}
