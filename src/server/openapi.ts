import { z } from 'zod';
import { EXPORT_FORMATS, EXPORT_MEDIA } from '../export/index.js';
import { page, ref, SCHEMAS } from './openapi-schemas.js';
import { AssertionsQuery, ClaimsQuery, ContradictionsQuery, DocumentUpload, EntitiesQuery, EntityQuery, ExportQuery, GraphQuery, Paged, SearchQuery, TimelineQuery } from './query-schemas.js';

type Json = Record<string, unknown>;

// Parameters are generated from the same zod schemas that validate requests, so the document
// cannot promise a parameter the server rejects, or miss one it takes.
const PARAMETER_HELP: Readonly<Record<string, string>> = {
  predicate: 'comma-separated predicates, e.g. member_of,allied_with',
  source: 'keeps assertions whose source, origin, outlet or document name contains this text (case-insensitive)',
  from: 'YYYY, YYYY-MM or YYYY-MM-DD: keeps items dated on or after (partial dates are ranges)',
  to: 'YYYY, YYYY-MM or YYYY-MM-DD: keeps items dated on or before',
  minOrigins: 'minimum number of independent origins behind an assertion',
  entity: 'an entity id: keeps only what involves it',
  other: 'a second entity id (with `entity`): keeps the assertions between the two',
  q: 'text to look for in names, aliases and documents',
  format: `export format: ${EXPORT_FORMATS.join(', ')}`,
};

const idParameter = (what: string): Json => ({ name: 'id', in: 'path', required: true, description: `the ${what} id`, schema: { type: 'string' } });
const json = (description: string, schema: Json): Json => ({ description, content: { 'application/json': { schema } } });
const error = (description: string): Json => json(description, ref('Error'));
/** Answers from the stored analysis name the case revision it was computed from; it can lag the case while a newer one is made. */
const REVISION_HEADERS: Json = { 'X-Dossier-Revision': { schema: { type: 'string', pattern: '^\\d+$' }, description: 'the case revision the stored analysis behind this answer was computed from' } };
const stored = (response: Json): Json => ({ ...response, headers: { ...(response.headers as Json | undefined), ...REVISION_HEADERS } });

// Comma-separated lists (`predicate=member_of,allied_with`) are arrays in OpenAPI's form style without explode: the
// zod schema reads them from one string, so its JSON Schema alone would hide the values the server accepts.
const LIST_ENUMS: Readonly<Record<string, Json>> = { predicate: ref('Predicate'), type: ref('EntityType') };
const VALUE_ENUMS: Readonly<Record<string, Json>> = { format: { type: 'string', enum: [...EXPORT_FORMATS] } };

function queryParameters(schema: z.ZodType): Json[] {
  const jsonSchema = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as { properties?: Record<string, Json>; required?: string[] };
  return Object.entries(jsonSchema.properties ?? {}).map(([name, property]) => ({
    name,
    in: 'query',
    required: jsonSchema.required?.includes(name) ?? false,
    ...(PARAMETER_HELP[name] ? { description: PARAMETER_HELP[name] } : {}),
    ...(LIST_ENUMS[name] ? { style: 'form', explode: false, schema: { type: 'array', minItems: 1, items: LIST_ENUMS[name] } } : { schema: VALUE_ENUMS[name] ?? property }),
  }));
}

/** What any API request can answer besides its own outcomes. */
const EVERY_ROUTE: Json = {
  '400': { $ref: '#/components/responses/BadRequest' },
  '421': { $ref: '#/components/responses/MisdirectedRequest' },
  '500': { $ref: '#/components/responses/Internal' },
  '503': { $ref: '#/components/responses/StoreUnavailable' },
};
const NOT_FOUND: Json = { '404': { $ref: '#/components/responses/NotFound' } };

