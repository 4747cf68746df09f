import { ENTITY_TYPES, ERROR_CODES, PREDICATES } from '../core/index.js';
import { CONFIDENCE_OF_GRADE } from '../export/index.js';

type Json = Record<string, unknown>;

// The JSON Schemas of every API answer, written from the types the routes return (api-types.ts, graph-response.ts,
// the analysis types). Objects are closed (`additionalProperties: false`) so a field the server adds or drops without
// the document saying so fails the OpenAPI test, which validates real answers of every route against these.

const string: Json = { type: 'string' };
const integer: Json = { type: 'integer' };
const count: Json = { type: 'integer', minimum: 0 };
const number: Json = { type: 'number' };
const boolean: Json = { type: 'boolean' };
export const ref = (name: string): Json => ({ $ref: `#/components/schemas/${name}` });
const nullable = (schema: Json): Json => ({ anyOf: [schema, { type: 'null' }] });
const array = (items: Json): Json => ({ type: 'array', items });
const enumOf = (values: readonly string[]): Json => ({ type: 'string', enum: [...values] });

/** A closed object: every property listed is required unless named in `optional`. */
function object(properties: Record<string, Json>, optional: readonly string[] = []): Json {
  return { type: 'object', additionalProperties: false, required: Object.keys(properties).filter((k) => !optional.includes(k)), properties };
}
const extend = (base: Json, more: Record<string, Json>): Json =>
  object({ ...(base.properties as Record<string, Json>), ...more });

export const page = (item: Json): Json => object({ total: count, offset: count, items: array(item) });

const span = object({ start: count, end: count });
const RELIABILITY = ['A', 'B', 'C', 'D', 'E', 'F'];

const EntityRef = object({ id: string, name: string, type: ref('EntityType') });
const DocumentRef = object({ id: string, name: string, title: nullable(string), outlet: nullable(string), published: nullable(ref('PartialDate')), url: nullable(string) });
const ClaimDate = object({ value: ref('PartialDate'), precision: enumOf(['year', 'month', 'day']), stated: boolean, text: string });
const ProvenanceStep = object({
  kind: enumOf(['document', 'syndication', 'near-duplicate', 'citation', 'attribution', 'relay', 'unsourced']),
  detail: string, docId: string, similarity: number,
}, ['docId', 'similarity']);
const ClaimSource = {
  oneOf: [
    object({ kind: { const: 'author' } }),
    object({ kind: { const: 'entity' }, mentionId: string }),
    object({ kind: { const: 'described' }, text: string }),
  ],
};
const AssertionMention = object({
  claimId: string, docId: string, docName: string, published: nullable(ref('PartialDate')), evidence: span, evidenceText: string,
  source: ClaimSource, sourceLabel: string, hedged: boolean, date: nullable(ref('ClaimDate')), role: nullable(string), rule: string,
  originKey: nullable(string), chain: array(ProvenanceStep),
});
const Grade = object({
  label: ref('GradeLabel'), explanation: string, documents: count, origins: count, namedOrigins: count, unnamedOrigins: count,
  mentions: count, hedgedMentions: count, hedgedShare: { type: 'number', minimum: 0, maximum: 1 },
  mentionsBySource: object({ named: count, unnamed: count, author: count }), contested: boolean,
  reliability: nullable(enumOf(RELIABILITY)), gradedOrigins: array(object({ origin: string, grade: enumOf(RELIABILITY) })),
});
const Origin = object({ key: string, kind: enumOf(['entity', 'described', 'outlet', 'document']), label: string, named: boolean, reliability: nullable(enumOf(RELIABILITY)) });
const assertionWith = (mention: Json): Json => object({
  id: string, subject: ref('EntityRef'), predicate: ref('Predicate'), object: ref('EntityRef'), negated: boolean, mentions: array(mention),
  documents: count, origins: count, originList: array(Origin), grade: Grade,
});
const ContradictionSide = object({
  assertionId: string, subject: ref('EntityRef'), predicate: ref('Predicate'), object: ref('EntityRef'), negated: boolean,
  date: nullable(ref('ClaimDate')), origins: count, evidence: array(ref('AssertionMention')),
});
const NetworkNode = extend(EntityRef, { degree: count, betweenness: number, community: integer, assertions: count });
const EntitySummary = extend(EntityRef, { aliases: array(string), mentions: count, documents: count, claims: count });

