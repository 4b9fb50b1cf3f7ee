import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestBrowser, startBrowser } from '../support/start-browser.ts';
import { type TestService, startTestService } from '../support/test-service.ts';

let browser: TestBrowser;
let api: TestService;

beforeAll(async () => {
  // The browser first: without Chromium the file fails at once, with the one line that says so.
  browser = await startBrowser();
  api = await startTestService();
});
afterAll(async () => {
  await browser?.close();
  await api?.stop();
});

describe('the GraphQL playground at /', () => {
  it('loads GraphiQL with the ten example questions', async () => {
    const { page } = browser;
    const started = performance.now();
    await page.goto(`${api.url}/`);
    await page.locator('.graphiql-execute-button').waitFor();
    await page.locator('.ecokg-examples li').nth(9).waitFor();
    console.log(`playground: GraphiQL and its examples shown ${Math.round(performance.now() - started)} ms after navigation`);
    await expect(page.locator('.ecokg-examples li').count()).resolves.toBe(10);
  });

  it('runs the example about 精准治污 as a JSON POST to /graphql and shows 钱锋 in the result pane', async () => {
    const { page } = browser;
    await page.getByRole('button', { name: /Which officials discussed 精准治污/ }).click();
    const posted = page.waitForRequest((request) => request.url() === `${api.url}/graphql` && request.postData()?.includes('PrecisePollutionControlDiscussants') === true);
    await page.locator('.graphiql-execute-button').click();
    const request = await posted;
    expect(request.method()).toBe('POST');
    expect(request.headers()['content-type']).toBe('application/json');
    const response = page.locator('.graphiql-response');
    await response.getByText('"discussedBy"').waitFor();
    // The pane draws only the lines in view; its find box scrolls to the answer as a reader would.
    await response.locator('.monaco-editor').click();
    await page.keyboard.press('ControlOrMeta+F');
    await page.keyboard.type('钱锋');
    await response.locator('.view-lines').getByText('"钱锋"').waitFor();
    await browser.screenshot('playground');
  });

  it('documents the schema, from the descriptions of schema.graphql', async () => {
    const { page } = browser;
    await page.getByRole('button', { name: 'Show Documentation Explorer' }).click();
    const docs = page.getByRole('region', { name: 'Documentation Explorer' });
    await docs.getByRole('link', { name: 'Query' }).click();
    await docs.getByText('Full-text search over Chinese names, statements, English names and pinyin').waitFor();
  });

  it('completes field names from the schema while one types', async () => {
    const { page } = browser;
    await page.locator('.graphiql-query-editor .monaco-editor').click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('{ graphSt');
    await page.keyboard.press('Control+Space');
    await page.locator('.suggest-widget').getByText('graphStats').first().waitFor();
  });

  it('sent no request beyond 127.0.0.1 and logged no error', () => {
    expect(browser.foreignRequests).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
  });
});
