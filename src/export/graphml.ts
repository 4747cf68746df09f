import { SYMMETRIC_PREDICATES } from '../core/index.js';
import type { Assertion } from '../analysis/index.js';
import { compareText, type CaseView } from './case-view.js';

/** XML 1.0 text and attribute escaping; characters XML 1.0 forbids (most C0 controls) are dropped, not escaped, since no escape is legal. */
export function xmlEscape(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&apos;');
}

type KeyType = 'string' | 'int' | 'double' | 'boolean';
interface KeySpec { readonly id: string; readonly for: 'node' | 'edge'; readonly type: KeyType }

const KEYS: readonly KeySpec[] = [
  { id: 'label', for: 'node', type: 'string' },
  { id: 'type', for: 'node', type: 'string' },
  { id: 'aliases', for: 'node', type: 'string' },
  { id: 'documents', for: 'node', type: 'int' },
  { id: 'degree', for: 'node', type: 'int' },
  { id: 'betweenness', for: 'node', type: 'double' },
  { id: 'community', for: 'node', type: 'int' },
  { id: 'predicate', for: 'edge', type: 'string' },
  { id: 'symmetric', for: 'edge', type: 'boolean' },
  { id: 'negated', for: 'edge', type: 'boolean' },
  { id: 'hedged', for: 'edge', type: 'boolean' },
  { id: 'weight', for: 'edge', type: 'double' },
  { id: 'date', for: 'edge', type: 'string' },
  { id: 'grade', for: 'edge', type: 'string' },
  { id: 'grade_explanation', for: 'edge', type: 'string' },
  { id: 'origins', for: 'edge', type: 'int' },
  { id: 'edge_documents', for: 'edge', type: 'int' },
  { id: 'hedged_share', for: 'edge', type: 'double' },
  { id: 'contested', for: 'edge', type: 'boolean' },
  { id: 'sources', for: 'edge', type: 'string' },
  { id: 'evidence', for: 'edge', type: 'string' },
];

function data(key: string, value: string | number | boolean): string {
  return `<data key="${key}">${xmlEscape(String(value))}</data>`;
}

/**
 * GraphML 1.0: one node per entity, one edge per assertion (negated ones too, marked `negated`), so a
 * graph tool shows who says what rather than a bare line. Every edge is directed, as the graph's default says:
 * networkx and igraph refuse an undirected edge inside a directed graph, so a symmetric predicate
 * (`allied_with`) is one directed edge marked `symmetric`, in the direction the sources wrote it.
 */
export function toGraphml(view: CaseView): string {
  const nodeOf = new Map(view.analysis.network.nodes.map((n) => [n.id, n]));
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...KEYS.map((k) => `  <key id="${k.id}" for="${k.for}" attr.name="${k.id === 'edge_documents' ? 'documents' : k.id}" attr.type="${k.type}"/>`),
    '  <graph id="dossier" edgedefault="directed">',
  ];
  for (const e of view.entities) {
    const node = nodeOf.get(e.id);
    const fields = [data('label', e.name), data('type', e.type), data('aliases', e.aliases.join(' | ')),
      data('documents', view.documentsOfEntity.get(e.id)?.length ?? 0)];
    if (node) fields.push(data('degree', node.degree), data('betweenness', node.betweenness), data('community', node.community));
    out.push(`    <node id="${xmlEscape(e.id)}">${fields.join('')}</node>`);
  }
  const known = new Set(view.entities.map((e) => e.id));
  for (const a of view.assertions) {
    if (!known.has(a.subject.id) || !known.has(a.object.id)) continue;
    out.push(`    <edge id="${xmlEscape(a.id)}" source="${xmlEscape(a.subject.id)}" target="${xmlEscape(a.object.id)}">${edgeData(a)}</edge>`);
  }
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}

function edgeData(a: Assertion): string {
  const sources = [...new Set(a.mentions.map((m) => m.sourceLabel))].join(' | ');
  const first = a.mentions[0];
  const date = a.mentions.map((m) => m.date?.value).filter((d): d is string => d !== undefined).sort(compareText)[0];
  return [
    data('predicate', a.predicate), data('symmetric', SYMMETRIC_PREDICATES.has(a.predicate)), data('negated', a.negated),
    data('hedged', a.mentions.length > 0 && a.mentions.every((m) => m.hedged)),
    // Gephi and yEd size edges by `weight`: the independent origins, so corroboration reads as thickness.
    data('weight', a.origins),
    ...(date ? [data('date', date)] : []),
    data('grade', a.grade.label), data('grade_explanation', a.grade.explanation),
    data('origins', a.origins), data('edge_documents', a.documents), data('hedged_share', a.grade.hedgedShare),
    data('contested', a.grade.contested), data('sources', sources),
    ...(first ? [data('evidence', `${first.evidenceText} (${first.docName})`)] : []),
  ].join('');
}