function get(summary: string, query: z.ZodType | null, ok: Json, extra: Json = {}): Json {
  return { get: { summary, parameters: query === null ? [] : queryParameters(query), responses: { '200': ok, ...EVERY_ROUTE, ...extra } } };
}

/** The export route serves one media type per format; each is listed, with a schema where the format is JSON. */
function exportContent(): Json {
  const content: Record<string, Json> = {};
  for (const format of EXPORT_FORMATS) {
    const media = EXPORT_MEDIA[format].type;
    const schema: Json = media.includes('json') && format !== 'ftm'
      ? { type: 'object', ...(format === 'stix' ? { required: ['type', 'id', 'objects'], properties: { type: { const: 'bundle' }, id: { type: 'string' }, objects: { type: 'array' } } } : {}) }
      : { type: 'string', description: format === 'ftm' ? 'one FollowTheMoney entity as JSON per line' : undefined };
    const formats = content[media]?.['x-formats'] as string[] | undefined;
    content[media] = { schema: JSON.parse(JSON.stringify(schema)) as Json, 'x-formats': [...(formats ?? []), format] };
  }
  return content;
}

// Client generators name their methods by these; one per operation, stable across versions.
const OPERATION_IDS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  '/api/case': { get: 'getCase' },
  '/api/documents': { get: 'listDocuments', post: 'ingestDocument' },
  '/api/documents/{id}': { get: 'getDocument' },
  '/api/documents/{id}/sentences/{n}/parse': { get: 'parseSentence' },
  '/api/entities': { get: 'listEntities' },
  '/api/entities/{id}': { get: 'getEntity' },
  '/api/claims': { get: 'listClaims' },
  '/api/assertions': { get: 'listAssertions' },
  '/api/graph': { get: 'getGraph' },
  '/api/timeline': { get: 'getTimeline' },
  '/api/contradictions': { get: 'listContradictions' },
  '/api/search': { get: 'search' },
  '/api/export': { get: 'exportCase' },
};

function withOperationIds(paths: Record<string, Json>): Record<string, Json> {
  return Object.fromEntries(Object.entries(paths).map(([path, item]) => [path, Object.fromEntries(Object.entries(item).map(([method, op]) => {
    const operationId = OPERATION_IDS[path]?.[method];
    if (operationId === undefined) throw new Error(`openapi: no operationId for ${method.toUpperCase()} ${path}`);
    return [method, { operationId, ...(op as Json) }];
  }))]));
}

