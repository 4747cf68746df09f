import { parseXml, type XmlElement } from './xml-reader.js';

/**
 * A strict GraphML 1.0 reader, written from the GraphML specification and schema (graphml.xsd, graphml-attributes.xsd)
 * plus the checks the field's readers add on top of it: networkx's `read_graphml` refuses an edge whose `directed`
 * disagrees with the graph's `edgedefault` and any `<data>` whose key is undeclared, and igraph and Gephi type every
 * value by its key's `attr.type`. A file this reader accepts loads in those tools without edits; anything it refuses
 * is a GraphMLError naming the element.
 */
export type GraphmlValue = string | number | boolean;
export interface GraphmlKey { readonly id: string; readonly for: string; readonly name: string; readonly type: string }
export interface GraphmlEdge { readonly id: string | null; readonly source: string; readonly target: string; readonly data: ReadonlyMap<string, GraphmlValue> }
export interface GraphmlGraph {
  readonly directed: boolean;
  readonly keys: ReadonlyMap<string, GraphmlKey>;
  /** Node id → its data by attribute name. */
  readonly nodes: ReadonlyMap<string, ReadonlyMap<string, GraphmlValue>>;
  /** Edges with their data by attribute name. */
  readonly edges: readonly GraphmlEdge[];
}

export class GraphmlError extends Error {
  constructor(message: string) {
    super(`GraphML: ${message}`);
    this.name = 'GraphmlError';
  }
}