/** Component schemas: the domain vocabularies as enums, then every object an answer holds. */
export const SCHEMAS: Readonly<Record<string, Json>> = {
  Predicate: enumOf(PREDICATES),
  EntityType: enumOf(ENTITY_TYPES),
  GradeLabel: enumOf(Object.keys(CONFIDENCE_OF_GRADE)),
  PartialDate: { type: 'string', pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$', description: 'YYYY, YYYY-MM or YYYY-MM-DD: a date at the precision the source gives' },
  EntityRef,
  DocumentRef,
  ClaimDate,
  AssertionMention,
  Error: object({ error: object({ code: enumOf(ERROR_CODES), message: string, field: string, file: string, line: integer }, ['field', 'file', 'line']) }),
  CaseCounts: object({
    revision: count, documents: count, entities: count, claims: count, assertions: count, contradictions: count, communities: count,
    // The counts are those of the stored analysis (revision); the case may have moved on (caseRevision) while a newer one is made.
    analysis: object({ revision: count, caseRevision: count, isCurrent: boolean }),
  }),
  DocumentListItem: extend(DocumentRef, { claims: count }),
  Claim: object({
    id: string, document: ref('DocumentRef'), subject: ref('EntityRef'), predicate: ref('Predicate'), object: ref('EntityRef'), role: nullable(string),
    source: {
      oneOf: [
        object({ kind: { const: 'author' }, label: string }),
        object({ kind: { const: 'entity' }, label: string, entity: nullable(ref('EntityRef')) }),
        object({ kind: { const: 'described' }, label: string }),
      ],
    },
    hedged: boolean, negated: boolean, date: nullable(ref('ClaimDate')), evidence: object({ start: count, end: count, text: string }), rule: string,
  }),
  DocumentDetail: object({
    document: extend(DocumentRef, {
      origin: string, format: enumOf(['txt', 'md', 'html']), publishedFrom: nullable(enumOf(['manifest', 'metadata', 'dateline'])),
      text: string, sentences: count, claims: count,
    }),
    claims: array(ref('Claim')),
    duplicates: array(object({ docId: string, otherDocId: string, similarity: number, sharedShare: number, span, otherSpan: span })),
  }),
  SentenceParse: object({
    document: string, sentence: object({ index: count, start: count, end: count, text: string }), parse: enumOf(['stored', 'parsed-now']),
    tokens: array(object({ id: count, form: string, upos: string, head: count, deprel: string, start: count, end: count }, ['start', 'end'])),
    conllu: string,
  }),
  EntitySummary,
  EntityDetail: object({
    entity: extend(EntitySummary, { merges: array(object({ rule: string, mentionIds: array(string), detail: string })) }),
    node: nullable(NetworkNode),
    assertions: page(assertionWith(extend(AssertionMention, { context: object({ before: string, after: string }) }))),
    contradictions: array(ref('Contradiction')),
  }),
  Assertion: assertionWith(ref('AssertionMention')),
  Contradiction: object({
    id: string, kind: enumOf(['negation', 'incompatible', 'date']), timing: enumOf(['overlapping', 'undated', 'sequential', 'not-applicable']),
    summary: string, sides: { type: 'array', prefixItems: [ContradictionSide, ContradictionSide], minItems: 2, maxItems: 2 }, via: ContradictionSide,
  }, ['via']),
  Graph: object({
    nodes: array(NetworkNode),
    edges: array(object({ source: string, target: string, predicates: array(ref('Predicate')), assertions: count, support: count, hedged: boolean, contested: boolean, grade: ref('GradeLabel') })),
    omittedNodes: count,
  }),
  TimelineItem: object({
    kind: enumOf(['claim', 'event']), date: ref('PartialDate'), precision: enumOf(['year', 'month', 'day']), stated: boolean, label: string,
    assertionId: nullable(string), entity: nullable(ref('EntityRef')), subject: nullable(ref('EntityRef')), predicate: nullable(ref('Predicate')),
    object: nullable(ref('EntityRef')), negated: boolean, dateText: string, evidence: array(ref('AssertionMention')), documents: count,
  }),
  SearchResult: object({
    entities: array(ref('EntitySummary')),
    documents: array(extend(DocumentRef, { snippet: nullable(object({ text: string, start: count, end: count })) })),
  }),
  IngestResult: object({ status: enumOf(['added', 'unchanged']), document: object({ id: string, name: string }), claims: count }),
};
