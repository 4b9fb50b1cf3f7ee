import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Logger } from '../logging/create-logger.ts';
import type { ServiceMetrics } from '../metrics/create-service-metrics.ts';
import type { RequestContext } from './context.ts';
import { isUnexpectedError } from './format-error.ts';

/**
 * Logs one line per GraphQL request (operation, duration, database round trips and queries, error codes) with
 * the request's own logger, so the line carries its request id; logs unexpected errors in full the same way;
 * and counts the request in the metrics by operation, with its latency and error codes.
 */
export function createRequestLogPlugin(logger: Logger, metrics?: ServiceMetrics): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) {
            if (isUnexpectedError(error)) (contextValue.logger ?? logger).error({ err: unwrapResolverError(error) }, 'unexpected error');
          }
        },
        async willSendResponse({ operationName, request, response, contextValue, metrics: apolloMetrics }) {
          const body = response.body.kind === 'single' ? response.body.singleResult : undefined;
          const codes = [...new Set((body?.errors ?? []).map((error) => String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR')))];
          // The name parsed from the document, or the one the client sent when parsing failed.
          const operation = operationName ?? request.operationName ?? null;
          const seconds = (performance.now() - started) / 1000;
          metrics?.observeGraphQL(operation, seconds, codes);
          (contextValue.logger ?? logger).info(
            {
              operation,
              durationMs: Math.round(seconds * 10_000) / 10,
              roundTrips: contextValue.metrics.roundTrips,
              queries: contextValue.metrics.queries,
              status: response.http.status ?? 200,
              errorCodes: codes,
              // A cached answer ran no executor.
              ...(apolloMetrics.responseCacheHit ? { responseCache: 'hit' } : { executor: contextValue.executor ?? 'graphql-js' }),
            },
            'graphql request',
          );
        },
      };
    },
  };
}
