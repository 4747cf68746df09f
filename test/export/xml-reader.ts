/**
 * A strict reader for the XML subset exporters write (XML 1.0: declaration, comments, elements, attributes,
 * character data, the five predefined entities and numeric character references). Unlike a browser-style DOM
 * parser it refuses what XML refuses: unbalanced or misnested tags, a raw `<` or a bare `&`, undefined entities,
 * duplicate attributes, characters XML 1.0 forbids. Tests use it so an export that a real XML parser (expat,
 * libxml2) would reject fails here too.
 */
export interface XmlElement {
  readonly name: string;
  readonly attributes: ReadonlyMap<string, string>;
  readonly children: readonly XmlElement[];
  /** The element's own character data, entities decoded (children's text excluded). */
  readonly text: string;
}

export class XmlSyntaxError extends Error {
  constructor(message: string, readonly offset: number) {
    super(`XML at offset ${offset}: ${message}`);
    this.name = 'XmlSyntaxError';
  }
}

const NAME = /^[A-Za-z_][\w.:-]*$/;
const FORBIDDEN_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
const PREDEFINED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(raw: string, offset: number): string {
  if (raw.includes('<')) throw new XmlSyntaxError('raw "<" in character data or attribute value', offset);
  return raw.replace(/&([^;\s&<]*);?/g, (whole, ref: string) => {
    if (!whole.endsWith(';')) throw new XmlSyntaxError(`bare "&" (${whole})`, offset);
    const numeric = /^#(x[0-9A-Fa-f]+|[0-9]+)$/.exec(ref);
    if (numeric) {
      const code = numeric[1]!.startsWith('x') ? parseInt(numeric[1]!.slice(1), 16) : parseInt(numeric[1]!, 10);
      const char = String.fromCodePoint(code);
      if (FORBIDDEN_CHAR.test(char)) throw new XmlSyntaxError(`character reference to a forbidden character (${whole})`, offset);
      return char;
    }
    const value = PREDEFINED[ref];
    if (value === undefined) throw new XmlSyntaxError(`undefined entity ${whole}`, offset);
    return value;
  });
}

function parseAttributes(source: string, offset: number): Map<string, string> {
  const attributes = new Map<string, string>();
  const pattern = /\s+([^\s=]+)\s*=\s*("([^"]*)"|'([^']*)')/gy;
  let at = 0;
  for (let match = pattern.exec(source); match; match = pattern.exec(source)) {
    const name = match[1]!;
    if (!NAME.test(name)) throw new XmlSyntaxError(`bad attribute name "${name}"`, offset);
    if (attributes.has(name)) throw new XmlSyntaxError(`duplicate attribute "${name}"`, offset);
    attributes.set(name, decode(match[3] ?? match[4] ?? '', offset));
    at = pattern.lastIndex;
  }
  if (source.slice(at).trim() !== '') throw new XmlSyntaxError(`malformed attributes "${source.slice(at).trim()}"`, offset);
  return attributes;
}

interface Building { name: string; attributes: Map<string, string>; children: XmlElement[]; text: string }

/** Parses a whole document and returns its root element, or throws XmlSyntaxError. */
export function parseXml(xml: string): XmlElement {
  const bad = FORBIDDEN_CHAR.exec(xml);
  if (bad) throw new XmlSyntaxError(`forbidden character U+${bad[0].charCodeAt(0).toString(16).padStart(4, '0')}`, bad.index);
  let rest = xml.startsWith('\uFEFF') ? xml.slice(1) : xml;
  const declaration = /^<\?xml\s+version="1\.[0-9]"(\s+encoding="[A-Za-z][\w.-]*")?(\s+standalone="(yes|no)")?\s*\?>/.exec(rest);
  const offset = declaration ? declaration[0].length : 0;
  rest = rest.slice(offset);
  const stack: Building[] = [];
  let root: XmlElement | null = null;
  const token = /<!--([\s\S]*?)-->|<\/([^\s>]+)\s*>|<([^\s/>!?]+)((?:\s+[^\s=]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)|</y;
  let consumed = 0;
  for (let m = token.exec(rest); m; m = token.exec(rest)) {
    const at = offset + m.index;
    consumed = token.lastIndex;
    const [whole, comment, close, open, attrs, selfClose, text] = m;
    if (comment !== undefined) {
      if (comment.includes('--')) throw new XmlSyntaxError('"--" inside a comment', at);
    } else if (close !== undefined) {
      const top = stack.pop();
      if (!top || top.name !== close) throw new XmlSyntaxError(`</${close}> closes ${top ? `<${top.name}>` : 'nothing'}`, at);
      const done: XmlElement = { name: top.name, attributes: top.attributes, children: top.children, text: top.text };
      if (stack.length) stack.at(-1)!.children.push(done);
      else root = done;
    } else if (open !== undefined) {
      if (!NAME.test(open)) throw new XmlSyntaxError(`bad element name "${open}"`, at);
      if (root) throw new XmlSyntaxError(`second root element <${open}>`, at);
      const building: Building = { name: open, attributes: parseAttributes(attrs ?? '', at), children: [], text: '' };
      if (selfClose) {
        const done: XmlElement = { ...building };
        if (stack.length) stack.at(-1)!.children.push(done);
        else root = done;
      } else {
        stack.push(building);
      }
    } else if (text !== undefined) {
      if (stack.length) stack.at(-1)!.text += decode(text, at);
      else if (text.trim() !== '') throw new XmlSyntaxError('character data outside the root element', at);
    } else {
      throw new XmlSyntaxError(`unparseable markup "${whole.slice(0, 20)}"`, at);
    }
  }
  if (consumed < rest.length) throw new XmlSyntaxError(`unparseable markup "${rest.slice(consumed, consumed + 20)}"`, offset + consumed);
  if (stack.length) throw new XmlSyntaxError(`<${stack.at(-1)!.name}> is never closed`, xml.length);
  if (!root) throw new XmlSyntaxError('no root element', 0);
  return root;
}
