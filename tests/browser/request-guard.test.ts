import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowser, type TestBrowser } from '../support/start-browser.ts';

// The other browser tests trust startBrowser to notice any request that would leave 127.0.0.1. This page
// tries two, one from the page and one from a worker, to hosts that cannot exist (.invalid).
const PAGE = `<!doctype html><script>
  fetch('http://page.invalid/data.json').catch(() => {});
  new Worker('/worker.js');
</script>`;
const WORKER = `fetch('http://worker.invalid/data.json').catch(() => {});`;

let browser: TestBrowser;
let server: Server;
let base: string;

beforeAll(async () => {
  browser = await startBrowser();
  server = createServer((request, response) => {
    const worker = request.url === '/worker.js';
    response.writeHead(200, { 'Content-Type': worker ? 'text/javascript' : 'text/html' });
    response.end(worker ? WORKER : PAGE);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

describe('the browser tests’ request guard', () => {
  it('records, and refuses, a request to another host from a page and from its worker', async () => {
    await browser.page.goto(base);
    await expect.poll(() => [...browser.foreignRequests].sort()).toEqual(['http://page.invalid/data.json', 'http://worker.invalid/data.json']);
  });
});
