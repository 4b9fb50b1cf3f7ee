import type { GraphGateway, RequestMetrics, RequestScope } from '../db/graph-gateway.ts';
import type { Logger } from '../logging/create-logger.ts';

/** What every resolver of one request gets: the gateway, the request's scope and metrics, and its one answer. */
export interface RequestContext {
  gateway: GraphGateway;
  metrics: RequestMetrics;
  /** Lent to every query of the request: its metrics, its cancellation, and the bookmarks its reads must see. */
  scope: RequestScope;
  /** The request's logger, carrying its request id; absent when an operation is executed in-process. */
  logger?: Logger;
  /** The answer of the request's one statement, once its first root field asked for it (compile/answer-request.ts). */
  answer?: Promise<RequestAnswer>;
  /** The errors of nested fields whose arguments were refused, once the answer is there. */
  answerErrors?: readonly Error[];
  /** Set when graphql-jit built the response (jit-execution-plugin.ts); graphql-js built it otherwise. */
  executor?: 'graphql-jit';
}

/** What one request's statement answered: each root field's value, and the errors of refused nested arguments. */
export interface RequestAnswer {
  /** The value of a root field by its response key; throws the error its arguments raised. */
  rootValue(key: string): unknown;
  errors: readonly Error[];
}

/** What the HTTP layer knows of a request when it creates its context. */
export interface RequestContextOptions {
  /** Aborted when the client goes away, which cancels the request's queries. */
  signal?: AbortSignal;
  logger?: Logger;
}

/** Creates a fresh context per request, so no answer outlives its request. */
export function createRequestContext(gateway: GraphGateway, options: RequestContextOptions = {}): RequestContext {
  const metrics: RequestMetrics = { roundTrips: 0, queries: 0 };
  const scope: RequestScope = { metrics, signal: options.signal };
  return { gateway, metrics, scope, logger: options.logger };
}
