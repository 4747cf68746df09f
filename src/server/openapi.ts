import { z } from 'zod';
import { EXPORT_FORMATS } from '../export/index.js';
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

function queryParameters(schema: z.ZodType): Json[] {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as { properties?: Record<string, Json>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: 'query',
    required: json.required?.includes(name) ?? false,
    ...(PARAMETER_HELP[name] ? { description: PARAMETER_HELP[name] } : {}),
    schema: property,
  }));
}

const idParameter = (what: string): Json => ({ name: 'id', in: 'path', required: true, description: `the ${what} id`, schema: { type: 'string' } });
const jsonResponse = (description: string): Json => ({ description, content: { 'application/json': { schema: { type: 'object' } } } });
const ERRORS: Json = {
  '400': { $ref: '#/components/responses/BadRequest' },
};

function get(summary: string, query: z.ZodType | null, extra: Json = {}): Json {
  return { get: { summary, parameters: query === null ? [] : queryParameters(query), responses: { '200': jsonResponse(summary), ...ERRORS, ...extra } } };
}

export function buildOpenApiDocument(): Json {
  const notFound = { '404': { $ref: '#/components/responses/NotFound' } };
  return {
    openapi: '3.1.0',
    info: { title: 'dossier API', version: '0.1.0', description: 'Claims with their evidence, sources and grades; never facts. Reads are open; with a token, writes need `Authorization: Bearer <token>`.' },
    paths: {
      '/api/case': get('Counts for the case the server holds', null),
      '/api/documents': {
        ...get('Documents in the case', Paged),
        post: {
          summary: 'Ingest one article: a URL to fetch, text, or an uploaded file',
          security: [{ bearer: [] }],
          requestBody: {
            required: true,
            content: {
              'application/json': { schema: z.toJSONSchema(DocumentUpload, { io: 'input' }) },
              'multipart/form-data': { schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' }, published: { type: 'string' }, outlet: { type: 'string' }, url: { type: 'string' } } } },
            },
          },
          responses: {
            '201': jsonResponse('added to the case'),
            '200': jsonResponse('already in the case (same content): nothing changed'),
            ...ERRORS,
            '401': { $ref: '#/components/responses/Unauthorized' },
            '413': { $ref: '#/components/responses/Error' },
            '415': { $ref: '#/components/responses/Error' },
            '422': { $ref: '#/components/responses/Error' },
          },
        },
      },
      '/api/documents/{id}': withPathId(get('One document: its text, its claims, and near-duplicates', null, notFound), 'document'),
      '/api/documents/{id}/sentences/{n}/parse': sentenceParsePath(get('The dependency parse of one sentence of a document (0-based): tokens with UPOS, 1-based head (0 = root) and relation, and the same as CoNLL-U', null, notFound)),
      '/api/entities': get('Entities, most-claimed first', EntitiesQuery),
      '/api/entities/{id}': withPathId(get('One entity with its assertions (strongest first) and contradictions', EntityQuery, notFound), 'entity'),
      '/api/claims': get('Claim mentions, one per statement in one document', ClaimsQuery),
      '/api/assertions': get('Assertions: claims gathered across documents, graded by independent origins', AssertionsQuery),
      '/api/graph': get('The network: entities and the links between them, with support, hedging and contest', GraphQuery),
      '/api/timeline': get('Dated claims and events, oldest first', TimelineQuery),
      '/api/contradictions': get('Assertions that cannot all hold', ContradictionsQuery),
      '/api/search': get('Entities and documents matching a text', SearchQuery),
      '/api/export': get('The case in an export format', ExportQuery),
    },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: {
        Error: { type: 'object', required: ['error'], properties: { error: { type: 'object', required: ['code', 'message'], properties: { code: { type: 'string' }, message: { type: 'string' }, field: { type: 'string' } } } } },
      },
      responses: {
        Error: { description: 'the reason, as JSON', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
        BadRequest: { description: 'invalid input; `field` names the parameter', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
        NotFound: { description: 'no such id in this case', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
        Unauthorized: { description: 'a token is set and the request did not carry it', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
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
