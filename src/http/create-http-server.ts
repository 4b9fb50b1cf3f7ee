import { randomUUID } from 'node:crypto';
import { setMaxListeners } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { type ApolloServer, HeaderMap } from '@apollo/server';
import onHeaders from 'on-headers';
import { pinoHttp } from 'pino-http';
import { ErrorCode } from '../errors/error-codes.ts';
import type { RequestContext, RequestContextOptions } from '../graphql/context.ts';
import type { Logger } from '../logging/create-logger.ts';
import type { HttpRoute, ServiceMetrics } from '../metrics/create-service-metrics.ts';
import type { AdminHandler } from './create-admin-handler.ts';
import { readBody, type StaticHandler, sendErrors, sendJson } from './http-responses.ts';
import { isPagePath } from './serve-pages.ts';

/** The largest request body /graphql accepts. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** What /ready reports: whether the service can answer, and why not. */
export type Readiness = { ready: true } | { ready: false; reason: string };

/** The Prometheus text of /metrics: this process's registry, or every worker's through the primary. */
export type MetricsSource = () => Promise<{ contentType: string; text: string }>;

// A client's request id is echoed and logged, so it must be short and plain; anything else gets a fresh UUID.
const REQUEST_ID = /^[\w.:@=+/-]{1,128}$/;

/** What the HTTP layer needs from the rest of the service. */
export interface HttpServerOptions {
  /** The GraphQL server, set on this object once it exists: Apollo's drain plugin needs the HTTP server first. */
  apollo?: ApolloServer<RequestContext>;
  createContext: (options: RequestContextOptions) => RequestContext;
  /** Whether GraphQL may be served yet (false until the database is connected and the schema applied). */
  isStarted: () => boolean;
  checkReadiness: () => Promise<Readiness>;
  corsOrigins: readonly string[];
  logger: Logger;
  serveStatic?: StaticHandler;
  /** The admin write path; absent when no ADMIN_TOKEN is configured. */
  admin?: AdminHandler;
  /** Serves cypher/browser's style and guide to Neo4j Browser under /browser/. */
  browserFiles?: StaticHandler;
  metrics?: ServiceMetrics;
  /** What GET /metrics answers; absent means no /metrics. */
  metricsText?: MetricsSource;
}

/**
 * The service's HTTP entry point: /graphql (through Apollo), /health, /ready and the pages. It enforces
 * the body limit while reading, answers CORS only for configured origins, and turns malformed requests
 * into GraphQL-shaped errors rather than stack traces.
 */
export function createHttpServer(options: HttpServerOptions): Server {
  const logRequest = pinoHttp({
    logger: options.logger,
    genReqId(request, response) {
      const offered = request.headers['x-request-id'];
      const id = typeof offered === 'string' && REQUEST_ID.test(offered) ? offered : randomUUID();
      response.setHeader('X-Request-Id', id);
      return id;
    },
    // request.log carries only the id, so the GraphQL and admin lines of a request stay short.
    quietReqLogger: true,
    customAttributeKeys: { reqId: 'requestId' },
    serializers: {
      req: (request: { method?: string; url?: string }) => ({ method: request.method, url: request.url?.slice(0, 512) }),
      res: (response: { statusCode?: number }) => ({ statusCode: response.statusCode }),
    },
    customLogLevel: (_request, response, error) => (error || response.statusCode >= 500 ? 'error' : 'info'),
  });
  const server = createServer((request, response) => {
    const started = performance.now();
    logRequest(request, response);
    // At trace level, each request's arrival too: what was in flight when a stop came shows in the log.
    request.log.trace({ method: request.method, url: request.url?.slice(0, 512) }, 'request received');
    // Aborted when the client goes away before its answer is complete: its queries are cancelled.
    const cancel = new AbortController();
    // Every query of the request listens on it (bounded by the query limits); Node warns past 10 by default.
    setMaxListeners(1000, cancel.signal);
    const route = routeOf(request.url);
    // Counted as its headers are written, before the first byte of the answer leaves: a client that has read the
    // answer and asks /metrics next always finds it counted. ('finish' can come after the client has read it all,
    // when a piped file's last chunk is on the wire before end() is called.) A request whose connection closes before
    // any answer is counted then. Its duration is observed when the answer is complete.
    let counted = false;
    const count = () => {
      if (counted) return;
      counted = true;
      options.metrics?.countHttp(route, request.method ?? 'GET', response.statusCode);
    };
    let timed = false;
    const time = () => {
      if (timed) return;
      timed = true;
      options.metrics?.observeHttpDuration(route, (performance.now() - started) / 1000);
    };
    onHeaders(response, count);
    response.once('finish', time);
    response.once('close', () => {
      if (!response.writableFinished) cancel.abort();
      count();
      time();
    });
    handle(options, request, response, route, cancel.signal).catch((error: unknown) => {
      request.log.error({ err: error }, 'unhandled HTTP error');
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

/** The route a request's path names, parsed as `handle` parses it; an unparsable path is `other`. */
export function routeOf(url: string | undefined): HttpRoute {
  let pathname: string;
  try {
    pathname = new URL(url ?? '/', 'http://localhost').pathname;
  } catch {
    return 'other';
  }
  if (pathname === '/graphql') return 'graphql';
  if (pathname === '/health' || pathname === '/ready' || pathname === '/metrics') return pathname.slice(1) as HttpRoute;
  if (pathname.startsWith('/admin/')) return 'admin';
  if (pathname.startsWith('/browser/')) return 'browser-files';
  if (isPagePath(pathname)) return 'pages';
  return 'other';
}

async function handle(options: HttpServerOptions, request: IncomingMessage, response: ServerResponse, route: HttpRoute, signal: AbortSignal) {
  const url = new URL(request.url ?? '/', 'http://localhost');
  setCommonHeaders(response);
  if (route === 'graphql') return handleGraphQL(options, request, response, url, signal);
  if (route === 'health') return sendJson(response, 200, { status: 'ok' });
  if (route === 'metrics' && options.metricsText) {
    const { contentType, text } = await options.metricsText();
    response.writeHead(200, { 'Content-Type': contentType, 'Cache-Control': 'no-store' });
    response.end(text);
    return;
  }
  if (route === 'ready') {
    const readiness = await options.checkReadiness();
    return readiness.ready
      ? sendJson(response, 200, { status: 'ready' })
      : sendJson(response, 503, { status: 'unavailable', reason: readiness.reason });
  }
  if (route === 'admin' && options.admin && (await options.admin(request, response, url.pathname))) return;
  if (route === 'browser-files' && options.browserFiles && (await options.browserFiles(request, response, url.pathname))) return;
  if ((request.method === 'GET' || request.method === 'HEAD') && options.serveStatic && (await options.serveStatic(request, response, url.pathname)))
    return;
  sendErrors(response, 404, ErrorCode.NOT_FOUND, `Nothing at ${url.pathname}; GraphQL is at /graphql`);
}

async function handleGraphQL(options: HttpServerOptions, request: IncomingMessage, response: ServerResponse, url: URL, signal: AbortSignal) {
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
  const apollo = options.apollo;
  if (!apollo || !options.isStarted()) {
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
  const result = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: (request.method ?? 'GET').toUpperCase(), headers, search: url.search, body: parsedBody },
    context: async () => options.createContext({ signal, logger: request.log }),
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
