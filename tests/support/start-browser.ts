import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startTestService, type TestService } from './test-service.ts';

/** Debian's Chromium (apt-get install chromium), which the browser tests drive; never a downloaded build. */
export const CHROMIUM = '/usr/bin/chromium';

/** Where the browser tests leave their screenshots (git-ignored). */
export const SCREENSHOT_DIR = path.resolve('test-results', 'screenshots');

// Only the service under test may be reached: every other host is refused before any request leaves.
const LOCAL_HOST = '127.0.0.1';

/** A headless Chromium with a fresh profile, one page, and a record of what must not happen. */
export interface TestBrowser {
  context: BrowserContext;
  page: Page;
  /** URLs the pages (or their workers) tried to load from anywhere but 127.0.0.1; each was refused. */
  foreignRequests: string[];
  /** Console errors (a Content-Security-Policy violation is one) and uncaught exceptions of the pages. */
  pageErrors: string[];
  /** Saves a PNG of the page as test-results/screenshots/<name>.png and returns its path. */
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

/** Starts Chromium headless in a new temporary profile, with every request outside 127.0.0.1 refused and recorded. */
export async function startBrowser(): Promise<TestBrowser> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium is not installed at ${CHROMIUM}: install it with apt-get install -y chromium`);
  const profile = await mkdtemp(path.join(tmpdir(), 'ecokg-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-gpu',
      '--disable-quic',
    ],
    viewport: { width: 1440, height: 900 },
    // Service workers' requests bypass routing; the pages register none, so none may run.
    serviceWorkers: 'block',
  });
  const foreignRequests: string[] = [];
  const pageErrors: string[] = [];
  const isLocal = (url: string) => {
    const { protocol, hostname } = new URL(url);
    return protocol === 'data:' || protocol === 'blob:' || protocol === 'about:' || hostname === LOCAL_HOST;
  };
  const recordForeign = (url: string) => {
    if (!isLocal(url) && !foreignRequests.includes(url)) foreignRequests.push(url);
  };
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (isLocal(url)) return route.continue();
    recordForeign(url);
    return route.abort('blockedbyclient');
  });
  // Routing sees what pages fetch; these events also see what their workers load and any web socket.
  context.on('request', (request) => recordForeign(request.url()));
  const watch = (page: Page) => {
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('worker', (worker) => recordForeign(worker.url()));
    page.on('websocket', (socket) => recordForeign(socket.url()));
  };
  context.pages().forEach(watch);
  context.on('page', watch);
  const page = context.pages()[0] ?? (await context.newPage());

  return {
    context,
    page,
    foreignRequests,
    pageErrors,
    async screenshot(name) {
      await mkdir(SCREENSHOT_DIR, { recursive: true });
      const file = path.join(SCREENSHOT_DIR, `${name}.png`);
      await page.screenshot({ path: file });
      return file;
    },
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Gives a browser test file its Chromium and a service to point it at (with `env` added to its
 * configuration, such as an ADMIN_TOKEN), started once before its tests and stopped after them. The browser
 * starts first: without Chromium the file fails at once, with the one line that says so.
 */
export function useBrowserAndService(env: Record<string, string> = {}): { readonly browser: TestBrowser; readonly api: TestService } {
  let browser: TestBrowser | undefined;
  let api: TestService | undefined;
  beforeAll(async () => {
    browser = await startBrowser();
    api = await startTestService(env);
  });
  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });
  return {
    get browser() {
      return browser!;
    },
    get api() {
      return api!;
    },
  };
}
