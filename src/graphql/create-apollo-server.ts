import type { Server } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { type GraphQLSchema, Kind } from 'graphql';
import type { GraphGateway } from '../db/graph-gateway.ts';
import type { Logger } from '../logging/create-logger.ts';
import type { ServiceMetrics } from '../metrics/create-service-metrics.ts';
import { readAnswerField } from './compile/answer-request.ts';
import type { RequestContext } from './context.ts';
import { createErrorFormatter } from './format-error.ts';
import { createJitExecutionPlugin } from './jit-execution-plugin.ts';
import { acceptLegacyEntityKindLabels, createLegacyKindsPlugin } from './legacy-entity-kinds.ts';
import { noStorePlugin } from './no-store-plugin.ts';
import { createQueryLimitsPlugin, DEFAULT_QUERY_LIMITS, type QueryLimits } from './query-limits.ts';
import { ReadOnlyOperationsRule } from './read-only-operations-rule.ts';
import { createRequestLogPlugin } from './request-log-plugin.ts';
import { createResolvers } from './resolvers/create-resolvers.ts';
import { createResponseCachePlugins, RESPONSE_CACHE_MAX_AGE_SECONDS } from './response-cache-plugin.ts';
import { typeDefs } from './type-defs.ts';

export { typeDefs };

// The values of each enum of the contract, for error messages that say what is allowed.
const ENUM_VALUES = new Map(
  typeDefs.definitions.flatMap((definition) =>
    definition.kind === Kind.ENUM_TYPE_DEFINITION
      ? [[definition.name.value, (definition.values ?? []).map((value) => value.name.value)] as const]
      : [],
  ),
);
const enumValuesOf = (enumName: string) => ENUM_VALUES.get(enumName);

/** How the GraphQL server behaves. */
export interface ApolloOptions {
  logger: Logger;
  production: boolean;
  introspection: boolean;
  limits?: QueryLimits;
  metrics?: ServiceMetrics;
  /** The HTTP server to drain on stop: it stops accepting, lets requests in flight finish, then closes their connections. */
  drain?: { httpServer: Server; gracePeriodMs: number };
  /** Keep whole responses until the graph changes; absent means no response cache. */
  responseCache?: { gateway: GraphGateway; maxBytes: number };
}

/** The schema with its resolvers, as the server executes it. */
export function createExecutableSchema(): GraphQLSchema {
  // Every field reads the answer of the request's one statement by its response key (compile/answer-request.ts): set
  // on each field, not as Apollo's fieldResolver, so that graphql-jit (which reads a field without one by its name) does too.
  return acceptLegacyEntityKindLabels(makeExecutableSchema({ typeDefs, resolvers: createResolvers(), defaultFieldResolver: readAnswerField }));
}

/**
 * Creates the Apollo Server over the schema: limits checked before execution, errors shaped into public
 * codes, one log line per request, CSRF prevention on, and no landing page (ecokg serves its own pages,
 * because Apollo's loads from a CDN).
 */
export function createApolloServer(options: ApolloOptions): ApolloServer<RequestContext> {
  const schema = createExecutableSchema();
  return new ApolloServer<RequestContext>({
    schema,
    introspection: options.introspection,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    // The service stops on SIGINT and SIGTERM itself, once (src/service/handle-stop-signals.ts). Apollo's own handlers
    // (on outside NODE_ENV=test) would stop it too and then send the signal again, which read as a second Ctrl-C.
    stopOnTerminationSignals: false,
    validationRules: [ReadOnlyOperationsRule],
    // Bounds the work validation itself can do on a hostile document (deep fragment spreads, huge queries).
    maxRecursiveSelections: true,
    parseOptions: { maxTokens: 20_000 },
    formatError: createErrorFormatter({ production: options.production, enumValues: enumValuesOf }),
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ...(options.drain
        ? [ApolloServerPluginDrainHttpServer({ httpServer: options.drain.httpServer, stopGracePeriodMillis: options.drain.gracePeriodMs })]
        : []),
      createQueryLimitsPlugin(options.limits ?? DEFAULT_QUERY_LIMITS),
      // Without the response cache nothing reads cache hints: Apollo's default cache-control plugin would still wrap every
      // field's resolver and run a hook per field of every answer, so it is off and noStorePlugin sets its header.
      ...(options.responseCache
        ? createResponseCachePlugins({ ...options.responseCache, metrics: options.metrics })
        : [ApolloServerPluginCacheControlDisabled(), noStorePlugin]),
      createLegacyKindsPlugin(schema, options.logger),
      createRequestLogPlugin(options.logger, options.metrics),
      // Last: a cached answer (the response cache's own responseForOperation) is taken before any execution.
      createJitExecutionPlugin(schema, options.responseCache ? { cacheMaxAgeSeconds: RESPONSE_CACHE_MAX_AGE_SECONDS } : {}),
    ],
  });
}
