import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { type ApolloServer, HeaderMap } from '@apollo/server';
import { ErrorCode } from '../errors/error-codes.ts';
import type { RequestContext } from '../graphql/context.ts';
import type { Logger } from '../logging/create-logger.ts';
import type { AdminHandler } from './create-admin-handler.ts';
import { readBody, sendErrors, sendJson } from './http-responses.ts';

/** The largest request body /graphql accepts. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** What /ready reports: whether the service can answer, and why not. */
export type Readiness = { ready: true } | { ready: false; reason: string };

/** Serves a static page or asset when the path names one; returns false otherwise. */
export type StaticHandler = (request: IncomingMessage, response: ServerResponse, pathname: string) => Promise<boolean>;

/** What the HTTP layer needs from the rest of the service. */
export interface HttpServerOptions {
  apollo: ApolloServer<RequestContext>;
  createContext: () => RequestContext;
  /** Whether GraphQL may be served yet (false until the database is connected and the schema applied). */
  isStarted: () => boolean;
  checkReadiness: () => Promise<Readiness>;
  corsOrigins: readonly string[];
  logger: Logger;
  serveStatic?: StaticHandler;
  /** The admin write path; absent when no ADMIN_TOKEN is configured. */
  admin?: AdminHandler;
}

/**
 * The service's HTTP entry point: /graphql (through Apollo), /health, /ready and the pages. It enforces
 * the body limit while reading, answers CORS only for configured origins, and turns malformed requests
 * into GraphQL-shaped errors rather than stack traces.
 */
export function createHttpServer(options: HttpServerOptions): Server {
  const server = createServer((request, response) => {
    handle(options, request, response).catch((error: unknown) => {
      options.logger.error({ err: error }, 'unhandled HTTP error');
      if (!response.headersSent) sendErrors(response, 500, ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error');
      else response.destroy();
    });
  });
  // Slow or idle clients cannot hold sockets for long.
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;
  server.keepAliveTimeout = 5_000;
  return server;
}

async function handle(options: HttpServerOptions, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://localhost');
  setCommonHeaders(response);
  if (url.pathname === '/graphql') return handleGraphQL(options, request, response, url);
  if (url.pathname === '/health') return sendJson(response, 200, { status: 'ok' });
  if (url.pathname === '/ready') {
    const readiness = await options.checkReadiness();
    return readiness.ready
      ? sendJson(response, 200, { status: 'ready' })
      : sendJson(response, 503, { status: 'unavailable', reason: readiness.reason });
  }
  if (url.pathname.startsWith('/admin/') && options.admin && (await options.admin(request, response, url.pathname))) return;
  if ((request.method === 'GET' || request.method === 'HEAD') && options.serveStatic && (await options.serveStatic(request, response, url.pathname)))
    return;
  sendErrors(response, 404, ErrorCode.NOT_FOUND, `Nothing at ${url.pathname}; GraphQL is at /graphql`);
}

async function handleGraphQL(options: HttpServerOptions, request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
  const origin = request.headers.origin;
  if (origin !== undefined && options.corsOrigins.includes(origin)) {
    response.setHeader('Access-Control-Allow-Origin', origin);
    response.setHeader('Vary', 'Origin');
  }
  if (request.method === 'OPTIONS') {
    if (origin !== undefined && options.corsOrigins.includes(origin)) {
      response.setHeader('Access-Control-Allow-Methods', 'GET, POST');
      response.setHeader('Access-Control-Allow-Headers', 'content-type, apollo-require-preflight, x-apollo-operation-name');
      response.setHeader('Access-Control-Max-Age', '600');
    }
    response.writeHead(204).end();
    return;
  }
  if (!options.isStarted()) {
    return sendErrors(response, 503, ErrorCode.SERVICE_UNAVAILABLE, 'The service is starting: the graph database is not connected yet.');
  }

  const body = await readBody(request, MAX_BODY_BYTES);
  if (body === 'too-large') {
    response.setHeader('Connection', 'close');
    return sendErrors(response, 413, ErrorCode.PAYLOAD_TOO_LARGE, `The request body must be at most ${MAX_BODY_BYTES} bytes (1 MB)`);
  }
  let parsedBody: unknown;
  const contentType = request.headers['content-type'] ?? '';
  if (body.length > 0 && /^application\/(?:graphql-response\+)?json\b/i.test(contentType)) {
    try {
      parsedBody = JSON.parse(body.toString('utf8'));
    } catch (error) {
      return sendErrors(response, 400, ErrorCode.BAD_REQUEST, `Malformed JSON body: ${(error as Error).message}`);
    }
  } else {
    parsedBody = body.toString('utf8');
  }

  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  const result = await options.apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: (request.method ?? 'GET').toUpperCase(), headers, search: url.search, body: parsedBody },
    context: async () => options.createContext(),
  });
  for (const [key, value] of result.headers) response.setHeader(key, value);
  response.statusCode = result.status ?? 200;
  if (result.body.kind === 'complete') {
    response.end(result.body.string);
    return;
  }
  for await (const chunk of result.body.asyncIterator) response.write(chunk);
  response.end();
}

function setCommonHeaders(response: ServerResponse): void {
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.setHeader('Referrer-Policy', 'no-referrer');
}
