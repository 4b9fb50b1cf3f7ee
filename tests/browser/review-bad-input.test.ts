import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { nodesOf } from '../../src/seed/seed-graph.ts';
import { MAX_REPORT_BYTES } from '../../web/review/read-report-file.ts';
import { FIXTURE_REPORTS } from '../support/fixture-reports.ts';
import { type Neo4jProxy, startNeo4jProxy } from '../support/neo4j-proxy.ts';
import { startBrowser, type TestBrowser } from '../support/start-browser.ts';
import { startTestService, type TestService, testConnection, withDriver } from '../support/test-service.ts';
import { type ExtractedDraft, enterToken, extractDirectly, extractPasted, loadKeepingFlagged } from './support/review-page.ts';

// A team-written press conference of the fictional province 嘉川省 (tests/fixtures/reports/README.md); the
// other review test pastes another report, so the two never load the same document.
const report = await readFile(path.join(new URL(FIXTURE_REPORTS).pathname, 'jiachuan-2021-press-conference', 'report.txt'), 'utf8');
const TOKEN = `review-bad-input-${randomBytes(16).toString('hex')}`;
let browser: TestBrowser;
let proxy: Neo4jProxy;
let api: TestService;
let draft: ExtractedDraft;
let loadedId: string | undefined;

beforeAll(async () => {
  browser = await startBrowser();
  browser.page.setDefaultTimeout(10_000);
  // The service reaches Neo4j through a relay the outage test cuts; it gives up on a lost database within a second.
  proxy = await startNeo4jProxy(testConnection());
  api = await startTestService(
    // A load is one transaction; on a machine busy with other tests it may take longer than the default 5 s.
    { ADMIN_TOKEN: TOKEN, NEO4J_MAX_RETRY_TIME_MS: '1000', NEO4J_CONNECTION_TIMEOUT_MS: '1000', NEO4J_TX_TIMEOUT_MS: '60000' },
    { connection: proxy.connection },
  );
  draft = await extractDirectly(api.url, TOKEN, report);
});

afterEach(async ({ task }) => {
  if (task.result?.state === 'fail') await browser.screenshot(`review-bad-input-failed-${task.name.slice(0, 40).replace(/\W+/g, '-')}`);
});

