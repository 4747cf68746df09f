import type { AssertionEdgeRow, CaseSnapshot, StoredAnalysis, StoredAssertion } from '../core/index.js';
import type { Assertion, CaseAnalysis } from '../analysis/index.js';
import { summariseEntities } from './entity-summary.js';
import { buildGraph } from './graph-response.js';
import { GraphQuery } from './query-schemas.js';

/**
 * The rows the read model stores for one analysed revision. Everything here is computed by the analysis stage
 * or the same summaries the in-memory index uses; this only orders, flattens and serialises it, so the stored
 * answers are the ones an in-memory analysis would give.
 */
export function toStoredAnalysis(snapshot: CaseSnapshot, analysis: CaseAnalysis, revision: number): StoredAnalysis {
  const contradicted = new Set(analysis.contradictions.flatMap((c) => c.sides.map((s) => s.assertionId)));
  const outletOf = new Map(snapshot.documents.map((d) => [d.document.id, d.document.outlet] as const));
  const strengthRank = new Map([...analysis.assertions].sort(byStrength).map((a, i) => [a.id, i] as const));
  const assertions = analysis.assertions.map((a, rank): StoredAssertion => ({
    ...toEdgeRow(a, contradicted.has(a.id)),
    rank,
    strengthRank: strengthRank.get(a.id)!,
    sourceKey: sourceKeyOf(a, (docId) => outletOf.get(docId) ?? null),
    body: JSON.stringify(a),
  }));
  const nodes = new Map(analysis.network.nodes.map((n) => [n.id, n] as const));
  const mergesOf = new Map(snapshot.resolution.entities.map((e) => [e.id, e.merges] as const));
  const wholeGraph = buildGraph(assertions, (id) => nodes.get(id), GraphQuery.parse({}).maxNodes);
  return {
    revision,
    summary: {
      documents: snapshot.documents.length,
      entities: snapshot.resolution.entities.length,
      claims: snapshot.documents.reduce((sum, d) => sum + d.claims.length, 0),
      assertions: analysis.assertions.length,
      contradictions: analysis.contradictions.length,
      communities: analysis.network.communities,
    },
    assertions,
    entities: summariseEntities(snapshot).map((e, rank) => ({ ...e, rank, merges: JSON.stringify(mergesOf.get(e.id) ?? []) })),
    nodes: analysis.network.nodes,
    contradictions: analysis.contradictions.map((c, rank) => ({ id: c.id, rank, entityIds: c.sides.flatMap((s) => [s.subject.id, s.object.id]), body: JSON.stringify(c) })),
    wholeGraphJson: JSON.stringify(wholeGraph),
  };
}

/** An assertion as the graph and the filters see it: a contested one is contested by its grade or by a contradiction naming it. */
export function toEdgeRow(a: Assertion, isContradicted: boolean): AssertionEdgeRow {
  return {
    id: a.id, subject: a.subject, object: a.object, predicate: a.predicate, negated: a.negated, origins: a.origins, documents: a.documents,
    gradeLabel: a.grade.label, hedgedShare: a.grade.hedgedShare, contested: a.grade.contested || isContradicted,
    dates: [...new Set(a.mentions.map((m) => m.date?.value ?? m.published ?? ''))],
  };
}

/** Lower-cased outlets, document names, source labels and origin labels: what the `source` filter looks in. */
export function sourceKeyOf(a: Assertion, outletOf: (docId: string) => string | null): string {
  const words = new Set<string>();
  for (const m of a.mentions) {
    words.add(m.sourceLabel);
    words.add(m.docName);
    const outlet = outletOf(m.docId);
    if (outlet) words.add(outlet);
  }
  for (const o of a.originList) words.add(o.label);
  return [...words].join('\n').toLowerCase();
}

// The same order as String#localeCompare, several times faster over the half a million ids of a large case.
const collator = new Intl.Collator();

/** Most independent origins first, then most documents: the order an analyst reads evidence in. */
export function byStrength(a: Assertion, b: Assertion): number {
  return b.origins - a.origins || b.documents - a.documents || collator.compare(a.id, b.id);
}
