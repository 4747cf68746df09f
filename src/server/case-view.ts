import type { CaseSnapshot } from '../core/index.js';
import { analyzeCase, type Assertion, type CaseAnalysis, type Contradiction, type NetworkNode } from '../analysis/index.js';
import { buildCaseIndex, type CaseIndex } from './case-index.js';

/** One revision of the case, analysed and indexed for the API: built once per revision by CaseCache. */
export interface CaseView {
  readonly snapshot: CaseSnapshot;
  readonly index: CaseIndex;
  readonly analysis: CaseAnalysis;
  readonly assertionById: ReadonlyMap<string, Assertion>;
  readonly assertionsByEntity: ReadonlyMap<string, readonly Assertion[]>;
  readonly contradictionsByEntity: ReadonlyMap<string, readonly Contradiction[]>;
  /** Assertion id → ids of contradictions it takes part in: a contested edge links to its conflict. */
  readonly contradictionsByAssertion: ReadonlyMap<string, readonly string[]>;
  readonly nodeById: ReadonlyMap<string, NetworkNode>;
  /** Lower-cased outlet, document name, source labels and origin labels per assertion, for the `source` filter. */
  readonly sourceKeys: ReadonlyMap<string, string>;
  /** Responses that do not depend on the request, serialised and UTF-8 encoded once per revision (the unfiltered graph is megabytes). */
  readonly memo: Map<string, Uint8Array<ArrayBuffer>>;
}

export function buildCaseView(snapshot: CaseSnapshot, revision: number): CaseView {
  const index = buildCaseIndex(snapshot, revision);
  const analysis = analyzeCase(snapshot);
  const assertionsByEntity = new Map<string, Assertion[]>();
  const sourceKeys = new Map<string, string>();
  for (const a of analysis.assertions) {
    push(assertionsByEntity, a.subject.id, a);
    if (a.object.id !== a.subject.id) push(assertionsByEntity, a.object.id, a);
    const words = new Set<string>();
    for (const m of a.mentions) {
      words.add(m.sourceLabel);
      words.add(m.docName);
      const outlet = index.documentRefs.get(m.docId)?.outlet;
      if (outlet) words.add(outlet);
    }
    for (const o of a.originList) words.add(o.label);
    sourceKeys.set(a.id, [...words].join('\n').toLowerCase());
  }
  for (const list of assertionsByEntity.values()) list.sort(byStrength);
  const contradictionsByEntity = new Map<string, Contradiction[]>();
  const contradictionsByAssertion = new Map<string, string[]>();
  for (const c of analysis.contradictions) {
    const ids = new Set(c.sides.flatMap((s) => [s.subject.id, s.object.id]));
    for (const id of ids) push(contradictionsByEntity, id, c);
    for (const side of c.sides) push(contradictionsByAssertion, side.assertionId, c.id);
  }
  return {
    snapshot,
    index,
    analysis,
    assertionById: new Map(analysis.assertions.map((a) => [a.id, a] as const)),
    assertionsByEntity,
    contradictionsByEntity,
    contradictionsByAssertion,
    nodeById: new Map(analysis.network.nodes.map((n) => [n.id, n] as const)),
    sourceKeys,
    memo: new Map(),
  };
}

/** Most independent origins first, then most documents: the order an analyst reads evidence in. */
export function byStrength(a: Assertion, b: Assertion): number {
  return b.origins - a.origins || b.documents - a.documents || a.id.localeCompare(b.id);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
