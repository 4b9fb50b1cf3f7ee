import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import type { StaticHandler } from './http-responses.ts';

// Where `npm run build` (Vite) writes the playground and the explorer.
const WEB_BUILD_DIR = fileURLToPath(new URL('../../dist/web/', import.meta.url));

/** What the pages handler serves, and from where. */
export interface PagesOptions {
  /** The folder Vite built the pages into. @default this checkout's dist/web */
  root?: string;
  /** Serve the GraphQL playground at / and /playground; when false, / says where GraphQL is instead. */
  playground: boolean;
}

/**
 * Builds a page's Content-Security-Policy: nothing may come from another origin, and only the style
 * sources given (none when empty) may be inline. Fonts and images may be data: URLs (the editor's codicon font is one).
 */
function contentSecurityPolicy(styleSources: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    `style-src 'self'${styleSources ? ` ${styleSources}` : ''}`,
    "font-src 'self' data:",
    "img-src 'self' data:",
    "worker-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

// GraphiQL's React components and its editor, Monaco, set inline styles and add <style> elements at run
// time, so the playground needs 'unsafe-inline' for styles (never for scripts).
const PLAYGROUND_POLICY = contentSecurityPolicy("'unsafe-inline'");
// Cytoscape.js adds one fixed <style> element (".__________cytoscape_container { position: relative; }");
// its hash admits that one. The explorer puts the API's text on the page, so it gets no 'unsafe-inline'.
const EXPLORER_POLICY = contentSecurityPolicy("'sha256-pgvDUBa4IjFA2yuSJ2cqcyxmNYJMborsd0ORcRv9vw8='");

// The review page sets no style inline at all: its colours go through the CSSOM, which the policy allows.
const REVIEW_POLICY = contentSecurityPolicy('');

const PLAYGROUND_PAGE = { file: 'playground/index.html', policy: PLAYGROUND_POLICY, playground: true };
const EXPLORER_PAGE = { file: 'explore/index.html', policy: EXPLORER_POLICY, playground: false };
const REVIEW_PAGE = { file: 'review/index.html', policy: REVIEW_POLICY, playground: false };
// Every path a page is served at: the one list the server's routes (and so /metrics) read too.
const PAGES: Readonly<Record<string, typeof PLAYGROUND_PAGE>> = {
  '/': PLAYGROUND_PAGE,
  '/playground': PLAYGROUND_PAGE,
  '/playground/': PLAYGROUND_PAGE,
  '/explore': EXPLORER_PAGE,
  '/explore/': EXPLORER_PAGE,
  '/review': REVIEW_PAGE,
  '/review/': REVIEW_PAGE,
};

// Vite names every asset after a hash of its content and puts them all in one flat folder, so a name is
// one path segment that does not start with a dot; anything else (.., ../x, %2e%2e, x.js.gz) is not one.
const ASSET_PATH = /^\/assets\/([\w-][\w.-]*)$/;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

const GRAPHQL_NOTICE =
  'ecokg: GraphQL is served at /graphql (POST with content-type: application/json).\n' +
  'The playground is off in production; set PLAYGROUND=true to serve it here.\n' +
  'The graph explorer is at /explore.\n';

/** The built page files (under dist/web/) this handler serves, one per page. */
export const PAGE_FILES: readonly string[] = [...new Set(Object.values(PAGES).map((page) => page.file))];

/** Whether `pathname` is one of the pages or their assets: the `pages` route of the service's metrics. */
export function isPagePath(pathname: string): boolean {
  return Object.hasOwn(PAGES, pathname) || ASSET_PATH.test(pathname);
}

/**
 * Serves the built pages: the playground at / and /playground (when enabled), the explorer at /explore,
 * the review page at /review, and their hashed assets under /assets/, with content types, cache headers, a gzip copy when the build
 * made one and the client accepts it, and HEAD. Anything else is left to the server's 404.
 */
export function createPagesHandler(options: PagesOptions): StaticHandler {
  const root = options.root ?? WEB_BUILD_DIR;
  return async (request, response, pathname) => {
    const page = PAGES[pathname];
    if (page?.playground && !options.playground) {
      if (pathname !== '/') return false;
      response.writeHead(200, {
        'Content-Type': 'text/plain; charset=utf-8',
        'Content-Length': String(Buffer.byteLength(GRAPHQL_NOTICE)),
        'Cache-Control': 'no-cache',
      });
      response.end(request.method === 'HEAD' ? undefined : GRAPHQL_NOTICE);
      return true;
    }
    if (page) {
      return sendFile(request, response, path.join(root, page.file), {
        'Cache-Control': 'no-cache',
        'Content-Security-Policy': page.policy,
      });
    }
    const asset = ASSET_PATH.exec(pathname)?.[1];
    if (asset === undefined || asset.endsWith('.gz')) return false;
    return sendFile(request, response, path.join(root, 'assets', asset), { 'Cache-Control': 'public, max-age=31536000, immutable' });
  };
}

async function sendFile(request: IncomingMessage, response: ServerResponse, file: string, headers: Record<string, string>): Promise<boolean> {
  const contentType = CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream';
  const gzipped = acceptsGzip(request.headers['accept-encoding']) ? await sizeOf(`${file}.gz`) : undefined;
  const size = gzipped ?? (await sizeOf(file));
  if (size === undefined) return false;
  const encoding: Record<string, string> = gzipped === undefined ? {} : { 'Content-Encoding': 'gzip' };
  response.writeHead(200, { ...headers, ...encoding, 'Content-Type': contentType, 'Content-Length': String(size), Vary: 'Accept-Encoding' });
  if (request.method === 'HEAD') response.end();
  // A client that leaves mid-download is no error of the service's; the stream just ends.
  else await pipeline(createReadStream(gzipped === undefined ? file : `${file}.gz`), response).catch(() => response.destroy());
  return true;
}

async function sizeOf(file: string): Promise<number | undefined> {
  try {
    const stats = await stat(file);
    return stats.isFile() ? stats.size : undefined;
  } catch {
    return undefined;
  }
}

// Browsers name gzip outright ("gzip, deflate, br"); a q=0 refuses it.
function acceptsGzip(header: string | undefined): boolean {
  return (header ?? '').split(',').some((part) => {
    const [coding, ...params] = part.split(';').map((piece) => piece.trim().toLowerCase());
    return coding === 'gzip' && !params.some((param) => /^q=0(?:\.0*)?$/.test(param));
  });
}