export function buildOpenApiDocument(): Json {
  return {
    openapi: '3.1.0',
    info: { title: 'dossier API', version: '0.1.0', description: 'Claims with their evidence, sources and grades; never facts. Reads are open; with a token, writes need `Authorization: Bearer <token>`. Every error is JSON: `{"error": {"code", "message", "field"?}}`.' },
    paths: withOperationIds({
      '/api/case': get('Counts for the case the server holds (as of the stored analysis; `analysis` says whether a newer one is being made)', null, stored(json('the counts and the revision they belong to', ref('CaseCounts')))),
      '/api/documents': {
        ...get('Documents in the case', Paged, json('a page of documents', page(ref('DocumentListItem')))),
        post: {
          summary: 'Ingest one article: a URL to fetch, text, or an uploaded file',
          security: [{ bearer: [] }, {}],
          requestBody: {
            required: true,
            content: {
              'application/json': { schema: z.toJSONSchema(DocumentUpload, { io: 'input' }) },
              'multipart/form-data': { schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' }, published: { type: 'string' }, outlet: { type: 'string' }, url: { type: 'string' } } } },
            },
          },
          responses: {
            '201': json('added to the case', ref('IngestResult')),
            '200': json('already in the case (same content): nothing changed', ref('IngestResult')),
            ...EVERY_ROUTE,
            '401': error('a token is set and the request did not carry it (`WWW-Authenticate: Bearer`)'),
            '403': error('a write from another origin, or a URL to a loopback, private, link-local or metadata address (INGEST_URL_REFUSED)'),
            '413': error('the body is over the upload limit (INGEST_TOO_LARGE)'),
            '415': error('neither JSON nor multipart/form-data (INGEST_UNSUPPORTED_TYPE)'),
            '422': error('the file is empty, binary, not UTF-8 or not an article'),
            '502': error('the URL could not be fetched: network error, timeout, or an error status from its server (INGEST_FETCH_FAILED)'),
          },
        },
      },
      '/api/documents/{id}': withPathId(get('One document: its text, its claims, and near-duplicates', null, json('the document', ref('DocumentDetail')), NOT_FOUND), 'document'),
      '/api/documents/{id}/sentences/{n}/parse': sentenceParsePath(get('The dependency parse of one sentence of a document (0-based): tokens with UPOS, 1-based head (0 = root) and relation, and the same as CoNLL-U', null, json('the parse', ref('SentenceParse')), NOT_FOUND)),
      '/api/entities': get('Entities, most-claimed first', EntitiesQuery, stored(json('a page of entities', page(ref('EntitySummary'))))),
      '/api/entities/{id}': withPathId(get('One entity with its assertions (strongest first, each mention with the text around its evidence) and contradictions', EntityQuery, stored(json('the entity', ref('EntityDetail'))), NOT_FOUND), 'entity'),
      '/api/claims': get('Claim mentions, one per statement in one document', ClaimsQuery, json('a page of claims', page(ref('Claim')))),
      '/api/assertions': get('Assertions: claims gathered across documents, graded by independent origins', AssertionsQuery, stored(json('a page of assertions', page(ref('Assertion'))))),
      '/api/graph': get('The network: entities and the links between them, with support, hedging and contest', GraphQuery,
        { ...json('the graph; gzip-encoded (`Content-Encoding: gzip`) when unfiltered and the client accepts it', ref('Graph')), headers: { 'Content-Encoding': { schema: { type: 'string', enum: ['gzip'] } }, Vary: { schema: { type: 'string' } }, ...REVISION_HEADERS } }),
      '/api/timeline': get('Dated claims and events, oldest first', TimelineQuery, json('a page of timeline items', page(ref('TimelineItem')))),
      '/api/contradictions': get('Assertions that cannot all hold', ContradictionsQuery, stored(json('the contradictions', { type: 'object', additionalProperties: false, required: ['total', 'items'], properties: { total: { type: 'integer', minimum: 0 }, items: { type: 'array', items: ref('Contradiction') } } }))),
      '/api/search': get('Entities and documents matching a text', SearchQuery, stored(json('entities and documents, each document with its first matching passage', ref('SearchResult')))),
      '/api/export': get('The case in an export format, as a download', ExportQuery,
        { description: 'the export, in the media type of its format (`x-formats` says which format gives which)', headers: { 'Content-Disposition': { schema: { type: 'string' }, description: 'attachment; filename="dossier-case.<extension>"' } }, content: exportContent() }),
    }),
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: SCHEMAS,
      responses: {
        BadRequest: error('invalid input; `field` names the parameter'),
        NotFound: error('no such id in this case'),
        MisdirectedRequest: error('the Host header names a host this server does not serve (a DNS-rebinding guard)'),
        Internal: error('a fault of the server, logged there; the body says no more'),
        StoreUnavailable: error('the case store cannot be reached (STORE_UNAVAILABLE)'),
      },
    },
  };
}

function sentenceParsePath(path: Json): Json {
  const op = path.get as Json;
  const n = { name: 'n', in: 'path', required: true, description: 'sentence number within the document, from 0', schema: { type: 'integer', minimum: 0 } };
  return { get: { ...op, parameters: [idParameter('document'), n, ...(op.parameters as Json[])] } };
}

function withPathId(path: Json, what: string): Json {
  const op = path.get as Json;
  return { get: { ...op, parameters: [idParameter(what), ...(op.parameters as Json[])] } };
}