afterAll(async () => {
  proxy?.restore();
  if (loadedId) {
    const response = await fetch(`${api.url}/admin/documents/${encodeURIComponent(loadedId)}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(response.status).toBe(200);
  }
  await browser?.close();
  await api?.stop();
  await proxy?.close();
});

const message = (page: Page) => page.locator('#message');
const pasted = (page: Page) => page.getByRole('textbox', { name: 'Paste the report’s text' });
const fileInput = (page: Page) => page.getByLabel('Or open report files: text, web pages, PDF, Word .docx (at most 5 MB each), or drop them here');

/** What Neo4j itself holds of the document: the Document node and the nodes only it is the source of. */
function written(documentId: string) {
  return withDriver(async (run) => {
    const [row] = await run(
      `OPTIONAL MATCH (d:Document {id: $id})
       OPTIONAL MATCH (n:Entity)-[:SOURCE]->(d)
       RETURN count(DISTINCT d) AS documents, count(DISTINCT n) AS sourced`,
      { id: documentId },
    );
    return row;
  });
}

describe('the review page says what is wrong with bad input, in one sentence, and keeps the work', () => {
  it('asks for the admin token before extracting, and takes the reviewer to its field', async () => {
    const { page } = browser;
    await page.goto(`${api.url}/review`);
    await pasted(page).fill('东岚省生态环境厅厅长韩立军出席会议。');
    await page.getByRole('button', { name: 'Run extraction' }).click();
    await expect(message(page).textContent()).resolves.toBe('Enter the admin token first (the service’s ADMIN_TOKEN), then run the extraction.');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('token-input');
    await expect(pasted(page).inputValue()).resolves.toBe('东岚省生态环境厅厅长韩立军出席会议。');
  });

  it('refuses a wrong token: the service says so, the text stays, and the page asks for the token again', async () => {
    const { page } = browser;
    await enterToken(page, `not-the-token-${randomBytes(16).toString('hex')}`);
    await page.getByRole('button', { name: 'Run extraction' }).click();
    await expect
      .poll(() => message(page).textContent())
      .toBe('The service refused the admin token. Enter the right one (the service’s ADMIN_TOKEN) and try again; your draft is kept.');
    await page.getByRole('textbox', { name: 'Admin token' }).waitFor();
    await expect(pasted(page).inputValue()).resolves.toBe('东岚省生态环境厅厅长韩立军出席会议。');
  });

  it('refuses an empty paste', async () => {
    const { page } = browser;
    await enterToken(page, TOKEN);
    await pasted(page).fill('  \n ');
    await page.getByRole('button', { name: 'Run extraction' }).click();
    await expect(message(page).textContent()).resolves.toBe('There is no text to extract: paste the report’s text or open its .txt file.');
    await expect(page.locator('#workspace').isHidden()).resolves.toBe(true);
  });

  it('refuses a binary file in one sentence the service gives the reason for, keeping the text already pasted', async () => {
    const { page } = browser;
    await pasted(page).fill('嘉川省生态环境厅');
    // A PNG named .txt: the service reads its signature.
    await fileInput(page).setInputFiles({
      name: 'chart.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
    });
    await expect
      .poll(() => message(page).textContent())
      .toBe('chart.txt is not a report (a picture, an archive or another binary file): open its text, web page, PDF or Word file.');
    // Valid UTF-8 with NUL and control characters in it is binary too.
    await fileInput(page).setInputFiles({ name: 'dump.txt', mimeType: 'text/plain', buffer: Buffer.from('ELF\u0000\u0001\u0002 嘉川') });
    await expect
      .poll(() => message(page).textContent())
      .toBe('dump.txt is not a report (a picture, an archive or another binary file): open its text, web page, PDF or Word file.');
    await expect(pasted(page).inputValue()).resolves.toBe('嘉川省生态环境厅');
    await expect(page.locator('#workspace').isHidden()).resolves.toBe(true);
  });

  it('refuses a file over 5 MB without reading it', async () => {
    const { page } = browser;
    const size = MAX_REPORT_BYTES + 1;
    await fileInput(page).setInputFiles({ name: 'huge.txt', mimeType: 'text/plain', buffer: Buffer.alloc(size, '嘉') });
    await expect
      .poll(() => message(page).textContent())
      .toBe(`huge.txt is ${size.toLocaleString('en')} bytes; a report can be at most 5 MB (5,242,880 bytes), so it was not read.`);
    await expect(pasted(page).inputValue()).resolves.toBe('嘉川省生态环境厅');
  });

  it('loads nothing while Neo4j is down, says so, keeps the draft, and loads it once Neo4j is back', async () => {
    const { page } = browser;
    await extractPasted(page, report);
    await expect.poll(() => page.locator('#counts').getAttribute('data-validity')).toBe('valid');
    const options = await page.getByRole('listbox', { name: 'Records' }).getByRole('option').count();
    // The report's nationwide figures imply the country: the page lists it with the entities, and it loads with them.
    expect(draft.graph.impliedPlaces?.map((place) => place.id)).toEqual(['region:china']);
    expect(options).toBe(1 + nodesOf(draft.graph).length + draft.graph.relationships.length);

    proxy.cut();
    await loadKeepingFlagged(page);
    await expect
      .poll(() => message(page).textContent())
      .toBe(
        'The graph database is not answering, so the service could not load the draft and nothing was written. Your draft is kept; try again once it is back.',
      );
    // Nothing of the document is in Neo4j (asked directly, around the relay), and the draft is all there.
    await expect(written(draft.graph.document.id)).resolves.toEqual({ documents: 0, sourced: 0 });
    await expect(page.getByRole('listbox', { name: 'Records' }).getByRole('option').count()).resolves.toBe(options);
    await page.reload();
    await expect(page.getByRole('listbox', { name: 'Records' }).getByRole('option').count()).resolves.toBe(options);

    proxy.restore();
    await enterToken(page, TOKEN);
    await loadKeepingFlagged(page);
    await page.locator('#loaded').getByRole('link', { name: 'Open the document in the explorer' }).waitFor({ timeout: 60_000 });
    loadedId = draft.graph.document.id;
    await expect(page.locator('#loaded code').textContent()).resolves.toBe(loadedId);
    await expect(written(loadedId)).resolves.toEqual({ documents: 1, sourced: nodesOf(draft.graph).length });
  });

  it('sent no request beyond 127.0.0.1 and logged no error but the service’s refusals', () => {
    expect(browser.foreignRequests).toEqual([]);
    // Chromium logs each refused request: the wrong token (401), the binary files the service refused (400) and
    // the load while Neo4j was down (503).
    expect(browser.pageErrors.length).toBeGreaterThanOrEqual(4);
    for (const error of browser.pageErrors) expect(error).toMatch(/^Failed to load resource: the server responded with a status of (400|401|503) /);
  });
});
