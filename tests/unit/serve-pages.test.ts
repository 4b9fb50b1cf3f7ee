import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPagesHandler } from '../../src/http/serve-pages.ts';

// A built site in miniature, beside a file that must never be served.
let outside: string;
const servers: Server[] = [];
const script = 'console.log("explorer");'.repeat(20);

beforeAll(async () => {
  outside = await mkdtemp(path.join(tmpdir(), 'ecokg-pages-'));
  const root = path.join(outside, 'web');
  await Promise.all(['playground', 'explore', 'review', 'assets', '.vite'].map((folder) => mkdir(path.join(root, folder), { recursive: true })));
  await writeFile(path.join(root, 'playground', 'index.html'), '<!doctype html><title>playground</title>');
  await writeFile(path.join(root, 'explore', 'index.html'), '<!doctype html><title>explorer</title>');
  await writeFile(path.join(root, 'review', 'index.html'), '<!doctype html><title>review</title>');
  await writeFile(path.join(root, 'assets', 'explore-Ab12_cd.js'), script);
  await writeFile(path.join(root, 'assets', 'explore-Ab12_cd.js.gz'), gzipSync(script));
  await writeFile(path.join(root, 'assets', 'codicon-Xy9.ttf'), 'font');
  await writeFile(path.join(root, '.vite', 'manifest.json'), '{}');
  await writeFile(path.join(outside, 'secret.txt'), 'not for the web');
});
afterAll(async () => {
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  await rm(outside, { recursive: true, force: true });
});

/** Serves the fixture through the handler alone; the raw request path reaches it without normalisation. */
async function serve(playground: boolean): Promise<string> {
  const handler = createPagesHandler({ root: path.join(outside, 'web'), playground });
  const server = createServer((req, res) => {
    void handler(req, res, req.url ?? '/').then((served) => {
      if (!served) res.writeHead(404).end('not found');
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** A raw GET or HEAD: fetch would normalise the path and decompress the body. */
function get(base: string, pathname: string, options: { method?: string; headers?: Record<string, string> } = {}) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
    const req = request(`${base}/`, { path: pathname, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the pages handler', () => {
  let base: string;
  beforeAll(async () => {
    base = await serve(true);
  });

  it.each([
    ['/', 'playground'],
    ['/playground', 'playground'],
    ['/explore', 'explorer'],
    ['/explore/', 'explorer'],
    ['/review', 'review'],
    ['/review/', 'review'],
  ])('serves %s as HTML that is revalidated and may load nothing from elsewhere', async (pathname, title) => {
    const { status, headers, body } = await get(base, pathname);
    expect(status).toBe(200);
    expect(body.toString()).toContain(`<title>${title}</title>`);
    expect(headers['content-type']).toBe('text/html; charset=utf-8');
    expect(headers['cache-control']).toBe('no-cache');
    const policy = String(headers['content-security-policy']);
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self';");
    expect(policy).toContain("connect-src 'self'");
    expect(policy).toContain("frame-ancestors 'none'");
  });

  it('lets only the playground have inline styles; the explorer admits the one style sheet Cytoscape adds', async () => {
    expect((await get(base, '/playground')).headers['content-security-policy']).toContain("style-src 'self' 'unsafe-inline'");
    const explorer = String((await get(base, '/explore')).headers['content-security-policy']);
    expect(explorer).not.toContain('unsafe-inline');
    expect(explorer).toMatch(/style-src 'self' 'sha256-[\w+/]+=*'/);
    // The review page colours its highlights through the CSSOM: no inline style at all.
    expect((await get(base, '/review')).headers['content-security-policy']).toContain("style-src 'self';");
  });

  it('serves hashed assets as immutable, with their content type', async () => {
    const { status, headers, body } = await get(base, '/assets/explore-Ab12_cd.js');
    expect(status).toBe(200);
    expect(body.toString()).toBe(script);
    expect(headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(headers['content-encoding']).toBeUndefined();
    expect((await get(base, '/assets/codicon-Xy9.ttf')).headers['content-type']).toBe('font/ttf');
  });

  it('sends the gzip copy to a client that accepts gzip, and not to one that refuses it', async () => {
    const zipped = await get(base, '/assets/explore-Ab12_cd.js', { headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toBe('Accept-Encoding');
    expect(Number(zipped.headers['content-length'])).toBeLessThan(script.length);
    expect(zipped.body).toEqual(gzipSync(script));
    const refused = await get(base, '/assets/explore-Ab12_cd.js', { headers: { 'accept-encoding': 'gzip;q=0, br' } });
    expect(refused.headers['content-encoding']).toBeUndefined();
    expect(refused.body.toString()).toBe(script);
  });

  it('answers HEAD with the headers and length of GET, without a body', async () => {
    const head = await get(base, '/assets/explore-Ab12_cd.js', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers['content-length']).toBe(String(script.length));
    expect(head.body).toHaveLength(0);
  });

  it.each([
    '/assets/missing-123.js',
    '/assets/',
    '/assets/explore-Ab12_cd.js.gz',
    '/explore/index.html',
    '/.vite/manifest.json',
    '/assets/.vite',
    '/assets/../../secret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/assets/%2e%2e/%2e%2e/secret.txt',
    '/assets/..',
    '/assets//etc/passwd',
    '/../secret.txt',
    '/index.html',
  ])('serves nothing for %s', async (pathname) => {
    const { status, body } = await get(base, pathname);
    expect(status).toBe(404);
    expect(body.toString()).toBe('not found');
  });
});

describe('the pages handler with the playground off (production)', () => {
  it('says at / where GraphQL is, serves no playground, and still serves the explorer and the review page', async () => {
    const base = await serve(false);
    const root = await get(base, '/');
    expect(root.status).toBe(200);
    expect(root.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(root.body.toString()).toContain('GraphQL is served at /graphql');
    expect((await get(base, '/playground')).status).toBe(404);
    expect((await get(base, '/explore')).status).toBe(200);
    expect((await get(base, '/review')).status).toBe(200);
  });
});