const NAMESPACE = 'http://graphml.graphdrawing.org/xmlns';
const KEY_DOMAINS = new Set(['graph', 'node', 'edge', 'hyperedge', 'port', 'endpoint', 'all']);
const ATTR_TYPES = new Set(['boolean', 'int', 'long', 'float', 'double', 'string']);
const XSD_DOUBLE = /^(-?INF|NaN|[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?)$/;

/** A value as the XML Schema datatype named by `attr.type` reads it; throws when the text is not of that type. */
function typed(text: string, type: string, where: string): GraphmlValue {
  const value = text.trim();
  switch (type) {
    case 'boolean':
      if (!['true', 'false', '1', '0'].includes(value)) throw new GraphmlError(`${where}: "${text}" is not an xsd:boolean`);
      return value === 'true' || value === '1';
    case 'int':
    case 'long': {
      if (!/^[+-]?\d+$/.test(value)) throw new GraphmlError(`${where}: "${text}" is not an xsd:${type}`);
      const n = Number(value);
      if (type === 'int' && (n > 2 ** 31 - 1 || n < -(2 ** 31))) throw new GraphmlError(`${where}: ${value} overflows xsd:int`);
      return n;
    }
    case 'float':
    case 'double':
      if (!XSD_DOUBLE.test(value)) throw new GraphmlError(`${where}: "${text}" is not an xsd:${type}`);
      return value === 'INF' ? Infinity : value === '-INF' ? -Infinity : Number(value);
    default:
      return text;
  }
}

function only(element: XmlElement, allowed: readonly string[], where: string): void {
  for (const child of element.children) if (!allowed.includes(child.name)) throw new GraphmlError(`${where}: <${child.name}> is not allowed here`);
  if (element.text.trim() !== '') throw new GraphmlError(`${where}: stray text "${element.text.trim().slice(0, 30)}"`);
}

function readKey(el: XmlElement): GraphmlKey {
  const id = el.attributes.get('id');
  if (!id) throw new GraphmlError('<key> without id');
  const domain = el.attributes.get('for') ?? 'all';
  if (!KEY_DOMAINS.has(domain)) throw new GraphmlError(`key ${id}: for="${domain}" is not a GraphML domain`);
  const type = el.attributes.get('attr.type');
  if (type === undefined) throw new GraphmlError(`key ${id}: no attr.type (readers would guess; every key must say its type)`);
  if (!ATTR_TYPES.has(type)) throw new GraphmlError(`key ${id}: attr.type="${type}" is not one of ${[...ATTR_TYPES].join(', ')}`);
  const name = el.attributes.get('attr.name');
  if (!name) throw new GraphmlError(`key ${id}: no attr.name`);
  return { id, for: domain, name, type };
}

function readData(el: XmlElement, domain: string, keys: ReadonlyMap<string, GraphmlKey>, where: string): Map<string, GraphmlValue> {
  only(el, ['data', 'desc', 'port', 'graph'], where);
  const data = new Map<string, GraphmlValue>();
  for (const d of el.children.filter((c) => c.name === 'data')) {
    const keyId = d.attributes.get('key');
    const key = keyId === undefined ? undefined : keys.get(keyId);
    if (!key) throw new GraphmlError(`${where}: <data key="${keyId}"> has no <key> declaration`);
    if (key.for !== 'all' && key.for !== domain) throw new GraphmlError(`${where}: key ${key.id} is declared for ${key.for}, used on ${domain}`);
    if (data.has(key.name)) throw new GraphmlError(`${where}: two values for ${key.name}`);
    if (d.children.length) throw new GraphmlError(`${where}: <data key="${key.id}"> holds elements`);
    data.set(key.name, typed(d.text, key.type, `${where} ${key.name}`));
  }
  return data;
}

/** Reads a GraphML document with one graph; throws XmlSyntaxError or GraphmlError on anything a strict reader refuses. */
export function readGraphml(xml: string): GraphmlGraph {
  const root = parseXml(xml);
  if (root.name !== 'graphml') throw new GraphmlError(`root element is <${root.name}>, not <graphml>`);
  if (root.attributes.get('xmlns') !== NAMESPACE) throw new GraphmlError(`root namespace is ${root.attributes.get('xmlns')}, not ${NAMESPACE}`);
  only(root, ['desc', 'key', 'data', 'graph'], 'graphml');
  const firstGraph = root.children.findIndex((c) => c.name === 'graph');
  if (root.children.some((c, i) => c.name === 'key' && i > firstGraph && firstGraph >= 0)) throw new GraphmlError('<key> after <graph> (the schema puts keys first)');
  const keys = new Map<string, GraphmlKey>();
  for (const k of root.children.filter((c) => c.name === 'key')) {
    const key = readKey(k);
    if (keys.has(key.id)) throw new GraphmlError(`key ${key.id} declared twice`);
    if ([...keys.values()].some((other) => other.name === key.name && other.for === key.for)) throw new GraphmlError(`attr.name ${key.name} declared twice for ${key.for}`);
    keys.set(key.id, key);
  }
  const graphs = root.children.filter((c) => c.name === 'graph');
  if (graphs.length !== 1) throw new GraphmlError(`expected one <graph>, found ${graphs.length}`);
  const graph = graphs[0]!;
  const edgedefault = graph.attributes.get('edgedefault');
  if (edgedefault !== 'directed' && edgedefault !== 'undirected') throw new GraphmlError(`edgedefault="${edgedefault}" (required: directed or undirected)`);
  only(graph, ['desc', 'data', 'node', 'edge'], 'graph');
  readData({ ...graph, children: graph.children.filter((c) => c.name === 'data') }, 'graph', keys, 'graph');

  const nodes = new Map<string, ReadonlyMap<string, GraphmlValue>>();
  for (const n of graph.children.filter((c) => c.name === 'node')) {
    const id = n.attributes.get('id');
    if (!id) throw new GraphmlError('<node> without id');
    if (nodes.has(id)) throw new GraphmlError(`node ${id} declared twice`);
    nodes.set(id, readData(n, 'node', keys, `node ${id}`));
  }
  const edges: GraphmlEdge[] = [];
  const edgeIds = new Set<string>();
  for (const e of graph.children.filter((c) => c.name === 'edge')) {
    const id = e.attributes.get('id') ?? null;
    const source = e.attributes.get('source');
    const target = e.attributes.get('target');
    const where = `edge ${id ?? `${source}->${target}`}`;
    if (id !== null && (edgeIds.has(id) || nodes.has(id))) throw new GraphmlError(`${where}: id is not unique`);
    if (id !== null) edgeIds.add(id);
    if (!source || !nodes.has(source)) throw new GraphmlError(`${where}: source ${source} is not a node`);
    if (!target || !nodes.has(target)) throw new GraphmlError(`${where}: target ${target} is not a node`);
    const directed = e.attributes.get('directed');
    if (directed !== undefined && directed !== String(edgedefault === 'directed')) {
      throw new GraphmlError(`${where}: directed=${directed} edge in a graph whose edgedefault is ${edgedefault} (networkx refuses mixed graphs)`);
    }
    edges.push({ id, source, target, data: readData(e, 'edge', keys, where) });
  }
  return { directed: edgedefault === 'directed', keys, nodes, edges };
}
