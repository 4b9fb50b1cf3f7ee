import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../config/load-config.ts';
import { CYPHER_DIR } from '../db/cypher-catalog.ts';
import type { BrowserSetup } from '../neo4j-local/start-local-neo4j.ts';
import type { StaticHandler } from './http-responses.ts';

/** The folder of Neo4j Browser's style and saved queries. */
export const BROWSER_FILES_DIR = path.join(CYPHER_DIR, 'browser');

/** Where the service serves them, for `browser.post_connect_cmd` (see browserSetupFor). */
export const BROWSER_STYLE_PATH = '/browser/style.grass';
export const BROWSER_GUIDE_PATH = '/browser/guide.html';

/**
 * What Neo4j Browser runs once connected to the local Neo4j: this service's style for the graph and its guide of
 * saved queries, fetched from where the user's browser reaches the service. Unknown when PORT is 0 (a free port,
 * chosen only after Neo4j has started).
 */
export function browserSetupFor(config: Pick<Config, 'host' | 'port'>): BrowserSetup | undefined {
  if (config.port === 0) return undefined;
  // A wildcard address is reached through loopback; an IPv6 literal goes in brackets in a URL.
  const host = ['0.0.0.0', '::', '[::]'].includes(config.host) ? '127.0.0.1' : config.host;
  const base = `http://${host.includes(':') ? `[${host}]` : host}:${config.port}`;
  return { postConnectCmd: `style ${base}${BROWSER_STYLE_PATH}; play ${base}${BROWSER_GUIDE_PATH}`, allowlist: host };
}

/** One saved query of cypher/browser: its title (first comment line), what it shows (the other comments), the Cypher. */
export interface SavedQuery {
  file: string;
  title: string;
  description: string;
  cypher: string;
}

/** Reads the saved queries of cypher/browser, in file-name order. */
export async function readSavedQueries(folder: string = BROWSER_FILES_DIR): Promise<SavedQuery[]> {
  const files = (await readdir(folder)).filter((file) => file.endsWith('.cypher')).sort();
  return Promise.all(
    files.map(async (file) => {
      const lines = (await readFile(path.join(folder, file), 'utf8')).trimEnd().split('\n');
      const comments = lines.filter((line) => line.startsWith('//')).map((line) => line.replace(/^\/\/\s?/, ''));
      return {
        file,
        title: comments[0] ?? file,
        description: comments.slice(1).join(' '),
        cypher: lines.filter((line) => !line.startsWith('//')).join('\n'),
      };
    }),
  );
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);

/**
 * Renders a Neo4j Browser guide (`:play <url>`): a first slide listing the saved queries, then one slide per
 * query whose Cypher is a runnable block (a click puts it in Browser's editor). Browser reads `<slide>`
 * elements; the classes are those of its HTML guides.
 */
export function renderBrowserGuide(queries: SavedQuery[]): string {
  const slide = (body: string) => `<slide class="row-fluid">\n<div class="col-sm-12">\n${body}\n</div>\n</slide>`;
  const overview = slide(
    [
      '<h3>ecokg: saved queries</h3>',
      '<p class="lead">The graph of the China Environment News report on the 2020 National Ecological Environment Protection Work Conference, and every report loaded since. Each slide holds one query: click it, then run it.</p>',
      `<ol>\n${queries.map((query) => `<li>${escapeHtml(query.title)}</li>`).join('\n')}\n</ol>`,
    ].join('\n'),
  );
  const slides = queries.map((query) =>
    slide(
      [
        `<h3>${escapeHtml(query.title)}</h3>`,
        `<p>${escapeHtml(query.description)}</p>`,
        `<pre class="pre-scrollable code runnable">${escapeHtml(query.cypher)}</pre>`,
      ].join('\n'),
    ),
  );
  return `<article class="guide">\n<carousel class="deck container-fluid">\n${[overview, ...slides].join('\n')}\n</carousel>\n</article>\n`;
}

/**
 * Serves Neo4j Browser what `browser.post_connect_cmd` asks for: the style (cypher/browser/style.grass) and the
 * guide of the saved queries. Browser fetches them from its own origin (the Neo4j HTTP port) with `pragma` and
 * `cache-control` headers, so both are public to every origin (they are read-only and hold no data) and the
 * preflight is answered.
 */
export async function createBrowserFilesHandler(folder: string = BROWSER_FILES_DIR): Promise<StaticHandler> {
  const files: Record<string, { body: string; type: string }> = {
    [BROWSER_STYLE_PATH]: { body: await readFile(path.join(folder, 'style.grass'), 'utf8'), type: 'text/plain; charset=utf-8' },
    [BROWSER_GUIDE_PATH]: { body: renderBrowserGuide(await readSavedQueries(folder)), type: 'text/html; charset=utf-8' },
  };
  return async (request, response, pathname) => {
    const file = files[pathname];
    if (!file) return false;
    response.setHeader('Access-Control-Allow-Origin', '*');
    if (request.method === 'OPTIONS') {
      response.writeHead(204, {
        'Access-Control-Allow-Methods': 'GET, HEAD',
        'Access-Control-Allow-Headers': 'pragma, cache-control',
        'Access-Control-Max-Age': '600',
      });
      response.end();
      return true;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') return false;
    response.writeHead(200, { 'Content-Type': file.type, 'Content-Length': String(Buffer.byteLength(file.body)), 'Cache-Control': 'no-cache' });
    response.end(request.method === 'HEAD' ? undefined : file.body);
    return true;
  };
}
