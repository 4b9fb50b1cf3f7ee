import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from '../logging/create-logger.ts';
import type { RequestContext } from './context.ts';

/** Logs one line per GraphQL request: operation, duration, database round trips and queries, and error codes. */
export function createRequestLogPlugin(logger: Logger): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async willSendResponse({ operationName, request, response, contextValue }) {
          const body = response.body.kind === 'single' ? response.body.singleResult : undefined;
          const codes = (body?.errors ?? []).map((error) => String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
          logger.info(
            {
              // The name parsed from the document, or the one the client sent when parsing failed.
              operation: operationName ?? request.operationName ?? null,
              durationMs: Math.round((performance.now() - started) * 10) / 10,
              roundTrips: contextValue.metrics.roundTrips,
              queries: contextValue.metrics.queries,
              status: response.http.status ?? 200,
              errorCodes: [...new Set(codes)],
            },
            'graphql request',
          );
        },
      };
    },
  };
}
