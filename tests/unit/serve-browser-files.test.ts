import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserSetupFor, createBrowserFilesHandler, readSavedQueries, renderBrowserGuide } from '../../src/http/serve-browser-files.ts';

describe('browserSetupFor', () => {
  it('has Neo4j Browser apply the style and play the guide served where the user reaches the service', () => {
    expect(browserSetupFor({ host: '127.0.0.1', port: 4000 })).toEqual({
      postConnectCmd: 'style http://127.0.0.1:4000/browser/style.grass; play http://127.0.0.1:4000/browser/guide.html',
      allowlist: '127.0.0.1',
    });
    // In a container the service listens everywhere; the browser on the host reaches it through loopback.
    expect(browserSetupFor({ host: '0.0.0.0', port: 8080 })?.postConnectCmd).toBe(
      'style http://127.0.0.1:8080/browser/style.grass; play http://127.0.0.1:8080/browser/guide.html',
    );
    expect(browserSetupFor({ host: 'localhost', port: 4000 })?.allowlist).toBe('localhost');
    // A free port is chosen only after Neo4j has started: nothing to point Browser at.
    expect(browserSetupFor({ host: '127.0.0.1', port: 0 })).toBeUndefined();
  });
});

describe('the Neo4j Browser guide', () => {
  it('lists the four saved queries and holds each as a runnable block, escaped', async () => {
    const queries = await readSavedQueries();
    expect(queries.map((query) => query.title)).toEqual([
      'Officials and the themes they discussed',
      'Provinces and the policies they implement',
      'Statistics by region',
      "The whole report's graph, without SOURCE edges",
    ]);
    const guide = renderBrowserGuide(queries);
    expect(guide.match(/<slide /g)).toHaveLength(5);
    expect(guide.match(/<pre class="pre-scrollable code runnable">/g)).toHaveLength(4);
    expect(guide).toContain('MATCH path = (:Organization)&lt;-[:SPEAKS_FOR]-(:Person)-[:SAID]-&gt;(:Statement)-[:ABOUT]-&gt;(:Theme)');
    expect(guide).toContain('<li>The whole report&#39;s graph, without SOURCE edges</li>');
    expect(guide).not.toContain('// ');
  });
});

describe('serving the style and the guide to Neo4j Browser', () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    const handler = await createBrowserFilesHandler();
    server = createServer((request, response) => {
      void handler(request, response, new URL(request.url ?? '/', 'http://localhost').pathname).then((served) => {
        if (!served) response.writeHead(404).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('serves cypher/browser/style.grass as it is, readable from Browser’s origin', async () => {
    const response = await fetch(`${base}/browser/style.grass`, { headers: { origin: 'http://127.0.0.1:7474' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(await response.text()).toBe(await readFile(new URL('../../cypher/browser/style.grass', import.meta.url), 'utf8'));
  });

  it('answers the preflight Browser sends for its no-cache headers', async () => {
    const response = await fetch(`${base}/browser/guide.html`, {
      method: 'OPTIONS',
      headers: { origin: 'http://127.0.0.1:7474', 'access-control-request-method': 'GET', 'access-control-request-headers': 'pragma,cache-control' },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-headers')).toBe('pragma, cache-control');
    const guide = await fetch(`${base}/browser/guide.html`);
    expect(guide.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await guide.text()).toContain('<article class="guide">');
  });

  it('serves nothing else under /browser/', async () => {
    expect((await fetch(`${base}/browser/../cypher/schema.cypher`)).status).toBe(404);
    expect((await fetch(`${base}/browser/officials-and-themes.cypher`)).status).toBe(404);
    expect((await fetch(`${base}/browser/style.grass`, { method: 'POST' })).status).toBe(404);
  });
});
