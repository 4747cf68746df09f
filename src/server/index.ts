export { createApi, DEFAULT_MAX_UPLOAD_BYTES, type Api, type ApiOptions } from './create-api.js';
export { startServer, DEFAULT_SERVER_OPTIONS, type ServerOptions, type RunningServer } from './start-server.js';
export { errorResponse, statusOf, type ErrorBody } from './errors.js';
export { buildOpenApiDocument } from './openapi.js';
export type * from './api-types.js';
export type { GraphDto, GraphEdgeDto, GraphNodeDto } from './graph-response.js';
export type { AssertionInContext, MentionInContext } from './evidence-context.js';
export type { Assertion, AssertionMention, Contradiction, TimelineItem, DuplicateLink, NetworkNode, GradeLabel } from '../analysis/index.js';
export { analyseAndStore, type AnalysisOutcome } from './analyse-and-store.js';
